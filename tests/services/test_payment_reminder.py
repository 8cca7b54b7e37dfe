"""The payment reminder lists each overdue invoice, the agreed term and the date to pay by."""

from datetime import date
from decimal import Decimal

import pytest

from services.business_profile import ProfileData, save_profile
from services.campaigns import Segment, run_campaign, segment_ids
from services.errors import ClientelaError
from services.ledger import PaymentInput, add_payment
from services.letter_templates import shipped_template
from services.letters import LetterOptions, prepare_letter, render_letter, sample_letter
from tests.ledger_cases import client, invoice
from tests.pdf import pdf_text
from tests.sender import SENDER

TODAY = date(2026, 11, 23)


@pytest.fixture
def owing(db):
    save_profile(
        db.sessions, ProfileData(**SENDER, name="Aranda", city="Zaragoza", payment_term_days=30)
    )
    hospital = client(db, "Hospital <San> & Rafael", contact_person="Lucía Ferrer")
    invoice(db, hospital, TODAY, 200, "2000", paid_after=40, ref="F-2026-001")  # paid
    invoice(db, hospital, TODAY, 120, "4150.75", ref="F-2026-018")  # due 90 days ago
    invoice(db, hospital, TODAY, 100, "10400", ref="F-2026-031")  # due 70 days ago
    invoice(db, hospital, TODAY, 10, "500", ref="F-2026-090")  # not due yet
    return hospital


def _text(db, client_id, tmp_path, language, **options):
    letter = prepare_letter(
        db.sessions,
        client_id,
        LetterOptions("payment_reminder", TODAY, language=language, **options),
    )
    path = tmp_path / f"reminder-{language}.pdf"
    render_letter(letter, path)
    return " ".join(pdf_text(path).split())


def test_the_spanish_reminder_lists_the_overdue_invoices_and_the_date_to_pay_by(
    db, owing, tmp_path
):
    text = _text(db, owing, tmp_path, "es")
    assert "Hospital <San> & Rafael" in text  # user text printed literally
    assert "F-2026-018" in text and "4.150,75 €" in text and " 90" in text
    assert "F-2026-031" in text and "10.400,00 €" in text and " 70" in text
    assert "F-2026-001" not in text and "F-2026-090" not in text
    assert "14.550,75 €" in text  # the total overdue
    assert "a 30 días desde su fecha" in text
    assert "8 de diciembre de 2026" in text  # today + 15 days


def test_the_english_reminder_says_the_same_in_english(db, owing, tmp_path):
    text = _text(db, owing, tmp_path, "en", effective_date=date(2026, 12, 31))
    assert "Payment reminder" in text and "Days overdue" in text
    assert "F-2026-018" in text and "€4,150.75" in text and " 90" in text
    assert "F-2026-031" in text and "€10,400.00" in text and " 70" in text
    assert "€14,550.75" in text and "within 30 days" in text
    assert "31 December 2026" in text  # the date the owner chose


def test_payments_on_account_are_set_against_the_total(db, owing, tmp_path):
    add_payment(db.sessions, owing, PaymentInput(TODAY, Decimal("550.75"), "", None))
    text = _text(db, owing, tmp_path, "es")
    assert "Pagos a cuenta y abonos" in text and "-550,75 €" in text
    assert "14.000,00 €" in text


def test_a_client_with_nothing_overdue_gets_no_reminder(db, owing, tmp_path):
    clean = client(db, "Al día")
    invoice(db, clean, TODAY, 100, "100", paid_after=20)
    with pytest.raises(ClientelaError) as error:
        prepare_letter(db.sessions, clean, LetterOptions("payment_reminder", TODAY))
    assert error.value.code == "nothing_overdue"


def test_a_reminder_campaign_writes_only_to_clients_with_overdue_invoices(db, owing, tmp_path):
    clean = client(db, "Al día")
    invoice(db, clean, TODAY, 100, "100", paid_after=20)
    ids = segment_ids(db.sessions, Segment(overdue=True, today=TODAY))
    assert ids == [owing]
    result = run_campaign(
        db.sessions, ids, LetterOptions("payment_reminder", TODAY), combined=tmp_path / "r.pdf"
    )
    assert result.letters == 1 and "F-2026-031" in pdf_text(tmp_path / "r.pdf")


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_template_editor_previews_a_reminder_with_sample_invoices(db, tmp_path, language):
    template = shipped_template("payment_reminder", language)
    letter = sample_letter(db.sessions, template, LetterOptions("payment_reminder", TODAY))
    render_letter(letter, tmp_path / "sample.pdf")
    assert f"F-{TODAY.year}-017" in pdf_text(tmp_path / "sample.pdf")

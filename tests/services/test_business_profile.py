import base64
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from models import BusinessProfile
from services.business_profile import ProfileData, get_profile, is_configured, save_profile
from services.errors import ValidationError

# The smallest valid PNG (one pixel): the logo check reads a file's first bytes.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)
VALID = ProfileData(name="Carpintería Núñez")


def problem_codes(data: ProfileData, db) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as caught:
        save_profile(db.sessions, data)
    return {name: [p.code for p in problems] for name, problems in caught.value.problems.items()}


def test_a_new_book_has_the_sensible_default_thresholds(db):
    profile = get_profile(db.sessions)
    with db.sessions() as session:  # reading the defaults must not store them
        assert session.scalar(select(func.count()).select_from(BusinessProfile)) == 0
    assert profile == ProfileData()
    assert (profile.payment_term_days, profile.tolerated_delay_days) == (30, 30)
    assert (profile.hard_limit_days, profile.review_interval_days) == (160, 180)
    assert profile.max_return_rate_percent == Decimal(10)
    assert profile.min_units_per_year == profile.min_revenue_per_year == Decimal(0)
    assert (profile.default_language, profile.currency) == ("es", "EUR")


def test_every_field_saved_comes_back_as_it_was(db, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    data = ProfileData(
        name="Talleres Ibáñez S.L.",
        address="Calle Mayor, 12\n28013",
        city="Madrid",
        country="España",
        tax_id="B86541935",
        email="hola@talleresibanez.es",
        phone="+34 910 00 00 00",
        logo_path=str(logo),
        signer_name="Begoña Ibáñez",
        signer_role="Gerente",
        default_language="en",
        currency="USD",
        loyalty_offer_es="un 10 % de descuento en su próximo pedido",
        loyalty_offer_en="10 % off your next order",
        payment_term_days=60,
        tolerated_delay_days=15,
        hard_limit_days=120,
        max_return_rate_percent=Decimal("7.5"),
        min_units_per_year=Decimal("12.5"),
        min_revenue_per_year=Decimal("15000.50"),
        review_interval_days=90,
    )
    assert save_profile(db.sessions, data) == data
    assert get_profile(db.sessions) == data


def test_text_is_stored_composed_and_without_stray_spaces(db):
    decomposed = "  Nu\u0301n\u0303ez  "  # "Núñez" as some keyboards and macOS files send it
    saved = save_profile(db.sessions, ProfileData(name=decomposed, currency=" usd "))
    assert saved.name == "Núñez"
    assert get_profile(db.sessions).currency == "USD"


def test_accented_text_comes_back_composed_after_a_round_trip(db):
    decomposed = ProfileData(
        name="Panadería Müller",
        city="Málaga",
        signer_name="Begoña Ordóñez",
        loyalty_offer_es="Un 10 % de descuento en su próximo pedido",
    )
    save_profile(db.sessions, decomposed)
    stored = get_profile(db.sessions)
    assert (stored.name, stored.city, stored.signer_name) == (
        "Panadería Müller",
        "Málaga",
        "Begoña Ordóñez",
    )
    assert stored.loyalty_offer_es == "Un 10 % de descuento en su próximo pedido"


def test_saving_again_updates_the_single_profile_row(db):
    save_profile(db.sessions, VALID)
    save_profile(db.sessions, replace(VALID, name="Second name", hard_limit_days=200))
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(BusinessProfile)) == 1
    assert get_profile(db.sessions).name == "Second name"
    assert get_profile(db.sessions).hard_limit_days == 200


def test_a_book_is_configured_once_a_business_name_is_saved(db):
    assert not is_configured(db.sessions)
    save_profile(db.sessions, VALID)
    assert is_configured(db.sessions)


def test_a_profile_row_without_a_name_is_not_configured(db):
    with db.sessions.begin() as session:
        session.add(BusinessProfile(name=""))
    assert not is_configured(db.sessions)


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"name": ""}, "name", "required"),
        ({"name": "   "}, "name", "required"),
        ({"name": "x" * 201}, "name", "too_long"),
        ({"email": "not-an-address"}, "email", "invalid_email"),
        ({"phone": "call me"}, "phone", "invalid_phone"),
        ({"email": "ana@@example.es"}, "email", "invalid_email"),
        ({"phone": "12345"}, "phone", "invalid_phone"),
        ({"default_language": "fr"}, "default_language", "invalid_choice"),
        ({"default_language": ""}, "default_language", "invalid_choice"),
        ({"currency": "EURO"}, "currency", "invalid_currency"),
        ({"currency": "EU"}, "currency", "invalid_currency"),
        ({"currency": "E1R"}, "currency", "invalid_currency"),
        ({"currency": "€UR"}, "currency", "invalid_currency"),
        ({"payment_term_days": -1}, "payment_term_days", "out_of_range"),
        ({"payment_term_days": 3651, "hard_limit_days": 3650}, "payment_term_days", "out_of_range"),
        ({"payment_term_days": 30.5}, "payment_term_days", "not_a_whole_number"),
        ({"tolerated_delay_days": -5}, "tolerated_delay_days", "out_of_range"),
        ({"tolerated_delay_days": 3651}, "tolerated_delay_days", "out_of_range"),
        ({"hard_limit_days": 0, "payment_term_days": 0}, "hard_limit_days", "out_of_range"),
        ({"hard_limit_days": 3651}, "hard_limit_days", "out_of_range"),
        ({"hard_limit_days": True}, "hard_limit_days", "not_a_whole_number"),
        ({"hard_limit_days": 20}, "hard_limit_days", "hard_limit_below_term"),
        ({"max_return_rate_percent": Decimal("100.5")}, "max_return_rate_percent", "out_of_range"),
        ({"max_return_rate_percent": Decimal(-1)}, "max_return_rate_percent", "out_of_range"),
        (
            {"max_return_rate_percent": Decimal("12.345")},
            "max_return_rate_percent",
            "too_many_decimals",
        ),
        ({"min_units_per_year": Decimal(-1)}, "min_units_per_year", "out_of_range"),
        ({"min_units_per_year": Decimal(10**9 + 1)}, "min_units_per_year", "out_of_range"),
        ({"min_units_per_year": Decimal("1.2345")}, "min_units_per_year", "too_many_decimals"),
        ({"min_revenue_per_year": Decimal(-1)}, "min_revenue_per_year", "out_of_range"),
        ({"min_revenue_per_year": Decimal(10**11 + 1)}, "min_revenue_per_year", "out_of_range"),
        ({"min_revenue_per_year": Decimal("NaN")}, "min_revenue_per_year", "not_a_number"),
        ({"min_revenue_per_year": "1000"}, "min_revenue_per_year", "not_a_number"),
        ({"review_interval_days": 0}, "review_interval_days", "out_of_range"),
        ({"review_interval_days": 3651}, "review_interval_days", "out_of_range"),
    ],
)
def test_invalid_values_are_refused_with_the_field_and_reason(db, changes, field, code):
    assert code in problem_codes(replace(VALID, **changes), db)[field]
    assert not is_configured(db.sessions)


def test_an_out_of_range_problem_says_the_allowed_range(db):
    with pytest.raises(ValidationError) as caught:
        save_profile(db.sessions, replace(VALID, max_return_rate_percent=Decimal(101)))
    assert caught.value.problems["max_return_rate_percent"][0].params == {"low": 0, "high": 100}


def test_the_hard_limit_below_the_payment_term_is_the_only_problem_reported(db):
    data = replace(VALID, payment_term_days=90, hard_limit_days=60)
    assert problem_codes(data, db) == {"hard_limit_days": ["hard_limit_below_term"]}


def test_a_refused_save_leaves_the_stored_profile_as_it_was(db):
    save_profile(db.sessions, VALID)
    with pytest.raises(ValidationError):
        save_profile(db.sessions, replace(VALID, name="Other", email="broken"))
    assert get_profile(db.sessions) == VALID


def test_the_edges_of_every_range_are_accepted(db):
    saved = save_profile(
        db.sessions,
        replace(
            VALID,
            payment_term_days=45,
            hard_limit_days=45,  # equal to the term is allowed
            max_return_rate_percent=Decimal(100),
            review_interval_days=3650,
            tolerated_delay_days=0,
        ),
    )
    assert (saved.hard_limit_days, saved.review_interval_days) == (45, 3650)


def test_whole_numbers_are_accepted_for_decimal_thresholds(db):
    saved = save_profile(db.sessions, replace(VALID, min_revenue_per_year=5000))
    assert saved.min_revenue_per_year == Decimal(5000)


def test_a_logo_that_does_not_exist_is_refused(db, tmp_path):
    missing = replace(VALID, logo_path=str(tmp_path / "nowhere.png"))
    assert problem_codes(missing, db)["logo_path"] == ["file_missing"]


def test_a_folder_is_not_a_logo(db, tmp_path):
    folder = replace(VALID, logo_path=str(tmp_path))
    assert problem_codes(folder, db)["logo_path"] == ["file_missing"]


def test_a_logo_that_is_not_a_png_or_jpeg_is_refused_whatever_its_name(db, tmp_path):
    fake = tmp_path / "logo.png"
    fake.write_text("GIF89a, really")
    assert problem_codes(replace(VALID, logo_path=str(fake)), db)["logo_path"] == ["logo_format"]


@pytest.mark.parametrize(
    ("name", "content"), [("logo.PNG", PNG), ("logo.jpg", b"\xff\xd8\xff\xe0")]
)
def test_png_and_jpeg_logos_are_accepted(db, tmp_path, name, content):
    logo = tmp_path / name
    logo.write_bytes(content)
    assert save_profile(db.sessions, replace(VALID, logo_path=str(logo))).logo_path == str(logo)

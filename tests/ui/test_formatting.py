from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from ui.formatting import date_edit_format, parse_decimal

ES = QLocale(QLocale.Language.Spanish, QLocale.Country.Spain)
EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("1.200,50", ES, "1200.50"),
        ("1200,50", ES, "1200.50"),
        ("1250.50", ES, "1250.50"),  # a plain point is read as decimals anywhere
        ("1.234.567,89", ES, "1234567.89"),
        ("1.200", ES, "1200"),  # a point before three digits groups thousands in Spanish
        ("12,5", ES, "12.5"),
        ("1,234.50", EN, "1234.50"),
        ("1,200", EN, "1200"),
        ("0.10", EN, "0.10"),
        (" 3 000,25 ", ES, "3000.25"),
        ("-3", EN, "-3"),
    ],
)
def test_amounts_are_read_as_people_type_them(text, locale, expected):
    assert parse_decimal(text, locale) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "abc", "12,5,x", "nan", "inf"])
def test_what_is_not_a_number_gives_none(text):
    assert parse_decimal(text, ES) is None


def test_date_fields_always_show_four_digit_years():
    assert "yyyy" in date_edit_format(ES)
    assert "yyyy" in date_edit_format(EN)


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [("1.234,50 €", ES, "1234.50"), ("€1,234.50", EN, "1234.50"), ("2400 EUR", ES, "2400")],
)
def test_amounts_are_read_with_their_currency_as_import_reads_them(text, locale, expected):
    assert parse_decimal(text, locale) == Decimal(expected)


def test_dates_are_padded_to_two_digit_days_and_months():
    from datetime import date

    from ui.formatting import format_date

    assert format_date(date(2026, 12, 2), ES) == "02/12/2026"
    assert format_date(date(2026, 12, 2), EN) == "12/02/2026"


def test_thousands_are_grouped_the_same_in_every_figure():
    from ui.dashboard import whole_money
    from ui.formatting import format_money, format_quantity

    assert format_money(Decimal("2400"), "EUR", ES) == "2.400,00\u00a0€"
    assert whole_money(Decimal("2400"), "EUR", ES) == "2.400\u00a0€"
    assert whole_money(Decimal("28800"), "EUR", ES) == "28.800\u00a0€"
    assert format_quantity(Decimal("2400"), ES) == "2.400"
    assert format_quantity(Decimal("2400.5"), ES) == "2.400,5"
    assert format_quantity(Decimal("2400.5"), EN) == "2,400.5"

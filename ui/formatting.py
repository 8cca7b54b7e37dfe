"""Showing dates, money and quantities the way the user's locale writes them."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.numbers import format_currency, format_decimal
from PySide6.QtCore import QDate, QLocale

from services.decimal_text import parse_decimal_text, without_currency


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def python_date(value: QDate) -> date:
    """A date edit's date as Python's (QDate.toPython() is typed as any object)."""
    return date(value.year(), value.month(), value.day())


def format_date(value: date | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    loc = locale or QLocale()
    return loc.toString(to_qdate(value), date_edit_format(loc))


def date_edit_format(locale: QLocale) -> str:
    """The locale's short date format with a four-digit year (no "1/2/26" ambiguity) and
    two-digit days and months, so dates line up in a column: 02/12/2026."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    pattern = pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")
    return re.sub(r"(?<![dM])([dM])(?![dM])", r"\1\1", pattern)


def format_money(
    value: Decimal | None, currency: str = "EUR", locale: QLocale | None = None
) -> str:
    """``2.400,00 €`` (es_ES), ``€2,400.00`` (en_US), ``MX$1,234.50``: Babel knows every
    currency's symbol, decimals and where the locale puts them, and keeps the Decimal exact."""
    if value is None:
        return ""
    return format_currency(value, currency, locale=babel_locale(locale or QLocale()))


@cache
def _babel_locale(name: str) -> Locale:
    try:
        return Locale.parse(name)
    except (UnknownLocaleError, ValueError):  # Qt's "C" locale, or one CLDR lacks
        return Locale.parse("en_US")


def babel_locale(locale: QLocale) -> Locale:
    """The CLDR locale (for Babel) of the locale Qt shows the interface in."""
    return _babel_locale(locale.name())


def format_quantity(value: Decimal | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    # Whole units show without decimals; hours or kilos keep what was entered (up to three).
    # Babel groups thousands as money does ("2.400"), where Qt's Spanish writes "2400".
    return format_decimal(value, "#,##0.###", locale=babel_locale(locale or QLocale()))


def parse_decimal(text: str, locale: QLocale | None = None) -> Decimal | None:
    """Read an amount as people type it: '1.234,50' or '1234,5' (es), '1,234.50' (en), or a
    plain '1234.50' anywhere. None when it is not a number.

    Done by hand rather than with QLocale.toDouble: Spanish Qt refuses '1.200,50' (it groups
    only from 10.000 up) and a float would lose cents on large amounts.
    """
    loc = locale or QLocale()
    return parse_decimal_text(without_currency(text), loc.decimalPoint() or ".")

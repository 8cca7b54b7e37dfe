"""Showing dates, money and quantities the way the user's locale writes them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def format_date(value: date | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    loc = locale or QLocale()
    return loc.toString(to_qdate(value), date_edit_format(loc))


def date_edit_format(locale: QLocale) -> str:
    """The locale's short date format with a four-digit year (no "1/2/26" ambiguity)."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def format_money(
    value: Decimal | None, currency: str = "EUR", locale: QLocale | None = None
) -> str:
    if value is None:
        return ""
    loc = locale or QLocale()
    symbol = {"EUR": "€", "USD": "$", "GBP": "£"}.get(currency, currency)
    return loc.toCurrencyString(float(value), symbol, 2)


def format_quantity(value: Decimal | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    loc = locale or QLocale()
    # Whole units show without decimals; hours or kilos keep what was entered.
    places = (
        0 if value == value.to_integral_value() else min(3, -value.normalize().as_tuple().exponent)
    )
    return loc.toString(float(value), "f", places)


def parse_decimal(text: str, locale: QLocale | None = None) -> Decimal | None:
    """Read an amount as people type it: '1.234,50' or '1234,5' (es), '1,234.50' (en), or a
    plain '1234.50' anywhere. None when it is not a number.

    Done by hand rather than with QLocale.toDouble: Spanish Qt refuses '1.200,50' (it groups
    only from 10.000 up) and a float would lose cents on large amounts.
    """
    loc = locale or QLocale()
    decimal_point = loc.decimalPoint() or "."
    cleaned = "".join(text.split()).replace("\u00a0", "")
    if not cleaned:
        return None
    if "." in cleaned and "," in cleaned:
        # Both separators: the last one is the decimal point, the other groups thousands.
        point = "." if cleaned.rfind(".") > cleaned.rfind(",") else ","
    elif "," in cleaned or "." in cleaned:
        mark = "," if "," in cleaned else "."
        groups = cleaned.split(mark)
        thousands = len(groups) > 2 or (
            mark != decimal_point and len(groups[-1]) == 3 and groups[0].lstrip("-")
        )
        point = "" if thousands else mark
    else:
        point = ""
    group = {",": ".", ".": ","}.get(point, "")
    if group:
        cleaned = cleaned.replace(group, "")
    elif point == "":
        cleaned = cleaned.replace(",", "").replace(".", "")
    cleaned = cleaned.replace(point, ".") if point else cleaned
    try:
        value = Decimal(cleaned)
    except ArithmeticError:
        return None
    return value if value.is_finite() else None

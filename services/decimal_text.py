"""Reading an amount as people write it, without Qt: shared by the forms and by import."""

from __future__ import annotations

import re
from decimal import Decimal

# The symbols and codes an amount may be written with, in a file or typed in a form.
_CURRENCY = re.compile(r"[€$£]|\b(?:EUR|USD|GBP|MXN|ARS|COP|CLP|PEN)\b", re.IGNORECASE)


def without_currency(text: str) -> str:
    """'1.234,50 €' -> '1.234,50': the amount people copy from an invoice."""
    return _CURRENCY.sub("", text).strip()


def parse_decimal_text(text: str, decimal_point: str = ".") -> Decimal | None:
    """Read '1.234,50' or '1234,5' (decimal comma), '1,234.50' (decimal point), or a plain
    '1234.50' anywhere. ``decimal_point`` settles the one ambiguous case, a single separator
    followed by exactly three digits ('1,234'). None when it is not a number.
    """
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

"""Spanish postal codes that lost their leading zero on the way.

A spreadsheet that took the column for numbers turns Barcelona's 08001 into 8001; every
Spanish postal code has five digits, so four digits in Spain can only be that. The import
puts the zero back and lists the rows in its summary, for the owner to glance over. Only in
Spain: Argentina's, Austria's or Switzerland's four-digit codes are right as they are.
"""

from __future__ import annotations

from services.text_search import fold

_SPAIN = frozenset({"es", "esp", "espana", "spain", "reino de espana", "kingdom of spain"})


def is_spain(country: str) -> bool:
    return fold(country) in _SPAIN


def padded_postal_code(code: str, country: str) -> str | None:
    """'8001' in Spain -> '08001'; None when the code needs nothing."""
    code = code.strip()
    if len(code) == 4 and code.isdigit() and code.isascii() and is_spain(country):
        return "0" + code
    return None

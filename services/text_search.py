"""Accent- and case-insensitive matching, done the same way when storing and when searching."""

from __future__ import annotations

import unicodedata

from anyascii import anyascii


class _Transliteration(dict[int, str]):
    """What str.translate puts for each character, worked out the first time it is met.

    Letters, digits and marks are transliterated; symbols and punctuation stay as they are,
    as they did before anyascii: spelt out, '€' would become the word 'EUR' in a column's
    header and '✗' the 'x' that means yes in a Strategic column.
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        self[code] = char if unicodedata.category(char)[0] in "SP" else anyascii(char)
        return self[code]


_TRANSLITERATION = _Transliteration()


def fold(text: str) -> str:
    """'Muñoz Peña' -> 'munoz pena', 'Łuczak' -> 'luczak', 'Straße' -> 'strasse': what the
    owner types on any keyboard should find what they stored.

    Taking accents off (Unicode decomposition) leaves letters that are not an accented
    ASCII letter, such as Ł, Ø, ß, Æ or Œ; anyascii transliterates every letter, other
    scripts too ('Москва' -> 'moskva'), from tables kept by people who know them.
    models/migrations/versions/0005_transliterated_search.py folds the same way: change
    both, with a new migration, or stored rows stop matching what is typed.
    """
    if not text.isascii():  # most names are: nothing to transliterate
        text = text.translate(_TRANSLITERATION)
    return " ".join(text.lower().split())  # lower() is casefold() once letters are ASCII


def fold_all(texts: list[str]) -> list[str]:
    """fold() of each text; in one pass when all are ASCII, as names and emails often are."""
    if "".join(texts).isascii():
        return [" ".join(text.lower().split()) for text in texts]
    return list(map(fold, texts))


def like_pattern(word: str) -> str:
    """A LIKE pattern matching ``word`` anywhere, with LIKE's wildcards escaped (escape '\\')."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"

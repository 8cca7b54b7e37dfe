"""Accent- and case-insensitive matching, done the same way when storing and when searching."""

from __future__ import annotations

import re
import unicodedata

_combining = unicodedata.combining
# The accents of Latin scripts (U+0300-U+036F), taken out by one regular expression: an
# import folds every name and address, and a loop over the characters is slower.
_LATIN_ACCENTS = re.compile(
    "[" + "".join(chr(c) for c in range(0x300, 0x370) if _combining(chr(c))) + "]+"
)


def fold(text: str) -> str:
    """'Muñoz Peña' -> 'munoz pena': what the owner types should find what they stored."""
    if text.isascii():  # most names: nothing to decompose, and lower() is casefold() here
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    if not decomposed.isascii():
        decomposed = _LATIN_ACCENTS.sub("", decomposed)
        if not decomposed.isascii():  # other scripts' marks: the general rule
            decomposed = "".join([ch for ch in decomposed if not _combining(ch)])
    return " ".join(decomposed.casefold().split())


def fold_all(texts: list[str]) -> list[str]:
    """fold() of each text; in one pass when all are ASCII, as names and emails often are."""
    if "".join(texts).isascii():
        return [" ".join(text.lower().split()) for text in texts]
    return list(map(fold, texts))


def like_pattern(word: str) -> str:
    """A LIKE pattern matching ``word`` anywhere, with LIKE's wildcards escaped (escape '\\')."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"

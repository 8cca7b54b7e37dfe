"""Accent- and case-insensitive matching, done the same way when storing and when searching."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """'Muñoz Peña' -> 'munoz pena': what the owner types should find what they stored."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def like_pattern(word: str) -> str:
    """A LIKE pattern matching ``word`` anywhere, with LIKE's wildcards escaped (escape '\\')."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"

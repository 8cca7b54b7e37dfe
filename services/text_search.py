"""Accent- and case-insensitive matching, done the same way when storing and when searching."""

from __future__ import annotations

from anyascii import anyascii


def fold(text: str) -> str:
    """'Muñoz Peña' -> 'munoz pena', 'Łuczak' -> 'luczak', 'Straße' -> 'strasse': what the
    owner types on any keyboard should find what they stored.

    Taking accents off (Unicode decomposition) leaves letters that are not an accented
    ASCII letter, such as Ł, Ø, ß, Æ or Œ; anyascii transliterates every character, other
    scripts too ('Москва' -> 'moskva'), from tables kept by people who know them.
    models/migrations/versions/0005_transliterated_search.py folds the same way: change
    both, with a new migration, or stored rows stop matching what is typed.
    """
    if not text.isascii():  # most names are: nothing to transliterate
        text = anyascii(text)
    return " ".join(text.lower().split())  # lower() is casefold() once the text is ASCII


def fold_all(texts: list[str]) -> list[str]:
    """fold() of each text; in one pass when all are ASCII, as names and emails often are."""
    if "".join(texts).isascii():
        return [" ".join(text.lower().split()) for text in texts]
    return list(map(fold, texts))


def like_pattern(word: str) -> str:
    """A LIKE pattern matching ``word`` anywhere, with LIKE's wildcards escaped (escape '\\')."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"

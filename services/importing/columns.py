"""What ledger_columns.py and client_columns.py share: reading a batch field by field.

A cell that is not plainly valid is marked REFUSED, and its row is left to the row-by-row
path (rows.py), which says what is wrong with it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import repeat
from operator import is_, itemgetter
from typing import Any

from services.importing.rows import clean_cell, clean_column

REFUSED: Any = object()  # a cell that sends its row to the row-by-row path
CACHE_LIMIT = 200_000  # texts remembered per field; dates, units, cities, clients repeat


def cached(cache: dict[str, Any], raw: list[str], parse: Callable[[str], Any]) -> list[Any]:
    """parse(clean_cell(text)) of every cell, each different text parsed once per import
    (``cache`` lives as long as the import). ``parse`` never returns None."""
    values = list(map(cache.get, raw))
    for i in positions(values, None):  # texts not met before
        text = raw[i]
        value = cache.get(text)  # met earlier in this same batch
        if value is None:
            value = parse(clean_cell(text))
            if len(cache) < CACHE_LIMIT:
                cache[text] = value
        values[i] = value
    return values


class Cells:
    """One batch's cells, field by field."""

    def __init__(self, rows: Sequence[Sequence[str]], index: dict[str, int]) -> None:
        self.rows = rows
        self.index = index
        self.shortest = min(map(len, rows), default=0)

    def raw(self, field: str) -> list[str]:
        index = self.index.get(field)
        if index is None:
            return [""] * len(self.rows)
        if index < self.shortest:
            return list(map(itemgetter(index), self.rows))
        return [cells[index] if index < len(cells) else "" for cells in self.rows]


def positions(values: list[Any], marker: Any) -> list[int]:
    """Where ``marker`` itself is. (Not ``in`` or ``==``: comparing a Decimal with anything
    else costs an abstract-class check each time.)"""
    if not any(map(is_, values, repeat(marker))):
        return []
    return [i for i, value in enumerate(values) if value is marker]


def refused_rows(columns: list[list[Any]]) -> set[int]:
    return {i for column in columns for i in positions(column, REFUSED)}


def texts(cells: Cells, field: str, limit: int = 0) -> list[str]:
    """The field's clean texts; REFUSED for those longer than ``limit`` (when given)."""
    found = clean_column(cells.raw(field))
    if limit and max(map(len, found), default=0) > limit:
        return [REFUSED if len(text) > limit else text for text in found]
    return found

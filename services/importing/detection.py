"""What a ledger file's client column holds: the clients' numbers, tax ids, emails or names.

Worked out from a bounded sample (the first distinct values of the column, whatever the
file's length) against the book: the key under which most sampled values name a client wins.
When none does (a new book, or clients not imported yet), the values' shape decides: an
'@' is an email, a short number a client number, letters and digits without spaces a tax id,
anything else a name. The cost is one read of each key column of the book, never per row.

A file may have several client columns (an export has the number, the name and the tax id).
Each is sampled and the best (column, key) wins. Client numbers are only trusted when the
rows' names or tax ids agree with them: an export from another book has numbers that exist
here too, but belong to other clients.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from models import Client
from services.importing.fields import Kind, MatchBy, client_column_headers, normalize_header
from services.importing.matching import AMBIGUOUS, ClientKeys, existing_ids
from services.importing.rows import clean_cell
from services.importing.table import TableInfo, iter_rows

SAMPLE_VALUES = 200  # distinct client values looked at
SAMPLE_ROWS = 2000  # rows read at most to find them
# On a tie the key that tells clients apart best: a number or a tax id names one client,
# a name may name two.
ORDER = (MatchBy.ID, MatchBy.TAX_ID, MatchBy.EMAIL, MatchBy.NAME)
_LONGEST_CLIENT_NUMBER = 7  # digits; longer numbers are tax ids (an Argentine CUIT: 11)


@dataclass(frozen=True)
class ClientMatch:
    """How the rows' clients were found, for the preview and the summary."""

    by: MatchBy  # the key used
    detected: bool  # worked out from the rows (MatchBy.AUTO), not chosen by the owner
    column: int = -1  # the file's column holding it (detected only)
    sampled: int = 0  # distinct values looked at (detected only)
    matched: int = 0  # of those, how many name a client by ``by``
    counts: dict[MatchBy, int] = field(default_factory=dict)  # matches under each key


def sample_columns(table: TableInfo, columns: list[int]) -> dict[int, list[tuple[int, str]]]:
    """Per column, its first non-empty values with the row they are on (up to SAMPLE_VALUES
    distinct ones), cleaned as an import reads them."""
    found: dict[int, list[tuple[int, str]]] = {column: [] for column in columns}
    seen: dict[int, set[str]] = {column: set() for column in columns}
    with closing(iter_rows(table)) as rows:
        for number, row in enumerate(rows):
            if number >= SAMPLE_ROWS:
                break
            for column in columns:
                if len(seen[column]) >= SAMPLE_VALUES or column >= len(row.cells):
                    continue
                value = clean_cell(row.cells[column])
                if value:
                    found[column].append((number, value))
                    seen[column].add(value)
    return found


class BookKeys:
    """The book's clients under each key, each read once when first needed."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self._keys: dict[MatchBy, ClientKeys] = {}
        self._ids: dict[int, bool] = {}  # client number -> in the book (looked up so far)
        self._empty: bool | None = None

    def keys(self, by: MatchBy) -> ClientKeys:
        if by not in self._keys:
            self._keys[by] = ClientKeys(self.connection, by)
        return self._keys[by]

    def keep_only(self, by: MatchBy) -> None:
        """Let the other keys go (a million-row import holds what it keeps); a row that
        finds no client reads them again, once, to say what would fix it."""
        self._keys = {key: keys for key, keys in self._keys.items() if key == by}

    def is_empty(self) -> bool:
        if self._empty is None:
            self._empty = self.connection.scalar(select(Client.id).limit(1)) is None
        return self._empty

    def names(self, text: str, by: MatchBy) -> bool:
        """Whether ``text`` names a client (or several) under ``by``."""
        if by == MatchBy.ID:
            if not text.isdecimal() or len(text) > 18:  # past SQL's 64-bit integers
                return False
            number = int(text)
            if number not in self._ids:
                self._ids[number] = bool(existing_ids(self.connection, {number}))
            return self._ids[number]
        return self.keys(by).lookup(text) is not None

    def ids_of(self, text: str, by: MatchBy) -> set[int]:
        """The clients ``text`` names under ``by`` (several when they share it)."""
        keys = self.keys(by)
        found = keys.lookup(text)
        if found is None:
            return set()
        return set(keys.sharing(text)) if found == AMBIGUOUS else {found}

    def other_key(self, text: str, used: MatchBy) -> MatchBy | None:
        """The key under which ``text`` names a client when ``used`` found none: the likely
        fix for a row that matched nothing."""
        for by in ORDER:
            if by != used and self.names(text, by):
                return by
        return None


def detect(book: BookKeys, table: TableInfo, kind: Kind, mapped: int) -> ClientMatch:
    """The key, and the column, that find the most clients of the file's first rows;
    ``mapped`` is the column the mapping chose, kept on a tie, and taken at once when every
    sampled value of it names a client under one key."""
    headers = client_column_headers(kind)
    columns = [mapped] + [
        i
        for i, header in enumerate(table.headers)
        if i != mapped and normalize_header(header) in headers
    ]
    samples = sample_columns(table, columns)
    found: list[tuple[int, int, MatchBy, dict[MatchBy, int], int]] = []
    for place, column in enumerate(columns):
        values = list(dict.fromkeys(value for _, value in samples[column]))
        counts: dict[MatchBy, int] = {}
        for by in ORDER:
            counts[by] = _matches(book, by, values)
            # Every value of the mapped column names a client: taken at once, without
            # reading the book's other keys (the usual file, and the usual cost).
            whole = place == 0 and values and counts[by] == len(values)
            if whole and (by != MatchBy.ID or _numbers_agree(book, samples, column, columns)):
                return ClientMatch(by, True, column, len(values), len(values), counts)
        for rank, by in enumerate(counts):
            # Best first: most matches, then the key's rank, then the mapped column.
            found.append((-counts[by], rank * len(columns) + place, by, counts, column))
    found.sort(key=lambda item: item[:2])
    for negative, _, by, counts, column in found:
        if negative == 0:
            break
        if by == MatchBy.ID and not _numbers_agree(book, samples, column, columns):
            continue
        sampled = len(set(value for _, value in samples[column]))
        return ClientMatch(by, True, column, sampled, -negative, counts)
    values = list(dict.fromkeys(value for _, value in samples[mapped]))
    counts = {by: 0 for by in ORDER}
    return ClientMatch(by_shape(values), True, mapped, len(values), 0, counts)


def _numbers_agree(
    book: BookKeys, samples: dict[int, list[tuple[int, str]]], numbers: int, columns: list[int]
) -> bool:
    """Whether the client numbers of ``numbers`` name the clients the same rows name in
    another column (by name or tax id); true when the file has no such column to ask."""
    by_row = {
        row: value for row, value in samples[numbers] if value.isdecimal() and len(value) <= 18
    }
    for other in columns:
        if other == numbers:
            continue
        checked = agreed = 0
        for row, value in samples[other]:
            number = by_row.get(row)
            if number is None:
                continue
            named = [by for by in (MatchBy.TAX_ID, MatchBy.NAME) if book.names(value, by)]
            if not named:
                continue
            checked += 1
            agreed += any(int(number) in book.ids_of(value, by) for by in named)
        if checked:
            return agreed * 2 > checked
    return True


def _matches(book: BookKeys, by: MatchBy, values: list[str]) -> int:
    if by == MatchBy.ID:
        numbers = {int(v) for v in values if v.isdecimal() and len(v) <= 18}
        found = existing_ids(book.connection, numbers) if numbers else set()
        return sum(1 for v in values if v.isdecimal() and len(v) <= 18 and int(v) in found)
    keys = book.keys(by)
    return sum(1 for v in values if keys.lookup(v) is not None)


def by_shape(values: Iterable[str]) -> MatchBy:
    """The key values most likely are, from how they look (nothing in the book to go by)."""
    votes = dict.fromkeys(ORDER, 0)
    for value in values:
        if "@" in value:
            votes[MatchBy.EMAIL] += 1
        elif value.isdecimal() and len(value) <= _LONGEST_CLIENT_NUMBER:
            votes[MatchBy.ID] += 1
        elif _looks_like_tax_id(value):
            votes[MatchBy.TAX_ID] += 1
        else:
            votes[MatchBy.NAME] += 1
    return max(ORDER, key=lambda by: votes[by]) if any(votes.values()) else MatchBy.NAME


def _looks_like_tax_id(value: str) -> bool:
    compact = value.replace("-", "").replace(".", "").replace("/", "")
    return (
        " " not in value
        and 5 <= len(compact) <= 20
        and compact.isalnum()
        and sum(ch.isdigit() for ch in compact) >= len(compact) // 2
    )

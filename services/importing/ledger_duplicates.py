"""Ledger rows already stored, or earlier in the same file: what makes a re-import harmless.

An entry is the same entry when its client, date, reference and amount are the same: a
sale's invoice date, own reference and amount; a payment's date, amount, own reference and
the invoice it settles; a return's date, the invoice it points at, units and amount (a
return has no reference of its own, and its amount is zero when goods were replaced). So
importing one sales, payments or returns file twice adds nothing the second time.

The file's rows are remembered by the hash of their key, not the key itself: a million-row
file would otherwise keep a million references, dates and amounts alive (hundreds of MB).
Two different entries whose 64-bit hashes collide would be taken for one: at a million rows,
a chance in tens of millions per import, against a ledger doubled by every re-import.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Table, select

from services.importing.fields import Kind
from services.revenue_ranking import IN_CHUNK

_CENT = Decimal("0.01")
_MILLI = Decimal("0.001")

# Per kind: the positions in an import record (client id, then the entry's fields in the
# order of services.ledger's *Input) and the table's columns that make an entry's key.
_KEYS: dict[Kind, tuple[tuple[int, ...], tuple[str, ...]]] = {
    # SaleInput: invoice_date, due_date, reference, units, amount
    Kind.SALES: ((0, 1, 3, 5), ("client_id", "invoice_date", "reference", "amount")),
    # PaymentInput: paid_on, amount, reference, sale_id
    Kind.PAYMENTS: ((0, 1, 3, 2, 4), ("client_id", "paid_on", "reference", "amount", "sale_id")),
    # ReturnInput: returned_on, units, amount, reason, sale_id
    Kind.RETURNS: ((0, 1, 5, 2, 3), ("client_id", "returned_on", "sale_id", "units", "amount")),
}


def _number(value: Any, step: Decimal) -> Decimal:
    # str() first: SQLite may hand a NUMERIC back as a float. Quantized: 10 is 10.00.
    return Decimal(str(value)).quantize(step)


class LedgerDuplicates:
    """The keys of one import's rows, and a lookup of the entries already stored."""

    def __init__(self, connection: Connection, kind: Kind, table: Table) -> None:
        self.connection = connection
        self.kind = kind
        self.table = table
        self.positions, names = _KEYS[kind]
        self.columns = [table.c[name] for name in names]
        self.date_column = self.columns[1]
        # Empty at the start: every entry it will hold is one of this file's rows, which
        # ``in_file`` finds without asking the database.
        self.book_has_entries = connection.scalar(select(table.c.id).limit(1)) is not None
        self._seen: dict[int, int] = {}  # hash of a row's key -> its line
        # Entries without a reference: hash of the key -> rows met so far less entries stored.
        self._counts: dict[int, int] = {}

    def key(self, values: Sequence[Any]) -> tuple[Hashable, ...]:
        """The key of a record (``values`` in the order of _KEYS's positions)."""
        out: list[Hashable] = []
        for name, value in zip(self._names(), values, strict=True):
            if name == "amount" and value is not None:
                value = _number(value, _CENT)
            elif name == "units" and value is not None:
                value = _number(value, _MILLI)
            out.append(value)
        return tuple(out)

    def _names(self) -> tuple[str, ...]:
        return _KEYS[self.kind][1]

    def record_key(self, record: Sequence[Any]) -> tuple[Hashable, ...]:
        return self.key([record[i] for i in self.positions])

    def has_reference(self, key: tuple[Hashable, ...]) -> bool:
        """A sale's or payment's own reference (an invoice or transfer number) names one
        entry; without one, or for a return, two alike entries may both be real."""
        return self.kind != Kind.RETURNS and bool(key[2])

    def in_file(self, key: tuple[Hashable, ...]) -> int | None:
        """The line of an earlier row of the file with this key (see remember)."""
        return self._seen.get(hash(key))

    def remember(self, key: tuple[Hashable, ...], line: int) -> None:
        """A row taken: later ones with its key are duplicates."""
        self._seen[hash(key)] = line

    def counted(self, key: tuple[Hashable, ...], stored: int) -> bool:
        """For an entry without a reference: whether this row is one the book already has.
        A file with two alike rows (two equal sales of a day) adds both once; imported
        again, both are found. ``stored``: how many such entries the book held before this
        import (asked once per key: the first time it is met)."""
        # Rows met so far less entries stored: one int per key, not a pair.
        balance = self._counts.get(hash(key), -stored) + 1
        self._counts[hash(key)] = balance
        return balance <= 0

    def known(self, key: tuple[Hashable, ...]) -> bool:
        """Whether the book's count for this key was already asked for."""
        return hash(key) in self._counts

    def in_book(self, keys: Iterable[tuple[Hashable, ...]]) -> dict[tuple[Hashable, ...], int]:
        """How many entries already stored have each of ``keys`` (none when the table was
        empty when the import began); keys without entries are left out."""
        wanted = set(keys)
        found: dict[tuple[Hashable, ...], int] = {}
        if not self.book_has_entries or not wanted:
            return found
        clients = sorted({key[0] for key in wanted})
        days: list[date] = sorted({key[1] for key in wanted})  # type: ignore[type-var]
        for start in range(0, len(clients), IN_CHUNK):
            chunk = clients[start : start + IN_CHUNK]
            statement = select(*self.columns).where(
                self.columns[0].in_(chunk), self.date_column.in_(days)
            )
            for row in self.connection.execute(statement):
                key = self.key(row)
                if key in wanted:
                    found[key] = found.get(key, 0) + 1
        return found

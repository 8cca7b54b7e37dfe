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

import operator
from collections.abc import Hashable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Connection, Table, select

from services.importing.fields import Kind
from services.revenue_ranking import IN_CHUNK

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


def _number(value: float) -> Decimal:
    return Decimal(str(value))  # str() first: Decimal(2.675) is not 2.675


class LedgerDuplicates:
    """The keys of one import's rows, and a lookup of the entries already stored."""

    def __init__(self, connection: Connection, kind: Kind, table: Table) -> None:
        self.connection = connection
        self.kind = kind
        self.table = table
        positions, names = _KEYS[kind]
        # An import record's key. 10 and 10.00 need no quantizing: equal Decimals hash alike.
        self._pick = operator.itemgetter(*positions)
        self.columns = [table.c[name] for name in names]
        self.date_column = self.columns[1]
        # Empty at the start: every entry it will hold is one of this file's rows, which
        # sort_out finds without asking the database.
        self.book_has_entries = connection.scalar(select(table.c.id).limit(1)) is not None
        self._seen: dict[int, int] = {}  # hash of a row's key -> its line
        # Entries without a reference: hash of the key -> rows met so far less entries stored.
        self._counts: dict[int, int] = {}

    def key(self, values: Sequence[Any]) -> tuple[Hashable, ...]:
        """The key of an entry stored (its row of the key columns): amounts as Decimals,
        which an import's are already (SQLite may hand a NUMERIC back as a float)."""
        return tuple(_number(value) if isinstance(value, float) else value for value in values)

    def sort_out(
        self, records: Sequence[Sequence[Any]], lines: Sequence[int]
    ) -> list[tuple[int, int | None]]:
        """The duplicates among a batch's records, in order: (position, the line of the
        earlier row of the file it repeats, or None when it is already stored).

        A sale's or payment's own reference (an invoice or transfer number) names one
        entry: a row with one is a duplicate once stored or earlier in the file. Without
        one, or for a return, two alike rows may both be real (two equal sales of a day):
        a row is a duplicate only as many times as the book already had its entry, so a
        file adds each alike row once, and imported again adds none. Written for speed:
        one hash per row, no call per row.
        """
        keys = list(map(self._pick, records))
        hashes = list(map(hash, keys))
        seen, counts = self._seen, self._counts
        stored: dict[tuple[Hashable, ...], int] = {}
        if self.book_has_entries:  # only keys met for the first time can be in the book
            stored = self.in_book(
                key
                for key, h in zip(keys, hashes, strict=True)
                if h not in seen and h not in counts
            )
        referenced = self.kind != Kind.RETURNS
        found: list[tuple[int, int | None]] = []
        for i, (key, h, line) in enumerate(zip(keys, hashes, lines, strict=True)):
            if referenced and key[2]:
                earlier = seen.get(h)
                if earlier is not None:
                    found.append((i, earlier))
                elif stored and key in stored:
                    found.append((i, None))
                else:
                    seen[h] = line
                continue
            # Rows met so far less entries stored: one int per key.
            balance = counts.get(h, -stored.get(key, 0) if stored else 0) + 1
            counts[h] = balance
            if balance <= 0:
                found.append((i, None))
        return found

    def in_book(self, keys: Iterable[tuple[Hashable, ...]]) -> dict[tuple[Hashable, ...], int]:
        """How many entries already stored have each of ``keys`` (none when the table was
        empty when the import began); keys without entries are left out."""
        wanted = set(keys)
        found: dict[tuple[Hashable, ...], int] = {}
        if not self.book_has_entries or not wanted:
            return found
        clients = sorted({cast(int, key[0]) for key in wanted})  # keys are (client id, day, ...)
        days = sorted({cast(date, key[1]) for key in wanted})
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

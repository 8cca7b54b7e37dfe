"""Ledger rows that are allowed but unlikely (services/plausibility.py), found for a whole
import: they are imported all the same and listed as warnings in its summary.

The dialogs compare one entry with the book; here a client's usual sale amount, what they
bought and what they had returned are read once per client, as the book held them before
the import (its own rows are not "usual" yet), and the returns of the file are added up as
they are taken, so the third of three returns is the one that goes past what was bought.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, func, select

from models import Return, Sale
from services.importing.fields import Kind
from services.importing.ledger_columns import CLIENT_ID, DAY, RETURN_AMOUNT, SALE_AMOUNT
from services.plausibility import (
    EARLIEST_PLAUSIBLE,
    FUTURE_HORIZON,
    Doubt,
    amount_doubt,
    date_doubt,
    return_doubt,
)
from services.revenue_ranking import IN_CHUNK

# The date field of each kind, as a row's warning names it.
DATE_FIELDS = {Kind.SALES: "invoice_date", Kind.PAYMENTS: "paid_on", Kind.RETURNS: "returned_on"}


def _decimal(value: object) -> Decimal:
    return Decimal(str(value or 0))  # str(): SQLite may hand a NUMERIC back as a float


class LedgerDoubts:
    def __init__(self, connection: Connection, kind: Kind, today: date) -> None:
        self.connection = connection
        self.kind = kind
        self.today = today
        self.date_field = DATE_FIELDS[kind]
        self._usual: dict[int, Decimal | None] = {}  # client -> average sale before import
        self._bought: dict[int, Decimal] = {}  # client -> everything invoiced
        self._returned: dict[int, Decimal] = {}  # client -> returned so far, file included
        self._sales_stored = connection.scalar(select(Sale.id).limit(1)) is not None

    def of_batch(self, records: Sequence[tuple[Any, ...]]) -> list[tuple[int, str, Doubt]]:
        """(position in ``records``, field, doubt) of each doubt, in the records' order."""
        found: list[tuple[int, str, Doubt]] = []
        today, earliest, latest = self.today, EARLIEST_PLAUSIBLE, self.today + FUTURE_HORIZON
        for i, record in enumerate(records):
            day = record[DAY]
            if not earliest <= day <= latest:  # the rare ones: date_doubt says why
                doubt = date_doubt(day, today)
                if doubt is not None:
                    found.append((i, self.date_field, doubt))
        if self.kind == Kind.SALES and self._sales_stored:
            self._read(records, self._usual, Sale.amount, total=False)
            for i, record in enumerate(records):
                usual = self._usual.get(record[CLIENT_ID])
                doubt = amount_doubt(_decimal(record[SALE_AMOUNT]), usual)
                if doubt is not None:
                    found.append((i, "amount", doubt))
        elif self.kind == Kind.RETURNS:
            self._read(records, self._bought, Sale.amount)
            self._read(records, self._returned, Return.amount)
            for i, record in enumerate(records):
                client = record[CLIENT_ID]
                returned = self._returned.get(client, Decimal(0)) + _decimal(record[RETURN_AMOUNT])
                self._returned[client] = returned
                doubt = return_doubt(returned, self._bought.get(client, Decimal(0)))
                if doubt is not None:
                    found.append((i, "amount", doubt))
        found.sort(key=lambda item: item[0])
        return found

    def _read(self, records, into: dict, column, *, total: bool = True) -> None:
        """Each new client's total (or, not ``total``, average: None without any entry)
        as the book holds it."""
        aggregate = func.sum if total else func.avg
        clients = sorted({record[CLIENT_ID] for record in records} - into.keys())
        for client in clients:
            into[client] = None
        model = column.class_
        for start in range(0, len(clients), IN_CHUNK):
            chunk = clients[start : start + IN_CHUNK]
            statement = (
                select(model.client_id, aggregate(column))
                .where(model.client_id.in_(chunk))
                .group_by(model.client_id)
            )
            for client, value in self.connection.execute(statement):
                into[client] = None if value is None else _decimal(value)
        if total:
            for client in clients:
                if into[client] is None:
                    into[client] = Decimal(0)

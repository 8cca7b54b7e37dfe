"""A batch of ledger rows read column by column: the plainly valid rows, cheaply.

Row by row (rows.ledger_from_row), a million-row import spent most of its time on Python's
per-row costs: a dict of cells, an input dataclass and a dict of problems for every row. Here
each field of a whole batch is read in one pass, with the same parsers (values.py) and the same
checks (services.ledger) as that path, and a text that repeats (a date, a number of units, a
client's tax id) is read once. A row with any cell that is not plainly valid comes back as
None, for ledger_from_row to say what is wrong with it: that path stays the one that explains
problems, and this one takes only the rows that path takes, with the same values
(tests/services/test_importing_columns.py compares the two).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import fields
from datetime import timedelta
from decimal import Decimal
from typing import Any

from services.importing.columns import REFUSED, Cells, cached, positions, refused_rows, texts
from services.importing.fields import Kind
from services.importing.matching import AMBIGUOUS
from services.importing.rows import clean_column
from services.importing.values import ValueFormat, parse_amount, parse_date
from services.ledger import (
    MONEY,
    QUANTITY,
    REFERENCE_LENGTH,
    PaymentInput,
    ReturnInput,
    SaleInput,
    check_date,
    check_number,
)

_EMPTY: Any = object()  # an optional date left empty
_ZERO = Decimal(0)

# Per row: the invoice reference a payment or return points at ("" if none), and the record
# to insert: the client's id, then the entry's fields in the order of services.ledger's
# SaleInput, PaymentInput or ReturnInput (their sale_id, last, still None). A record stays a
# plain tuple, what executemany takes, not a NamedTuple built a million times an import; it
# is read through the positions below, never through bare numbers.
Read = tuple[str, tuple[Any, ...]]


def record_position(entry: type, name: str) -> int:
    """Where an entry's field sits in its record: after the client's id, in field order."""
    return 1 + [f.name for f in fields(entry)].index(name)


CLIENT_ID = 0
DAY = 1  # invoice_date, paid_on or returned_on: each kind's first field
SALE_AMOUNT = record_position(SaleInput, "amount")
RETURN_AMOUNT = record_position(ReturnInput, "amount")
PAYMENT_REFERENCE = record_position(PaymentInput, "reference")
_ENTRIES = (SaleInput, PaymentInput, ReturnInput)
assert all(fields(entry)[0].name.endswith(("_date", "_on")) for entry in _ENTRIES)
assert fields(PaymentInput)[-1].name == fields(ReturnInput)[-1].name == "sale_id"


def with_sale(record: tuple[Any, ...], sale_id: int) -> tuple[Any, ...]:
    """A payment's or return's record pointing at its invoice (sale_id: their last field)."""
    return (*record[:-1], sale_id)


class LedgerColumns:
    """Reads one import's batches of ledger rows: one kind, one mapping, one value format."""

    def __init__(
        self,
        kind: Kind,
        mapping: dict[int, str],
        fmt: ValueFormat,
        payment_term_days: int,
        client_id: Callable[[str], int | None],
    ) -> None:
        self.kind = kind
        self.fmt = fmt
        self.term = timedelta(days=payment_term_days)
        self.client_id = client_id
        self.index = {field: index for index, field in mapping.items()}
        self._caches: dict[str, dict[str, Any]] = {}
        self._by_term: dict[Any, Any] = {}  # invoice date -> due date

    def read(self, rows: Sequence[Sequence[str]]) -> list[Read | None]:
        """Per row of cells, what ledger_from_row and the client lookup would give, or None
        when that is a problem (or might be)."""
        cells = Cells(rows, self.index)
        columns = [self._cached(cells, "client", self._client), *self._entry_columns(cells)]
        refused = refused_rows(columns)
        invoices = texts(cells, "invoice") if self.kind is not Kind.SALES else [""] * len(rows)
        read: list[Read | None] = list(zip(invoices, zip(*columns, strict=True), strict=True))
        for i in refused:
            read[i] = None
        return read

    def _entry_columns(self, cells: Cells) -> list[list[Any]]:
        """The entry's fields, column by column, in the order of its *Input dataclass."""
        amounts = clean_column(cells.raw("amount"))
        if self.kind is Kind.SALES:
            invoice_dates = self._cached(cells, "invoice_date", self._date)
            return [
                invoice_dates,
                self._due_dates(cells, invoice_dates),
                texts(cells, "reference", REFERENCE_LENGTH),
                self._cached(cells, "units", self._units_sold),
                list(map(self._amount, amounts)),
            ]
        no_invoice_yet = [None] * len(amounts)  # sale_id: run.py looks the invoices up
        if self.kind is Kind.PAYMENTS:
            return [
                self._cached(cells, "paid_on", self._date),
                list(map(self._amount, amounts)),
                texts(cells, "reference", REFERENCE_LENGTH),
                no_invoice_yet,
            ]
        return [
            self._cached(cells, "returned_on", self._date),
            self._cached(cells, "units", self._units_returned),
            list(map(self._credited, amounts)),
            texts(cells, "reason"),
            no_invoice_yet,
        ]

    def _cached(self, cells: Cells, field: str, parse: Callable[[str], Any]) -> list[Any]:
        return cached(self._caches.setdefault(field, {}), cells.raw(field), parse)

    def _due_dates(self, cells: Cells, invoice_dates: list[Any]) -> list[Any]:
        due_dates = self._cached(cells, "due_date", self._optional_date)
        by_term = self._by_term
        for i in positions(due_dates, _EMPTY):
            invoice = invoice_dates[i]
            due_dates[i] = by_term.get(invoice) or self._due_by_term(invoice)
        return [
            REFUSED if due is not REFUSED and invoice is not REFUSED and due < invoice else due
            for invoice, due in zip(invoice_dates, due_dates, strict=True)
        ]

    def _due_by_term(self, invoice: Any) -> Any:
        """No due date in the file: the business's agreed payment term applies."""
        due = REFUSED
        if invoice is not REFUSED:
            due = invoice + self.term
            if check_date(due) is not None or due < invoice:
                due = REFUSED
        self._by_term[invoice] = due
        return due

    # -- one cell's text -------------------------------------------------------------------

    def _client(self, text: str) -> Any:
        found = self.client_id(text) if text else None
        return REFUSED if found is None or found == AMBIGUOUS else found

    def _date(self, text: str) -> Any:
        value = parse_date(text, self.fmt) if text else None
        return value if value is not None and check_date(value) is None else REFUSED

    def _optional_date(self, text: str) -> Any:
        return self._date(text) if text else _EMPTY

    def _number(self, text: str, kind: Any, zero_allowed: bool, default: Decimal | None) -> Any:
        value = parse_amount(text, self.fmt) if text else default
        if value is None or check_number(value, kind, zero_allowed=zero_allowed) is not None:
            return REFUSED
        return value

    def _amount(self, text: str) -> Any:  # of a sale or payment: required, above zero
        return self._number(text, MONEY, False, None)

    def _credited(self, text: str) -> Any:  # of a return: zero when goods were replaced
        return self._number(text, MONEY, True, _ZERO)

    def _units_sold(self, text: str) -> Any:
        return self._number(text, QUANTITY, True, _ZERO)

    def _units_returned(self, text: str) -> Any:
        return self._number(text, QUANTITY, False, None)

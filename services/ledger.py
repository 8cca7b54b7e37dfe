"""A client's ledger: invoices (sales), payments and returns, and the totals drawn from them.

Outstanding = everything invoiced - everything paid - everything credited by returns.
An invoice's open balance = its amount - the payments linked to it.
Overdue = the open balances of invoices past their due date, less the payments received on
account (not linked to an invoice), and never more than the outstanding total.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, TypeVar, cast

from sqlalchemy import (
    ColumnElement,
    ScalarSelect,
    Select,
    SQLColumnExpression,
    and_,
    case,
    func,
    select,
)
from sqlalchemy.orm import Session

from models import Client, Payment, Return, Sale
from services.concurrency import check_version, stale_refused
from services.errors import NotFoundError, Problem, ValidationError
from services.ledger_change import ledger_change
from services.progress import Sessions
from services.validation import check_length

T = TypeVar("T")

Problems = dict[str, list[Problem]]

ZERO = Decimal("0.00")
# SQLite sums NUMERIC columns as floats (33.33 + 33.33 + 33.34 is not exactly 100), so an
# invoice counts as open only when more than half a cent is left.
HALF_CENT = Decimal("0.005")
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2999, 12, 31)
REFERENCE_LENGTH = 60  # Sale.reference and Payment.reference are String(60)
LEDGER_ENTRY = "ledger_entry"  # what a ConcurrentEditError from here is about


@dataclass(frozen=True)
class _Number:
    """What a Numeric column can hold: its decimal places and largest value."""

    places: int
    maximum: Decimal

    @functools.cached_property  # checked for every amount of an import
    def step(self) -> Decimal:
        return Decimal(1).scaleb(-self.places)


MONEY = _Number(2, Decimal("999999999999.99"))  # models.base.Money: Numeric(14, 2)
QUANTITY = _Number(3, Decimal("99999999999.999"))  # models.base.Quantity: Numeric(14, 3)


# -- what the UI sends and receives --------------------------------------------------------


@dataclass(frozen=True)
class SaleInput:
    invoice_date: date | None
    due_date: date | None
    reference: str = ""
    units: Decimal | None = Decimal(0)
    amount: Decimal | None = None


@dataclass(frozen=True)
class PaymentInput:
    paid_on: date | None
    amount: Decimal | None
    reference: str = ""
    sale_id: int | None = None  # None: paid on account


@dataclass(frozen=True)
class ReturnInput:
    returned_on: date | None
    units: Decimal | None
    amount: Decimal | None = Decimal(0)  # zero when the goods were replaced, not credited
    reason: str = ""
    sale_id: int | None = None


@dataclass(frozen=True)
class SaleRow:
    id: int
    invoice_date: date
    due_date: date
    reference: str
    units: Decimal
    amount: Decimal
    paid: Decimal  # the payments linked to this invoice
    version: int = 1  # what an edit of this row passes back (services.concurrency)

    @property
    def open_balance(self) -> Decimal:
        return max(ZERO, self.amount - self.paid)


@dataclass(frozen=True)
class PaymentRow:
    id: int
    paid_on: date
    amount: Decimal
    reference: str
    sale_id: int | None
    invoice_reference: str  # the linked invoice's reference; "" on account or without one
    version: int = 1


@dataclass(frozen=True)
class ReturnRow:
    id: int
    returned_on: date
    units: Decimal
    amount: Decimal
    reason: str
    sale_id: int | None
    invoice_reference: str
    version: int = 1


@dataclass(frozen=True)
class LedgerTotals:
    revenue_12m: Decimal
    units_12m: Decimal
    outstanding: Decimal
    overdue: Decimal
    overdue_invoices: int  # invoices past due with something still open; 0 when none is overdue


# -- validation ----------------------------------------------------------------------------


def check_date(value: object) -> Problem | None:
    if value is None:
        return Problem("required")
    # A datetime is a date too, but would not round-trip through a DATE column.
    if isinstance(value, datetime) or not isinstance(value, date):
        return Problem("invalid_date")
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        return Problem("date_out_of_range", {"low": EARLIEST_DATE.year, "high": LATEST_DATE.year})
    return None


def check_number(value: object, kind: _Number, *, zero_allowed: bool) -> Problem | None:
    if value is None:
        return Problem("required")
    if not isinstance(value, Decimal) or not value.is_finite():
        return Problem("not_a_number")
    if value < 0 or (value == 0 and not zero_allowed):
        return Problem("must_not_be_negative" if zero_allowed else "must_be_positive")
    if value > kind.maximum:
        return Problem("too_large")
    if value != value.quantize(kind.step):
        # Storing would round silently; 12.345 € is more likely a typo than a price.
        return Problem("too_many_decimals", {"places": kind.places})
    return None


def _collect(**checks: Problem | None) -> Problems:
    return {name: [problem] for name, problem in checks.items() if problem is not None}


def validate_sale(data: SaleInput) -> Problems:
    """Problems that block saving, by field name. Empty when the sale can be stored."""
    problems = _collect(
        invoice_date=check_date(data.invoice_date),
        due_date=check_date(data.due_date),
        reference=check_length(data.reference, REFERENCE_LENGTH),
        units=check_number(data.units, QUANTITY, zero_allowed=True),
        amount=check_number(data.amount, MONEY, zero_allowed=False),
    )
    dates_ok = "invoice_date" not in problems and "due_date" not in problems
    invoice_date, due_date = data.invoice_date, data.due_date
    if dates_ok and invoice_date and due_date and due_date < invoice_date:
        problems["due_date"] = [Problem("due_before_invoice")]
    return problems


def validate_payment(data: PaymentInput) -> Problems:
    return _collect(
        paid_on=check_date(data.paid_on),
        amount=check_number(data.amount, MONEY, zero_allowed=False),
        reference=check_length(data.reference, REFERENCE_LENGTH),
    )


def validate_return(data: ReturnInput) -> Problems:
    return _collect(
        returned_on=check_date(data.returned_on),
        units=check_number(data.units, QUANTITY, zero_allowed=False),
        amount=check_number(data.amount, MONEY, zero_allowed=True),
    )


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value).strip()


def _invoice_problems(session: Session, client_id: int, sale_id: int | None) -> Problems:
    """A payment or return may only point at an invoice of the same client."""
    if sale_id is None:
        return {}
    owner = session.scalar(select(Sale.client_id).where(Sale.id == sale_id))
    return {} if owner == client_id else {"sale_id": [Problem("invoice_of_another_client")]}


def _raise_if(problems: Problems) -> None:
    if problems:
        raise ValidationError(problems)


def _require_client(session: Session, client_id: int) -> None:
    if session.get(Client, client_id) is None:
        raise NotFoundError()


def _get(
    session: Session, model: type, entry_id: int, client_id: int, expected_version: int | None
):
    entry = session.get(model, entry_id)
    if entry is None or entry.client_id != client_id:
        raise NotFoundError()
    check_version(entry.version, expected_version, LEDGER_ENTRY)
    return entry


def _money(value: object) -> Decimal:
    # str() first: SQLite may hand back a float, and Decimal(2.675) is not 2.675.
    return Decimal(str(value or 0)).quantize(MONEY.step)


# -- sales ---------------------------------------------------------------------------------


def _sales_with_paid(client_id: int) -> tuple[Select, ColumnElement[Decimal]]:
    """Every invoice of the client with what was paid on it (kept by services.settlement),
    and its open-balance expression."""
    statement = select(
        Sale.id,
        Sale.invoice_date,
        Sale.due_date,
        Sale.reference,
        Sale.units,
        Sale.amount,
        Sale.paid,
        Sale.version,
    ).where(Sale.client_id == client_id)
    return statement, Sale.amount - Sale.paid


def _sale_rows(session: Session, statement: Select) -> list[SaleRow]:
    return [
        SaleRow(
            id=row.id,
            invoice_date=row.invoice_date,
            due_date=row.due_date,
            reference=row.reference,
            units=row.units,
            amount=row.amount,
            paid=_money(row.paid),
            version=row.version,
        )
        for row in session.execute(statement)
    ]


def list_sales(sessions: Sessions, client_id: int) -> list[SaleRow]:
    """The client's invoices, newest first."""
    statement, _ = _sales_with_paid(client_id)
    with sessions() as session:
        return _sale_rows(session, statement.order_by(Sale.invoice_date.desc(), Sale.id.desc()))


def open_invoices(sessions: Sessions, client_id: int) -> list[SaleRow]:
    """Invoices not fully paid, oldest first: what a new payment most likely settles."""
    statement, open_balance = _sales_with_paid(client_id)
    statement = statement.where(open_balance > HALF_CENT).order_by(Sale.invoice_date, Sale.id)
    with sessions() as session:
        return _sale_rows(session, statement)


def _checked(value: T | None) -> T:
    """A value the validation above refused to be None."""
    assert value is not None
    return value


def _apply_sale(sale: Sale, data: SaleInput) -> None:
    sale.invoice_date, sale.due_date = _checked(data.invoice_date), _checked(data.due_date)
    sale.reference, sale.units = data.reference, _checked(data.units)
    sale.amount = _checked(data.amount)


def add_sale(sessions: Sessions, client_id: int, data: SaleInput) -> int:
    """Store a new invoice; returns its id."""
    data = replace(data, reference=_nfc(data.reference))
    _raise_if(validate_sale(data))
    with sessions.begin() as session, ledger_change(session):
        _require_client(session, client_id)
        sale = Sale(client_id=client_id)
        _apply_sale(sale, data)
        session.add(sale)
        session.flush()
        return sale.id


def update_sale(
    sessions: Sessions,
    client_id: int,
    sale_id: int,
    data: SaleInput,
    expected_version: int | None = None,
) -> None:
    """Raises ConcurrentEditError when ``expected_version`` (the row's version when it was
    shown) is no longer the stored one: someone else changed it meanwhile."""
    data = replace(data, reference=_nfc(data.reference))
    _raise_if(validate_sale(data))
    with stale_refused(LEDGER_ENTRY), sessions.begin() as session, ledger_change(session):
        _apply_sale(_get(session, Sale, sale_id, client_id, expected_version), data)


def delete_sale(
    sessions: Sessions, client_id: int, sale_id: int, expected_version: int | None = None
) -> None:
    """Payments and returns linked to the invoice stay, no longer linked (on account)."""
    with stale_refused(LEDGER_ENTRY), sessions.begin() as session, ledger_change(session):
        session.delete(_get(session, Sale, sale_id, client_id, expected_version))


# -- payments and returns ------------------------------------------------------------------
# Both are money or goods coming back from the client, optionally pointing at one of its
# invoices: one set of functions serves both, told apart by their kind (EntryKind).

EntryInput = PaymentInput | ReturnInput
EntryRow = PaymentRow | ReturnRow


@dataclass(frozen=True)
class EntryKind:
    """What differs between payments and returns."""

    model: type[Payment] | type[Return]
    input: type[PaymentInput] | type[ReturnInput]
    row: type[PaymentRow] | type[ReturnRow]
    dated: str  # the date column: listed newest first
    validate: Callable[[Any], Problems]

    @functools.cached_property
    def fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in fields(self.input))


PAYMENTS = EntryKind(Payment, PaymentInput, PaymentRow, "paid_on", validate_payment)
RETURNS = EntryKind(Return, ReturnInput, ReturnRow, "returned_on", validate_return)


def kind_of(data: EntryInput) -> EntryKind:
    return PAYMENTS if isinstance(data, PaymentInput) else RETURNS


def list_entries(kind: EntryKind, sessions: Sessions, client_id: int) -> list[EntryRow]:
    """The client's payments or returns, newest first, with the reference of the invoice
    each points at."""
    model, dated = kind.model, getattr(kind.model, kind.dated)
    statement = (
        select(model, Sale.reference)
        .outerjoin(Sale, Sale.id == model.sale_id)
        .where(model.client_id == client_id)
        .order_by(dated.desc(), model.id.desc())
    )
    with sessions() as session:
        # select() of a union of models is typed as their base class: it is one of them.
        rows = cast(list[tuple[Payment | Return, str | None]], session.execute(statement).all())
        return [
            kind.row(
                id=entry.id,
                **{name: getattr(entry, name) for name in kind.fields},
                invoice_reference=invoice_reference or "",
                version=entry.version,
            )
            for entry, invoice_reference in rows
        ]


def _checked_entry(session: Session, client_id: int, data: EntryInput) -> EntryInput:
    if isinstance(data, PaymentInput):
        data = replace(data, reference=_nfc(data.reference))
    else:
        data = replace(data, reason=_nfc(data.reason))
    _raise_if(kind_of(data).validate(data) | _invoice_problems(session, client_id, data.sale_id))
    return data


def _apply_entry(entry: Payment | Return, data: EntryInput) -> None:
    for name in kind_of(data).fields:
        setattr(entry, name, getattr(data, name))


def add_entry(sessions: Sessions, client_id: int, data: EntryInput) -> int:
    """Store a payment (even one larger than what is owed: see payment_exceeds_owed) or a
    return; returns its id."""
    with sessions.begin() as session, ledger_change(session):
        _require_client(session, client_id)
        entry = kind_of(data).model(client_id=client_id)
        _apply_entry(entry, _checked_entry(session, client_id, data))
        session.add(entry)
        session.flush()
        return entry.id


def update_entry(
    sessions: Sessions,
    client_id: int,
    entry_id: int,
    data: EntryInput,
    expected_version: int | None = None,
) -> None:
    """Raises ConcurrentEditError when ``expected_version`` is no longer the stored one."""
    model = kind_of(data).model
    with stale_refused(LEDGER_ENTRY), sessions.begin() as session, ledger_change(session):
        entry = _get(session, model, entry_id, client_id, expected_version)
        _apply_entry(entry, _checked_entry(session, client_id, data))


def delete_entry(
    kind: EntryKind,
    sessions: Sessions,
    client_id: int,
    entry_id: int,
    expected_version: int | None = None,
) -> None:
    with stale_refused(LEDGER_ENTRY), sessions.begin() as session, ledger_change(session):
        session.delete(_get(session, kind.model, entry_id, client_id, expected_version))


# The same functions under the names the rest of the code reads best with.
list_payments = functools.partial(list_entries, PAYMENTS)
list_returns = functools.partial(list_entries, RETURNS)
add_payment = add_return = add_entry
update_payment = update_return = update_entry
delete_payment = functools.partial(delete_entry, PAYMENTS)
delete_return = functools.partial(delete_entry, RETURNS)


def payment_exceeds_owed(
    sessions: Sessions, client_id: int, data: PaymentInput, payment_id: int | None = None
) -> Decimal | None:
    """What is owed, when this payment is larger than that; else None.

    Owed is the linked invoice's open balance, or the client's outstanding total for a
    payment on account. When editing (``payment_id``), that payment's stored amount does
    not count as already paid.
    """
    if not isinstance(data.amount, Decimal) or not data.amount.is_finite():
        return None
    with sessions() as session:
        if data.sale_id is None:
            owed = _outstanding(session, client_id, excluding_payment=payment_id)
        else:
            # The edited payment's stored amount, if it is on this invoice, is given back.
            edited = select(Payment.amount).where(
                Payment.id == payment_id, Payment.sale_id == Sale.id
            )
            statement = select(
                Sale.amount - Sale.paid + func.coalesce(edited.scalar_subquery(), 0)
            ).where(Sale.id == data.sale_id, Sale.client_id == client_id)
            balance = session.scalar(statement)
            if balance is None:
                return None  # not this client's invoice: saving will say so
            owed = max(ZERO, _money(balance))
    return owed if data.amount > owed else None


# -- totals --------------------------------------------------------------------------------


def _total(
    column: SQLColumnExpression[Decimal], *conditions: ColumnElement[bool]
) -> ScalarSelect[Any]:
    return select(func.coalesce(func.sum(column), 0)).where(*conditions).scalar_subquery()


def _outstanding(session: Session, client_id: int, excluding_payment: int | None = None) -> Decimal:
    paid_conditions = [Payment.client_id == client_id]
    if excluding_payment is not None:
        paid_conditions.append(Payment.id != excluding_payment)
    invoiced, paid, credited = session.execute(
        select(
            _total(Sale.amount, Sale.client_id == client_id),
            _total(Payment.amount, *paid_conditions),
            _total(Return.amount, Return.client_id == client_id),
        )
    ).one()
    return max(ZERO, _money(invoiced) - _money(paid) - _money(credited))


def ledger_totals(sessions: Sessions, client_id: int, today: date) -> LedgerTotals:
    """Revenue and units over the last 365 days, outstanding and overdue, as of ``today``."""
    recent = Sale.invoice_date > today - timedelta(days=365)
    statement, open_balance = _sales_with_paid(client_id)
    overdue = and_(Sale.due_date < today, open_balance > HALF_CENT)
    sales = statement.with_only_columns(
        func.coalesce(func.sum(case((recent, Sale.amount), else_=0)), 0),
        func.coalesce(func.sum(case((recent, Sale.units), else_=0)), 0),
        func.coalesce(func.sum(case((overdue, open_balance), else_=0)), 0),
        func.count(case((overdue, Sale.id))),
        maintain_column_froms=True,
    )
    on_account = _total(Payment.amount, Payment.client_id == client_id, Payment.sale_id.is_(None))
    with sessions() as session:
        revenue, units, overdue_open, overdue_count = session.execute(sales).one()
        outstanding = _outstanding(session, client_id)
        unlinked = _money(session.scalar(select(on_account)))
    overdue_amount = min(outstanding, max(ZERO, _money(overdue_open) - unlinked))
    return LedgerTotals(
        revenue_12m=_money(revenue),
        units_12m=Decimal(str(units or 0)),
        outstanding=outstanding,
        overdue=overdue_amount,
        overdue_invoices=overdue_count if overdue_amount > 0 else 0,
    )

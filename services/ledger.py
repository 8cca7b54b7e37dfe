"""A client's ledger: invoices (sales), payments and returns, and the totals drawn from them.

Outstanding = everything invoiced - everything paid - everything credited by returns.
Overdue = the open balance of invoices past their due date (amount minus the payments linked
to them), less any payments received on account (not linked to an invoice).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session, sessionmaker

from models import Client, Payment, Return, Sale
from services.errors import NotFoundError, Problem, ValidationError
from services.validation import check_length

Sessions = sessionmaker[Session]
ZERO = Decimal("0.00")
MAX_AMOUNT = Decimal("999999999999.99")  # what Numeric(14, 2) holds


@dataclass(frozen=True)
class SaleInput:
    invoice_date: date | None
    due_date: date | None
    amount: Decimal | None
    units: Decimal | None = Decimal(0)
    reference: str = ""


@dataclass(frozen=True)
class PaymentInput:
    paid_on: date | None
    amount: Decimal | None
    sale_id: int | None = None  # None: paid on account
    reference: str = ""


@dataclass(frozen=True)
class ReturnInput:
    returned_on: date | None
    units: Decimal | None
    amount: Decimal | None = Decimal(0)
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
    paid: Decimal

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
    invoice_reference: str  # "" when paid on account


@dataclass(frozen=True)
class ReturnRow:
    id: int
    returned_on: date
    units: Decimal
    amount: Decimal
    reason: str
    sale_id: int | None


@dataclass(frozen=True)
class LedgerTotals:
    revenue_12m: Decimal
    units_12m: Decimal
    outstanding: Decimal
    overdue: Decimal
    overdue_invoices: int


# -- validation ----------------------------------------------------------------------------


def _positive(value: Decimal | None, name: str, problems: dict[str, list[Problem]]) -> None:
    if value is None:
        problems.setdefault(name, []).append(Problem("required"))
    elif value <= 0:
        problems.setdefault(name, []).append(Problem("must_be_positive"))
    elif value > MAX_AMOUNT:
        problems.setdefault(name, []).append(Problem("too_large"))


def _not_negative(value: Decimal | None, name: str, problems: dict[str, list[Problem]]) -> None:
    if value is None:
        problems.setdefault(name, []).append(Problem("required"))
    elif value < 0:
        problems.setdefault(name, []).append(Problem("must_not_be_negative"))
    elif value > MAX_AMOUNT:
        problems.setdefault(name, []).append(Problem("too_large"))


def _required_date(value: date | None, name: str, problems: dict[str, list[Problem]]) -> None:
    if value is None:
        problems.setdefault(name, []).append(Problem("required"))


def _text(value: str, name: str, maximum: int, problems: dict[str, list[Problem]]) -> None:
    problem = check_length(value, maximum)
    if problem:
        problems.setdefault(name, []).append(problem)


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value).strip()


def validate_sale(data: SaleInput) -> dict[str, list[Problem]]:
    problems: dict[str, list[Problem]] = {}
    _required_date(data.invoice_date, "invoice_date", problems)
    _required_date(data.due_date, "due_date", problems)
    if data.invoice_date and data.due_date and data.due_date < data.invoice_date:
        problems.setdefault("due_date", []).append(Problem("due_before_invoice"))
    _positive(data.amount, "amount", problems)
    _not_negative(data.units, "units", problems)
    _text(data.reference, "reference", 60, problems)
    return problems


def validate_payment(data: PaymentInput) -> dict[str, list[Problem]]:
    problems: dict[str, list[Problem]] = {}
    _required_date(data.paid_on, "paid_on", problems)
    _positive(data.amount, "amount", problems)
    _text(data.reference, "reference", 60, problems)
    return problems


def validate_return(data: ReturnInput) -> dict[str, list[Problem]]:
    problems: dict[str, list[Problem]] = {}
    _required_date(data.returned_on, "returned_on", problems)
    _positive(data.units, "units", problems)
    _not_negative(data.amount, "amount", problems)
    return problems


def _check_invoice(session: Session, client_id: int, sale_id: int | None) -> None:
    """A payment or return may only point at an invoice of the same client."""
    if sale_id is None:
        return
    sale = session.get(Sale, sale_id)
    if sale is None or sale.client_id != client_id:
        raise ValidationError({"sale_id": [Problem("invoice_of_another_client")]})


def _require_client(session: Session, client_id: int) -> None:
    if session.get(Client, client_id) is None:
        raise NotFoundError()


def _get(session: Session, model: type, entry_id: int, client_id: int):
    entry = session.get(model, entry_id)
    if entry is None or entry.client_id != client_id:
        raise NotFoundError()
    return entry


# -- sales ---------------------------------------------------------------------------------


def _paid_per_sale() -> Select:
    return (
        select(Payment.sale_id, func.coalesce(func.sum(Payment.amount), 0).label("paid"))
        .where(Payment.sale_id.is_not(None))
        .group_by(Payment.sale_id)
    )


def _sale_rows(session: Session, *conditions: ColumnElement[bool]) -> list[SaleRow]:
    paid = _paid_per_sale().subquery()
    statement = (
        select(Sale, func.coalesce(paid.c.paid, 0))
        .outerjoin(paid, paid.c.sale_id == Sale.id)
        .where(*conditions)
        .order_by(Sale.invoice_date.desc(), Sale.id.desc())
    )
    return [
        SaleRow(
            id=sale.id,
            invoice_date=sale.invoice_date,
            due_date=sale.due_date,
            reference=sale.reference,
            units=sale.units,
            amount=sale.amount,
            paid=_money(paid_amount),
        )
        for sale, paid_amount in session.execute(statement)
    ]


def list_sales(sessions: Sessions, client_id: int) -> list[SaleRow]:
    with sessions() as session:
        return _sale_rows(session, Sale.client_id == client_id)


def open_invoices(sessions: Sessions, client_id: int) -> list[SaleRow]:
    """Invoices not fully paid, oldest first: what a new payment most likely settles."""
    rows = [row for row in list_sales(sessions, client_id) if row.open_balance > 0]
    return sorted(rows, key=lambda row: (row.invoice_date, row.id))


def add_sale(sessions: Sessions, client_id: int, data: SaleInput) -> int:
    data = replace(data, reference=_nfc(data.reference))
    problems = validate_sale(data)
    if problems:
        raise ValidationError(problems)
    with sessions.begin() as session:
        _require_client(session, client_id)
        sale = Sale(
            client_id=client_id,
            invoice_date=data.invoice_date,
            due_date=data.due_date,
            reference=data.reference,
            units=data.units,
            amount=data.amount,
        )
        session.add(sale)
        session.flush()
        return sale.id


def update_sale(sessions: Sessions, client_id: int, sale_id: int, data: SaleInput) -> None:
    data = replace(data, reference=_nfc(data.reference))
    problems = validate_sale(data)
    if problems:
        raise ValidationError(problems)
    with sessions.begin() as session:
        sale = _get(session, Sale, sale_id, client_id)
        sale.invoice_date, sale.due_date = data.invoice_date, data.due_date
        sale.reference, sale.units, sale.amount = data.reference, data.units, data.amount


def delete_sale(sessions: Sessions, client_id: int, sale_id: int) -> None:
    """Payments and returns linked to it stay, as money received on account."""
    with sessions.begin() as session:
        session.delete(_get(session, Sale, sale_id, client_id))


# -- payments ------------------------------------------------------------------------------


def list_payments(sessions: Sessions, client_id: int) -> list[PaymentRow]:
    statement = (
        select(Payment, Sale.reference)
        .outerjoin(Sale, Sale.id == Payment.sale_id)
        .where(Payment.client_id == client_id)
        .order_by(Payment.paid_on.desc(), Payment.id.desc())
    )
    with sessions() as session:
        return [
            PaymentRow(
                id=payment.id,
                paid_on=payment.paid_on,
                amount=payment.amount,
                reference=payment.reference,
                sale_id=payment.sale_id,
                invoice_reference=reference or "",
            )
            for payment, reference in session.execute(statement)
        ]


def _payment_values(payment: Payment, data: PaymentInput) -> None:
    payment.paid_on, payment.amount = data.paid_on, data.amount
    payment.sale_id, payment.reference = data.sale_id, data.reference


def add_payment(sessions: Sessions, client_id: int, data: PaymentInput) -> int:
    data = replace(data, reference=_nfc(data.reference))
    problems = validate_payment(data)
    if problems:
        raise ValidationError(problems)
    with sessions.begin() as session:
        _require_client(session, client_id)
        _check_invoice(session, client_id, data.sale_id)
        payment = Payment(client_id=client_id)
        _payment_values(payment, data)
        session.add(payment)
        session.flush()
        return payment.id


def update_payment(sessions: Sessions, client_id: int, payment_id: int, data: PaymentInput) -> None:
    data = replace(data, reference=_nfc(data.reference))
    problems = validate_payment(data)
    if problems:
        raise ValidationError(problems)
    with sessions.begin() as session:
        payment = _get(session, Payment, payment_id, client_id)
        _check_invoice(session, client_id, data.sale_id)
        _payment_values(payment, data)


def delete_payment(sessions: Sessions, client_id: int, payment_id: int) -> None:
    with sessions.begin() as session:
        session.delete(_get(session, Payment, payment_id, client_id))


def payment_exceeds_owed(
    sessions: Sessions, client_id: int, data: PaymentInput, payment_id: int | None = None
) -> Decimal | None:
    """What is owed, when this payment is larger than that; else None.

    Owed is the linked invoice's open balance, or the client's outstanding for a payment on
    account. When editing, the payment's own current amount does not count as paid.
    """
    if data.amount is None:
        return None
    with sessions() as session:
        own = Decimal(0)
        if payment_id is not None:
            existing = session.get(Payment, payment_id)
            if existing is not None and (data.sale_id is None or existing.sale_id == data.sale_id):
                own = existing.amount
        if data.sale_id is not None:
            rows = _sale_rows(session, Sale.id == data.sale_id, Sale.client_id == client_id)
            owed = rows[0].open_balance + own if rows else Decimal(0)
        else:
            owed = _outstanding(session, client_id) + own
    return owed if data.amount > owed else None


# -- returns -------------------------------------------------------------------------------


def list_returns(sessions: Sessions, client_id: int) -> list[ReturnRow]:
    statement = (
        select(Return)
        .where(Return.client_id == client_id)
        .order_by(Return.returned_on.desc(), Return.id.desc())
    )
    with sessions() as session:
        return [
            ReturnRow(
                id=r.id,
                returned_on=r.returned_on,
                units=r.units,
                amount=r.amount,
                reason=r.reason,
                sale_id=r.sale_id,
            )
            for r in session.scalars(statement)
        ]


def _return_values(entry: Return, data: ReturnInput) -> None:
    entry.returned_on, entry.units, entry.amount = data.returned_on, data.units, data.amount
    entry.reason, entry.sale_id = data.reason, data.sale_id


def add_return(sessions: Sessions, client_id: int, data: ReturnInput) -> int:
    data = replace(data, reason=_nfc(data.reason))
    problems = validate_return(data)
    if problems:
        raise ValidationError(problems)
    with sessions.begin() as session:
        _require_client(session, client_id)
        _check_invoice(session, client_id, data.sale_id)
        entry = Return(client_id=client_id)
        _return_values(entry, data)
        session.add(entry)
        session.flush()
        return entry.id


def update_return(sessions: Sessions, client_id: int, return_id: int, data: ReturnInput) -> None:
    data = replace(data, reason=_nfc(data.reason))
    problems = validate_return(data)
    if problems:
        raise ValidationError(problems)
    with sessions.begin() as session:
        entry = _get(session, Return, return_id, client_id)
        _check_invoice(session, client_id, data.sale_id)
        _return_values(entry, data)


def delete_return(sessions: Sessions, client_id: int, return_id: int) -> None:
    with sessions.begin() as session:
        session.delete(_get(session, Return, return_id, client_id))


# -- totals --------------------------------------------------------------------------------


def _money(value: object) -> Decimal:
    # SQLite sums NUMERIC columns as floats; str() keeps 2.675 from becoming 2.67.
    return Decimal(str(value)).quantize(Decimal("0.01"))


def _sum(session: Session, column, *conditions: ColumnElement[bool]) -> Decimal:
    return _money(session.scalar(select(func.coalesce(func.sum(column), 0)).where(*conditions)))


def _outstanding(session: Session, client_id: int) -> Decimal:
    invoiced = _sum(session, Sale.amount, Sale.client_id == client_id)
    paid = _sum(session, Payment.amount, Payment.client_id == client_id)
    credited = _sum(session, Return.amount, Return.client_id == client_id)
    return max(ZERO, invoiced - paid - credited)


def ledger_totals(sessions: Sessions, client_id: int, today: date) -> LedgerTotals:
    year_ago = today - timedelta(days=365)
    paid = _paid_per_sale().subquery()
    open_balance = Sale.amount - func.coalesce(paid.c.paid, 0)
    overdue_invoices = (
        select(open_balance.label("open"))
        .outerjoin(paid, paid.c.sale_id == Sale.id)
        .where(Sale.client_id == client_id, Sale.due_date < today, open_balance > 0)
        .subquery()
    )
    with sessions() as session:
        revenue = _sum(
            session, Sale.amount, Sale.client_id == client_id, Sale.invoice_date > year_ago
        )
        units = session.scalar(
            select(func.coalesce(func.sum(Sale.units), 0)).where(
                Sale.client_id == client_id, Sale.invoice_date > year_ago
            )
        )
        overdue_open = _sum(session, overdue_invoices.c.open)
        count = session.scalar(select(func.count()).select_from(overdue_invoices)) or 0
        on_account = _sum(
            session, Payment.amount, Payment.client_id == client_id, Payment.sale_id.is_(None)
        )
        return LedgerTotals(
            revenue_12m=revenue,
            units_12m=Decimal(str(units)),
            outstanding=_outstanding(session, client_id),
            overdue=max(ZERO, overdue_open - on_account),
            overdue_invoices=count,
        )

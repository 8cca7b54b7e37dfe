"""Ledger entries that are allowed but unlikely: a confirmation in the dialog, a warning in
an import's summary, never a refusal (design: nothing the owner types is lost).

A date more than a year ahead or before 1990 is usually a typo in the year; a return worth
more than everything the client bought, or an amount a hundred times the client's usual one,
is usually a misplaced decimal mark or an extra zero.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Return, Sale
from services.ledger import PaymentInput, ReturnInput, SaleInput
from services.progress import Sessions

EARLIEST_PLAUSIBLE = date(1990, 1, 1)
FUTURE_HORIZON = timedelta(days=366)
# How many times the client's usual amount an entry may be before we ask.
OUTLIER_FACTOR = 100


@dataclass(frozen=True)
class Doubt:
    """Why an entry looks wrong; ``code`` names the sentence ui/messages.py says."""

    code: str
    params: dict[str, object] = field(default_factory=dict)


def date_doubt(value: date, today: date) -> Doubt | None:
    if value > today + FUTURE_HORIZON:
        return Doubt("date_far_future", {"date": value})
    if value < EARLIEST_PLAUSIBLE:
        return Doubt("date_before_1990", {"date": value})
    return None


def amount_doubt(amount: Decimal, usual: Decimal | None) -> Doubt | None:
    """``usual`` is the client's average amount of this kind (None: nothing to compare)."""
    if usual is None or usual <= 0 or amount <= usual * OUTLIER_FACTOR:
        return None
    return Doubt("amount_outlier", {"amount": amount, "usual": usual})


def return_doubt(returned: Decimal, bought: Decimal) -> Doubt | None:
    """``returned``: everything the client returned, this entry included."""
    if returned > bought:
        return Doubt("return_exceeds_purchases", {"returned": returned, "bought": bought})
    return None


def _average(session: Session, column, client_id, excluding: int | None) -> Decimal | None:
    model = column.class_
    statement = select(func.avg(column)).where(model.client_id == client_id)
    if excluding is not None:
        statement = statement.where(model.id != excluding)
    value = session.scalar(statement)
    return None if value is None else Decimal(str(value))


def sale_doubts(
    session: Session,
    client_id: int,
    invoice_date: date,
    amount: Decimal,
    today: date,
    sale_id: int | None = None,
) -> list[Doubt]:
    usual = _average(session, Sale.amount, client_id, sale_id)
    return [d for d in (date_doubt(invoice_date, today), amount_doubt(amount, usual)) if d]


def payment_doubts(paid_on: date, today: date) -> list[Doubt]:
    return [d for d in (date_doubt(paid_on, today),) if d]


def return_doubts(
    session: Session,
    client_id: int,
    returned_on: date,
    amount: Decimal,
    today: date,
    return_id: int | None = None,
) -> list[Doubt]:
    bought = session.scalar(
        select(func.coalesce(func.sum(Sale.amount), 0)).where(Sale.client_id == client_id)
    )
    statement = select(func.coalesce(func.sum(Return.amount), 0)).where(
        Return.client_id == client_id
    )
    if return_id is not None:
        statement = statement.where(Return.id != return_id)
    already = Decimal(str(session.scalar(statement)))
    doubts = [date_doubt(returned_on, today), return_doubt(amount + already, Decimal(str(bought)))]
    return [d for d in doubts if d]


def _money_or_none(value: object) -> Decimal | None:
    return value if isinstance(value, Decimal) and value.is_finite() else None


def ledger_entry_doubts(
    sessions: Sessions,
    client_id: int,
    data: SaleInput | PaymentInput | ReturnInput,
    today: date,
    entry_id: int | None = None,
) -> list[Doubt]:
    """What looks wrong in an entry the owner is about to save (``entry_id``: when editing)."""
    with sessions() as session:
        if isinstance(data, SaleInput) and data.invoice_date:
            amount = _money_or_none(data.amount) or Decimal(0)
            return sale_doubts(session, client_id, data.invoice_date, amount, today, entry_id)
        if isinstance(data, PaymentInput) and data.paid_on:
            return payment_doubts(data.paid_on, today)
        if isinstance(data, ReturnInput) and data.returned_on:
            amount = _money_or_none(data.amount) or Decimal(0)
            return return_doubts(session, client_id, data.returned_on, amount, today, entry_id)
    return []

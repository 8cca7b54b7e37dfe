"""What the book is owed, by how long it is overdue: the age bands of the portfolio dashboard.

Each open invoice (its amount less the payments linked to it, services.settlement) falls in
the band of its days past due on ``today``: not due (0 days or before the due date),
1-30, 31-60, 61-159, and 160 days or more (the articles' hard limit).

Money not linked to an invoice is then placed so that each client's bands add up to exactly
what services.ledger.ledger_totals and services.metrics say is outstanding and overdue:

- payments on account pay the oldest overdue invoices first (metrics subtracts them from
  the overdue balance);
- credits (returns, and invoices paid beyond their amount) first reduce what is not yet due,
  then the oldest overdue (metrics caps the overdue balance at the outstanding total).

The database does the sums, grouped by client (one scan of the invoices, an index range of
the payments on account, and the returns); Python only places the credits of each client.
Cut-off dates are parameters, so the same SQL runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Date, Select, bindparam, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.sql.sqltypes import NullType

from models import Client, Payment, Return, Sale
from services.ledger import HALF_CENT

# The bands' upper limits in days past due (inclusive); the last band has none.
BAND_KEYS = ("not_due", "1_30", "31_60", "61_159", "160_plus")
BAND_LIMITS = (0, 30, 60, 159)
NOT_DUE = 0
OVERDUE_BANDS = range(1, len(BAND_KEYS))
CENTS = 100


@dataclass
class ClientReceivable:
    """One client's open balance in cents, by band (index as BAND_KEYS)."""

    verdict: str | None
    bands: list[int] = field(default_factory=lambda: [0] * len(BAND_KEYS))

    @property
    def overdue(self) -> int:
        return sum(self.bands[1:])

    @property
    def outstanding(self) -> int:
        return sum(self.bands)


def _cents(value: object) -> int:
    # SQLite sums NUMERIC as floats, PostgreSQL as Decimal: both round to whole cents.
    return round(Decimal(str(value or 0)) * CENTS)


def _band_sums_query() -> Select:
    """Per client with an open (or overpaid) invoice: the open cents of each band."""
    open_balance = Sale.amount - Sale.paid
    columns = []
    # Due on or after ``cut_k`` = at most BAND_LIMITS[k] days past due.
    previous = None
    for index, _limit in enumerate(BAND_LIMITS):
        in_band = Sale.due_date >= bindparam(f"cut_{index}", type_=Date())
        if previous is not None:
            in_band = in_band & ~previous
        previous = Sale.due_date >= bindparam(f"cut_{index}", type_=Date())
        columns.append(_sum(open_balance, in_band & (open_balance > HALF_CENT)))
    columns.append(_sum(open_balance, ~previous & (open_balance > HALF_CENT)))
    columns.append(_sum(-open_balance, open_balance < -HALF_CENT))  # overpaid invoices
    return (
        select(Sale.client_id, Client.latest_verdict, *columns)
        .join(Client, Client.id == Sale.client_id)
        .where(or_(open_balance > HALF_CENT, open_balance < -HALF_CENT))
        .group_by(Sale.client_id, Client.latest_verdict)
    )


def _sum(value, condition):
    return type_coerce(func.coalesce(func.sum(case((condition, value), else_=0)), 0), NullType())


def _cut_offs(today: date) -> dict[str, date]:
    """Band k holds invoices due on or after cut_k (and before cut_{k-1})."""
    return {f"cut_{k}": today - timedelta(days=limit) for k, limit in enumerate(BAND_LIMITS)}


def client_receivables(session: Session, today: date) -> dict[int, ClientReceivable]:
    """Every client that owes something (or has an open invoice), by client id."""
    connection = session.connection()
    found: dict[int, ClientReceivable] = {}
    overpaid: dict[int, int] = {}
    for client_id, verdict, *sums in connection.execute(_band_sums_query(), _cut_offs(today)):
        found[client_id] = ClientReceivable(verdict, [_cents(s) for s in sums[:-1]])
        overpaid[client_id] = _cents(sums[-1])
    on_account = dict(
        connection.execute(
            select(Payment.client_id, type_coerce(func.sum(Payment.amount), NullType()))
            .where(Payment.sale_id.is_(None))
            .group_by(Payment.client_id)
        ).all()
    )
    credited = dict(
        connection.execute(
            select(Return.client_id, type_coerce(func.sum(Return.amount), NullType()))
            .where(Return.amount > 0)
            .group_by(Return.client_id)
        ).all()
    )
    for client_id, owed in found.items():
        _place_credits(
            owed.bands,
            _cents(on_account.get(client_id)),
            _cents(credited.get(client_id)) + overpaid[client_id],
        )
    return found


def _place_credits(bands: list[int], on_account: int, credits: int) -> None:
    """Take money not linked to an invoice off the bands, as the module docstring says."""
    for band in reversed(OVERDUE_BANDS):  # payments on account: the oldest overdue first
        taken = min(bands[band], on_account)
        bands[band] -= taken
        on_account -= taken
    credits += on_account  # whatever is left over of them is a credit like any other
    for band in (NOT_DUE, *reversed(OVERDUE_BANDS)):
        taken = min(bands[band], credits)
        bands[band] -= taken
        credits -= taken

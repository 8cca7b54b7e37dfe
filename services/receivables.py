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

The database finds the open invoices (one scan), sums the payments on account (an index
range) and the returns by client; Python puts each open invoice in its band and places the
credits of each client.
Cut-off dates are parameters, so the same SQL runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Client, Payment, Return, Sale

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


def receivable_cents(value: object) -> int:
    # SQLite gives floats, PostgreSQL Decimals: both round to whole cents.
    if isinstance(value, float):
        return round(value * CENTS)
    return round(Decimal(str(value or 0)) * CENTS)


def _cut_offs(today: date) -> dict[str, date]:
    """Band k holds invoices due on or after cut_k (and before cut_{k-1})."""
    return {f"cut_{k}": today - timedelta(days=limit) for k, limit in enumerate(BAND_LIMITS)}


def open_invoices(session: Session) -> list[tuple]:
    """(client id, invoice date, due date, open balance) of every invoice not settled exactly.

    Plain rows, grouped here rather than in SQL: letting SQLite group 100,000 open invoices
    by client cost five times as long as reading them (it sorts them first). Dates come as
    the driver gives them (ISO text from SQLite, dates from PostgreSQL); see day_keys.
    """
    statement = select(
        Sale.client_id, Sale.invoice_date, Sale.due_date, Sale.amount - Sale.paid
    ).where(Sale.amount != Sale.paid)
    return session.connection().execute(statement).cursor.fetchall()


def day_keys(rows: list[tuple], days: dict[str, date]) -> dict[str, object]:
    """The days in the form the driver gave the rows' dates (column 2), to compare with them."""
    if rows and isinstance(rows[0][2], str):
        return {name: day.isoformat() for name, day in days.items()}
    return dict(days)


def client_receivables(
    session: Session, today: date, rows: list[tuple] | None = None
) -> dict[int, ClientReceivable]:
    """Every client that owes something (or has an open invoice), by client id.

    ``rows``: open_invoices(session), when the caller has already read them.
    """
    rows = open_invoices(session) if rows is None else rows
    cuts = day_keys(rows, _cut_offs(today))
    # Due on or after cut_0: not due; on or after cut_1: 1-30 days ... else 160 or more.
    # Spelled out rather than looped: this runs for every open invoice of the book.
    due_now, cut_30, cut_60, cut_159 = (cuts[f"cut_{k}"] for k in range(len(BAND_LIMITS)))
    found: dict[int, ClientReceivable] = {}
    credits: dict[int, int] = {}
    scale = CENTS
    for client_id, _invoiced, due, balance in rows:
        cents = round(balance * scale) if isinstance(balance, float) else receivable_cents(balance)
        if cents == 0:
            continue  # settled, give or take float error (services.ledger.HALF_CENT)
        owed = found.get(client_id)
        if owed is None:
            owed = found[client_id] = ClientReceivable(None)
        if cents < 0:  # paid beyond its amount: a credit
            credits[client_id] = credits.get(client_id, 0) - cents
        elif due >= due_now:
            owed.bands[0] += cents
        elif due >= cut_30:
            owed.bands[1] += cents
        elif due >= cut_60:
            owed.bands[2] += cents
        elif due >= cut_159:
            owed.bands[3] += cents
        else:
            owed.bands[4] += cents
    connection = session.connection()
    verdicts = select(Client.id, Client.latest_verdict).where(Client.latest_verdict.is_not(None))
    for client_id, verdict in connection.execute(verdicts).cursor.fetchall():
        owed = found.get(client_id)
        if owed is not None:
            owed.verdict = verdict
    on_account = _sums(
        connection,
        select(Payment.client_id, func.sum(Payment.amount))
        .where(Payment.sale_id.is_(None))
        .group_by(Payment.client_id),
    )
    for client_id, cents in _sums(
        connection,
        select(Return.client_id, func.sum(Return.amount))
        .where(Return.amount > 0)
        .group_by(Return.client_id),
    ).items():
        credits[client_id] = credits.get(client_id, 0) + cents
    for client_id in on_account.keys() | credits.keys():
        owed = found.get(client_id)
        if owed is not None:  # the others owe nothing to take credits off
            _place_credits(owed.bands, on_account.get(client_id, 0), credits.get(client_id, 0))
    return found


def _sums(connection, statement) -> dict[int, int]:
    """(client id, sum) rows as cents by client."""
    rows = connection.execute(statement).cursor.fetchall()
    return {client_id: receivable_cents(total) for client_id, total in rows}


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

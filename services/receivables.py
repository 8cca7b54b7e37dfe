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

All of it is one SQL statement (``owed_bands``): the open invoices are read through the
partial index ix_sale_open (migration 0006), summed in whole cents per client and band,
with each client's payments on account and returns looked up by index; the placing of the
credits is closed-form arithmetic on those sums (see ``_placed``). The dashboard then only
aggregates it by verdict: a handful of rows reach Python, not one per invoice.
Cut-off dates are parameters and "max(0, x)" is a CASE, so the same SQL runs on SQLite and
PostgreSQL.

That statement still sums 100,000 open invoices at 100,000 clients (most of a dashboard
refresh), so its rows are also kept (models.KeptReceivable, written by ``keep_receivables``),
valid with the revenue ranking: for the same day and ledger version, brought in step by the
same services at the same moments (services.revenue_ranking). Readers pass ``kept=True``
when revenue_ranking.is_current says so, and read those rows instead; otherwise they compute.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import (
    CTE,
    ColumnElement,
    FromClause,
    Integer,
    and_,
    case,
    cast,
    delete,
    func,
    insert,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from models import Client, KeptReceivable, Payment, Return, Sale

# The bands' upper limits in days past due (inclusive); the last band has none.
BAND_KEYS = ("not_due", "1_30", "31_60", "61_159", "160_plus")
BAND_LIMITS = (0, 30, 60, 159)
NOT_DUE = 0
BAND_RANGE = range(len(BAND_KEYS))
OVERDUE_BANDS = range(1, len(BAND_KEYS))
CENTS = 100


@dataclass
class ClientReceivable:
    """One client's open balance in cents, by band (index as BAND_KEYS)."""

    bands: list[int] = field(default_factory=lambda: [0] * len(BAND_KEYS))

    @property
    def overdue(self) -> int:
        return sum(self.bands[1:])

    @property
    def outstanding(self) -> int:
        return sum(self.bands)


def _cut_offs(today: date) -> dict[str, date]:
    """Band k holds invoices due on or after cut_k (and before cut_{k-1})."""
    return {f"cut_{k}": today - timedelta(days=limit) for k, limit in enumerate(BAND_LIMITS)}


def _cents(amount: ColumnElement) -> ColumnElement[int]:
    """Whole cents, rounded in SQL: exact on PostgreSQL; on SQLite, the very float that
    Python would round (the balance computed by SQLite either way)."""
    return cast(func.round(amount * CENTS), Integer)


class positive(FunctionElement[int]):  # lower case: used like any other SQL function
    """``positive(x)``: max(0, x), with ``x`` computed once (a CASE would compute it twice,
    and these nest)."""

    type = Integer()
    name = "positive"
    inherit_cache = True


@compiles(positive)
def _positive(element: positive, compiler: SQLCompiler, **kw: object) -> str:
    (value,) = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"GREATEST({value}, 0)"


@compiles(positive, "sqlite")
def _positive_sqlite(element: positive, compiler: SQLCompiler, **kw: object) -> str:
    # SQLite's max() with two arguments is GREATEST.
    (value,) = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"max({value}, 0)"


def _raw_sums(today: date, clients: Sequence[int] | None) -> CTE:
    """Per client with something owed: before any credit, the open cents due on or after
    each cut-off (``due_k``: what is in bands 0..k) and in all (``owed``); the payments on
    account; the credits (returns, and invoices paid beyond their amount).

    Running sums rather than one sum per band: each compares the due date once (the
    cheapest SQL for 100,000 open invoices); the bands are their differences.
    """
    cut = _cut_offs(today)
    condition = Sale.amount != Sale.paid  # the very WHERE of ix_sale_open, so it is used
    if clients is not None:
        condition = and_(condition, Sale.client_id.in_(clients))
    cents = _cents(Sale.amount - Sale.paid)
    owing = Sale.amount > Sale.paid  # cents >= 0; paid beyond the amount: a credit
    on_account = (
        select(_cents(func.coalesce(func.sum(Payment.amount), 0)))
        .where(Payment.sale_id.is_(None), Payment.client_id == Sale.client_id)
        .scalar_subquery()
    )
    returned = (
        select(_cents(func.coalesce(func.sum(Return.amount), 0)))
        .where(Return.client_id == Sale.client_id, Return.amount > 0)
        .scalar_subquery()
    )
    owed = func.sum(case((owing, cents), else_=0))
    return (
        select(
            Sale.client_id.label("client_id"),
            *(
                func.sum(
                    case((and_(owing, Sale.due_date >= cut[f"cut_{k}"]), cents), else_=0)
                ).label(f"due_{k}")
                for k in range(len(BAND_LIMITS))
            ),
            owed.label("owed"),
            on_account.label("on_account"),
            (returned - func.sum(case((owing, 0), else_=cents))).label("credits"),
        )
        .where(condition)
        .group_by(Sale.client_id)
        .having(owed > 0)  # the others have no band to take credits off
        # Computed once: the placing below reads each sum several times.
        .cte("owed_raw")
        .prefix_with("MATERIALIZED")
    )


def _placed(raw: CTE) -> CTE:
    """(client_id, t0..t4): each band's running total after the credits, as the module
    docstring places them, in closed form.

    Before credits, band 0 holds r0 = due_0 and bands k..4 together hold
    owed - due_{k-1}. Payments on account (a) eat the overdue bands from the oldest: bands
    k..4 keep s_k = max(0, owed - due_{k-1} - a); what is left of a joins the credits c.
    The credits then eat, in order, not due, 160+, 61-159, 31-60, 1-30, whose running
    totals are r0, r0 + s4, r0 + s3, r0 + s2, r0 + s1: each running total keeps
    t = max(0, total - c), and a band keeps its running total's t less the one before it.

    Two materialized steps (c and the s_k, then the t_k): SQLite does not share common
    subexpressions, and written as one expression each band computed c four times.
    """
    a = raw.c.on_account
    older = {k: raw.c.owed - raw.c[f"due_{k - 1}"] for k in OVERDUE_BANDS}  # bands k..4
    step = (
        select(
            raw.c.client_id,
            raw.c.due_0.label("r0"),
            (raw.c.credits + positive(a - older[1])).label("c"),
            *(positive(older[k] - a).label(f"s{k}") for k in OVERDUE_BANDS),
        )
        .cte("owed_step")
        .prefix_with("MATERIALIZED")
    )
    r0, c = step.c.r0, step.c.c
    return (
        select(
            step.c.client_id,
            positive(r0 - c).label("t0"),
            *(positive(r0 + step.c[f"s{k}"] - c).label(f"t{k}") for k in OVERDUE_BANDS),
        )
        .cte("owed_kept")
        .prefix_with("MATERIALIZED")
    )


def owed_bands(today: date, clients: Sequence[int] | None = None) -> CTE:
    """(client_id, b0..b4): each owing client's cents by band once the credits are placed.
    ``clients``: only those (the report's few), else the whole book."""
    t = _placed(_raw_sums(today, clients)).c
    last = len(BAND_KEYS) - 1
    bands = [t.t0, *(t[f"t{k}"] - (t[f"t{k + 1}"] if k < last else t.t0) for k in OVERDUE_BANDS)]
    return select(t.client_id, *(band.label(f"b{k}") for k, band in enumerate(bands))).cte("owed")


def owed_source(
    today: date, clients: Sequence[int] | None = None, *, kept: bool = False
) -> FromClause:
    """(client_id, b0..b4) as ``owed_bands`` gives them: the kept rows when ``kept`` (the
    caller checked that they are current for ``today``), else computed from the ledger."""
    if not kept:
        return owed_bands(today, clients)
    rows = select(KeptReceivable)
    if clients is not None:
        rows = rows.where(KeptReceivable.client_id.in_(clients))
    return rows.subquery("kept_owed")


def keep_receivables(session: Session, as_of: date, clients: Sequence[int] | None = None) -> None:
    """Write the kept rows for ``as_of``: of these clients, or of the whole book. Only for
    services.revenue_ranking, which says when they are valid."""
    if clients is None:
        session.execute(delete(KeptReceivable))
    else:
        session.execute(delete(KeptReceivable).where(KeptReceivable.client_id.in_(clients)))
    owed = owed_bands(as_of, clients)
    columns = [KeptReceivable.client_id, *(KeptReceivable.__table__.c[f"b{k}"] for k in BAND_RANGE)]
    session.execute(insert(KeptReceivable).from_select(columns, select(owed)))


def receivables_by_verdict(
    session: Session, today: date, *, kept: bool = False
) -> dict[str | None, list[tuple[int, int]]]:
    """{latest verdict (None: never evaluated): [(clients, cents) per band]}, clients
    counted in a band when they owe something in it."""
    owed = owed_source(today, kept=kept)
    bands = [owed.c[f"b{k}"] for k in BAND_RANGE]
    statement = (
        select(
            Client.latest_verdict,
            *(func.count(case((band > 0, 1))) for band in bands),
            *(func.coalesce(func.sum(band), 0) for band in bands),
        )
        .join(Client, Client.id == owed.c.client_id)
        .group_by(Client.latest_verdict)
    )
    found: dict[str | None, list[tuple[int, int]]] = {}
    width = len(BAND_KEYS)
    for verdict, *numbers in session.execute(statement).all():
        found[verdict] = [(int(numbers[k]), int(numbers[width + k])) for k in BAND_RANGE]
    return found


def band_client_ids(session: Session, today: date, band: int, *, kept: bool = False) -> list[int]:
    """The clients that owe something in ``band`` (an index of BAND_KEYS): its drill-down."""
    owed = owed_source(today, kept=kept)
    return list(session.scalars(select(owed.c.client_id).where(owed.c[f"b{band}"] > 0)))


def client_receivables(
    session: Session, today: date, clients: Sequence[int] | None = None, *, kept: bool = False
) -> dict[int, ClientReceivable]:
    """Every client that owes something, by client id; ``clients``: only those."""
    owed = owed_source(today, clients, kept=kept)
    return {
        client_id: ClientReceivable([int(cents) for cents in bands])
        for client_id, *bands in session.execute(select(owed)).all()
    }

"""The whole client book at a glance: the figures of the portfolio dashboard and report.

Every figure is counted by the database with portable aggregates (COUNT, SUM, CASE; dates
are cut-offs computed here and passed as parameters), so the same code runs on PostgreSQL.
Python only orders and combines the grouped rows.

- Verdicts are the latest ones kept on the client (Client.latest_verdict); None: never
  evaluated. Scores in ten bands of ten points (100 goes with 90-99).
- Revenue is the last 365 days', read from the kept revenue ranking
  (services.revenue_ranking) when it is current; when it is stale, the same figures are
  summed from the ledger instead. ``portfolio`` only reads: the UI's ranking upkeep
  (ui/ranking_upkeep.py) brings the kept data up to date in the background.
- The Pareto curve ranks the clients with revenue, largest first (ties by id, as the
  ranking does); ABC classes as services.metrics has them (A while the clients before make
  less than 80 % of the revenue, B below 95 %, then C).
- Receivables by age band: services.receivables, kept with the ranking (read when it is
  current, else computed from the ledger).
- Due for review: never evaluated, or the review date has come (the list's own filter).
- New red flags since the last evaluation: an invoice that has passed the hard limit
  (``hard_limit_days`` from its date) unpaid since the client's last evaluation, or was paid
  that late after it. The other red flags need the whole ledger metrics of every client (a
  triage); these are the ones the ledger shows at once.
- Letters: those recorded in the last 30 days, by kind.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from itertools import accumulate
from typing import Any

from sqlalchemy import (
    Date,
    FromClause,
    Integer,
    Row,
    and_,
    case,
    cast,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from models import (
    Client,
    Evaluation,
    Letter,
    LetterKind,
    Payment,
    RevenueRanking,
    Sale,
    Stage,
    Verdict,
)
from services.business_profile import get_profile
from services.ledger import HALF_CENT
from services.metrics import A_SHARE, B_SHARE, days_between
from services.progress import Sessions
from services.receivables import BAND_KEYS, CENTS, client_receivables, receivables_by_verdict
from services.revenue_ranking import is_current, revenue_rows

LETTER_DAYS = 30
TOP = 10  # rows in the "due for review" and "new red flags" lists
PARETO_POINTS = 50  # the curve's points, evenly spread over the clients with revenue
SCORE_BANDS = 10
NOT_EVALUATED = ""  # the key of clients without a verdict, in by_verdict and at_stake


@dataclass(frozen=True)
class Count:
    """One bar: a key (a verdict, a stage, a band...), its clients and, if any, its money."""

    key: str
    clients: int
    amount: Decimal = Decimal(0)


@dataclass(frozen=True)
class Pareto:
    """Revenue concentration over the clients with revenue in the last 365 days."""

    clients: int
    revenue: Decimal
    # (share of the clients, share of the revenue) from (0, 0) to (1, 1), largest first.
    points: tuple[tuple[float, float], ...]
    point_clients: tuple[int, ...]  # how many clients each point covers (its drill-down)
    top20_clients: int
    top20_share: float  # of the revenue, made by the top 20 % of those clients
    classes: tuple[Count, ...]  # A, B, C: clients and revenue


@dataclass(frozen=True)
class AtStake:
    """What a verdict's clients weigh: "Let go: 4 clients, 6 % of revenue, 31 % of overdue"."""

    verdict: str  # NOT_EVALUATED for clients without one
    clients: int
    revenue: Decimal
    revenue_share: float
    overdue: Decimal
    overdue_share: float


@dataclass(frozen=True)
class ClientLine:
    """A row of the "due for review" and "new red flags" lists."""

    client_id: int
    name: str
    verdict: Verdict | None
    on: date | None  # the review date; the last evaluation's date for red flags
    invoices: int = 0  # invoices newly past the hard limit
    amount: Decimal = Decimal(0)  # their open balance


@dataclass(frozen=True)
class Portfolio:
    today: date
    business_name: str
    currency: str
    hard_limit_days: int
    clients: int
    by_verdict: tuple[Count, ...]  # every verdict, then NOT_EVALUATED
    by_stage: tuple[Count, ...]
    scores: tuple[Count, ...]  # key: the band's lower bound ("0", "10", ... "90")
    pareto: Pareto
    receivables: tuple[Count, ...]  # by services.receivables.BAND_KEYS
    outstanding: Decimal
    overdue: Decimal
    due_for_review: int
    due_list: tuple[ClientLine, ...]
    new_flags: int
    new_flags_list: tuple[ClientLine, ...]
    letters: tuple[Count, ...]  # by letter kind, in the last LETTER_DAYS days
    at_stake: tuple[AtStake, ...]


@dataclass(frozen=True)
class VerdictLine:
    """A client of the report's "clients per verdict", with its key facts."""

    client_id: int
    name: str
    stage: Stage
    score: Decimal | None
    revenue: Decimal
    overdue: Decimal
    next_review_on: date | None


# Per verdict (NOT_EVALUATED last): its largest clients by revenue, and how many it has.
VerdictClients = dict[str, tuple[tuple[VerdictLine, ...], int]]


def _money(cents: int) -> Decimal:
    return Decimal(int(cents)).scaleb(-2)


def _share(part: int | Decimal, whole: int | Decimal) -> float:
    return float(part) / float(whole) if whole else 0.0


# -- revenue ---------------------------------------------------------------------------------


def revenue_source(session: Session, today: date, *, kept: bool | None = None) -> FromClause:
    """(client_id, revenue_cents): the kept ranking when current, else the ledger's sums.
    ``kept``: whether it is current, when the caller already asked."""
    if is_current(session, today) if kept is None else kept:
        return RevenueRanking.__table__
    rows = revenue_rows(today).subquery("ledger_revenue")
    client_id, cents, _oldest = rows.c
    return select(client_id.label("client_id"), cents.label("revenue_cents")).subquery("revenue")


def ranked_cents(session: Session, source: FromClause) -> list[tuple[int, int]]:
    """(client id, cents) of every client with revenue, largest first, ties by id."""
    statement = select(source.c.client_id, source.c.revenue_cents).order_by(
        source.c.revenue_cents.desc(), source.c.client_id
    )
    return [tuple(row) for row in session.connection().execute(statement).cursor.fetchall()]


def revenues_largest_first(session: Session, source: FromClause) -> list[int]:
    """Every client's revenue in cents, largest first: all the curve and the classes need.

    Without the ids, ties need no order and the kept ranking's index is read backwards as
    it is: half the time of ``ranked_cents``.
    """
    statement = select(source.c.revenue_cents).order_by(source.c.revenue_cents.desc())
    return [cents for (cents,) in session.connection().execute(statement).cursor.fetchall()]


def _pareto(cents: Sequence[int]) -> Pareto:
    book = sum(cents)
    count = len(cents)
    running = [0, *accumulate(cents)]  # running[i]: the revenue of the i clients before
    step = max(1, count // PARETO_POINTS)
    indexes = sorted({*range(0, count + 1, step), count})
    points = tuple((_share(i, count), _share(running[i], book)) for i in indexes)
    top = -(-count // 5)  # the top 20 %, rounded up: one client of three is "the top"
    # The running sums only grow: each class ends where the share before reaches its limit.
    a_end = _first_reaching(running, count, A_SHARE, book)
    b_end = _first_reaching(running, count, B_SHARE, book)
    bounds = (("A", 0, a_end), ("B", a_end, b_end), ("C", b_end, count))
    return Pareto(
        clients=count,
        revenue=_money(book),
        points=points if count else ((0.0, 0.0), (1.0, 1.0)),
        point_clients=tuple(indexes) if count else (0, 0),
        top20_clients=top,
        top20_share=_share(running[top], book),
        classes=tuple(
            Count(key, end - start, _money(running[end] - running[start]))
            for key, start, end in bounds
        ),
    )


def _first_reaching(running: list[int], count: int, share: Decimal, book: int) -> int:
    """The first client whose revenue before is at least ``share`` of the book (exact)."""
    limit = share * book
    return bisect_left(running, True, 0, count, key=lambda before: before >= limit)


def abc_class(before: int, book: int) -> str:
    if before < A_SHARE * book:
        return "A"
    return "B" if before < B_SHARE * book else "C"


# -- counts -----------------------------------------------------------------------------------


def _grouped(session: Session, column, condition=None) -> dict[object, int]:
    statement = select(column, func.count()).group_by(column)
    if condition is not None:
        statement = statement.where(condition)
    return dict(session.execute(statement).all())


def _score_band():
    whens = [(Client.latest_score < (band + 1) * 10, band) for band in range(SCORE_BANDS - 1)]
    return case(*whens, else_=SCORE_BANDS - 1)


def score_band_condition(band: int):
    """The clients of a score band (for the drill-down): the same bounds as the chart's."""
    low = Client.latest_score >= band * 10
    return low if band == SCORE_BANDS - 1 else and_(low, Client.latest_score < (band + 1) * 10)


def due_condition(today: date):
    return or_(Client.next_review_on.is_(None), Client.next_review_on <= today)


def _due_list(session: Session, today: date) -> tuple[ClientLine, ...]:
    """The longest overdue reviews first; then, to fill the list, clients never evaluated."""
    columns = (Client.id, Client.name, Client.latest_verdict, Client.next_review_on)
    dated = session.execute(
        select(*columns)
        .where(Client.next_review_on <= today)
        .order_by(Client.next_review_on, Client.sort_name, Client.id)
        .limit(TOP)
    ).all()
    never = (
        session.execute(
            select(*columns)
            .where(Client.next_review_on.is_(None))
            .order_by(Client.sort_name, Client.id)
            .limit(TOP - len(dated))
        ).all()
        if len(dated) < TOP
        else []
    )
    return tuple(ClientLine(*row) for row in [*dated, *never])


# -- new red flags --------------------------------------------------------------------------


class utc_day(FunctionElement[date]):  # lower case: used like any other SQL function
    """``utc_day(timestamp)``: the UTC calendar day of a UTCDateTime column, as a date."""

    type = Date()
    name = "utc_day"
    inherit_cache = True


@compiles(utc_day)
def _utc_day(element: utc_day, compiler: SQLCompiler, **kw: object) -> str:
    # PostgreSQL keeps the zone: the day is the one in UTC, whatever the session's zone.
    (at,) = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"CAST(({at} AT TIME ZONE 'UTC') AS DATE)"


@compiles(utc_day, "sqlite")
def _utc_day_sqlite(element: utc_day, compiler: SQLCompiler, **kw: object) -> str:
    # SQLite keeps the UTC timestamp as naive ISO text (models.base.UTCDateTime).
    (at,) = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"date({at})"


# A client with new red flags: client id, its last evaluation's day (ISO text on SQLite),
# its invoices newly past the hard limit, their open balance in cents.
FlagRow = tuple[int, date | str, int, int]


def new_flag_invoices(
    session: Session, today: date, limit_days: int
) -> dict[int, tuple[date, int, Decimal]]:
    """Clients with an invoice past the hard limit since their last evaluation:
    {client id: (the evaluation's day, invoices, their open balance)}."""
    return {
        client_id: (_as_date(on), invoices, _money(cents))
        for client_id, on, invoices, cents in _flag_rows(session, today, limit_days)
    }


def _flag_rows(session: Session, today: date, limit_days: int) -> list[FlagRow]:
    """The clients of ``new_flag_invoices`` as the database gives them: the dashboard only
    counts them and shows the worst ten, so only those ten are turned into dates and money.

    One grouped statement: the invoices still open that have reached ``limit_days`` since
    their date but had not on the day of the client's last evaluation (read through
    ix_sale_open), and those paid at least that late after it. An invoice's ``paid_on`` is
    its latest payment's (services.settlement), so those are found from the client's
    payments after that day (ix_payment_client_date), not from all of its invoices: a
    fifth of the rows. An invoice with several such payments comes once per payment, so
    invoices are counted distinct.
    """
    last = (
        select(Evaluation.client_id, utc_day(func.max(Evaluation.evaluated_at)).label("day"))
        .group_by(Evaluation.client_id)
        .cte("last_evaluation")
        .prefix_with("MATERIALIZED")  # read by both halves, the day computed once
    )
    day = last.c.day
    cents = cast(func.round((Sale.amount - Sale.paid) * CENTS), Integer)
    still_open = (
        select(Sale.client_id, Sale.id.label("sale_id"), day.label("day"), cents.label("cents"))
        .join(last, last.c.client_id == Sale.client_id)
        .where(
            Sale.amount != Sale.paid,  # the WHERE of ix_sale_open
            # Not "invoice_date <= cut-off": that would lead SQLite, without statistics, to
            # ix_sale_client_date and the table, rather than to ix_sale_open alone.
            days_between(literal(today, Date()), Sale.invoice_date) >= limit_days,
            cents > 0,
            days_between(day, Sale.invoice_date) < limit_days,  # younger at the evaluation
        )
    )
    paid_late = (
        select(
            Sale.client_id, Sale.id.label("sale_id"), day.label("day"), literal(0).label("cents")
        )
        .select_from(last)
        .join(Payment, and_(Payment.client_id == last.c.client_id, Payment.paid_on > day))
        .join(Sale, Sale.id == Payment.sale_id)
        .where(
            Sale.client_id == last.c.client_id,
            Sale.paid_on > day,
            Sale.amount - Sale.paid <= HALF_CENT,
            days_between(Sale.paid_on, Sale.invoice_date) >= limit_days,
        )
    )
    flagged = union_all(still_open, paid_late).subquery("flagged")
    statement = select(
        flagged.c.client_id,
        func.max(flagged.c.day),
        func.count(flagged.c.sale_id.distinct()),
        func.sum(flagged.c.cents),  # the paid ones add 0: counting them twice changes nothing
    ).group_by(flagged.c.client_id)
    return [tuple(row) for row in session.connection().execute(statement).cursor.fetchall()]


def _as_date(value: date | str) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _flag_lines(session: Session, flagged: list[FlagRow]) -> tuple[ClientLine, ...]:
    """The worst ten: most invoices newly past the limit, then the largest open balance."""
    worst = heapq.nsmallest(TOP, flagged, key=lambda row: (-row[2], -row[3], row[0]))
    known = {
        client_id: (name, verdict)
        for client_id, name, verdict in session.execute(
            select(Client.id, Client.name, Client.latest_verdict).where(
                Client.id.in_([row[0] for row in worst] or [0])
            )
        ).all()
    }
    return tuple(
        ClientLine(c, *known[c], _as_date(on), invoices, _money(cents))
        for c, on, invoices, cents in worst
        if c in known
    )


# -- at stake ------------------------------------------------------------------------------


def _at_stake(
    session: Session,
    source: FromClause,
    book_cents: int,
    overdue: dict[str | None, int],
    counts: dict[str, int],
) -> tuple[AtStake, ...]:
    revenue: dict[str | None, int] = dict(
        session.execute(
            select(Client.latest_verdict, func.sum(source.c.revenue_cents))
            .join(source, source.c.client_id == Client.id)
            .group_by(Client.latest_verdict)
        ).all()
    )
    total_overdue = sum(overdue.values())
    rows = []
    for verdict in [*Verdict, None]:
        cents = int(revenue.get(verdict) or 0)
        rows.append(
            AtStake(
                verdict=verdict.value if verdict else NOT_EVALUATED,
                clients=counts.get(verdict or NOT_EVALUATED, 0),
                revenue=_money(cents),
                revenue_share=_share(cents, book_cents),
                overdue=_money(overdue.get(verdict, 0)),
                overdue_share=_share(overdue.get(verdict, 0), total_overdue),
            )
        )
    return tuple(rows)


# -- public -----------------------------------------------------------------------------------


def portfolio(sessions: Sessions, today: date) -> Portfolio:
    """Every figure of the dashboard. A read: it sums revenue from the ledger when the kept
    ranking is stale; the kept receivables likewise (revenue_ranking.rebuild_stale_ranking, run
    in the background, makes both cheap again)."""
    profile = get_profile(sessions)
    with sessions() as session:
        verdicts = _grouped(session, Client.latest_verdict)
        by_verdict = tuple(
            Count(v.value if v else NOT_EVALUATED, verdicts.get(v, 0)) for v in [*Verdict, None]
        )
        counts = {c.key: c.clients for c in by_verdict}
        stages = _grouped(session, Client.stage)
        scores = _grouped(session, _score_band(), Client.latest_score.is_not(None))

        kept = is_current(session, today)  # the kept ranking and receivables, or the ledger
        source = revenue_source(session, today, kept=kept)
        pareto = _pareto(revenues_largest_first(session, source))
        book_cents = int(pareto.revenue.scaleb(2))

        # One statement for the bands and each verdict's overdue balance (at stake).
        by_verdict_bands = receivables_by_verdict(session, today, kept=kept)
        bands = [
            [sum(rows[k][i] for rows in by_verdict_bands.values()) for i in (0, 1)]
            for k in range(len(BAND_KEYS))
        ]
        overdue = {
            verdict: sum(cents for _n, cents in rows[1:])
            for verdict, rows in by_verdict_bands.items()
        }

        due = session.scalar(select(func.count()).where(due_condition(today))) or 0
        flagged = _flag_rows(session, today, profile.hard_limit_days)
        since = datetime.combine(today - timedelta(days=LETTER_DAYS), time(), tzinfo=UTC)
        letters = _grouped(session, Letter.kind, Letter.created_at >= since)

        result = Portfolio(
            today=today,
            business_name=profile.name,
            currency=profile.currency,
            hard_limit_days=profile.hard_limit_days,
            clients=sum(verdicts.values()),
            by_verdict=by_verdict,
            by_stage=tuple(Count(s.value, stages.get(s.value, 0)) for s in Stage),
            scores=tuple(Count(str(b * 10), scores.get(b, 0)) for b in range(SCORE_BANDS)),
            pareto=pareto,
            receivables=tuple(
                Count(key, n, _money(c)) for key, (n, c) in zip(BAND_KEYS, bands, strict=True)
            ),
            outstanding=_money(sum(c for _n, c in bands)),
            overdue=_money(sum(c for _n, c in bands[1:])),
            due_for_review=due,
            due_list=_due_list(session, today),
            new_flags=len(flagged),
            new_flags_list=_flag_lines(session, flagged),
            letters=tuple(Count(k.value, letters.get(k.value, 0)) for k in LetterKind),
            at_stake=_at_stake(session, source, book_cents, overdue, counts),
        )
    return result


def verdict_clients(
    sessions: Sessions, today: date, figures: Portfolio, per_verdict: int
) -> VerdictClients:
    """The ``per_verdict`` largest clients (by revenue, then name) of every verdict."""
    found: dict[str, tuple[Sequence[Row[*tuple[Any, ...]]], int]] = {}
    with sessions() as session:
        kept = is_current(session, today)
        source = revenue_source(session, today, kept=kept)
        cents = func.coalesce(source.c.revenue_cents, 0)
        for count in figures.by_verdict:
            if not count.clients:
                found[count.key] = ([], 0)
                continue
            column = Client.latest_verdict
            condition = column.is_(None) if count.key == NOT_EVALUATED else column == count.key
            rows = session.execute(
                select(
                    Client.id.label("client_id"),
                    Client.name,
                    Client.stage,
                    Client.latest_score,
                    cents.label("revenue_cents"),
                    Client.next_review_on,
                )
                .outerjoin(source, source.c.client_id == Client.id)
                .where(condition)
                .order_by(cents.desc(), Client.sort_name, Client.id)
                .limit(per_verdict)
            ).all()
            found[count.key] = (rows, count.clients)
        # The overdue balance of just the clients listed, not of the whole book again.
        listed = [row.client_id for rows, _count in found.values() for row in rows]
        owed = client_receivables(session, today, listed, kept=kept) if listed else {}
    return {
        key: (
            tuple(
                VerdictLine(
                    client_id=row.client_id,
                    name=row.name,
                    stage=row.stage,
                    score=row.latest_score,
                    revenue=_money(row.revenue_cents),
                    overdue=_money(owed[row.client_id].overdue if row.client_id in owed else 0),
                    next_review_on=row.next_review_on,
                )
                for row in rows
            ),
            count,
        )
        for key, (rows, count) in found.items()
    }

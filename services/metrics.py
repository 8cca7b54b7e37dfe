"""Ledger metrics: how a client pays, buys and returns, to suggest checklist answers.

Everything is counted by the database (grouped SQL aggregates); Python only combines the
per-client results. The same queries serve one client (``client_metrics``) and the whole book
(``book_metrics``, in chunks of clients), so both always agree. A triage (``chunk_facts``)
runs them without the columns only the evidence needs: LedgerFacts, the part of
ClientMetrics the verdict rules read, at two thirds of the cost.

Definitions, as of ``today``:

- Payment behaviour looks at invoices dated in the last 24 months (730 days). An invoice is
  settled when the payments linked to it add up to its amount (within half a cent); it was
  paid on the latest of those payments. Settled invoices count with the days from invoice
  to payment (a deposit paid before the invoice counts as 0 days); unpaid invoices past their
  due date count with their age so far. Unpaid invoices not yet due say nothing yet.
- Limitation: payments on account (not linked to an invoice) settle no invoice, so a client
  who always pays on account has only overdue invoices here. They do reduce the overdue
  amount, which follows services.ledger.ledger_totals exactly.
- "12 months" is the last 365 days, like ledger_totals; "last 6 months" is the last 182 days
  and "the 6 months before" the rest of those 365 days.
- A return linked to an invoice counts in the window of that invoice's date, so the return
  rate compares what was sent back with the purchases it came from; a return without an
  invoice counts by its own date.
- ABC: clients ranked by revenue (largest first, then by id); a client is "A" while the
  clients ranked before it make less than 80 % of the book's revenue, "B" below 95 %, else "C".
  One client's ranking is read from services.revenue_ranking (kept per day and ledger
  version), not from the whole ledger. ``book_metrics`` ranks its own figures; a triage
  ranks each chunk's clients with the kept ranking read once (services.triage).
- Fewer than 3 invoices in the last 24 months is too little to judge (``enough_data``).
- The oldest unpaid invoice (``oldest_unpaid_days``) applies payments on account to the oldest
  overdue invoices first, as an accountant would: a client who paid on account what they owe
  has no unpaid invoice, whichever invoices the payments were not linked to.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Date,
    Integer,
    Select,
    SQLColumnExpression,
    Subquery,
    and_,
    bindparam,
    case,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.sqltypes import NullType

from models import Client, Payment, Return, Sale
from services.errors import NotFoundError
from services.ledger import HALF_CENT, ZERO
from services.progress import Cancelled, Progress, Sessions
from services.revenue_ranking import (
    BookRanking,
    Standing,
    standing,
    to_cents,
)

Facts = TypeVar("Facts", bound="LedgerFacts")

PAYMENT_WINDOW_DAYS = 730
YEAR_DAYS = 365  # services.ledger.ledger_totals uses the same window
HALF_YEAR_DAYS = 182
MIN_INVOICES = 3
A_SHARE = Decimal("0.80")
B_SHARE = Decimal("0.95")
CHUNK_CLIENTS = 10_000  # small enough for a responsive Cancel, large enough to stay fast


@dataclass(frozen=True)
class LedgerFacts:
    """The figures the ledger's answers to the checklist and the red flags are drawn from
    (services.scoring): all a triage needs, and cheaper to count than ClientMetrics."""

    client_id: int
    invoices_considered: int  # invoices paid, or unpaid and past due, in the window
    # Days from invoice to full payment; open past-due invoices count with their age so far.
    avg_days_to_pay: float | None  # None when no invoice can be judged yet
    units_12m: Decimal
    revenue_12m: Decimal
    returned_units_12m: Decimal
    returned_value_12m: Decimal
    return_rate_units: float | None  # None when nothing was bought
    return_rate_value: float | None
    revenue_last_6m: Decimal
    revenue_prev_6m: Decimal  # the 6 months before those
    trend: float | None  # (last - prev) / prev; None when prev is 0
    days_since_last_purchase: int | None
    revenue_share: float | None  # of the whole book's revenue_12m; None when the book has none
    abc_class: str | None  # "A", "B" or "C"; None when the client has no revenue
    enough_data: bool  # False below 3 invoices in 24 months: too little to judge
    # Days since the invoice date of the oldest past-due invoice still unpaid, once payments
    # on account have settled the oldest ones first; None when nothing is overdue.
    oldest_unpaid_days: int | None
    returns_12m: int  # how many returns in the 12-month window: once, or a habit
    units_prev_12m: Decimal  # the 12 months before the last 12: does a low volume persist?
    revenue_prev_12m: Decimal


@dataclass(frozen=True)
class ClientMetrics(LedgerFacts):
    """LedgerFacts, and the evidence an owner reads besides them."""

    worst_days_to_pay: int | None
    late_share: float | None  # 0-1: considered invoices paid (or still open) after their due date
    overdue_amount: Decimal  # as services.ledger.ledger_totals computes it


# -- a portable day difference --------------------------------------------------------------


class days_between(FunctionElement[int]):  # lower case: used like any other SQL function
    """``days_between(later, earlier)``: whole days between two dates.

    SQLAlchemy has no portable date difference, so each dialect gets its own spelling.
    """

    type = Integer()
    name = "days_between"
    inherit_cache = True


@compiles(days_between)
def _days_between(element: days_between, compiler: SQLCompiler, **kw: object) -> str:
    # PostgreSQL (and standard SQL): subtracting two dates gives a number of days.
    later, earlier = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"(CAST({later} AS DATE) - CAST({earlier} AS DATE))"


@compiles(days_between, "sqlite")
def _days_between_sqlite(element: days_between, compiler: SQLCompiler, **kw: object) -> str:
    # SQLite keeps dates as ISO text; julianday() turns them into day numbers.
    later, earlier = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"CAST(julianday({later}) - julianday({earlier}) AS INTEGER)"


# -- the grouped queries ----------------------------------------------------------------------
# Built once, with parameters: building these expressions costs more than running them for
# one client. Parameters: the clients ``low``..``high`` (by id) and the window dates.


@dataclass(frozen=True)
class _Windows:
    today: date
    payments_from: date  # each window starts the day after its date
    year_from: date
    half_year_from: date

    @classmethod
    def ending(cls, today: date) -> _Windows:
        return cls(
            today=today,
            payments_from=today - timedelta(days=PAYMENT_WINDOW_DAYS),
            year_from=today - timedelta(days=YEAR_DAYS),
            half_year_from=today - timedelta(days=HALF_YEAR_DAYS),
        )

    def params(self, low: int, high: int) -> dict[str, object]:
        return {"low": low, "high": high} | asdict(self)


def _day(name: str) -> BindParameter[date]:
    return bindparam(name, type_=Date())


def _in_scope(client_id: SQLColumnExpression[int]) -> ColumnElement[bool]:
    return client_id.between(bindparam("low"), bindparam("high"))


def _total(value: SQLColumnExpression[Any]) -> ColumnElement[Any]:
    """SUM(value), 0 when there is nothing to add, as the driver gives it: SQLite's float or
    integer, PostgreSQL's Decimal. _decimal() turns each into an exact Decimal of the right
    scale; SQLAlchemy's own Numeric conversion on top cost a quarter of reading the rows."""
    return type_coerce(func.coalesce(func.sum(value), 0), NullType())


def _sum(value: SQLColumnExpression[Any], condition: ColumnElement[bool]) -> ColumnElement[Any]:
    return _total(case((condition, value), else_=0))


def _invoices() -> Subquery:
    """Each invoice with what its payments tell: settled or overdue, and after how many days.

    Sale.paid and Sale.paid_on are kept by services.settlement: summing every invoice's
    payments here was half of a triage's database time.
    """
    open_balance = Sale.amount - Sale.paid
    settled = open_balance <= HALF_CENT
    past_due = Sale.due_date < _day("today")
    elapsed = case(
        (settled, days_between(Sale.paid_on, Sale.invoice_date)),
        else_=days_between(_day("today"), Sale.invoice_date),
    )
    late = or_(and_(settled, Sale.paid_on > Sale.due_date), and_(~settled, past_due))
    return (
        select(
            Sale.client_id,
            Sale.id,
            Sale.invoice_date,
            Sale.units,
            Sale.amount,
            case((and_(past_due, ~settled), open_balance), else_=0).label("overdue_open"),
            case((or_(settled, past_due), 1), else_=0).label("judged"),
            case((late, 1), else_=0).label("late"),
            elapsed.label("elapsed"),
        )
        .where(_in_scope(Sale.client_id))
        .subquery("invoice")
    )


def _sales_query(evidence: bool) -> Select:
    """Per client: payment behaviour and revenue windows of the invoices; with ``evidence``,
    also the worst delay, the late invoices and the overdue balance."""
    invoice = _invoices()
    in_window = invoice.c.invoice_date > _day("payments_from")
    considered = and_(in_window, invoice.c.judged == 1)
    days = case((invoice.c.elapsed < 0, 0), else_=invoice.c.elapsed)  # a deposit: 0 days
    last_year = invoice.c.invoice_date > _day("year_from")
    last_half = invoice.c.invoice_date > _day("half_year_from")
    year_before = and_(in_window, ~last_year)
    columns = [
        invoice.c.client_id,
        func.count(case((in_window, invoice.c.id))).label("invoices_window"),
        func.count(case((considered, invoice.c.id))).label("considered"),
        _sum(days, considered).label("days_sum"),
        _sum(invoice.c.amount, last_year).label("revenue_12m"),
        _sum(invoice.c.units, last_year).label("units_12m"),
        _sum(invoice.c.amount, last_half).label("revenue_last_6m"),
        func.max(invoice.c.invoice_date).label("last_invoice"),
        _sum(invoice.c.amount, year_before).label("revenue_prev_12m"),
        _sum(invoice.c.units, year_before).label("units_prev_12m"),
    ]
    if evidence:  # a third of the query's time
        late = and_(considered, invoice.c.late == 1)
        columns += [
            _total(invoice.c.overdue_open).label("overdue_open"),
            func.max(case((considered, days))).label("days_max"),
            func.count(case((late, invoice.c.id))).label("late"),
            _total(invoice.c.amount).label("invoiced"),
        ]
    return select(*columns).group_by(invoice.c.client_id)


def _overdue_query() -> Select:
    """Per client: the oldest overdue invoice still open, and the smallest such balance
    (payments on account short of it settle no invoice).

    Apart from the other invoices: the few open ones are read from ix_sale_open (its WHERE
    repeated here), where asking every invoice of the chunk cost a fifth of a triage's SQL.
    """
    open_balance = Sale.amount - Sale.paid
    return (
        select(
            Sale.client_id,
            type_coerce(func.min(Sale.invoice_date), NullType()).label("oldest_open"),
            type_coerce(func.min(open_balance), NullType()).label("least_open"),
        )
        .where(
            _in_scope(Sale.client_id),
            Sale.amount != Sale.paid,
            Sale.due_date < _day("today"),
            open_balance > HALF_CENT,
        )
        .group_by(Sale.client_id)
    )


def _payments_query() -> Select:
    return (
        select(
            Payment.client_id,
            _total(Payment.amount).label("paid"),
            _sum(Payment.amount, Payment.sale_id.is_(None)).label("on_account"),
        )
        .where(_in_scope(Payment.client_id))
        .group_by(Payment.client_id)
    )


def _returns_query(evidence: bool) -> Select:
    # A return counts on its invoice's date, else on its own. The invoice's date is looked up
    # by its key for each return: as a join, PostgreSQL read every invoice of the book for
    # each chunk of clients (a hash join over a sequential scan).
    invoice_date = select(Sale.invoice_date).where(Sale.id == Return.sale_id).scalar_subquery()
    returns = (
        select(
            Return.client_id,
            Return.id,
            Return.units,
            Return.amount,
            func.coalesce(invoice_date, Return.returned_on).label("counted_on"),
        )
        .where(_in_scope(Return.client_id))
        .subquery("counted")
    )
    last_year = returns.c.counted_on > _day("year_from")
    columns = [
        returns.c.client_id,
        _sum(returns.c.units, last_year).label("returned_units_12m"),
        _sum(returns.c.amount, last_year).label("returned_value_12m"),
        func.count(case((last_year, returns.c.id))).label("returns_12m"),
    ]
    if evidence:
        columns.append(_total(returns.c.amount).label("credited"))
    return select(*columns).group_by(returns.c.client_id)


def _on_account_query() -> Select:
    # Few payments are on account: ix_payment_sale_client finds them without reading the others.
    return (
        select(Payment.client_id, _total(Payment.amount).label("on_account"))
        .where(_in_scope(Payment.client_id), Payment.sale_id.is_(None))
        .group_by(Payment.client_id)
    )


@cache
def _queries(evidence: bool) -> tuple[Select, ...]:
    """The grouped queries for ClientMetrics (``evidence``) or for LedgerFacts alone."""
    if evidence:  # all the payments are only needed for the overdue balance
        return _sales_query(True), _overdue_query(), _payments_query(), _returns_query(True)
    return _sales_query(False), _overdue_query(), _on_account_query(), _returns_query(False)


def _open_invoices_query() -> Select:
    """The past-due invoices still open of some clients, oldest first: to settle them with
    the payments on account."""
    return (
        select(Sale.client_id, Sale.invoice_date, Sale.amount - Sale.paid)
        .where(
            Sale.client_id.in_(bindparam("clients", expanding=True)),
            Sale.due_date < _day("today"),
            Sale.amount - Sale.paid > HALF_CENT,
        )
        .order_by(Sale.client_id, Sale.invoice_date, Sale.id)
    )


# -- from rows to metrics ---------------------------------------------------------------------

CENT = 2  # decimal places of models.base.Money
MILLI = 3  # of models.base.Quantity


_ZERO_AT = {places: Decimal(0).scaleb(-places) for places in (CENT, MILLI)}
_STEP_AT = {places: Decimal(1).scaleb(-places) for places in (CENT, MILLI)}
_SCALE_AT = {places: 10**places for places in (CENT, MILLI)}


def _decimal(value: object, places: int) -> Decimal:
    """A total as an exact Decimal with ``places`` decimals, whatever the driver gave.

    Called a dozen times per client of a triage, hence the shortcuts.
    """
    if not value:  # None (nothing to add) or zero: the commonest case
        return _ZERO_AT[places]
    if isinstance(value, Decimal):  # PostgreSQL
        return value.quantize(_STEP_AT[places])
    # SQLite sums NUMERIC as integers or floats: a whole number of cents (or thousandths),
    # give or take float error, so rounding the scaled number finds it exactly.
    return Decimal(round(value * _SCALE_AT[places])).scaleb(-places)


def _ratio(part: Decimal, whole: Decimal) -> float | None:
    return float(part / whole) if whole > 0 else None


def _abc_class(revenue: Decimal, rank: Standing) -> str | None:
    if revenue <= 0:
        return None
    if rank.before < A_SHARE * rank.book:
        return "A"
    return "B" if rank.before < B_SHARE * rank.book else "C"


Totals = dict[str, Any]  # one client's figures from the grouped queries, by column label


def _collect(session: Session, params: dict[str, object], *, evidence: bool) -> dict[int, Totals]:
    """Run the grouped queries; every client with ledger rows gets its totals."""
    found: dict[int, Totals] = {}
    connection = session.connection()  # plain Core rows: the ORM adds nothing to them here
    for statement in _queries(evidence):
        result = connection.execute(statement, params)
        labels = tuple(result.keys())
        # all(): the driver reads the rows in one call (fetchone per row cost PostgreSQL's
        # driver a tenth of the triage). Plain dicts: many times faster than Row attributes.
        for row in result.all():
            found.setdefault(row[0], {}).update(zip(labels, row, strict=True))
    _settle_on_account(connection, found, params["today"])
    return found


def _settle_on_account(connection, found: dict[int, Totals], today: object) -> None:
    """Each client's oldest unpaid invoice, once payments on account settle the oldest first.

    Only clients whose payments on account cover at least one overdue invoice need their
    invoices read one by one: few, so a triage hardly notices.
    """
    paying: dict[int, Decimal] = {}
    for client_id, totals in found.items():
        totals["oldest_unpaid"] = totals.get("oldest_open")
        if totals["oldest_unpaid"] is None or not totals.get("on_account"):
            continue
        on_account = _decimal(totals["on_account"], CENT)
        if on_account >= _decimal(totals.get("least_open"), CENT) - HALF_CENT:
            paying[client_id] = on_account
    if not paying:
        return
    for client_id in paying:
        found[client_id]["oldest_unpaid"] = None
    rows = connection.execute(_open_invoices_query(), {"clients": list(paying), "today": today})
    for client_id, invoice_date, open_amount in rows:
        left = paying[client_id] - _decimal(open_amount, CENT)
        paying[client_id] = left
        if left < -HALF_CENT and found[client_id]["oldest_unpaid"] is None:
            found[client_id]["oldest_unpaid"] = invoice_date


Figures = dict[str, Any]  # a client's fields of ClientMetrics or LedgerFacts, but the ranking's


def _facts(totals: Totals, today: date) -> Figures:
    get = totals.get
    considered = get("considered") or 0
    units, revenue = _decimal(get("units_12m"), MILLI), _decimal(get("revenue_12m"), CENT)
    returned_units = _decimal(get("returned_units_12m"), MILLI)
    returned_value = _decimal(get("returned_value_12m"), CENT)
    last_6m = _decimal(get("revenue_last_6m"), CENT)
    # The last 6 months lie within the 12: the rest is the 6 before, exact in cents, and
    # one CASE less for the database to sum over every invoice of the chunk.
    prev_6m = revenue - last_6m
    last_invoice = get("last_invoice")
    return {
        "invoices_considered": considered,
        "avg_days_to_pay": totals["days_sum"] / considered if considered else None,
        "units_12m": units,
        "revenue_12m": revenue,
        "returned_units_12m": returned_units,
        "returned_value_12m": returned_value,
        "return_rate_units": _ratio(returned_units, units),
        "return_rate_value": _ratio(returned_value, revenue),
        "revenue_last_6m": last_6m,
        "revenue_prev_6m": prev_6m,
        "trend": _ratio(last_6m - prev_6m, prev_6m),
        "days_since_last_purchase": max(0, (today - last_invoice).days) if last_invoice else None,
        "enough_data": (get("invoices_window") or 0) >= MIN_INVOICES,
        "oldest_unpaid_days": _days_since(get("oldest_unpaid"), today),
        "returns_12m": get("returns_12m") or 0,
        "units_prev_12m": _decimal(get("units_prev_12m"), MILLI),
        "revenue_prev_12m": _decimal(get("revenue_prev_12m"), CENT),
    }


def _days_since(day: date | str | None, today: date) -> int | None:
    if day is None:
        return None
    if isinstance(day, str):  # SQLite gives MIN() of a CASE as ISO text
        day = date.fromisoformat(day)
    return (today - day).days


def _figures(totals: Totals, today: date) -> Figures:
    """_facts and the evidence besides, for ClientMetrics."""
    get = totals.get
    considered = get("considered") or 0
    # Outstanding and overdue exactly as services.ledger.ledger_totals has them.
    invoiced, paid = _decimal(get("invoiced"), CENT), _decimal(get("paid"), CENT)
    outstanding = max(ZERO, invoiced - paid - _decimal(get("credited"), CENT))
    overdue_open = _decimal(get("overdue_open"), CENT) - _decimal(get("on_account"), CENT)
    return _facts(totals, today) | {
        "worst_days_to_pay": get("days_max") if considered else None,
        "late_share": totals["late"] / considered if considered else None,
        "overdue_amount": min(outstanding, max(ZERO, overdue_open)),
    }


def _ranked(kind: type[Facts], client_id: int, figures: Figures, rank: Standing) -> Facts:
    revenue = figures["revenue_12m"]
    # What the frozen dataclass's __init__ does, at a third of the cost: it sets the twenty
    # fields one by one through object.__setattr__, once per client of a triage. Every field
    # is in ``figures`` or here (the tests compare the triage's facts with book_metrics').
    facts = object.__new__(kind)
    facts.__dict__.update(
        figures,
        client_id=client_id,
        revenue_share=_ratio(revenue, rank.book),
        abc_class=_abc_class(revenue, rank),
    )
    return facts


# -- public ---------------------------------------------------------------------------------


def client_metrics(sessions: Sessions, client_id: int, today: date) -> ClientMetrics:
    """One client's metrics; the same figures ``book_metrics`` gives for that client."""
    w = _Windows.ending(today)
    with sessions() as session:
        if session.get(Client, client_id) is None:
            raise NotFoundError()
        totals = _collect(session, w.params(client_id, client_id), evidence=True)
    figures = _figures(totals.get(client_id, {}), today)
    # Ranking one client needs every other client's revenue: read from the kept ranking
    # (services.revenue_ranking), the last one made even if stale; a read never rebuilds it.
    rank = standing(sessions, client_id, figures["revenue_12m"], today)
    return _ranked(ClientMetrics, client_id, figures, rank)


def book_chunks(sessions: Sessions) -> list[Sequence[int]]:
    """The book's client ids in runs of CHUNK_CLIENTS consecutive ids, for work chunk by chunk."""
    with sessions() as session:
        ids = session.connection().scalars(select(Client.id).order_by(Client.id)).all()
    return [ids[i : i + CHUNK_CLIENTS] for i in range(0, len(ids), CHUNK_CLIENTS)]


def chunk_facts(
    sessions: Sessions, today: date, chunk: Sequence[int], ranking: Callable[[], BookRanking]
) -> dict[int, LedgerFacts]:
    """The LedgerFacts of one chunk of ``book_chunks``, ranked in the whole book: the same
    figures ``book_metrics`` gives, without the evidence.

    ``ranking`` is called once the chunk's figures are read: it may still be in the making
    while the database works on them (see services.triage).
    """
    facts = _chunk_figures(sessions, today, chunk, evidence=False)
    book = ranking()
    return {c: _ranked(LedgerFacts, c, f, book.standing(c)) for c, f in facts.items()}


def book_metrics(
    sessions: Sessions, today: date, *, progress: Progress | None = None
) -> dict[int, ClientMetrics]:
    """Every client's metrics, by client id, with four grouped queries per chunk of clients.

    ``progress(done, total)`` is called before each chunk and at the end; when it returns
    False, Cancelled is raised. Each chunk is read in its own transaction: a write meanwhile
    may show in some chunks and not others, which the next call sets right.
    """
    chunks = book_chunks(sessions)
    figures: dict[int, Figures] = {}
    for done, chunk in enumerate(chunks):
        report_progress(progress, done, len(chunks) + 1)
        figures.update(_chunk_figures(sessions, today, chunk, evidence=True))
    report_progress(progress, len(chunks), len(chunks) + 1)
    ranking = BookRanking.of((c, to_cents(f["revenue_12m"])) for c, f in figures.items())
    return {c: _ranked(ClientMetrics, c, f, ranking.standing(c)) for c, f in figures.items()}


def _chunk_figures(
    sessions: Sessions, today: date, chunk: Sequence[int], *, evidence: bool
) -> dict[int, Figures]:
    """Every client of the chunk's figures: ClientMetrics' (``evidence``) or LedgerFacts'."""
    params = _Windows.ending(today).params(chunk[0], chunk[-1])
    with sessions() as session:
        totals = _collect(session, params, evidence=evidence)
    figures_of = _figures if evidence else _facts
    return {c: figures_of(totals.get(c, {}), today) for c in chunk}


def report_progress(progress: Progress | None, done: int, total: int) -> None:
    """Raises Cancelled when the caller's ``progress`` says stop."""
    if progress is not None and not progress(done, total):
        raise Cancelled()


def figures_of(sessions: Sessions, today: date, client_ids: Sequence[int]) -> dict[int, Figures]:
    """The ClientMetrics fields but the ranking (revenue share, ABC) of ``client_ids``.

    For a campaign's recipients, a few or many anywhere in the book: the ids are read in
    windows of at most CHUNK_CLIENTS consecutive ids, so three clients far apart cost three
    small queries rather than one over the whole book.
    """
    figures: dict[int, Figures] = {}
    window: list[int] = []
    for client_id in sorted(set(client_ids)):
        if window and client_id - window[0] >= CHUNK_CLIENTS:
            figures.update(_chunk_figures(sessions, today, window, evidence=True))
            window = []
        window.append(client_id)
    if window:
        figures.update(_chunk_figures(sessions, today, window, evidence=True))
    return figures

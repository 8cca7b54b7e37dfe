"""The book's revenue ranking, kept in the database so that one client's ABC class is cheap.

A client's ABC class and revenue share depend on every other client's revenue over the last
365 days. Grouping all invoices for that costs ~0.2 s at a million ledger rows; reading the
kept ranking (models.revenue_ranking) costs one index range sum over at most half its rows.

The ranking is valid for one day (``as_of``) and one ledger version:

- Every transaction that writes sales, payments or returns does it inside
  services.ledger_change, which calls ``mark_ledger_changed`` when it closes. It bumps the
  ledger version; given the clients whose ledger changed (one for an ordinary edit, those an
  import gave rows to), it also recomputes their rows, so the ranking stays valid. For a
  whole book at once (demo data, erasing a client), or more than ROLL_LIMIT (a tenth) of
  the ranked clients, the ranking goes stale.
- Reads never write: ``standing`` ranks a client against the last ranking kept, stale or
  not (see there for what that shows), and computes from the ledger only when none was
  ever kept.
- ``rebuild_stale_ranking`` makes it valid again: for a new day it only recomputes the
  clients whose oldest invoice left the window (each row notes it); after a broad change
  it rebuilds. The UI runs it in the background (ui/ranking_upkeep.py) and so does a
  triage, which also passes the book total it computed from the ledger: a kept total that
  differs is rebuilt, a safety net for a write that bypassed ledger_change.
- Deleting a client deletes its row by foreign key, with its ledger; the kept row count
  then differs from the table's, and readers recount the totals from the rows.

Revenue is kept in whole cents; the same rounding as services.metrics, so results are equal.

The receivables by age band (models.KeptReceivable, services.receivables) are kept with the
ranking, valid for the same day and ledger version: wherever the ranking's rows of some
clients are recomputed, so are theirs; a rebuild or a new day rewrites them all. ``is_current``
answers for both.
"""

from __future__ import annotations

import typing
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import cache, cached_property
from typing import Any

from sqlalchemy import (
    BigInteger,
    CursorResult,
    Insert,
    Integer,
    Row,
    Select,
    and_,
    bindparam,
    case,
    cast,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from models import LedgerVersion, RevenueRanking, RevenueRankingState, Sale
from services.progress import Sessions
from services.receivables import keep_receivables

YEAR_DAYS = 365  # services.metrics.YEAR_DAYS and services.ledger.ledger_totals use the same
CENTS = Decimal(100)
IN_CHUNK = 500  # ids per IN (...) list (here and services.settlement): far below every limit
# Rolling forward to a new day recomputes the clients whose oldest invoice left the window;
# beyond this share of the ranked clients, one grouped rebuild is cheaper.
ROLL_LIMIT = 0.1
ROW = 1  # the id of the single row of ledger_version and revenue_ranking_state


@dataclass(frozen=True)
class Standing:
    """Where one client's revenue stands in the book."""

    before: Decimal  # revenue of the clients ranked before it (more revenue, or same and lower id)
    book: Decimal  # the whole book's revenue over the 365 days


# -- the ledger version ----------------------------------------------------------------------


def ledger_version(session: Session) -> int:
    return session.scalar(select(LedgerVersion.version).where(LedgerVersion.id == ROW)) or 0


def _lock_version(session: Session, bump: int) -> int:
    """Add ``bump`` to the version and return it.

    Writing the row first (even adding 0) takes the write lock before anything is read: the
    row lock on PostgreSQL, the database's on SQLite (whose driver begins a transaction
    only at the first write). So no ledger write can slip in between the read and our write.
    """
    result = typing.cast(  # an UPDATE's result is a CursorResult, which counts the rows
        CursorResult[Any],
        session.execute(
            update(LedgerVersion)
            .where(LedgerVersion.id == ROW)
            .values(version=LedgerVersion.version + bump)
        ),
    )
    if result.rowcount == 0:  # a database created without the migration's row
        session.add(LedgerVersion(id=ROW, version=bump))
        session.flush()
    return ledger_version(session)


def mark_ledger_changed(session: Session, clients: int | Collection[int] | None = None) -> None:
    """Call in the transaction that wrote sales, payments or returns, after writing them.

    ``clients``: the client (or clients) whose ledger changed, so that only their rows are
    recomputed; None when unknown: the ranking is then rebuilt when next needed. Beyond
    ROLL_LIMIT of the ranked clients, the rebuild is cheaper, and is what happens.
    """
    session.flush()  # the ledger rows first: the rows below are computed from them
    version = _lock_version(session, 1)
    state = session.get(RevenueRankingState, ROW)
    if clients is None or state is None or state.ledger_version != version - 1:
        return  # stale now (or already): the next reader rebuilds it
    client_ids = sorted({clients} if isinstance(clients, int) else set(clients))
    if len(client_ids) > max(1, ROLL_LIMIT * state.clients):
        return  # too many: left stale for one rebuild
    _recompute(session, state, client_ids)
    state.ledger_version = version


# -- keeping the rows -----------------------------------------------------------------------


def _year_from(as_of: date) -> date:
    return as_of - timedelta(days=YEAR_DAYS)


def _revenue_rows(as_of: date) -> Select:
    """Per client with invoices in the 365 days before ``as_of``: cents, oldest invoice."""
    # Rounded to cents before the cast: SQLite sums NUMERIC as floats (33.33 + 33.34 ...).
    cents = cast(func.round(func.sum(Sale.amount) * 100), BigInteger)
    return (
        select(
            Sale.client_id,
            cents.label("revenue_cents"),
            func.min(Sale.invoice_date).label("oldest_invoice_on"),
        )
        .where(Sale.invoice_date > _year_from(as_of))
        .group_by(Sale.client_id)
    )


def _insert_from(rows: Select) -> Insert:
    columns = [
        RevenueRanking.client_id,
        RevenueRanking.revenue_cents,
        RevenueRanking.oldest_invoice_on,
    ]
    return insert(RevenueRanking).from_select(columns, rows)


def _recompute(session: Session, state: RevenueRankingState, client_ids: Sequence[int]) -> None:
    """Recompute these clients' rows for ``state.as_of``, and the kept totals with them."""
    for start in range(0, len(client_ids), IN_CHUNK):
        chunk = client_ids[start : start + IN_CHUNK]
        old_cents, old_rows = _totals(session, chunk)
        session.execute(delete(RevenueRanking).where(RevenueRanking.client_id.in_(chunk)))
        rows = _revenue_rows(state.as_of).where(Sale.client_id.in_(chunk))
        session.execute(_insert_from(rows))
        new_cents, new_rows = _totals(session, chunk)
        state.book_cents += new_cents - old_cents
        state.clients += new_rows - old_rows
        keep_receivables(session, state.as_of, chunk)


def _rebuild(session: Session, as_of: date) -> None:
    """Every client's row for ``as_of``, writing only the rows that change.

    Not "delete everything, insert everything": with foreign keys on, SQLite deletes a whole
    table row by row, and rewriting unchanged rows also rewrites their index entries. After
    an import that touched a few clients, most rows stay as they are. The upsert's SQL
    (INSERT ... ON CONFLICT DO UPDATE ... WHERE) is the same on SQLite and PostgreSQL.
    """
    dialect_insert = postgresql.insert if _dialect(session) == "postgresql" else sqlite.insert
    columns = [
        RevenueRanking.client_id,
        RevenueRanking.revenue_cents,
        RevenueRanking.oldest_invoice_on,
    ]
    upsert = dialect_insert(RevenueRanking).from_select(columns, _revenue_rows(as_of))
    session.execute(
        upsert.on_conflict_do_update(
            index_elements=[RevenueRanking.client_id],
            set_={
                "revenue_cents": upsert.excluded.revenue_cents,
                "oldest_invoice_on": upsert.excluded.oldest_invoice_on,
            },
            where=or_(
                RevenueRanking.revenue_cents != upsert.excluded.revenue_cents,
                RevenueRanking.oldest_invoice_on != upsert.excluded.oldest_invoice_on,
            ),
        )
    )
    # The clients left without an invoice in the window (by index, one lookup per row).
    in_window = (
        select(Sale.id)
        .where(Sale.client_id == RevenueRanking.client_id, Sale.invoice_date > _year_from(as_of))
        .exists()
    )
    session.execute(delete(RevenueRanking).where(~in_window))


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _roll_forward(session: Session, state: RevenueRankingState, today: date) -> bool:
    """Move the ranking to ``today``, recomputing the clients whose oldest invoice left the
    window; False (nothing done) when they are too many."""
    leaving = session.scalars(
        select(RevenueRanking.client_id).where(
            RevenueRanking.oldest_invoice_on <= _year_from(today)
        )
    ).all()
    if len(leaving) > ROLL_LIMIT * state.clients:
        return False
    state.as_of = today
    _recompute(session, state, leaving)
    return True


def _totals(session: Session, client_ids: Sequence[int] | None = None) -> tuple[int, int]:
    """Sum of revenue_cents and number of rows: of these clients, or of the whole ranking."""
    statement = select(func.coalesce(func.sum(RevenueRanking.revenue_cents), 0), func.count())
    if client_ids is not None:
        statement = statement.where(RevenueRanking.client_id.in_(client_ids))
    cents, rows = session.execute(statement).one()
    return int(cents), rows


def _middle(session: Session, rows: int) -> int:
    middle = select(RevenueRanking.revenue_cents).order_by(RevenueRanking.revenue_cents)
    return session.scalar(middle.offset(rows // 2).limit(1)) or 0


def _bring_up_to_date(session: Session, today: date, *, rebuild: bool = False) -> None:
    """Make the kept ranking valid for ``today`` and the current ledger."""
    version = _lock_version(session, 0)
    state = session.get(RevenueRankingState, ROW)
    valid = (
        not rebuild
        and state is not None
        and state.ledger_version == version
        and state.as_of <= today
    )
    rolled = False
    if valid and state is not None and state.as_of < today:
        valid = rolled = _roll_forward(session, state, today)
    if rolled or not valid:
        # Every open invoice is a day older (or the ledger changed broadly): all of them.
        keep_receivables(session, today)
    rows = session.scalar(select(func.count()).select_from(RevenueRanking))
    if valid and state is not None and state.clients == rows:
        return  # current (maybe just rolled forward), or another caller did it meanwhile
    if not valid:
        _rebuild(session, today)
    # Rebuilt, or a client was deleted (its row went with it): count the totals afresh.
    state = state or RevenueRankingState(id=ROW)
    state.as_of, state.ledger_version = today, version
    state.book_cents, state.clients = _totals(session)
    state.middle_cents = _middle(session, state.clients)
    session.add(state)


# -- reading -------------------------------------------------------------------------------


@cache
def _state_query() -> Select:
    """Whether the kept ranking is current for the ledger, with its totals."""
    return select(
        RevenueRankingState.as_of,
        RevenueRankingState.ledger_version,
        RevenueRankingState.book_cents,
        RevenueRankingState.clients,
        RevenueRankingState.middle_cents,
        select(LedgerVersion.version)
        .where(LedgerVersion.id == ROW)
        .scalar_subquery()
        .label("version"),
        # COUNT(*) of a whole table is nearly free on SQLite (it counts b-tree pages' cells).
        select(func.count()).select_from(RevenueRanking).scalar_subquery().label("rows"),
    ).where(RevenueRankingState.id == ROW)


@cache
def _side_query(higher: bool) -> Select:
    """The revenue of the clients ranked before (``higher``) or after one client.

    Two index range sums (ties are split by client id); one OR of both conditions would
    scan the whole table instead.
    """
    revenue, client = RevenueRanking.revenue_cents, RevenueRanking.client_id
    cents, client_id = (
        bindparam("cents", type_=BigInteger()),
        bindparam("client_id", type_=Integer()),
    )
    beyond, tie = (
        (revenue > cents, client < client_id) if higher else (revenue < cents, client > client_id)
    )
    total = func.coalesce(func.sum(revenue), 0)
    return select(
        select(total).where(beyond).scalar_subquery(),
        select(total).where(revenue == cents, tie).scalar_subquery(),
    )


def rebuild_stale_ranking(sessions: Sessions, today: date, *, book: Decimal | None = None) -> bool:
    """Make the kept ranking valid for ``today`` and the current ledger, if it is not; True
    when something was written. Run it in the background: it may take a second or two.

    ``book``: the book's revenue as the caller just computed it from the ledger. A kept
    ranking that disagrees is rebuilt: some write bypassed services.ledger_change.
    """
    with sessions() as session:
        state = _current_state(session, today)
    disagrees = state is not None and book is not None and state.book_cents != to_cents(book)
    if state is not None and not disagrees:
        return False
    with sessions.begin() as session:
        _bring_up_to_date(session, today, rebuild=disagrees)
    return True


def _current_state(session: Session, today: date) -> Row | None:
    """The kept ranking's state; None when it is not valid for ``today`` and the ledger."""
    state = session.execute(_state_query()).one_or_none()
    if state is None or (state.as_of, state.ledger_version) != (today, state.version):
        return None
    if state.clients != state.rows:
        return None  # a client was deleted: the totals need a recount
    return state


def _kept_standing(session: Session, client_id: int, cents: int) -> Standing | None:
    """From the last ranking kept, valid or not; None when none was ever kept.

    The client's own kept row is set aside and its ``cents`` (today's) used instead: while
    the ranking is stale the others stand as they were, and its share never exceeds 100 %.
    """
    state = session.execute(_state_query()).one_or_none()
    if state is None:
        return None
    book_cents, middle_cents = state.book_cents, state.middle_cents
    if state.clients != state.rows:  # a client was deleted since: its row went with it
        book_cents, rows = _totals(session)
        middle_cents = _middle(session, rows)
    own = session.get(RevenueRanking, client_id)
    own_cents = own.revenue_cents if own is not None else 0
    others = book_cents - own_cents
    # Sum the shorter side: the whole book is known, so either gives the exact answer.
    higher = cents >= middle_cents
    params = {"cents": cents, "client_id": client_id}
    beyond, tied = session.execute(_side_query(higher), params).one()
    if higher:  # the clients with more revenue; its own kept row if it was more
        before = beyond + tied - (own_cents if own_cents > cents else 0)
    else:  # all but those with less; its own kept row if it was less
        before = others - (
            beyond + tied - (own_cents if own is not None and own_cents < cents else 0)
        )
    return Standing(before=from_cents(before), book=from_cents(others + cents))


def _ledger_standing(session: Session, client_id: int, cents: int, today: date) -> Standing:
    """From the ledger itself, summing every client's revenue (~0.2 s at a million rows)."""
    rows = _revenue_rows(today).subquery()
    revenue = rows.c.revenue_cents
    ahead = or_(revenue > cents, and_(revenue == cents, rows.c.client_id < client_id))
    total = func.coalesce(func.sum(revenue), 0)
    before, book = session.execute(
        select(func.coalesce(func.sum(case((ahead, revenue), else_=0)), 0), total)
    ).one()
    return Standing(before=from_cents(before), book=from_cents(book))


def standing(sessions: Sessions, client_id: int, revenue: Decimal, today: date) -> Standing:
    """Where a client with this ``revenue`` (its own, for ``today``) stands in the book.

    A read: it never rebuilds. While the kept ranking is stale (a new day, or a broad change
    such as an import of many clients' invoices, until rebuild_stale_ranking has run), the
    other clients are ranked as they stood when it was last made valid; the client's own
    revenue is today's. Ordinary edits keep it valid. Only a book whose ranking was never
    made is ranked from the ledger itself.
    """
    cents = to_cents(revenue)
    with sessions() as session:
        found = _kept_standing(session, client_id, cents)
        return found or _ledger_standing(session, client_id, cents, today)


@dataclass(frozen=True)
class BookRanking:
    """Every client's standing at once: for work over the whole book."""

    book_cents: int
    before_cents: dict[int, int]  # clients with revenue; the others rank after them all

    @classmethod
    def of(cls, revenue_cents: Iterable[tuple[int, int]]) -> BookRanking:
        """Ranked from (client id, revenue in cents) pairs: largest first, ties by id."""
        before_cents: dict[int, int] = {}
        book = 0
        for client_id, cents in sorted(revenue_cents, key=lambda pair: (-pair[1], pair[0])):
            before_cents[client_id] = book
            book += cents
        return cls(book, before_cents)

    @cached_property
    def book(self) -> Decimal:
        return from_cents(self.book_cents)

    def standing(self, client_id: int) -> Standing:
        before = self.before_cents.get(client_id, self.book_cents)
        return Standing(before=from_cents(before), book=self.book)


def book_ranking(session: Session) -> BookRanking:
    """Every client's standing, read from the kept ranking: call ``rebuild_stale_ranking``
    first.

    A ledger write since then may have changed a few clients' rows (or none, leaving them
    stale); the caller checks its own book total with ``rebuild_stale_ranking(book=...)``
    after.
    """
    rows = session.connection().execute(
        select(RevenueRanking.client_id, RevenueRanking.revenue_cents)
    )
    return BookRanking.of(rows)


def to_cents(amount: Decimal) -> int:
    """Revenue as the ranking keeps it: whole cents (amounts have two decimals)."""
    return int(amount * CENTS)


def from_cents(cents: int) -> Decimal:
    return Decimal(int(cents)).scaleb(-2)


def is_current(session: Session, today: date) -> bool:
    """Whether the kept ranking is valid for ``today`` and the ledger (a read, never a write)."""
    return _current_state(session, today) is not None


def revenue_rows(as_of: date) -> Select:
    """(client id, revenue cents, oldest invoice) over the 365 days before ``as_of``, from the
    ledger: what the kept ranking holds, for readers that may not bring it up to date."""
    return _revenue_rows(as_of)

"""The client list as the main window shows it: search, filter and sort in SQL.

The list asks for the matching ids in order a page at a time (``search_ids`` with a limit),
then for the few rows on screen, and counts the matches apart (``count_matches``), when the
page alone cannot tell. Nothing here walks the whole book in Python, and a keystroke does not
read 100,000 ids when the first screenful is all it shows.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    UnaryExpression,
    and_,
    func,
    or_,
    select,
)

from models import Client, Stage, Verdict
from services.progress import Sessions
from services.text_search import fold, like_pattern


class SortKey(enum.StrEnum):
    NAME = "name"
    LEGAL_NAME = "legal_name"
    CONTACT = "contact_person"
    EMAIL = "email"
    PHONE = "phone"
    CITY = "city"
    STAGE = "stage"
    VERDICT = "latest_verdict"
    SCORE = "latest_score"
    NEXT_REVIEW = "next_review_on"
    UPDATED = "updated_at"


_TEXT_KEYS = {SortKey.LEGAL_NAME, SortKey.CONTACT, SortKey.EMAIL, SortKey.CITY}
_NULLABLE_KEYS = {SortKey.VERDICT, SortKey.SCORE, SortKey.NEXT_REVIEW}


@dataclass(frozen=True)
class ClientQuery:
    text: str = ""
    stage: str | None = None
    sort: SortKey = SortKey.NAME
    descending: bool = False
    verdict: str | None = None  # latest chosen verdict
    review_due_by: date | None = None  # next review on or before this day (never evaluated too)
    only_ids: frozenset[int] | None = None  # for example the clients a triage flagged


@dataclass(frozen=True)
class ClientRow:
    id: int
    name: str
    legal_name: str
    contact_person: str
    email: str
    phone: str
    city: str
    stage: Stage
    strategic: bool
    latest_verdict: Verdict | None
    latest_score: Decimal | None
    next_review_on: date | None


def _filters(query: ClientQuery) -> list[ColumnElement[bool]]:
    # Every typed word must appear somewhere in the searchable fields, in any order.
    conditions: list[ColumnElement[bool]] = [
        Client.search_text.like(like_pattern(word), escape="\\")
        for word in fold(query.text).split()
    ]
    if query.stage:
        conditions.append(Client.stage == query.stage)
    if query.verdict:
        conditions.append(Client.latest_verdict == query.verdict)
    if query.review_due_by is not None:
        conditions.append(
            or_(Client.next_review_on.is_(None), Client.next_review_on <= query.review_due_by)
        )
    return conditions


def _ordered(statement: Select, query: ClientQuery, *, engine: str = "sqlite") -> Select:
    def direction(key: SQLColumnExpression[Any]) -> UnaryExpression[Any]:
        return key.desc() if query.descending else key.asc()

    if query.sort == SortKey.NAME:
        # SQLite's covering index ix_client_list already orders equal names deterministically
        # (by rowid); adding id there would force a sort of the whole result. PostgreSQL may
        # instead find a rare word's matches by trigrams and sort them, in any order among
        # equal names: the id keeps the pages from overlapping (an incremental sort of the
        # equal names only, when it reads the index in name order).
        tie_break = [direction(Client.id)] if engine == "postgresql" else []
        return statement.order_by(direction(Client.sort_name), *tie_break)
    column = getattr(Client, query.sort.value)
    key = func.lower(column) if query.sort in _TEXT_KEYS else column
    # Empty values go last whichever way the list is sorted; then by name, like the default.
    first = [column.is_(None)] if query.sort in _NULLABLE_KEYS else []
    return statement.order_by(*first, direction(key), Client.sort_name, Client.id)


def search_ids(
    sessions: Sessions, query: ClientQuery, *, offset: int = 0, limit: int | None = None
) -> list[int]:
    """The matching ids in the list's order; ``offset`` and ``limit`` take one page of them.

    Paged with OFFSET: the list reads pages in order as the owner scrolls, and skipping a few
    thousand entries of an index is cheap next to the rows the database sends.
    """
    with sessions() as session:
        connection = session.connection()
        statement = _ordered(
            select(Client.id).where(and_(True, *_filters(query))),
            query,
            engine=connection.dialect.name,
        )
        if query.only_ids is None and (offset or limit is not None):
            statement = statement.offset(offset).limit(limit)
        result = connection.execute(statement)
        # For 100,000 ids SQLAlchemy's per-row processing costs more than the query itself;
        # plain integers need none of it, so they are read straight from the DB-API cursor.
        ids = [row[0] for row in result.cursor.fetchall()]
    if query.only_ids is not None:
        # Filtered here, not with SQL IN: the set may hold more ids than SQLite binds at once.
        # Such a set is a triage's or a chart's selection: the page is cut after filtering.
        ids = [client_id for client_id in ids if client_id in query.only_ids]
        ids = ids[offset:] if limit is None else ids[offset : offset + limit]
    return ids


def count_matches(sessions: Sessions, query: ClientQuery) -> int:
    """How many clients the query finds, without sending their ids."""
    if query.only_ids is not None:
        return len(search_ids(sessions, query))
    statement = select(func.count()).select_from(Client).where(and_(True, *_filters(query)))
    with sessions() as session:
        return session.scalar(statement) or 0


def count_all(sessions: Sessions) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(Client)) or 0


def fetch_rows(sessions: Sessions, ids: Sequence[int]) -> dict[int, ClientRow]:
    """The rows for these ids (a screenful), keyed by id; ids deleted meanwhile are absent."""
    if not ids:
        return {}
    statement = select(
        Client.id,
        Client.name,
        Client.legal_name,
        Client.contact_person,
        Client.email,
        Client.phone,
        Client.city,
        Client.stage,
        Client.strategic,
        Client.latest_verdict,
        Client.latest_score,
        Client.next_review_on,
    ).where(Client.id.in_(list(ids)))
    with sessions() as session:
        # Core rows, in ClientRow's field order: no ORM bookkeeping on a keystroke's screenful.
        rows = session.connection().execute(statement).all()
    fields: list[tuple[Any, ...]] = [tuple(row) for row in rows]
    return {values[0]: ClientRow(*values) for values in fields}

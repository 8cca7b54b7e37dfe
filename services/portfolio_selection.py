"""The clients behind one bar, band or point of the portfolio dashboard (its drill-down).

Asked for when the owner clicks, with the same conditions the figures were counted with
(services.portfolio and services.receivables), so the list shows exactly those clients.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Client, Letter
from services.business_profile import get_profile
from services.portfolio import (
    LETTER_DAYS,
    NOT_EVALUATED,
    abc_class,
    due_condition,
    new_flag_invoices,
    ranked_cents,
    revenue_source,
    score_band_condition,
)
from services.progress import Sessions
from services.receivables import BAND_KEYS, band_client_ids
from services.revenue_ranking import is_current


@dataclass(frozen=True)
class Selection:
    """What was clicked: ``kind`` (verdict, stage, score, band, abc, top, letters, due,
    flags) and its ``key`` (the verdict, the band's key, how many clients for top...)."""

    kind: str
    key: str = ""


def selection_ids(sessions: Sessions, today: date, selection: Selection) -> frozenset[int]:
    limit_days = get_profile(sessions).hard_limit_days
    with sessions() as session:
        return frozenset(_ids(session, today, selection, limit_days))


def _ids(session: Session, today: date, selection: Selection, limit_days: int) -> list[int]:
    kind, key = selection.kind, selection.key
    if kind == "verdict":
        column = Client.latest_verdict
        condition = column.is_(None) if key == NOT_EVALUATED else column == key
        return _client_ids(session, condition)
    if kind == "stage":
        return _client_ids(session, Client.stage == key)
    if kind == "score":
        return _client_ids(session, score_band_condition(int(key)))
    if kind == "due":
        return _client_ids(session, due_condition(today))
    if kind == "band":
        kept = is_current(session, today)
        return band_client_ids(session, today, BAND_KEYS.index(key), kept=kept)
    if kind in ("abc", "top"):
        ranked = ranked_cents(session, revenue_source(session, today))
        if kind == "top":  # the ``key`` largest clients: a point of the curve
            return [c for c, _cents in ranked[: int(key)]]
        book, before, chosen = sum(c for _i, c in ranked), 0, []
        for client_id, cents in ranked:
            if abc_class(before, book) == key:
                chosen.append(client_id)
            before += cents
        return chosen
    if kind == "letters":
        since = datetime.combine(today - timedelta(days=LETTER_DAYS), time(), tzinfo=UTC)
        statement = select(Letter.client_id).where(Letter.kind == key, Letter.created_at >= since)
        return list(session.scalars(statement.distinct()))
    if kind == "flags":
        return list(new_flag_invoices(session, today, limit_days))
    raise ValueError(f"unknown selection {kind!r}")


def _client_ids(session: Session, condition) -> list[int]:
    return list(session.scalars(select(Client.id).where(condition)))

"""Triage: the ledger metrics over the whole book, to know whom to evaluate first.

Only what the ledger can tell is used: red flags and the verdict the ledger alone would point
to (owner judgement questions left as "don't know"). Nothing is stored; the owner's own
evaluation is what counts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from models import Client, Stage, Verdict
from services.business_profile import get_profile
from services.criteria import load_catalogue
from services.metrics import book_metrics
from services.scoring import LedgerVerdicts, Reason

Sessions = sessionmaker[Session]


@dataclass(frozen=True)
class FlaggedClient:
    client_id: int
    name: str
    flags: tuple[Reason, ...]


@dataclass(frozen=True)
class TriageResult:
    flagged: tuple[FlaggedClient, ...]  # clients with red flags, most flags first, then by name
    suggested: dict[str, int]  # how many clients the ledger alone points to each verdict
    clients: int


def triage(
    sessions: Sessions, today: date, progress: Callable[[int, int], bool] | None = None
) -> TriageResult:
    """Raises services.metrics.Cancelled when ``progress`` returns False."""
    profile = get_profile(sessions)
    catalogue = load_catalogue()
    metrics = book_metrics(sessions, today, progress=progress)
    with sessions() as session:
        clients = session.execute(
            select(Client.id, Client.name, Client.stage, Client.strategic).order_by(
                Client.sort_name
            )
        ).all()
    verdict_for = LedgerVerdicts(
        {stage.value: catalogue.for_stage(stage.value) for stage in Stage}, profile
    )
    flagged: list[FlaggedClient] = []
    suggested: Counter[str] = Counter()
    for client_id, name, stage, strategic in clients:
        verdict, flags = verdict_for(stage, strategic, metrics.get(client_id))
        suggested[verdict.value] += 1
        ledger_flags = tuple(f for f in flags if f.code != "flag_owner_no")
        if ledger_flags:
            flagged.append(FlaggedClient(client_id, name, ledger_flags))
    flagged.sort(key=lambda f: -len(f.flags))  # stable: equal counts stay in name order
    counts = {v.value: suggested.get(v.value, 0) for v in Verdict}
    return TriageResult(tuple(flagged), counts, len(clients))

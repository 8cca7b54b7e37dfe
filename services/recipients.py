"""Who a campaign writes to, and what the owner should know about each before printing.

Each recipient comes with the verdict and the fact that decided it (the first reason of the
latest evaluation), what the ledger says against them, and whether this letter holds them back
(services.letter_guard): those start unticked in the campaign dialog, and the owner may tick
them knowingly.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Client, Evaluation, Stage, Verdict
from services.business_profile import get_profile
from services.letter_guard import Concern, all_concerns, held_back
from services.progress import Sessions
from services.scoring import Reason

_BATCH = 500


@dataclass(frozen=True)
class Recipient:
    client_id: int
    name: str
    stage: Stage
    verdict: Verdict | None
    score: Decimal | None
    because: Reason | None  # the first reason of the latest evaluation, if any
    # Everything the ledger and the stage say against writing to them, whatever the letter.
    concerns: tuple[Concern, ...]
    held_back: bool  # this letter would contradict them: left out unless the owner ticks them
    strategic: bool
    has_address: bool


def _has_address(client: Client) -> bool:
    # As the campaign decides (services.campaigns): a letter with only a name on it is skipped.
    lines = (client.contact_person, client.address, client.postal_code, client.city, client.country)
    return any(line.strip() for line in lines)


def _first_reasons(session: Session, ids: Sequence[int]) -> dict[int, Reason]:
    rows = session.execute(
        select(Evaluation.client_id, Evaluation.reasons_json)
        .where(Evaluation.client_id.in_(ids))
        .order_by(Evaluation.client_id, Evaluation.evaluated_at, Evaluation.id)
    )
    latest = dict(rows.all())  # the last row of each client wins
    found: dict[int, Reason] = {}
    for client_id, text in latest.items():
        reasons = json.loads(text or "[]")
        if reasons:
            found[client_id] = Reason.from_json(reasons[0])
    return found


def campaign_recipients(
    sessions: Sessions, client_ids: Sequence[int], kind: str, today: date
) -> list[Recipient]:
    """The clients of a campaign in ``client_ids``' order, each with what to know."""
    ids = list(dict.fromkeys(client_ids))
    profile = get_profile(sessions)
    concerns = all_concerns(sessions, ids, today, profile)
    held = held_back(kind, concerns)
    rows: dict[int, Client] = {}
    because: dict[int, Reason] = {}
    with sessions() as session:
        for start in range(0, len(ids), _BATCH):
            batch = ids[start : start + _BATCH]
            rows.update(
                (c.id, c) for c in session.scalars(select(Client).where(Client.id.in_(batch)))
            )
            because.update(_first_reasons(session, batch))
        recipients = []
        for client_id in ids:
            client = rows.get(client_id)
            if client is None:
                continue
            recipients.append(
                Recipient(
                    client_id=client_id,
                    name=client.name,
                    stage=client.stage,
                    verdict=client.latest_verdict,
                    score=client.latest_score,
                    because=because.get(client_id),
                    concerns=concerns.get(client_id, ()),
                    held_back=client_id in held,
                    strategic=client.strategic,
                    has_address=_has_address(client),
                )
            )
    return recipients

"""No letter contradicts the ledger: who is held back from a letter, and why.

A thank-you (loyalty) or welcome letter says, in effect, "you are the client we want". A client
whose current ledger shows late payment, an overdue balance past the tolerated delay, or
returns over the business's maximum is held back from such a letter, with the facts, until the
owner includes them knowingly, and so is a client already let go (stage Former) or whose
latest evaluation recommends letting them go: thanking them would contradict the owner's own
verdict. A termination letter is not sent again to a client already let
go (stage Former) unless the owner asks for it.

The figures are those of services.metrics (the evaluation reads the same), as of ``today``:

- late payer: the average days from invoice to payment is over the agreed term plus the
  tolerated delay;
- overdue: invoices whose due date passed more than the tolerated delay ago still have an open
  balance, once the payments received on account are set against it (as the ledger does);
- high returns: the return rate of the last 12 months (by units, or by value when nothing was
  counted in units) is over the maximum.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Date, and_, case, func, literal, select
from sqlalchemy.orm import Session

from models import Client, LetterKind, Payment, Sale, Stage, Verdict
from services.business_profile import ProfileData, get_profile
from services.ledger import HALF_CENT, ZERO
from services.metrics import days_between, figures_of
from services.progress import Sessions

# Letters that praise or welcome: the ledger must not say otherwise.
GUARDED_KINDS = frozenset({LetterKind.LOYALTY.value, LetterKind.WELCOME.value})
LATE_PAYER, OVERDUE, HIGH_RETURNS, ALREADY_LET_GO, LET_GO_ADVISED = (
    "late_payer",
    "overdue",
    "high_returns",
    "already_let_go",
    "let_go_advised",
)
_BATCH = 500  # client ids per IN (...) list: well under every database's parameter limit


@dataclass(frozen=True)
class Concern:
    """One fact that contradicts a letter. ``params`` hold its figures and the threshold."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)


def _batches(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    return (ids[i : i + _BATCH] for i in range(0, len(ids), _BATCH))


@dataclass(frozen=True)
class _Overdue:
    amount: Decimal
    invoices: int
    oldest_days: int  # days since the oldest of those invoices fell due


def _overdue_past_tolerance(
    session: Session, ids: Sequence[int], today: date, tolerated_days: int
) -> dict[int, _Overdue]:
    """Open balances of invoices due more than ``tolerated_days`` ago, before payments on
    account are set against them."""
    cutoff = today - timedelta(days=tolerated_days)
    open_balance = Sale.amount - Sale.paid
    late = and_(Sale.due_date < cutoff, open_balance > HALF_CENT)
    statement = (
        select(
            Sale.client_id,
            func.coalesce(func.sum(case((late, open_balance), else_=0)), 0),
            func.count(case((late, Sale.id))),
            func.max(case((late, days_between(literal(today, Date()), Sale.due_date)))),
        )
        .where(Sale.client_id.in_(ids))
        .group_by(Sale.client_id)
    )
    return {
        client_id: _Overdue(Decimal(str(amount)).quantize(ZERO), count, days or 0)
        for client_id, amount, count, days in session.execute(statement)
        if count
    }


def _on_account(session: Session, ids: Sequence[int]) -> dict[int, Decimal]:
    statement = (
        select(Payment.client_id, func.sum(Payment.amount))
        .where(Payment.client_id.in_(ids), Payment.sale_id.is_(None))
        .group_by(Payment.client_id)
    )
    return {c: Decimal(str(total)).quantize(ZERO) for c, total in session.execute(statement)}


def ledger_concerns(
    sessions: Sessions,
    client_ids: Sequence[int],
    today: date,
    profile: ProfileData | None = None,
) -> dict[int, tuple[Concern, ...]]:
    """What each client's current ledger says against a loyalty or welcome letter; clients
    with nothing against them are left out."""
    profile = profile or get_profile(sessions)
    ids = list(dict.fromkeys(client_ids))
    figures = figures_of(sessions, today, ids)
    overdue: dict[int, _Overdue] = {}
    on_account: dict[int, Decimal] = {}
    with sessions() as session:
        for batch in _batches(ids):
            overdue.update(
                _overdue_past_tolerance(session, batch, today, profile.tolerated_delay_days)
            )
            on_account.update(_on_account(session, batch))
    term, tolerated = profile.payment_term_days, profile.tolerated_delay_days
    maximum = float(profile.max_return_rate_percent)
    found: dict[int, tuple[Concern, ...]] = {}
    for client_id in ids:
        f = figures.get(client_id, {})
        concerns: list[Concern] = []
        average = f.get("avg_days_to_pay")
        if average is not None and round(average) > term + tolerated:
            concerns.append(
                Concern(
                    LATE_PAYER, {"average": round(average), "term": term, "tolerated": tolerated}
                )
            )
        late = overdue.get(client_id)
        if late is not None:
            # As the ledger's overdue figure: payments on account count against it, and it is
            # never more than what is owed in all.
            net = late.amount - on_account.get(client_id, ZERO)
            amount = min(f.get("overdue_amount", ZERO), max(ZERO, net))
            if amount > 0:
                concerns.append(
                    Concern(
                        OVERDUE,
                        {
                            "amount": str(amount),
                            "invoices": late.invoices,
                            "oldest_days": late.oldest_days,
                            "tolerated": tolerated,
                        },
                    )
                )
        rates = [
            r for r in (f.get("return_rate_units"), f.get("return_rate_value")) if r is not None
        ]
        if rates and round(max(rates) * 100, 1) > maximum:
            concerns.append(
                Concern(HIGH_RETURNS, {"rate": round(max(rates) * 100, 1), "max": maximum})
            )
        if concerns:
            found[client_id] = tuple(concerns)
    return found


def standing_concerns(sessions: Sessions, client_ids: Sequence[int]) -> dict[int, Concern]:
    """What the client's standing says against a thank-you or a welcome: already let go
    (stage Former), or the latest evaluation recommends letting them go."""
    found: dict[int, Concern] = {}
    with sessions() as session:
        for batch in _batches(list(client_ids)):
            rows = session.execute(
                select(Client.id, Client.stage).where(
                    Client.id.in_(batch),
                    (Client.stage == Stage.FORMER) | (Client.latest_verdict == Verdict.LET_GO),
                )
            )
            for client_id, stage in rows:
                code = ALREADY_LET_GO if stage == Stage.FORMER else LET_GO_ADVISED
                found[client_id] = Concern(code)
    return found


def all_concerns(
    sessions: Sessions,
    client_ids: Sequence[int],
    today: date,
    profile: ProfileData | None = None,
) -> dict[int, tuple[Concern, ...]]:
    """Everything the standing and the ledger say about each client, the standing first;
    clients with nothing to say are left out."""
    found = dict(ledger_concerns(sessions, client_ids, today, profile))
    for client_id, concern in standing_concerns(sessions, client_ids).items():
        found[client_id] = (concern, *found.get(client_id, ()))
    return found


def held_back(
    kind: str, concerns: dict[int, tuple[Concern, ...]]
) -> dict[int, tuple[Concern, ...]]:
    """Of ``all_concerns``, the clients they hold back from a ``kind`` letter, each with why.

    Loyalty and welcome letters: any concern. Termination: clients already let go (their
    standing, always first). Other letters hold no one back.
    """
    if kind in GUARDED_KINDS:
        return concerns
    if kind == LetterKind.TERMINATION:
        return {c: (said[0],) for c, said in concerns.items() if said[0].code == ALREADY_LET_GO}
    return {}


def contradictions(
    sessions: Sessions, client_ids: Sequence[int], kind: str, today: date
) -> dict[int, tuple[Concern, ...]]:
    """The clients held back from a ``kind`` letter, each with why (see ``held_back``)."""
    if kind in GUARDED_KINDS:
        concerns = all_concerns(sessions, client_ids, today)
    elif kind == LetterKind.TERMINATION:  # the standing alone tells: the ledger is not read
        standing = standing_concerns(sessions, client_ids)
        concerns = {c: (s,) for c, s in standing.items()}
    else:
        return {}
    return held_back(kind, concerns)

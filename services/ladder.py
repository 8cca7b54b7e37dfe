"""The ladders: what the ledger's payment, return and volume figures call for, step by step.

From "Dejar ir a Cliente" and design section 4, with the owner's thresholds (business profile):

- Payment: paid within the agreed term plus the tolerated delay is fine; beyond it the client
  is a late payer, who gets boundaries (a reminder of the terms, with the facts). At or past
  the hard limit (160 days by default) it is a red flag: on average (with enough invoices to
  call it a habit), or with any invoice still unpaid that long, whatever the average or the
  number of invoices.
- Returns: over the maximum rate gets boundaries; far over it (FAR_OVER times the maximum or
  more) and repeated (REPEATED returns or more in 12 months) is a red flag.
- Volume: below a yearly minimum is watched; below it in the 12 months before as well (the
  client bought then, and too little) it persists, and is a red flag.

Days are whole days from the invoice date, as the owner reads them: "160 days" is at the
limit (a red flag), "term + tolerated delay" exactly is still fine. Payments on account (not
linked to an invoice) settle the oldest overdue invoices first (services.metrics).

A red flag recommends letting go; services.scoring turns that into boundaries first for a
strategic or class-A client. Each step is a plain function of the figures and the profile.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from services.business_profile import ProfileData
from services.metrics import LedgerFacts
from services.reason import Reason

FINE, WATCH, BOUNDARIES, LET_GO = "fine", "watch", "boundaries", "let_go"
FAR_OVER = 2  # returns at twice the owner's maximum or more are "far over" it
REPEATED = 2  # returns in 12 months that make a habit of it


@dataclass(frozen=True)
class Step:
    """Where a client stands on one ladder, and the fact (value and threshold) that put it there."""

    level: str  # FINE, WATCH, BOUNDARIES or LET_GO
    reason: Reason | None = None  # None when fine


_FINE = Step(FINE)


def payment_step(m: LedgerFacts, p: ProfileData) -> Step:
    allowed = p.payment_term_days + p.tolerated_delay_days
    limit = p.hard_limit_days
    oldest = m.oldest_unpaid_days
    average = None if m.avg_days_to_pay is None else round(m.avg_days_to_pay)
    if average is not None and average >= limit and m.enough_data:
        facts = {"average": average, "limit": limit}
        if oldest is not None and oldest >= limit:
            facts["unpaid"] = oldest
        return Step(LET_GO, Reason("flag_late_payer", facts, "pays_on_time"))
    if oldest is not None and oldest >= limit:
        # Whatever the average, and however few the invoices: what the articles call a client
        # who pays at 160 days or more.
        facts = {"days": oldest, "limit": limit}
        return Step(LET_GO, Reason("flag_unpaid_past_limit", facts, "pays_on_time"))
    if average is not None and average > allowed:
        # With one or two invoices, even a very late one is a fact worth a reminder, not a habit.
        facts = {
            "average": average,
            "term": p.payment_term_days,
            "allowed": allowed,
            "limit": limit,
        }
        return Step(BOUNDARIES, Reason("late_payer", facts, "pays_on_time"))
    if oldest is not None and oldest > allowed:
        facts = {"days": oldest, "allowed": allowed, "limit": limit}
        return Step(BOUNDARIES, Reason("overdue_past_tolerance", facts, "pays_on_time"))
    return _FINE


def return_rate_percent(m: LedgerFacts) -> float | None:
    """The larger of the unit and value rates, in percent (services sold without units: by
    value); None when nothing was bought."""
    rates = [r for r in (m.return_rate_units, m.return_rate_value) if r is not None]
    return round(max(rates) * 100, 1) if rates else None


def returns_step(m: LedgerFacts, p: ProfileData) -> Step:
    rate = return_rate_percent(m)
    maximum = float(p.max_return_rate_percent)
    if rate is None or rate <= maximum:
        return _FINE
    far = FAR_OVER * maximum
    facts = {"rate": rate, "max": maximum, "far": far, "returns": m.returns_12m}
    if rate >= far and m.returns_12m >= REPEATED:
        return Step(LET_GO, Reason("flag_returns", facts, "few_returns"))
    return Step(BOUNDARIES, Reason("returns_over_max", facts, "few_returns"))


def _below_minimum(units: Decimal, revenue: Decimal, p: ProfileData) -> bool:
    return (p.min_units_per_year > 0 and units < p.min_units_per_year) or (
        p.min_revenue_per_year > 0 and revenue < p.min_revenue_per_year
    )


def volume_step(m: LedgerFacts, p: ProfileData) -> Step:
    if not _below_minimum(m.units_12m, m.revenue_12m, p):
        return _FINE
    facts = {
        "units": str(m.units_12m.normalize() if m.units_12m else 0),
        "revenue": str(m.revenue_12m),
        "min_units": str(p.min_units_per_year.normalize() if p.min_units_per_year else 0),
        "min_revenue": str(p.min_revenue_per_year),
    }
    bought_before = m.units_prev_12m > 0 or m.revenue_prev_12m > 0
    if bought_before and _below_minimum(m.units_prev_12m, m.revenue_prev_12m, p):
        facts |= {
            "prev_units": str(m.units_prev_12m.normalize()),
            "prev_revenue": str(m.revenue_prev_12m),
        }
        return Step(LET_GO, Reason("flag_low_volume", facts, "buys_enough"))
    return Step(WATCH, Reason("low_volume", facts, "buys_enough"))


class Ladder(NamedTuple):
    payment: Step
    returns: Step
    volume: Step


# The last client's steps: a triage asks for them several times per client (its answers, its
# red flags), client after client. A reference to the figures is kept, so "is" is reliable;
# a local copy of the tuple is read, so another thread's call changes nothing here.
_last: tuple[LedgerFacts, ProfileData, Ladder] | None = None


def ladder(m: LedgerFacts, p: ProfileData) -> Ladder:
    """The three steps of one client."""
    global _last
    last = _last
    if last is not None and last[0] is m and last[1] is p:
        return last[2]
    steps = Ladder(payment_step(m, p), returns_step(m, p), volume_step(m, p))
    _last = (m, p, steps)
    return steps


def ledger_steps(m: LedgerFacts | None, p: ProfileData) -> tuple[Step, ...]:
    """The steps off "fine" of the three ladders, payment first."""
    if m is None:
        return ()
    return tuple(step for step in ladder(m, p) if step.level != FINE)

"""From answers and ledger facts to a score, red flags and a recommended verdict.

Pure functions: no database, no clock, no Qt. Every verdict comes with the reasons that drove
it; a reason is a code with the facts that fill its sentence (ui/reasons.py words it in the
user's language), so history can be re-read in either language.

The verdict rules follow design section 4 and the two articles:
- a prospect who matches the ideal client is worth acquiring;
- a lost client who was good, and whose reason for leaving we have fixed, is worth recovering;
- a valuable client who demands beyond the agreed terms gets boundaries, not a goodbye;
- red flags (paying at or past the hard limit, chronic returns, buying too little) or several
  "no" on the owner's judgement questions mean letting go, unless the client is strategic;
- a good score with no red flag means retaining, with a loyalty letter;
- anything borderline, or judged on too little, is watched and reviewed sooner.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from models import Stage, Verdict
from services.business_profile import ProfileData
from services.criteria import Criterion
from services.metrics import ClientMetrics, LedgerFacts

YES, PARTLY, NO, UNKNOWN = "yes", "partly", "no", "unknown"
_POINTS = {YES: 1.0, PARTLY: 0.5, NO: 0.0}

# Score bands (0-100) for clients with no red flag and no abuse.
RETAIN_FROM = 70
LET_GO_BELOW = 40
# Below this share of the checklist's weight answered, the picture is too thin to act on.
MIN_CONFIDENCE = 0.5

CORE = ("pays_on_time", "few_returns", "buys_enough")  # criteria 1-3: what the ledger shows
JUDGEMENT = ("values_our_work", "reasonable_to_deal_with", "good_for_business")  # 4-6


@dataclass(frozen=True)
class Reason:
    """One fact behind a suggestion or a verdict. ``params`` fill the sentence."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)
    criterion: str | None = None

    def to_json(self) -> dict[str, object]:
        return {"code": self.code, "params": dict(self.params), "criterion": self.criterion}

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Reason:
        return cls(str(data["code"]), dict(data.get("params") or {}), data.get("criterion"))


@dataclass(frozen=True)
class Suggestion:
    """An answer the ledger suggests, with the evidence shown next to it."""

    value: str | None  # None: the ledger has evidence but the owner must judge
    evidence: Reason


@dataclass(frozen=True)
class Recommendation:
    verdict: Verdict
    score: Decimal | None
    confidence: Decimal
    reasons: tuple[Reason, ...]
    red_flags: tuple[Reason, ...]


# -- suggestions from the ledger ------------------------------------------------------------


def _pct(value: float) -> float:
    return round(value * 100, 1)


def suggest(
    criterion: Criterion, metrics: ClientMetrics | None, profile: ProfileData
) -> Suggestion | None:
    """What the ledger says about a criterion, if it says anything."""
    if criterion.metric is None or metrics is None:
        return None
    if _too_little_data(criterion, metrics):
        return Suggestion(None, Reason("too_little_data", {}, criterion.id))
    return _SUGGESTERS[criterion.metric](criterion.id, metrics, profile)


def ledger_answers(
    criteria: Sequence[Criterion], metrics: LedgerFacts | None, profile: ProfileData
) -> dict[str, str]:
    """The answers the ledger alone gives, where it gives one: what triage goes by, and what
    an owner who accepts every suggestion would answer. The same answers suggest() gives,
    without writing out the evidence (triage asks this of every client in the book)."""
    answers = {}
    if metrics is None:
        return answers
    for criterion in criteria:
        if criterion.metric is None or _too_little_data(criterion, metrics):
            continue  # the owner's judgement alone, or too little to go on
        value = _ANSWERS[criterion.metric](metrics, profile)
        if value is not None:
            answers[criterion.id] = value
    return answers


def _too_little_data(criterion: Criterion, metrics: LedgerFacts) -> bool:
    # Volume is the one fact a short ledger still tells: it is what was bought.
    return not metrics.enough_data and criterion.metric != "volume"


# Each ledger figure has an answer (None: the owner must judge) and a suggester that gives
# that answer with its evidence.


def _payment_delay_answer(m: LedgerFacts, p: ProfileData) -> str | None:
    if m.avg_days_to_pay is None:
        return None
    average = round(m.avg_days_to_pay)
    if average <= p.payment_term_days + p.tolerated_delay_days:
        return YES
    return PARTLY if average < p.hard_limit_days else NO


def _payment_delay(cid: str, m: ClientMetrics, p: ProfileData) -> Suggestion:
    if m.avg_days_to_pay is None:
        return Suggestion(None, Reason("no_invoices_to_judge", {}, cid))
    facts = {
        "average": round(m.avg_days_to_pay),
        "worst": m.worst_days_to_pay,
        "term": p.payment_term_days,
        "limit": p.hard_limit_days,
        # A boundaries letter states it (services.letter_phrases); money kept exact, as text.
        "overdue": str(m.overdue_amount),
    }
    return Suggestion(_payment_delay_answer(m, p), Reason("payment_delay", facts, cid))


def _return_rate_percent(m: LedgerFacts) -> float | None:
    rates = [r for r in (m.return_rate_units, m.return_rate_value) if r is not None]
    return _pct(max(rates)) if rates else None  # services sold without units: by value


def _return_rate_answer(m: LedgerFacts, p: ProfileData) -> str | None:
    rate = _return_rate_percent(m)
    if rate is None:
        return None
    maximum = float(p.max_return_rate_percent)
    return YES if rate <= maximum / 2 else PARTLY if rate <= maximum else NO


def _return_rate(cid: str, m: ClientMetrics, p: ProfileData) -> Suggestion:
    rate = _return_rate_percent(m)
    if rate is None:
        return Suggestion(None, Reason("nothing_bought_12m", {}, cid))
    facts = {
        "rate": rate,
        "max": float(p.max_return_rate_percent),
        "units": str(m.returned_units_12m),
    }
    return Suggestion(_return_rate_answer(m, p), Reason("return_rate", facts, cid))


def _volume_answer(m: LedgerFacts, p: ProfileData) -> str | None:
    ratios = [
        float(actual / minimum)
        for actual, minimum in (
            (m.units_12m, p.min_units_per_year),
            (m.revenue_12m, p.min_revenue_per_year),
        )
        if minimum > 0
    ]
    if not ratios:  # the owner set no minimums: show the figures, let them judge
        return None
    worst = min(ratios)
    return YES if worst >= 1 else PARTLY if worst >= 0.5 else NO


def _volume(cid: str, m: ClientMetrics, p: ProfileData) -> Suggestion:
    facts = {
        "units": str(m.units_12m.normalize() if m.units_12m else 0),
        "revenue": str(m.revenue_12m),
        "min_units": str(p.min_units_per_year.normalize() if p.min_units_per_year else 0),
        "min_revenue": str(p.min_revenue_per_year),
    }
    value = _volume_answer(m, p)
    return Suggestion(value, Reason("volume" if value else "volume_no_minimum", facts, cid))


def _trend_answer(m: LedgerFacts, p: ProfileData) -> str | None:
    if m.trend is None:
        return None
    return YES if m.trend >= 0.1 else PARTLY if m.trend >= -0.1 else NO


def _trend(cid: str, m: ClientMetrics, p: ProfileData) -> Suggestion:
    facts: dict[str, object] = {"last": str(m.revenue_last_6m), "previous": str(m.revenue_prev_6m)}
    if m.trend is None:
        return Suggestion(None, Reason("trend_unknown", facts, cid))
    facts["change"] = _pct(m.trend)
    return Suggestion(_trend_answer(m, p), Reason("trend", facts, cid))


def _recency_answer(m: LedgerFacts, p: ProfileData) -> str | None:
    days = m.days_since_last_purchase
    if days is None:
        return None
    return YES if days <= 60 else PARTLY if days <= 180 else NO


def _recency(cid: str, m: ClientMetrics, p: ProfileData) -> Suggestion:
    if m.days_since_last_purchase is None:
        return Suggestion(None, Reason("never_bought", {}, cid))
    facts = {"days": m.days_since_last_purchase}
    return Suggestion(_recency_answer(m, p), Reason("recency", facts, cid))


def _revenue_share_answer(m: LedgerFacts, p: ProfileData) -> str | None:
    # An A client matters to the business; B and C need the owner's judgement of the effort.
    return YES if m.abc_class == "A" and m.revenue_share is not None else None


def _revenue_share(cid: str, m: ClientMetrics, p: ProfileData) -> Suggestion | None:
    if m.abc_class is None or m.revenue_share is None:
        return None
    facts = {"share": _pct(m.revenue_share), "abc": m.abc_class}
    return Suggestion(_revenue_share_answer(m, p), Reason("revenue_share", facts, cid))


_ANSWERS = {
    "payment_delay": _payment_delay_answer,
    "return_rate": _return_rate_answer,
    "volume": _volume_answer,
    "trend": _trend_answer,
    "recency": _recency_answer,
    "revenue_share": _revenue_share_answer,
}
_SUGGESTERS = {
    "payment_delay": _payment_delay,
    "return_rate": _return_rate,
    "volume": _volume,
    "trend": _trend,
    "recency": _recency,
    "revenue_share": _revenue_share,
}


# -- red flags ------------------------------------------------------------------------------


def red_flags(metrics: LedgerFacts | None, profile: ProfileData) -> tuple[Reason, ...]:
    """The facts that on their own say "not a client we want" (dejar ir a cliente)."""
    if metrics is None or not metrics.enough_data:
        return ()
    flags = []
    # Compared in whole days, as the owner reads it: "160 days" is at the limit.
    average = None if metrics.avg_days_to_pay is None else round(metrics.avg_days_to_pay)
    if average is not None and average >= profile.hard_limit_days:
        flags.append(
            Reason(
                "flag_late_payer",
                {"average": average, "limit": profile.hard_limit_days},
                "pays_on_time",
            )
        )
    rate = max(metrics.return_rate_units or 0.0, metrics.return_rate_value or 0.0)
    if rate * 100 > float(profile.max_return_rate_percent):
        flags.append(
            Reason(
                "flag_returns",
                {"rate": _pct(rate), "max": float(profile.max_return_rate_percent)},
                "few_returns",
            )
        )
    too_few_units = (
        profile.min_units_per_year > 0 and metrics.units_12m < profile.min_units_per_year
    )
    too_little_revenue = (
        profile.min_revenue_per_year > 0 and metrics.revenue_12m < profile.min_revenue_per_year
    )
    if too_few_units or too_little_revenue:
        flags.append(
            Reason(
                "flag_low_volume",
                {
                    "units": str(metrics.units_12m),
                    "revenue": str(metrics.revenue_12m),
                    "min_units": str(profile.min_units_per_year),
                    "min_revenue": str(profile.min_revenue_per_year),
                },
                "buys_enough",
            )
        )
    return tuple(flags)


# -- score ----------------------------------------------------------------------------------


def _points(criterion: Criterion, answer: str) -> float | None:
    if answer not in _POINTS:
        return None
    points = _POINTS[answer]
    return points if criterion.good_answer == YES else 1.0 - points


def score(
    criteria: Sequence[Criterion], answers: Mapping[str, str]
) -> tuple[Decimal | None, Decimal]:
    """Weighted score 0-100 over the answered criteria, and the share of weight answered.

    "Don't know" is left out of the score and lowers the confidence instead.
    """
    scored = [c for c in criteria if c.is_scored]
    total = sum(c.weight for c in scored)
    earned = answered = 0.0
    for criterion in scored:
        points = _points(criterion, answers.get(criterion.id, UNKNOWN))
        if points is not None:
            earned += points * criterion.weight
            answered += criterion.weight
    confidence = Decimal(str(round(answered / total, 3))) if total else Decimal(0)
    if not answered:
        return None, confidence
    return Decimal(str(round(100 * earned / answered, 1))), confidence


# -- verdict --------------------------------------------------------------------------------


def recommend(
    *,
    stage: str,
    strategic: bool,
    criteria: Sequence[Criterion],
    answers: Mapping[str, str],
    metrics: LedgerFacts | None,
    profile: ProfileData,
) -> Recommendation:
    total, confidence = score(criteria, answers)
    flags = _flags(stage, answers, metrics, profile)
    verdict, reasons = _rules(
        stage, strategic, criteria, answers, total, confidence, flags, _thin(metrics)
    )
    return Recommendation(verdict, total, confidence, tuple(reasons), flags)


def _flags(
    stage: str, answers: Mapping[str, str], metrics: LedgerFacts | None, profile: ProfileData
) -> tuple[Reason, ...]:
    if stage not in (Stage.ACTIVE, Stage.FORMER):
        return ()
    flags = red_flags(metrics, profile)
    # The first three questions are the red-flag questions: an owner's plain "no" to one
    # of them (say, buys too little by their own measure) weighs like the ledger's fact.
    flagged = {flag.criterion for flag in flags}
    return flags + tuple(
        Reason("flag_owner_no", {}, c) for c in CORE if answers.get(c) == NO and c not in flagged
    )


def _thin(metrics: LedgerFacts | None) -> bool:
    return metrics is not None and not metrics.enough_data


class LedgerVerdicts:
    """What the ledger alone points to for client after client: triage of a whole book.

    Gives recommend()'s verdict and red flags for the ledger's answers. The rules read the
    ledger figures only through the answers, whether there is any red flag and whether the
    ledger is thin, so the verdict is computed once per distinct combination of those: a book
    of 100,000 clients has a few hundred, and the rules are the slow part of a triage.
    """

    def __init__(self, criteria_by_stage: Mapping[str, Sequence[Criterion]], profile: ProfileData):
        self._criteria = criteria_by_stage
        self._profile = profile
        self._verdicts: dict[tuple[object, ...], Verdict] = {}

    def __call__(
        self, stage: str, strategic: bool, metrics: LedgerFacts | None
    ) -> tuple[Verdict, tuple[Reason, ...]]:
        criteria, profile = self._criteria[stage], self._profile
        answers = ledger_answers(criteria, metrics, profile)
        flags = _flags(stage, answers, metrics, profile)
        key = (stage, strategic, frozenset(answers.items()), bool(flags), _thin(metrics))
        verdict = self._verdicts.get(key)
        if verdict is None:
            verdict = self._verdicts[key] = recommend(
                stage=stage,
                strategic=strategic,
                criteria=criteria,
                answers=answers,
                metrics=metrics,
                profile=profile,
            ).verdict
        return verdict, flags


def _rules(stage, strategic, criteria, answers, total, confidence, flags, thin_ledger):
    def said(criterion_id: str, *values: str) -> bool:
        return answers.get(criterion_id, UNKNOWN) in values

    def answered(criterion_id: str) -> Reason:
        return Reason("answer", {"answer": answers.get(criterion_id, UNKNOWN)}, criterion_id)

    score_reason = Reason("score", {"score": float(total) if total is not None else None})
    abusive = said("demands_beyond_terms", YES, PARTLY) and not said(
        "accepts_terms_when_explained", YES
    )
    abuse_reasons = [answered("demands_beyond_terms"), answered("accepts_terms_when_explained")]

    if stage == Stage.PROSPECT:
        if abusive:
            return Verdict.WATCH, [*abuse_reasons, Reason("prospect_demanding")]
        if said("matches_ideal_profile", YES) and total is not None and total >= 60:
            return Verdict.ACQUIRE, [answered("matches_ideal_profile"), score_reason]
        if said("matches_ideal_profile", NO):
            return Verdict.WATCH, [answered("matches_ideal_profile"), Reason("prospect_not_ideal")]
        return Verdict.WATCH, [Reason("prospect_unclear"), score_reason]

    if stage == Stage.LOST:
        if said("was_good_client", YES, PARTLY) and said("cause_fixed", YES):
            return Verdict.RECOVER, [answered("was_good_client"), answered("cause_fixed")]
        if said("was_good_client", YES, PARTLY):
            return Verdict.WATCH, [answered("cause_fixed"), Reason("fix_cause_first")]
        return Verdict.WATCH, [answered("was_good_client"), Reason("not_worth_recovering")]

    # Active clients, and former ones being looked at again.
    noes = [c for c in JUDGEMENT if said(c, NO)]
    core = [c for c in criteria if c.id in CORE]
    core_score, _ = score(core, answers)
    valuable = core_score is not None and core_score >= 60 and not flags
    if flags or len(noes) >= 2:
        reasons = [*flags, *(answered(c) for c in noes)]
        if strategic:
            kept = Verdict.SET_BOUNDARIES if (abusive or flags) else Verdict.WATCH
            return kept, [*reasons, Reason("strategic_kept")]
        return Verdict.LET_GO, reasons
    if abusive:
        if valuable or strategic:
            extra = [Reason("strategic_kept")] if strategic and not valuable else []
            return Verdict.SET_BOUNDARIES, [
                *abuse_reasons,
                Reason("valuable", {"score": float(core_score or 0)}),
                *extra,
            ]
        return Verdict.LET_GO, [*abuse_reasons, Reason("not_valuable_enough")]
    if confidence < Decimal(str(MIN_CONFIDENCE)):
        return Verdict.WATCH, [Reason("too_little_known", {"confidence": float(confidence)})]
    if thin_ledger:  # a new client's first invoices say little yet; look again soon
        return Verdict.WATCH, [Reason("too_little_data"), score_reason]
    if total is not None and total >= RETAIN_FROM:
        if said("relationship_growing", NO):
            # Good, but buying less and less: find out why before they become a lost client.
            return Verdict.WATCH, [
                score_reason,
                answered("relationship_growing"),
                Reason("declining"),
            ]
        return Verdict.RETAIN, [score_reason, Reason("no_red_flags")]
    if total is not None and total < LET_GO_BELOW:
        if strategic:
            return Verdict.WATCH, [score_reason, Reason("strategic_kept")]
        return Verdict.LET_GO, [score_reason]
    return Verdict.WATCH, [score_reason, Reason("borderline")]


def next_review(verdict: Verdict, today: date, interval_days: int) -> date:
    """Watched clients come back sooner: a third of the usual interval, at least a month."""
    if verdict == Verdict.WATCH:
        return today + timedelta(days=max(30, interval_days // 3))
    return today + timedelta(days=interval_days)

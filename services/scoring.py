"""From answers and ledger facts to a score, red flags and a recommended verdict.

Pure functions: no database, no clock, no Qt. Every verdict comes with the reasons that drove
it; a reason is a code with the facts that fill its sentence (ui/reasons.py words it in the
user's language), so history can be re-read in either language.

The verdict rules follow design section 4 and the two articles:
- a prospect who matches the ideal client is worth acquiring;
- a lost client who was good, and whose reason for leaving we have fixed, is worth recovering;
- red flags (services.ladder: paying at or past the hard limit, on average or with any invoice
  unpaid that long; chronic returns; buying too little for two years) or several "no" on the
  owner's judgement questions mean letting go, unless the client is strategic or class A:
  then boundaries first, and letting go if nothing changes;
- a valuable client who demands beyond the agreed terms gets boundaries, not a goodbye;
- a late payer (beyond the term plus the tolerated delay) or one who sends back more than the
  maximum gets boundaries, whatever the score;
- a good score with no red flag means retaining, with a loyalty letter;
- anything borderline, buying below the minimum for the first time, or judged on too little,
  is watched and reviewed sooner.
Each verdict names the rule that decided it and what would change it (services.explanation).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from models import Stage, Verdict
from services.business_profile import ProfileData
from services.criteria import Criterion
from services.ladder import (
    BOUNDARIES,
    FINE,
    LET_GO,
    WATCH,
    ladder,
    ledger_steps,
    payment_step,
)
from services.ladder import return_rate_percent as _return_rate_percent
from services.metrics import ClientMetrics, LedgerFacts
from services.reason import Reason

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
class Suggestion:
    """An answer the ledger suggests, with the evidence shown next to it."""

    value: str | None  # None: the ledger has evidence but the owner must judge
    evidence: Reason


@dataclass(frozen=True)
class GroupScore:
    """The score of one group of questions (catalogue groups), as part of the whole."""

    group: str
    score: float | None  # None: nothing answered in the group
    weight: int  # of the group's scored questions


@dataclass(frozen=True)
class Recommendation:
    verdict: Verdict
    score: Decimal | None
    confidence: Decimal
    reasons: tuple[Reason, ...]
    red_flags: tuple[Reason, ...]
    rule: str = ""  # which rule decided (services.explanation words it)
    groups: tuple[GroupScore, ...] = ()
    changes: tuple[Reason, ...] = ()  # what would change the verdict


# -- suggestions from the ledger ------------------------------------------------------------


def _pct(value: float) -> float:
    return round(value * 100, 1)


def suggest(
    criterion: Criterion, metrics: ClientMetrics | None, profile: ProfileData
) -> Suggestion | None:
    """What the ledger says about a criterion, if it says anything."""
    if criterion.metric is None or metrics is None:
        return None
    if _too_little_data(criterion, metrics, profile):
        return Suggestion(None, Reason("too_little_data", {}, criterion.id))
    return _SUGGESTERS[criterion.metric](criterion.id, metrics, profile)


def ledger_answers(
    criteria: Sequence[Criterion], metrics: LedgerFacts | None, profile: ProfileData
) -> dict[str, str]:
    """The answers the ledger alone gives, where it gives one: what triage goes by, and what
    an owner who accepts every suggestion would answer. The same answers suggest() gives,
    without writing out the evidence (triage asks this of every client in the book)."""
    answers: dict[str, str] = {}
    if metrics is None:
        return answers
    enough = metrics.enough_data  # then no criterion has too little data: not asked
    for criterion in criteria:
        metric = criterion.metric
        if metric is None or (not enough and _too_little_data(criterion, metrics, profile)):
            continue  # the owner's judgement alone, or too little to go on
        value = _ANSWERS[metric](metrics, profile)
        if value is not None:
            answers[criterion.id] = value
    return answers


def _too_little_data(criterion: Criterion, metrics: LedgerFacts, profile: ProfileData) -> bool:
    # Volume is the one fact a short ledger still tells: it is what was bought. And a late
    # or unpaid invoice is a fact however few invoices there are.
    if metrics.enough_data or criterion.metric == "volume":
        return False
    return criterion.metric != "payment_delay" or ladder(metrics, profile).payment.level == FINE


# Each ledger figure has an answer (None: the owner must judge) and a suggester that gives
# that answer with its evidence.


def _payment_delay_answer(m: LedgerFacts, p: ProfileData) -> str | None:
    if m.avg_days_to_pay is None and m.oldest_unpaid_days is None:
        return None
    # The answer follows the payment ladder: fine, a late payer, or a red flag.
    return {BOUNDARIES: PARTLY, LET_GO: NO}.get(ladder(m, p).payment.level, YES)


def _payment_delay(cid: str, m: ClientMetrics, p: ProfileData) -> Suggestion:
    if m.avg_days_to_pay is None:
        step = payment_step(m, p)  # an unpaid invoice older than the 24 months looked at
        if step.reason is not None:
            return Suggestion(_payment_delay_answer(m, p), step.reason)
        return Suggestion(None, Reason("no_invoices_to_judge", {}, cid))
    facts = {
        "average": round(m.avg_days_to_pay),
        "worst": m.worst_days_to_pay,
        "term": p.payment_term_days,
        "limit": p.hard_limit_days,
        # A boundaries letter states it (services.letter_phrases); money kept exact, as text.
        "overdue": str(m.overdue_amount),
    }
    if m.oldest_unpaid_days is not None:
        facts["unpaid"] = m.oldest_unpaid_days
    return Suggestion(_payment_delay_answer(m, p), Reason("payment_delay", facts, cid))


def _return_rate_answer(m: LedgerFacts, p: ProfileData) -> str | None:
    rate = _return_rate_percent(m)
    if rate is None:
        return None
    maximum = float(p.max_return_rate_percent)
    # "No" only where the returns ladder reaches a red flag: the ledger's "no" on one of the
    # first three questions weighs like one (_ledger), so it must not come sooner.
    if ladder(m, p).returns.level == LET_GO:
        return NO
    return YES if rate <= maximum / 2 else PARTLY


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
    # Below the minimum is watched; "no" (a red flag) once it persists (services.ladder).
    if min(ratios) >= 1:
        return YES
    return NO if ladder(m, p).volume.level == LET_GO else PARTLY


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
    """The facts that on their own say "not a client we want" (dejar ir a cliente): the
    steps of services.ladder that reach "let go"."""
    return tuple(s.reason for s in ledger_steps(metrics, profile) if s.level == LET_GO)  # type: ignore[misc]


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
    ledger = _ledger(stage, answers, metrics, profile)
    verdict, rule, reasons, changes = _rules(
        stage,
        strategic,
        criteria,
        answers,
        total,
        confidence,
        ledger,
        _thin(metrics),
        _class_a(metrics),
        profile,
    )
    return Recommendation(
        verdict,
        total,
        confidence,
        tuple(reasons),
        ledger.flags,
        rule,
        group_scores(criteria, answers),
        tuple(changes),
    )


def group_scores(
    criteria: Sequence[Criterion], answers: Mapping[str, str]
) -> tuple[GroupScore, ...]:
    """The score of each group of questions, in the order they were asked."""
    groups: dict[str, list[Criterion]] = {}
    for criterion in criteria:
        if criterion.is_scored:
            groups.setdefault(criterion.group, []).append(criterion)
    return tuple(
        GroupScore(group, None if part is None else float(part), sum(c.weight for c in members))
        for group, members in groups.items()
        for part in (score(members, answers)[0],)
    )


@dataclass(frozen=True)
class _Ledger:
    """What the ladders (services.ladder) and the owner's "no" on questions 1-3 say."""

    flags: tuple[Reason, ...]  # let go, unless strategic or class A
    boundaries: tuple[Reason, ...]  # a late payer, returns over the maximum
    watch: tuple[Reason, ...]  # buying below the minimum, for the first time

    def key(self) -> tuple[bool, bool, bool]:
        """What the verdict (not its wording) depends on: whether there are any of each."""
        return bool(self.flags), bool(self.boundaries), bool(self.watch)


_NO_LEDGER = _Ledger((), (), ())


def _ledger(
    stage: str, answers: Mapping[str, str], metrics: LedgerFacts | None, profile: ProfileData
) -> _Ledger:
    if stage not in (Stage.ACTIVE, Stage.FORMER):
        return _NO_LEDGER
    steps = ledger_steps(metrics, profile)
    noes = [c for c in CORE if answers.get(c) == NO]
    if not steps and not noes:
        return _NO_LEDGER  # most clients of a book: nothing to build
    flags = tuple(s.reason for s in steps if s.level == LET_GO and s.reason)
    # The first three questions are the red-flag questions: an owner's plain "no" to one
    # of them (say, buys too little by their own measure) weighs like the ledger's fact.
    flagged = {flag.criterion for flag in flags}
    flags += tuple(Reason("flag_owner_no", {}, c) for c in noes if c not in flagged)
    return _Ledger(
        flags,
        tuple(s.reason for s in steps if s.level == BOUNDARIES and s.reason),
        tuple(s.reason for s in steps if s.level == WATCH and s.reason),
    )


def _thin(metrics: LedgerFacts | None) -> bool:
    return metrics is not None and not metrics.enough_data


def _class_a(metrics: LedgerFacts | None) -> Reason | None:
    """A class-A client (the top of the revenue ranking) is kept like a strategic one."""
    if metrics is None or metrics.abc_class != "A" or metrics.revenue_share is None:
        return None
    return Reason("class_a_kept", {"share": _pct(metrics.revenue_share), "abc": "A"})


class LedgerVerdicts:
    """What the ledger alone points to for client after client: triage of a whole book.

    Gives recommend()'s verdict and red flags for the ledger's answers. The rules read the
    ledger figures only through the answers, which ladder steps were reached, whether the
    client is class A and whether the ledger is thin, so the verdict is computed once per
    distinct combination of those: a book of 100,000 clients has a few hundred, and the
    rules are the slow part of a triage.
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
        ledger = _ledger(stage, answers, metrics, profile)
        class_a = metrics is not None and metrics.abc_class == "A"
        # The answers come in the order of the stage's criteria: as a tuple, a stable key.
        key = (stage, strategic, class_a, tuple(answers.items()), ledger.key(), _thin(metrics))
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
        return verdict, ledger.flags


_Decided = tuple[Verdict, str, list[Reason], list[Reason]]  # verdict, rule, reasons, changes


def _rules(
    stage, strategic, criteria, answers, total, confidence, ledger, thin_ledger, class_a, profile
) -> _Decided:
    def said(criterion_id: str, *values: str) -> bool:
        return answers.get(criterion_id, UNKNOWN) in values

    def answered(criterion_id: str) -> Reason:
        return Reason("answer", {"answer": answers.get(criterion_id, UNKNOWN)}, criterion_id)

    score_value = float(total) if total is not None else None
    score_reason = Reason("score", {"score": score_value})
    abusive = said("demands_beyond_terms", YES, PARTLY) and not said(
        "accepts_terms_when_explained", YES
    )
    abuse_reasons = [answered("demands_beyond_terms"), answered("accepts_terms_when_explained")]
    accept_terms = Reason("change_accept_terms")

    if stage == Stage.PROSPECT:
        if abusive:
            return (
                Verdict.WATCH,
                "prospect_demanding",
                [
                    *abuse_reasons,
                    Reason("prospect_demanding"),
                ],
                [accept_terms],
            )
        if said("matches_ideal_profile", YES) and total is not None and total >= 60:
            return (
                Verdict.ACQUIRE,
                "prospect_matches",
                [
                    answered("matches_ideal_profile"),
                    score_reason,
                ],
                [Reason("change_prospect_score", {"score": 60})],
            )
        if said("matches_ideal_profile", NO):
            return (
                Verdict.WATCH,
                "prospect_not_ideal",
                [
                    answered("matches_ideal_profile"),
                    Reason("prospect_not_ideal"),
                ],
                [Reason("change_prospect_matches", {"score": 60})],
            )
        return (
            Verdict.WATCH,
            "prospect_unclear",
            [
                Reason("prospect_unclear"),
                score_reason,
            ],
            [Reason("change_prospect_matches", {"score": 60})],
        )

    if stage == Stage.LOST:
        if said("was_good_client", YES, PARTLY) and said("cause_fixed", YES):
            return (
                Verdict.RECOVER,
                "lost_recover",
                [
                    answered("was_good_client"),
                    answered("cause_fixed"),
                ],
                [Reason("change_cause_not_fixed")],
            )
        if said("was_good_client", YES, PARTLY):
            return (
                Verdict.WATCH,
                "lost_fix_first",
                [
                    answered("cause_fixed"),
                    Reason("fix_cause_first"),
                ],
                [Reason("change_cause_fixed")],
            )
        return (
            Verdict.WATCH,
            "lost_not_worth",
            [
                answered("was_good_client"),
                Reason("not_worth_recovering"),
            ],
            [Reason("change_was_good")],
        )

    # Active clients, and former ones being looked at again.
    noes = [c for c in JUDGEMENT if said(c, NO)]
    core = [c for c in criteria if c.id in CORE]
    core_score, _ = score(core, answers)
    flags = ledger.flags
    valuable = core_score is not None and core_score >= 60 and not flags
    protection = Reason("strategic_kept") if strategic else class_a
    limit = profile.hard_limit_days
    allowed = profile.payment_term_days + profile.tolerated_delay_days
    flag_changes = [_flag_change(flag, profile) for flag in flags]
    if flags:
        if protection is not None:
            # The articles' red flag, but a client the business depends on: boundaries first.
            return (
                Verdict.SET_BOUNDARIES,
                "red_flag_protected",
                [
                    *flags,
                    protection,
                    Reason("termination_follows"),
                ],
                [*flag_changes, Reason("change_nothing_changes")],
            )
        return (
            Verdict.LET_GO,
            "red_flag",
            list(flags),
            [
                *flag_changes,
                Reason("change_mark_strategic"),
            ],
        )
    if len(noes) >= 2:
        reasons = [answered(c) for c in noes]
        fewer_noes = Reason("change_fewer_noes")
        if protection is not None:
            kept = Verdict.SET_BOUNDARIES if abusive else Verdict.WATCH
            return kept, "judgement_protected", [*reasons, protection], [fewer_noes]
        return (
            Verdict.LET_GO,
            "judgement_noes",
            reasons,
            [
                fewer_noes,
                Reason("change_mark_strategic"),
            ],
        )
    if abusive:
        if valuable or protection is not None:
            extra = [protection] if protection is not None and not valuable else []
            return (
                Verdict.SET_BOUNDARIES,
                "abuse_valuable",
                [
                    *abuse_reasons,
                    Reason("valuable", {"score": float(core_score or 0)}),
                    *extra,
                ],
                [accept_terms],
            )
        return (
            Verdict.LET_GO,
            "abuse_not_valuable",
            [
                *abuse_reasons,
                Reason("not_valuable_enough"),
            ],
            [accept_terms],
        )
    if ledger.boundaries:
        # A late payer or too many returns: a reminder of the terms before anything else,
        # whatever the score says about the rest of the relationship.
        changes = []
        codes = {r.code for r in ledger.boundaries}
        if codes & {"late_payer", "overdue_past_tolerance"}:
            changes += [
                Reason("change_pay_within", {"allowed": allowed}),
                Reason("change_reach_limit", {"limit": limit}),
            ]
        if "returns_over_max" in codes:
            reason = next(r for r in ledger.boundaries if r.code == "returns_over_max")
            changes += [
                Reason("change_returns_below", {"max": reason.params["max"]}),
                Reason("change_returns_far", {"far": reason.params["far"]}),
            ]
        return (
            Verdict.SET_BOUNDARIES,
            "ledger_boundaries",
            [
                *ledger.boundaries,
                score_reason,
            ],
            changes,
        )
    if confidence < Decimal(str(MIN_CONFIDENCE)):
        return (
            Verdict.WATCH,
            "too_little_known",
            [Reason("too_little_known", {"confidence": float(confidence)})],
            [Reason("change_answer_more")],
        )
    if thin_ledger:  # a new client's first invoices say little yet; look again soon
        return (
            Verdict.WATCH,
            "thin_ledger",
            [Reason("too_little_data"), score_reason],
            [Reason("change_more_invoices", {"invoices": 3})],
        )
    if ledger.watch:
        return (
            Verdict.WATCH,
            "ledger_watch",
            [*ledger.watch, score_reason],
            [
                Reason("change_volume_up"),
                Reason("change_volume_persists"),
            ],
        )
    if total is not None and total >= RETAIN_FROM:
        if said("relationship_growing", NO):
            # Good, but buying less and less: find out why before they become a lost client.
            return (
                Verdict.WATCH,
                "declining",
                [
                    score_reason,
                    answered("relationship_growing"),
                    Reason("declining"),
                ],
                [Reason("change_growing")],
            )
        return (
            Verdict.RETAIN,
            "score_retain",
            [score_reason, Reason("no_red_flags")],
            [
                Reason("change_score_below", {"score": RETAIN_FROM}),
                Reason("change_pay_late", {"allowed": allowed}),
            ],
        )
    if total is not None and total < LET_GO_BELOW:
        if protection is not None:
            return (
                Verdict.WATCH,
                "score_low_protected",
                [score_reason, protection],
                [Reason("change_score_above", {"score": LET_GO_BELOW})],
            )
        return (
            Verdict.LET_GO,
            "score_let_go",
            [score_reason],
            [
                Reason("change_score_above", {"score": LET_GO_BELOW}),
                Reason("change_mark_strategic"),
            ],
        )
    return (
        Verdict.WATCH,
        "borderline",
        [score_reason, Reason("borderline")],
        [
            Reason("change_score_reach", {"score": RETAIN_FROM}),
            Reason("change_score_fall", {"score": LET_GO_BELOW}),
        ],
    )


def _flag_change(flag: Reason, profile: ProfileData) -> Reason:
    """What would lift one red flag."""
    if flag.code in ("flag_late_payer", "flag_unpaid_past_limit"):
        return Reason("change_pay_under_limit", {"limit": profile.hard_limit_days})
    if flag.code == "flag_returns":
        return Reason("change_returns_below_far", {"far": flag.params["far"]})
    if flag.code == "flag_low_volume":
        return Reason("change_volume_up")
    return Reason("change_owner_answer", {}, flag.criterion)


def next_review(verdict: Verdict, today: date, interval_days: int) -> date:
    """Watched clients come back sooner: a third of the usual interval, at least a month."""
    if verdict == Verdict.WATCH:
        return today + timedelta(days=max(30, interval_days // 3))
    return today + timedelta(days=interval_days)

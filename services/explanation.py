"""Why a verdict: the rule that decided, the facts with their figures and thresholds, the score
group by group and what would change it, as data (ui/reasons.py words it in es/en).

Stored with each evaluation (services.evaluations) so the history and the command line show
the very explanation the owner read when deciding.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from models import Verdict
from services.reason import Reason
from services.scoring import LET_GO_BELOW, RETAIN_FROM, GroupScore, Recommendation

# Rules that decide whatever the score says: when the score points elsewhere, the page says so.
_OVER_THE_SCORE = frozenset(
    {
        "red_flag",
        "red_flag_protected",
        "judgement_noes",
        "judgement_protected",
        "abuse_valuable",
        "abuse_not_valuable",
        "ledger_boundaries",
        "too_little_known",
        "thin_ledger",
        "ledger_watch",
        "declining",
        "score_low_protected",
    }
)


def _list(value: object) -> list[Any]:
    """A JSON list read back, or an empty one where there was none."""
    return list(value) if isinstance(value, list | tuple) else []


@dataclass(frozen=True)
class Explanation:
    rule: str  # which rule decided: "red_flag", "ledger_boundaries", "score_retain"...
    verdict: str
    score: float | None
    facts: tuple[Reason, ...]  # each with its figure and the threshold it crossed
    groups: tuple[GroupScore, ...]
    changes: tuple[Reason, ...]  # what would change the verdict
    differs: bool  # the score alone would point to another verdict: say why

    def to_json(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "verdict": self.verdict,
            "score": self.score,
            "facts": [f.to_json() for f in self.facts],
            "groups": [
                {"group": g.group, "score": g.score, "weight": g.weight} for g in self.groups
            ],
            "changes": [c.to_json() for c in self.changes],
            "differs": self.differs,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Explanation:
        def reasons(key: str) -> tuple[Reason, ...]:
            return tuple(Reason.from_json(r) for r in _list(data.get(key)))

        groups = tuple(
            GroupScore(str(g["group"]), g.get("score"), int(g.get("weight") or 0))
            for g in _list(data.get("groups"))
        )
        score = data.get("score")
        return cls(
            rule=str(data.get("rule") or ""),
            verdict=str(data.get("verdict") or ""),
            score=None if score is None else float(score),  # type: ignore[arg-type]
            facts=reasons("facts"),
            groups=groups,
            changes=reasons("changes"),
            differs=bool(data.get("differs")),
        )


def score_points_to(score: float | None) -> Verdict | None:
    """The verdict the score alone would give, were nothing else known."""
    if score is None:
        return None
    if score >= RETAIN_FROM:
        return Verdict.RETAIN
    return Verdict.LET_GO if score < LET_GO_BELOW else Verdict.WATCH


def explain(recommendation: Recommendation, overdue: object = None) -> Explanation:
    """The explanation of ``recommendation``; ``overdue`` (an amount) is added as a fact when
    the balance overdue now is part of the story (a late payer)."""
    rec = recommendation
    score = None if rec.score is None else float(rec.score)
    # The score has its own line, and the rule's sentence already says what follows.
    facts = [r for r in rec.reasons if r.code not in ("score", "termination_follows")]
    payment_rule = any(r.criterion == "pays_on_time" for r in facts)
    if overdue is not None and payment_rule and float(str(overdue)) > 0:
        facts.append(Reason("overdue_now", {"amount": str(overdue)}))
    pointed = score_points_to(score)
    differs = pointed is not None and pointed != rec.verdict and rec.rule in _OVER_THE_SCORE
    return Explanation(
        rule=rec.rule,
        verdict=rec.verdict.value,
        score=score,
        facts=tuple(facts),
        groups=rec.groups,
        changes=rec.changes,
        differs=differs,
    )

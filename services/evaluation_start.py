"""Starting one client's evaluation: what the wizard, the demo evaluations, the command
line's explanation and the tests all begin with.

The client, the business profile, the catalogue's criteria for the client's stage, the
ledger's metrics and what they suggest for each criterion, read once; then ``recommend``
for any set of answers, and ``evaluation`` to build what save_evaluation stores. (A triage
judges the whole book with scoring.LedgerVerdicts instead: no suggestions or evidence, and
one verdict per distinct set of ledger answers.)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session, sessionmaker

from models import Verdict
from services.business_profile import ProfileData, get_profile
from services.clients import ClientRecord, get_client
from services.criteria import Catalogue, Criterion, load_catalogue
from services.evaluations import AnswerInput, EvaluationInput
from services.metrics import ClientMetrics, client_metrics
from services.scoring import (
    UNKNOWN,
    Recommendation,
    Suggestion,
    ledger_answers,
    next_review,
    recommend,
    suggest,
)

Sessions = sessionmaker[Session]


@dataclass(frozen=True)
class EvaluationStart:
    """Everything an evaluation of one client starts from."""

    client: ClientRecord
    profile: ProfileData
    catalogue: Catalogue
    metrics: ClientMetrics
    criteria: tuple[Criterion, ...]  # the questions asked at the client's stage
    suggestions: Mapping[str, Suggestion | None]  # by criterion id: what the ledger says
    today: date

    def ledger_answers(self) -> dict[str, str]:
        """The answers the ledger alone gives: those of an owner accepting every suggestion."""
        return ledger_answers(self.criteria, self.metrics, self.profile)

    def recommend(self, answers: Mapping[str, str]) -> Recommendation:
        return recommend(
            stage=self.client.stage,
            strategic=self.client.strategic,
            criteria=self.criteria,
            answers=answers,
            metrics=self.metrics,
            profile=self.profile,
        )

    def answer(self, criterion_id: str, value: str, comment: str = "") -> AnswerInput:
        """An answer as stored: with what the ledger suggested for it, and why."""
        suggestion = self.suggestions.get(criterion_id)
        return AnswerInput(
            criterion_id=criterion_id,
            value=value,
            suggested_value=suggestion.value if suggestion else None,
            evidence=suggestion.evidence if suggestion else None,
            comment=comment,
        )

    def next_review(self, verdict: Verdict | str) -> date:
        return next_review(Verdict(verdict), self.today, self.profile.review_interval_days)

    def evaluation(
        self,
        answers: Iterable[AnswerInput],
        recommendation: Recommendation,
        chosen_verdict: str,
        next_review_on: date | None = None,
        override_reason: str = "",
    ) -> EvaluationInput:
        """What save_evaluation stores; ``next_review_on`` defaults to the profile's interval
        after today for the chosen verdict."""
        if next_review_on is None:
            next_review_on = self.next_review(chosen_verdict)
        return EvaluationInput(
            client_id=self.client.id,
            stage=self.client.stage,
            catalogue_version=self.catalogue.version,
            answers=tuple(answers),
            recommendation=recommendation,
            chosen_verdict=chosen_verdict,
            next_review_on=next_review_on,
            override_reason=override_reason,
            metrics=self.metrics,
        )

    def every_answer(self, answers: Mapping[str, str]) -> tuple[AnswerInput, ...]:
        """One stored answer per criterion asked, "unknown" where none is given."""
        return tuple(self.answer(c.id, answers.get(c.id, UNKNOWN)) for c in self.criteria)


def start_evaluation(
    sessions: Sessions,
    client_id: int,
    today: date,
    *,
    catalogue: Catalogue | None = None,
    profile: ProfileData | None = None,
) -> EvaluationStart:
    """Read what an evaluation of the client starts from (a read: nothing is written).
    Raises NotFoundError when the client is gone."""
    client = get_client(sessions, client_id)
    profile = profile or get_profile(sessions)
    catalogue = catalogue or load_catalogue()
    metrics = client_metrics(sessions, client_id, today)
    criteria = catalogue.for_stage(client.stage)
    suggestions = {c.id: suggest(c, metrics, profile) for c in criteria}
    return EvaluationStart(client, profile, catalogue, metrics, criteria, suggestions, today)

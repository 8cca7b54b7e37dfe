"""Keeping evaluations as history: saved once, in one transaction, never edited."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import asdict, dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from models import Answer, Client, Evaluation, Stage, Verdict
from services.authorship import current_author
from services.errors import NotFoundError, Problem, ValidationError
from services.explanation import Explanation, explain
from services.metrics import ClientMetrics
from services.progress import Sessions
from services.scoring import Reason, Recommendation


@dataclass(frozen=True)
class AnswerInput:
    criterion_id: str
    value: str  # yes / partly / no / unknown, or a choice id
    suggested_value: str | None = None
    evidence: Reason | None = None
    comment: str = ""


@dataclass(frozen=True)
class EvaluationInput:
    client_id: int
    stage: str
    catalogue_version: str
    answers: tuple[AnswerInput, ...]
    recommendation: Recommendation
    chosen_verdict: str
    next_review_on: date
    override_reason: str = ""
    metrics: ClientMetrics | None = None
    evaluator: str = ""  # "" = whoever runs the app (services.authorship)


@dataclass(frozen=True)
class EvaluationSummary:
    id: int
    evaluated_at: datetime
    score: Decimal | None
    recommended_verdict: Verdict
    chosen_verdict: Verdict
    next_review_on: date | None
    evaluator: str = ""


@dataclass(frozen=True)
class AnswerRecord:
    criterion_id: str
    value: str
    suggested_value: str | None
    was_suggested: bool
    evidence: Reason | None
    comment: str


@dataclass(frozen=True)
class EvaluationDetail:
    summary: EvaluationSummary
    client_id: int
    stage: Stage
    confidence: Decimal | None
    override_reason: str
    reasons: tuple[Reason, ...]
    answers: tuple[AnswerRecord, ...]
    catalogue_version: str
    explanation: Explanation | None = None  # None for evaluations saved before it was kept


@dataclass(frozen=True)
class Change:
    """How an evaluation differs from the one before it."""

    score_delta: Decimal | None
    verdict_changed: bool
    answers: tuple[tuple[str, str, str], ...]  # (criterion, before, now)


def _validate(data: EvaluationInput) -> dict[str, list[Problem]]:
    problems: dict[str, list[Problem]] = {}
    verdicts = {v.value for v in Verdict}
    if data.chosen_verdict not in verdicts:
        problems["chosen_verdict"] = [Problem("invalid_choice")]
    overriding = data.chosen_verdict != data.recommendation.verdict
    if overriding and not data.override_reason.strip():
        problems["override_reason"] = [Problem("override_reason_required")]
    if len({a.criterion_id for a in data.answers}) != len(data.answers):
        problems["answers"] = [Problem("duplicate_answer")]
    return problems


def _json(value: object) -> str:
    return json.dumps(value, default=str, ensure_ascii=False, sort_keys=True)


def _metrics_record(data: EvaluationInput) -> dict[str, object]:
    """The ledger figures the evaluation saw, and the explanation the owner read.

    The explanation is kept here rather than in reasons_json, which stays the list of
    reasons that letters read (services.letters), and needs no new column.
    """
    metrics = data.metrics
    record: dict[str, object] = asdict(metrics) if metrics else {}
    overdue = metrics.overdue_amount if metrics else None
    record[EXPLANATION_KEY] = explain(data.recommendation, overdue).to_json()
    return record


EXPLANATION_KEY = "explanation"


def _explanation(metrics_json: str) -> Explanation | None:
    try:
        record = json.loads(metrics_json or "{}")
    except ValueError:
        return None
    data = record.get(EXPLANATION_KEY) if isinstance(record, dict) else None
    return Explanation.from_json(data) if isinstance(data, dict) else None


def save_evaluation(sessions: Sessions, data: EvaluationInput) -> int:
    """Store a finished evaluation and make it the client's latest; returns its id."""
    problems = _validate(data)
    if problems:
        raise ValidationError(problems)
    recommendation = data.recommendation
    with sessions.begin() as session:
        client = session.get(Client, data.client_id)
        if client is None:
            raise NotFoundError()
        evaluation = Evaluation(
            client_id=client.id,
            evaluator=data.evaluator or current_author(),
            stage=data.stage,
            catalogue_version=data.catalogue_version,
            score=recommendation.score,
            confidence=recommendation.confidence,
            recommended_verdict=recommendation.verdict,
            chosen_verdict=Verdict(data.chosen_verdict),  # checked by _validate
            override_reason=unicodedata.normalize("NFC", data.override_reason.strip()),
            reasons_json=_json([r.to_json() for r in recommendation.reasons]),
            metrics_json=_json(_metrics_record(data)),
            next_review_on=data.next_review_on,
        )
        evaluation.answers = [
            Answer(
                criterion_id=a.criterion_id,
                value=a.value,
                suggested_value=a.suggested_value,
                was_suggested=a.suggested_value is not None and a.suggested_value == a.value,
                evidence=_json(a.evidence.to_json()) if a.evidence else "",
                comment=unicodedata.normalize("NFC", a.comment.strip()),
            )
            for a in data.answers
        ]
        session.add(evaluation)
        client.latest_verdict = evaluation.chosen_verdict
        client.latest_score = recommendation.score
        client.next_review_on = data.next_review_on
        session.flush()
        return evaluation.id


def _summary(evaluation: Evaluation) -> EvaluationSummary:
    return EvaluationSummary(
        id=evaluation.id,
        evaluated_at=evaluation.evaluated_at,
        score=evaluation.score,
        recommended_verdict=evaluation.recommended_verdict,
        chosen_verdict=evaluation.chosen_verdict,
        next_review_on=evaluation.next_review_on,
        evaluator=evaluation.evaluator,
    )


def list_evaluations(sessions: Sessions, client_id: int) -> list[EvaluationSummary]:
    """The client's evaluations, newest first."""
    statement = (
        select(Evaluation)
        .where(Evaluation.client_id == client_id)
        .order_by(Evaluation.evaluated_at.desc(), Evaluation.id.desc())
    )
    with sessions() as session:
        return [_summary(e) for e in session.scalars(statement)]


def _reason(text: str) -> Reason | None:
    return Reason.from_json(json.loads(text)) if text else None


def get_evaluation(sessions: Sessions, evaluation_id: int) -> EvaluationDetail:
    with sessions() as session:
        evaluation = session.scalar(
            select(Evaluation)
            .options(selectinload(Evaluation.answers))
            .where(Evaluation.id == evaluation_id)
        )
        if evaluation is None:
            raise NotFoundError()
        return EvaluationDetail(
            summary=_summary(evaluation),
            client_id=evaluation.client_id,
            stage=evaluation.stage,
            confidence=evaluation.confidence,
            override_reason=evaluation.override_reason,
            reasons=tuple(Reason.from_json(r) for r in json.loads(evaluation.reasons_json)),
            answers=tuple(
                AnswerRecord(
                    criterion_id=a.criterion_id,
                    value=a.value,
                    suggested_value=a.suggested_value,
                    was_suggested=a.was_suggested,
                    evidence=_reason(a.evidence),
                    comment=a.comment,
                )
                for a in evaluation.answers
            ),
            catalogue_version=evaluation.catalogue_version,
            explanation=_explanation(evaluation.metrics_json),
        )


def compare(previous: EvaluationDetail | None, current: EvaluationDetail) -> Change:
    """Score up or down and the answers that changed since the previous evaluation."""
    if previous is None:
        return Change(None, False, ())
    before = {a.criterion_id: a.value for a in previous.answers}
    changed = tuple(
        (a.criterion_id, before.get(a.criterion_id, "unknown"), a.value)
        for a in current.answers
        if before.get(a.criterion_id, "unknown") != a.value
    )
    delta = None
    if previous.summary.score is not None and current.summary.score is not None:
        delta = current.summary.score - previous.summary.score
    return Change(delta, previous.summary.chosen_verdict != current.summary.chosen_verdict, changed)

"""The demo book evaluated as a sensible owner would: for the self-test, tests and tours.

The owner accepts what the ledger suggests and answers the judgement questions from what they
know of each client (the stories in services/demo_data.py); the rules do the rest.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from models import Client
from services.business_profile import get_profile
from services.criteria import Catalogue
from services.evaluations import AnswerInput, EvaluationInput, save_evaluation
from services.metrics import client_metrics
from services.progress import Sessions
from services.scoring import UNKNOWN, ledger_answers, next_review, recommend, suggest

# What an owner who knows these clients answers where the ledger cannot.
EASY_CLIENT = {
    "values_our_work": "yes",
    "reasonable_to_deal_with": "yes",
    "good_for_business": "yes",
    "is_satisfied": "yes",
    "demands_beyond_terms": "no",
    "accepts_terms_when_explained": "yes",
    "buys_enough": "yes",
}
OWNER_ANSWERS: dict[str, dict[str, str]] = {
    "Moda Peñalver": {"is_satisfied": "no"},
    "Óptica Müller": {"buys_enough": "no", "good_for_business": "partly"},
    "Greenleaf Bakery Ltd.": {
        "why_left": "our_failure",
        "cause_fixed": "yes",
        "was_good_client": "yes",
    },
    "Café Zoë": {
        "matches_ideal_profile": "yes",
        "expected_volume_enough": "yes",
        "likely_to_pay_on_time": "yes",
    },
    "Distribuciones Løvgren": {
        "demands_beyond_terms": "yes",
        "accepts_terms_when_explained": "no",
        "reasonable_to_deal_with": "partly",
    },
    "Librería Kowalski & Łuczak": {
        "is_satisfied": "partly",
        "buys_enough": "partly",
        "good_for_business": "partly",
        "values_our_work": "partly",
    },
    "Reformas Ordóñez": {"values_our_work": "no", "reasonable_to_deal_with": "no"},
}


def sensible_answers(client_name: str, ledger: dict[str, str]) -> dict[str, str]:
    answers = dict(ledger)
    answers.update({k: v for k, v in EASY_CLIENT.items() if k not in answers})
    answers.update(OWNER_ANSWERS.get(client_name, {}))
    return answers


def evaluate_demo_book(sessions: Sessions, catalogue: Catalogue, today: date) -> dict[str, str]:
    """Evaluate and save every client in the book; returns each client's verdict by name."""
    profile = get_profile(sessions)
    with sessions() as session:
        clients = [(c.id, c.name, c.stage, c.strategic) for c in session.scalars(select(Client))]
    verdicts = {}
    for client_id, name, stage, strategic in clients:
        metrics = client_metrics(sessions, client_id, today)
        criteria = catalogue.for_stage(stage)
        answers = sensible_answers(name, ledger_answers(criteria, metrics, profile))
        result = recommend(
            stage=stage,
            strategic=strategic,
            criteria=criteria,
            answers=answers,
            metrics=metrics,
            profile=profile,
        )
        suggestions = {c.id: suggest(c, metrics, profile) for c in criteria}
        save_evaluation(
            sessions,
            EvaluationInput(
                client_id=client_id,
                stage=stage,
                catalogue_version=catalogue.version,
                answers=tuple(
                    AnswerInput(
                        criterion_id=c.id,
                        value=answers.get(c.id, UNKNOWN),
                        suggested_value=s.value if (s := suggestions.get(c.id)) else None,
                        evidence=s.evidence if s else None,
                    )
                    for c in criteria
                ),
                recommendation=result,
                chosen_verdict=result.verdict.value,
                next_review_on=next_review(result.verdict, today, profile.review_interval_days),
                metrics=metrics,
            ),
        )
        verdicts[name] = result.verdict.value
    return verdicts

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
from services.evaluation_start import start_evaluation
from services.evaluations import save_evaluation
from services.progress import Sessions

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
        clients = session.scalars(select(Client.id)).all()
    verdicts = {}
    for client_id in clients:
        start = start_evaluation(sessions, client_id, today, catalogue=catalogue, profile=profile)
        answers = sensible_answers(start.client.name, start.ledger_answers())
        result = start.recommend(answers)
        verdict = result.verdict.value
        save_evaluation(sessions, start.evaluation(start.every_answer(answers), result, verdict))
        verdicts[start.client.name] = verdict
    return verdicts

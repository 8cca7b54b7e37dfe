"""Each demo client, answered as a sensible owner would, lands on the verdict its story calls for.

The owner accepts what the ledger suggests and answers the judgement questions from what
they know of the client (the demo notes); the rules do the rest.
"""

from datetime import date

import pytest
from sqlalchemy import select

from models import Client, Verdict
from services.business_profile import get_profile
from services.criteria import load_catalogue
from services.demo_data import load_demo_data
from services.metrics import client_metrics
from services.scoring import ledger_answers, recommend

TODAY = date(2026, 11, 23)
EASY_CLIENT = {
    "values_our_work": "yes",
    "reasonable_to_deal_with": "yes",
    "good_for_business": "yes",
    "is_satisfied": "yes",
    "demands_beyond_terms": "no",
    "accepts_terms_when_explained": "yes",
    "buys_enough": "yes",
}

STORIES = {
    "Ferretería Núñez e Hijos": ({}, Verdict.RETAIN),
    "Construcciones Ibáñez": ({}, Verdict.LET_GO),
    "Moda Peñalver": ({"is_satisfied": "no"}, Verdict.LET_GO),
    "Óptica Müller": ({"buys_enough": "no", "good_for_business": "partly"}, Verdict.LET_GO),
    "Greenleaf Bakery Ltd.": (
        {"why_left": "our_failure", "cause_fixed": "yes", "was_good_client": "yes"},
        Verdict.RECOVER,
    ),
    "Café Zoë": (
        {
            "matches_ideal_profile": "yes",
            "expected_volume_enough": "yes",
            "likely_to_pay_on_time": "yes",
        },
        Verdict.ACQUIRE,
    ),
    "Distribuciones Løvgren": (
        {
            "demands_beyond_terms": "yes",
            "accepts_terms_when_explained": "no",
            "reasonable_to_deal_with": "partly",
        },
        Verdict.SET_BOUNDARIES,
    ),
    "Hospital San Rafael": ({}, Verdict.RETAIN),
    "Talleres Çelik": ({}, Verdict.RETAIN),
    "Librería Kowalski & Łuczak": (
        {
            "is_satisfied": "partly",
            "buys_enough": "partly",
            "good_for_business": "partly",
            "values_our_work": "partly",
        },
        Verdict.WATCH,
    ),
    "Estudio Gómez-Ruiz": ({}, Verdict.WATCH),
    "Reformas Ordóñez": (
        {"values_our_work": "no", "reasonable_to_deal_with": "no"},
        Verdict.LET_GO,
    ),
}


@pytest.fixture
def demo_book(db):
    load_demo_data(db.sessions, TODAY)
    with db.sessions() as session:
        return {c.name: (c.id, c.stage, c.strategic) for c in session.scalars(select(Client))}


def test_every_demo_client_has_a_story(demo_book):
    assert set(demo_book) == set(STORIES)


@pytest.mark.parametrize("name", sorted(STORIES))
def test_a_sensible_owner_reaches_the_verdict_the_story_calls_for(db, demo_book, name):
    client_id, stage, strategic = demo_book[name]
    catalogue = load_catalogue()
    profile = get_profile(db.sessions)
    metrics = client_metrics(db.sessions, client_id, TODAY)
    criteria = catalogue.for_stage(stage)
    answers = ledger_answers(criteria, metrics, profile)  # the owner accepts the ledger's word
    owner, expected = STORIES[name]
    answers.update({k: v for k, v in EASY_CLIENT.items() if k not in answers})
    answers.update(owner)
    result = recommend(
        stage=stage,
        strategic=strategic,
        criteria=criteria,
        answers=answers,
        metrics=metrics,
        profile=profile,
    )
    assert result.verdict == expected, [r.code for r in result.reasons]

"""Each demo client, answered as a sensible owner would, lands on the verdict its story calls for.

The owner's answers live in services/demo_evaluations.py (the self-test uses them too); the
verdicts each story calls for are written out here.
"""

from datetime import date

import pytest
from sqlalchemy import select

from models import Client, Verdict
from services.business_profile import get_profile
from services.criteria import load_catalogue
from services.demo_data import load_demo_data
from services.demo_evaluations import evaluate_demo_book, sensible_answers
from services.metrics import client_metrics
from services.scoring import ledger_answers, recommend

TODAY = date(2026, 11, 23)
EXPECTED = {
    "Ferretería Núñez e Hijos": Verdict.RETAIN,
    # Pays past the hard limit, but class A: boundaries first, termination if nothing changes.
    "Construcciones Ibáñez": Verdict.SET_BOUNDARIES,
    "Moda Peñalver": Verdict.LET_GO,
    "Óptica Müller": Verdict.LET_GO,
    "Greenleaf Bakery Ltd.": Verdict.RECOVER,
    "Café Zoë": Verdict.ACQUIRE,
    "Distribuciones Løvgren": Verdict.SET_BOUNDARIES,
    # Strategic, pays at 95 days on a 30-day term (30 tolerated): a late payer.
    "Hospital San Rafael": Verdict.SET_BOUNDARIES,
    "Talleres Çelik": Verdict.RETAIN,
    "Librería Kowalski & Łuczak": Verdict.WATCH,
    "Estudio Gómez-Ruiz": Verdict.WATCH,
    "Reformas Ordóñez": Verdict.LET_GO,
}


@pytest.fixture
def demo_book(db):
    load_demo_data(db.sessions, TODAY)
    with db.sessions() as session:
        return {c.name: (c.id, c.stage, c.strategic) for c in session.scalars(select(Client))}


def test_every_demo_client_has_a_story(demo_book):
    assert set(demo_book) == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_sensible_owner_reaches_the_verdict_the_story_calls_for(db, demo_book, name):
    client_id, stage, strategic = demo_book[name]
    catalogue = load_catalogue()
    profile = get_profile(db.sessions)
    metrics = client_metrics(db.sessions, client_id, TODAY)
    criteria = catalogue.for_stage(stage)
    # The owner accepts the ledger's word and answers the rest from the client's story.
    answers = sensible_answers(name, ledger_answers(criteria, metrics, profile))
    result = recommend(
        stage=stage,
        strategic=strategic,
        criteria=criteria,
        answers=answers,
        metrics=metrics,
        profile=profile,
    )
    assert result.verdict == EXPECTED[name], [r.code for r in result.reasons]


def test_evaluating_the_demo_book_saves_each_verdict_as_the_latest(db, demo_book):
    verdicts = evaluate_demo_book(db.sessions, load_catalogue(), TODAY)
    assert verdicts == {name: verdict.value for name, verdict in EXPECTED.items()}
    with db.sessions() as session:
        latest = {c.name: c.latest_verdict for c in session.scalars(select(Client))}
    assert latest == verdicts

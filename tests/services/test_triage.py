from datetime import date

import pytest
from sqlalchemy import func, select

from models import Client, Evaluation
from services.demo_data import load_demo_data
from services.metrics import Cancelled
from services.triage import triage

TODAY = date(2026, 11, 23)


def test_triage_flags_the_late_payer_and_the_returner_of_the_demo_book(db):
    load_demo_data(db.sessions, TODAY)
    result = triage(db.sessions, TODAY)
    flagged = {client.name: {f.code for f in client.flags} for client in result.flagged}
    assert flagged == {
        "Construcciones Ibáñez": {"flag_late_payer"},
        "Moda Peñalver": {"flag_returns"},
    }
    assert result.clients == 12
    assert sum(result.suggested.values()) == 12
    assert result.suggested["let_go"] >= 2


def test_triage_stores_nothing(db):
    load_demo_data(db.sessions, TODAY)
    triage(db.sessions, TODAY)
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Evaluation)) == 0
        assert session.scalars(select(Client.latest_verdict)).all() == [None] * 12


def test_triage_can_be_cancelled_from_the_progress_callback(db):
    load_demo_data(db.sessions, TODAY)
    with pytest.raises(Cancelled):
        triage(db.sessions, TODAY, progress=lambda done, total: False)


def test_an_empty_book_triages_to_nothing(db):
    result = triage(db.sessions, TODAY)
    assert (result.flagged, result.clients) == ((), 0)

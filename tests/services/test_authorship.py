"""Evaluations and letters record who made them: the computer's user, or the name from
Settings. On a shared book that is how a colleague's work is told from one's own."""

from __future__ import annotations

import pytest

from models import LetterKind
from services import authorship
from services.authorship import current_author, set_author, system_user
from services.evaluations import list_evaluations
from services.letters import list_letters
from tests.services.test_letters import PROFILE, _client, _write
from tests.services.test_verdicts_end_to_end import _evaluate


@pytest.fixture(autouse=True)
def _nobody_chosen(monkeypatch):
    monkeypatch.setattr(authorship, "_chosen", "")
    monkeypatch.setattr(authorship.getpass, "getuser", lambda: "maria")


def test_by_default_the_author_is_the_computers_user():
    assert system_user() == "maria"
    assert current_author() == "maria"


def test_a_name_set_in_settings_replaces_it_and_an_empty_one_gives_it_back():
    set_author("  María Pérez ")
    assert current_author() == "María Pérez"
    set_author("")
    assert current_author() == "maria"


def test_an_evaluation_records_its_author(db):
    client_id = _client(db, "Ana")
    _evaluate(db, client_id)
    set_author("Luis")
    _evaluate(db, client_id)
    authors = [summary.evaluator for summary in list_evaluations(db.sessions, client_id)]
    assert sorted(authors) == ["Luis", "maria"]


def test_a_letter_records_its_author(db, tmp_path):
    from services.business_profile import save_profile

    save_profile(db.sessions, PROFILE)
    client_id = _client(db, "Ana")
    set_author("Luis")
    _write(db, tmp_path, client_id, LetterKind.LOYALTY)
    assert [letter.author for letter in list_letters(db.sessions, client_id)] == ["Luis"]

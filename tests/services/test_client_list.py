from datetime import date
from decimal import Decimal

from sqlalchemy import update

from models import Client
from services.client_list import ClientQuery, SortKey, count_all, fetch_rows, search_ids
from services.clients import ClientInput, save_client


def _add(db, **fields):
    return save_client(db.sessions, ClientInput(**fields)).id


def _names(db, query):
    ids = search_ids(db.sessions, query)
    rows = fetch_rows(db.sessions, ids)
    return [rows[i].name for i in ids]


def test_search_matches_any_listed_field_ignoring_case_and_accents(db):
    _add(db, name="Muñoz Peña", city="Cádiz")
    _add(db, name="Acme", legal_name="Ácme Industrial S.A.")
    _add(db, name="Bravo", contact_person="Zoë Álvarez")
    _add(db, name="Delta", email="hola@delta.es")
    _add(db, name="Echo", tax_id="B98765432")
    _add(db, name="Nothing", notes="munoz is in notes only, which search ignores")
    assert _names(db, ClientQuery(text="MUNOZ")) == ["Muñoz Peña"]
    assert _names(db, ClientQuery(text="cadiz")) == ["Muñoz Peña"]
    assert _names(db, ClientQuery(text="industrial")) == ["Acme"]
    assert _names(db, ClientQuery(text="zoe")) == ["Bravo"]
    assert _names(db, ClientQuery(text="@delta")) == ["Delta"]
    assert _names(db, ClientQuery(text="98765")) == ["Echo"]


def test_every_typed_word_must_match_somewhere(db):
    _add(db, name="Ana Ruiz", city="Madrid")
    _add(db, name="Ana Gil", city="Bilbao")
    assert _names(db, ClientQuery(text="ana madrid")) == ["Ana Ruiz"]


def test_like_wildcards_typed_by_the_user_match_literally(db):
    _add(db, name="100% Natural")
    _add(db, name="1000 Natural")
    _add(db, name="under_score")
    _add(db, name="underscore")
    assert _names(db, ClientQuery(text="100%")) == ["100% Natural"]
    assert _names(db, ClientQuery(text="under_")) == ["under_score"]


def test_filter_by_stage(db):
    _add(db, name="A", stage="prospect")
    _add(db, name="B", stage="active")
    _add(db, name="C", stage="lost")
    assert _names(db, ClientQuery(stage="lost")) == ["C"]


def test_sorting_by_name_ignores_case_and_can_be_reversed(db):
    for name in ("beta", "Alpha", "gamma"):
        _add(db, name=name)
    assert _names(db, ClientQuery()) == ["Alpha", "beta", "gamma"]
    assert _names(db, ClientQuery(descending=True)) == ["gamma", "beta", "Alpha"]


def test_sorting_by_city_puts_clients_in_city_order(db):
    _add(db, name="A", city="Zaragoza")
    _add(db, name="B", city="Almería")
    _add(db, name="C", city="bilbao")
    assert _names(db, ClientQuery(sort=SortKey.CITY)) == ["B", "C", "A"]


def test_clients_never_evaluated_sort_last_by_score_either_way(db):
    scored_low = _add(db, name="Low")
    scored_high = _add(db, name="High")
    _add(db, name="Never evaluated")
    with db.sessions.begin() as session:
        for client_id, score in ((scored_low, 20), (scored_high, 90)):
            session.execute(
                update(Client)
                .where(Client.id == client_id)
                .values(latest_score=Decimal(score), next_review_on=date(2027, 1, 1))
            )
    assert _names(db, ClientQuery(sort=SortKey.SCORE)) == ["Low", "High", "Never evaluated"]
    assert _names(db, ClientQuery(sort=SortKey.SCORE, descending=True)) == [
        "High",
        "Low",
        "Never evaluated",
    ]


def test_fetch_rows_skips_ids_that_no_longer_exist_and_count_counts_all(db):
    kept = _add(db, name="Kept")
    assert set(fetch_rows(db.sessions, [kept, 999_999])) == {kept}
    assert fetch_rows(db.sessions, []) == {}
    assert count_all(db.sessions) == 1


def test_filter_by_latest_verdict_and_by_review_due(db):
    due = _add(db, name="Due")
    later = _add(db, name="Later")
    _add(db, name="Never evaluated")
    with db.sessions.begin() as session:
        for client_id, verdict, review in (
            (due, "watch", date(2026, 11, 1)),
            (later, "retain", date(2027, 5, 1)),
        ):
            session.execute(
                update(Client)
                .where(Client.id == client_id)
                .values(latest_verdict=verdict, next_review_on=review)
            )
    assert _names(db, ClientQuery(verdict="retain")) == ["Later"]
    due_now = ClientQuery(review_due_by=date(2026, 11, 23))
    assert _names(db, due_now) == ["Due", "Never evaluated"]

"""Stages, verdicts, languages and forms of address are enums in Python and the same plain
strings in the database as before the columns were typed (models.base.StrEnumColumn)."""

from __future__ import annotations

from sqlalchemy import select, text

from models import Client, FormOfAddress, Language, Stage, Verdict
from services.client_list import ClientQuery, fetch_rows, search_ids
from services.clients import ClientInput, save_client


def _client(db, **fields) -> int:
    return save_client(db.sessions, ClientInput(name="Ordóñez", **fields)).id


def test_a_stored_client_reads_back_as_enum_members(db):
    client_id = _client(db, stage="lost", language="en", form_of_address="dr_f")
    with db.sessions.begin() as session:
        session.execute(
            text("UPDATE client SET latest_verdict = 'recover' WHERE id = :id"), {"id": client_id}
        )
    with db.sessions() as session:
        client = session.get(Client, client_id)
        assert client is not None
        assert client.stage is Stage.LOST
        assert client.language is Language.ENGLISH
        assert client.form_of_address is FormOfAddress.DR_F
        assert client.latest_verdict is Verdict.RECOVER
    row = fetch_rows(db.sessions, [client_id])[client_id]
    assert row.stage is Stage.LOST and row.latest_verdict is Verdict.RECOVER


def test_the_database_keeps_the_plain_strings_it_always_had(db):
    client_id = _client(db, stage="prospect", language="es")
    with db.sessions.begin() as session:
        client = session.get(Client, client_id)
        assert client is not None
        client.latest_verdict = Verdict.SET_BOUNDARIES
    with db.sessions() as session:
        stored = session.execute(
            text("SELECT stage, language, form_of_address, latest_verdict FROM client")
        ).one()
    assert tuple(stored) == ("prospect", "es", "", "set_boundaries")
    assert all(type(value) is str for value in stored)


def test_enum_members_and_plain_strings_both_find_the_same_clients(db):
    client_id = _client(db, stage="former")
    for stage in (Stage.FORMER, "former"):
        assert search_ids(db.sessions, ClientQuery(stage=stage)) == [client_id]
        with db.sessions() as session:
            assert session.scalars(select(Client.id).where(Client.stage == stage)).all() == [
                client_id
            ]


def test_a_value_this_version_does_not_know_reads_back_as_its_string(db):
    # A newer Clientela on a shared server may store a stage this one has never heard of:
    # the list still shows it, as it did when the column was a plain string.
    client_id = _client(db)
    with db.sessions.begin() as session:
        session.execute(
            text("UPDATE client SET stage = 'archived' WHERE id = :id"), {"id": client_id}
        )
    with db.sessions() as session:
        client = session.get(Client, client_id)
        assert client is not None and client.stage == "archived"
    assert fetch_rows(db.sessions, [client_id])[client_id].stage == "archived"

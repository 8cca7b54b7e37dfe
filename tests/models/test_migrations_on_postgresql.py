"""The same Alembic scripts build and unbuild a team's book on PostgreSQL; apps starting
together migrate it once; an app older than the book's schema refuses to write."""

from __future__ import annotations

import threading

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

from models import Base
from models.migrations import HEAD_REVISION, MIGRATIONS_DIR
from services.clients import ClientInput, save_client
from services.database import open_database
from services.errors import DatabaseError
from services.migrations import current_revision

NEWER = "9999_from_a_newer_clientela"


def _config(connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def test_every_revision_upgrades_and_downgrades_on_postgresql(empty_server_book):
    revisions = [
        script.revision
        for script in reversed(list(ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()))
    ]
    engine = create_engine(empty_server_book)
    try:
        for revision in revisions:  # one at a time: each script runs on its own
            with engine.begin() as conn:
                command.upgrade(_config(conn), revision)
            assert current_revision(engine) == revision
        assert revisions[-1] == HEAD_REVISION
        tables = set(inspect(engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        for revision in [*reversed(revisions[:-1]), "base"]:
            with engine.begin() as conn:
                command.downgrade(_config(conn), revision)
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    finally:
        engine.dispose()


def test_two_apps_starting_together_migrate_the_book_once(empty_server_book):
    start = threading.Barrier(3)
    outcomes: list[object] = []

    def start_app() -> None:
        start.wait()
        try:
            open_database(empty_server_book).close()
            outcomes.append("opened")
        except DatabaseError as exc:
            outcomes.append(exc)

    apps = [threading.Thread(target=start_app) for _ in range(3)]
    for app in apps:
        app.start()
    for app in apps:
        app.join(timeout=60)
    assert outcomes == ["opened"] * 3
    engine = create_engine(empty_server_book)
    try:
        assert current_revision(engine) == HEAD_REVISION
    finally:
        engine.dispose()


def _stamp(url: str, revision: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    engine.dispose()


def test_an_older_app_does_not_open_a_book_a_newer_one_migrated(empty_server_book):
    open_database(empty_server_book).close()
    _stamp(empty_server_book, NEWER)
    with pytest.raises(DatabaseError) as raised:
        open_database(empty_server_book)
    assert raised.value.code == "newer_schema"
    assert raised.value.params["revision"] == NEWER


def test_an_app_running_when_a_newer_one_migrates_stops_writing(empty_server_book):
    db = open_database(empty_server_book)
    try:
        save_client(db.sessions, ClientInput(name="Before the update"))
        _stamp(empty_server_book, NEWER)
        with pytest.raises(DatabaseError) as raised:
            save_client(db.sessions, ClientInput(name="After the update"))
        assert raised.value.code == "newer_schema"
    finally:
        db.close()
    _stamp(empty_server_book, HEAD_REVISION)
    db = open_database(empty_server_book)
    with db.sessions() as session:
        names = session.scalars(text("SELECT name FROM client")).all()
    db.close()
    assert names == ["Before the update"]


def test_the_password_of_a_server_url_never_reaches_the_message():
    with pytest.raises(DatabaseError) as raised:
        open_database("postgresql+nosuchdriver://ana:s3cr3t-pw@localhost/book")
    assert "s3cr3t-pw" not in str(raised.value)
    assert "s3cr3t-pw" not in str(raised.value.params)

"""Opening the database: the settings every connection gets, where the file is looked for,
and files that must be refused without being touched."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from models import Sale
from models.migrations import HEAD_REVISION
from services.database import open_database
from services.errors import DatabaseError
from services.migrations import current_revision
from services.paths import resolve_database_location


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.sqlite_file
def test_every_session_runs_in_wal_mode_with_foreign_keys_enforced(db):
    with db.sessions() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    # Enforced, not just switched on: a sale for a client that does not exist is refused.
    orphan = Sale(client_id=999, invoice_date=date(2025, 1, 1), due_date=date(2025, 2, 1))
    orphan.amount = Decimal("10.00")
    with pytest.raises(IntegrityError), db.sessions.begin() as session:
        session.add(orphan)


def test_server_sessions_run_without_jit_compilation_in_and_out_of_transactions(server_url):
    from tests import server

    db = open_database(server.new_database(server_url))
    try:
        with db.sessions.begin() as session:
            assert session.execute(text("SHOW jit")).scalar() == "off"
        with db.engine.connect() as connection:  # the pool's connection, handed out again
            assert connection.execute(text("SHOW jit")).scalar() == "off"
    finally:
        db.close()


def test_a_new_file_in_an_existing_folder_becomes_an_empty_database_at_the_head_revision(tmp_path):
    db = open_database(tmp_path / "new.sqlite3")
    try:
        assert current_revision(db.engine) == HEAD_REVISION
    finally:
        db.close()


def test_the_db_option_wins_over_the_environment_variable():
    env = {"CLIENTELA_DB": "/from/env.sqlite3", "CLIENTELA_DATA_DIR": "/data"}
    assert resolve_database_location("/from/option.sqlite3", env) == "/from/option.sqlite3"


def test_the_environment_variable_wins_over_the_data_folder():
    env = {"CLIENTELA_DB": "/from/env.sqlite3", "CLIENTELA_DATA_DIR": "/data"}
    assert resolve_database_location(None, env) == "/from/env.sqlite3"


def test_without_option_or_variable_the_file_lives_in_the_data_folder():
    location = resolve_database_location(None, {"CLIENTELA_DATA_DIR": "/data"})
    assert Path(location) == Path("/data/clientela.sqlite3")


def test_without_any_override_the_data_folder_is_the_per_user_one():
    location = Path(resolve_database_location(None, {}))
    assert location.name == "clientela.sqlite3"
    assert location.parent.name == "clientela"
    assert location.is_absolute()


def test_server_urls_pass_through_and_home_is_expanded_in_paths():
    url = "postgresql://owner@db.example.com/clientela"
    assert resolve_database_location(url, {}) == url
    assert resolve_database_location("~/books/shop.sqlite3", {}) == str(
        Path.home() / "books" / "shop.sqlite3"
    )


def test_a_sqlite_url_is_treated_as_the_file_it_names():
    assert resolve_database_location("sqlite:////srv/books/shop.sqlite3", {}) == str(
        Path("/srv/books/shop.sqlite3")
    )
    assert resolve_database_location(None, {"CLIENTELA_DB": "sqlite:///shop.sqlite3"}) == (
        "shop.sqlite3"
    )


# --- files that are not usable: refused, and left exactly as they were ------------------------


def _text_file(path: Path, _template: Path) -> None:
    path.write_text("name;city\nÑandú;Sevilla\n", encoding="utf-8")


def _other_sqlite_database(path: Path, _template: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipe (id INTEGER PRIMARY KEY, title TEXT)")
        conn.execute("INSERT INTO recipe (title) VALUES ('tortilla')")
    conn.close()


def _other_alembic_managed_database(path: Path, _template: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
        conn.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY)")
    conn.close()


def _damaged_sqlite_file(path: Path, _template: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 16)


def _newer_clientela_database(path: Path, template: Path) -> None:
    shutil.copyfile(template, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    # Rollback-journal mode makes the check strict: merely switching to WAL would alter it.
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()


BAD_FILES: dict[str, tuple[Callable[[Path, Path], None], str]] = {
    "text file": (_text_file, "not_a_database"),
    "another program's SQLite database": (_other_sqlite_database, "not_clientela"),
    "another Alembic-managed program's database": (
        _other_alembic_managed_database,
        "not_clientela",
    ),
    "damaged SQLite file": (_damaged_sqlite_file, "unreadable"),
    "newer Clientela database": (_newer_clientela_database, "newer_schema"),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_a_file_that_cannot_be_used_is_refused_and_left_byte_identical(kind, tmp_path, db_path):
    make, code = BAD_FILES[kind]
    folder = tmp_path / "bad"
    folder.mkdir()
    path = folder / "file.sqlite3"
    make(path, db_path)  # db_path: a migrated Clientela file to start from
    before = sha256(path)

    with pytest.raises(DatabaseError) as raised:
        open_database(path)

    assert raised.value.code == code
    assert sha256(path) == before
    assert sorted(p.name for p in folder.iterdir()) == ["file.sqlite3"]  # no -wal, no backups


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads files whatever their mode"
)
def test_an_unreadable_file_is_refused_and_left_byte_identical(tmp_path, db_path):
    before = sha256(db_path)
    db_path.chmod(0)
    try:
        with pytest.raises(DatabaseError) as raised:
            open_database(db_path)
    finally:
        db_path.chmod(0o600)
    assert raised.value.code == "unreadable"
    assert sha256(db_path) == before


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(DatabaseError) as raised:
        open_database(tmp_path)
    assert raised.value.code == "is_a_folder"


def test_a_missing_folder_is_reported_and_not_created(tmp_path):
    with pytest.raises(DatabaseError) as raised:
        open_database(tmp_path / "nowhere" / "clientela.sqlite3")
    assert raised.value.code == "missing_folder"
    assert not (tmp_path / "nowhere").exists()


def test_a_file_with_tables_but_no_revision_is_backed_up_and_left_as_it_was(tmp_path):
    path = tmp_path / "odd.sqlite3"
    with sqlite3.connect(path) as conn:  # a Clientela file whose version row got lost
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("CREATE TABLE client (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO client (name) VALUES ('Acme')")
    before = path.read_bytes()

    with pytest.raises(DatabaseError) as raised:
        open_database(path)

    assert raised.value.code == "migration_failed"
    assert raised.value.params["path"] == str(path)  # the user's file, not the working copy
    assert path.read_bytes() == before
    assert list((tmp_path / "backups").glob("*")), "no copy was kept before trying"
    assert not list(tmp_path.glob("*.migrating*"))


@pytest.mark.sqlite_file
def test_an_error_of_sqlalchemy_itself_while_opening_reads_as_unreadable_not_a_crash(tmp_path):
    # A pool timeout (the only connection is busy) is raised by SQLAlchemy, not the driver:
    # it has no ``orig``, which opening once read and failed on with an AttributeError.
    from sqlalchemy import create_engine

    from services.database import _check_is_clientela, _use_wal

    engine = create_engine(
        f"sqlite:///{tmp_path / 'book.db'}", pool_size=1, max_overflow=0, pool_timeout=0.01
    )
    try:
        with engine.connect():
            with pytest.raises(DatabaseError) as wal:
                _use_wal(engine, "book.db")
            with pytest.raises(DatabaseError) as check:
                _check_is_clientela(engine, "book.db")
    finally:
        engine.dispose()
    assert wal.value.code == "unreadable" and "QueuePool limit" in str(wal.value.params["detail"])
    assert check.value.code == "unreadable"

"""Test connection on a team's server: each failure is named in plain words, and the password
shows nowhere (neither in the messages nor in the settings)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from services.database import open_database
from services.errors import DatabaseError
from services.server_connection import (
    BOOK_READY,
    EMPTY_DATABASE,
    NEWER_SCHEMA,
    NO_SUCH_DATABASE,
    NOT_CLIENTELA,
    PASSWORD_NEEDED,
    UNREACHABLE,
    WRONG_PASSWORD,
    ServerAddress,
    check_server,
    classify_failure,
    hide_password,
    masked_url,
)
from tests import server


def test_a_url_is_shown_without_its_password():
    url = "postgresql+psycopg://ana:p%40ss%20word@db.office.lan:5433/book"
    assert masked_url(url) == "postgresql+psycopg://ana:***@db.office.lan:5433/book"
    message = f"failed on {url} (password=p@ss word) host=x password='p@ss word'"
    hidden = hide_password(message, url)
    assert "p@ss" not in hidden and "p%40ss" not in hidden and "ss word" not in hidden
    assert hidden.startswith("failed on postgresql+psycopg://ana:***@db.office.lan")


def test_the_address_builds_a_url_without_a_password_unless_given():
    address = ServerAddress("db.office.lan", "book", "ana", 5433, "require")
    assert address.url() == "postgresql+psycopg://ana@db.office.lan:5433/book?sslmode=require"
    assert make_url(address.url("p@ss word")).password == "p@ss word"


def test_classification_looks_through_the_wrappers():
    driver = OSError('FATAL:  password authentication failed for user "ana"')
    wrapped = DatabaseError("unreadable", path="x", detail="...")
    wrapped.__cause__ = driver
    assert classify_failure(wrapped) == WRONG_PASSWORD
    assert classify_failure(DatabaseError("newer_schema", path="x", revision="9")) == NEWER_SCHEMA


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_nothing_listening_is_an_unreachable_server(server_url):
    address = ServerAddress("127.0.0.1", "book", "ana", _free_port(), "disable")
    assert check_server(address.url("secret")).code == UNREACHABLE


def test_a_missing_database_is_named(server_url):
    check = check_server(make_url(server_url).set(database="no_such_book").render_as_string(False))
    assert check.code == NO_SUCH_DATABASE


def test_an_empty_database_is_ready_for_a_new_book(empty_server_book):
    assert check_server(empty_server_book).code == EMPTY_DATABASE
    open_database(empty_server_book).close()  # the first start creates the book there
    assert check_server(empty_server_book).code == BOOK_READY


def test_another_programs_database_is_not_a_clientela_one(empty_server_book):
    engine = create_engine(empty_server_book)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id integer)"))
    engine.dispose()
    assert check_server(empty_server_book).code == NOT_CLIENTELA


def test_a_book_of_a_newer_clientela_is_named(empty_server_book):
    open_database(empty_server_book).close()
    engine = create_engine(empty_server_book)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_newer'"))
    engine.dispose()
    assert check_server(empty_server_book).code == NEWER_SCHEMA


def _with_password(url: str, password: str | None, database: str = "postgres") -> str:
    return make_url(url).set(password=password, database=database).render_as_string(False)


def test_a_wrong_or_missing_password_is_named_and_never_shown(password_server):
    wrong = check_server(_with_password(password_server, "not-the-one"))
    assert wrong.code == WRONG_PASSWORD
    assert "not-the-one" not in wrong.detail
    assert check_server(_with_password(password_server, None)).code == PASSWORD_NEEDED
    assert check_server(_with_password(password_server, server.PASSWORD)).code == EMPTY_DATABASE
    with pytest.raises(DatabaseError) as raised:
        open_database(_with_password(password_server, "not-the-one"))
    assert "not-the-one" not in str(raised.value) + repr(raised.value.params)
    assert classify_failure(raised.value) == WRONG_PASSWORD


def test_libpqs_password_file_serves_a_url_without_password(
    password_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"*:*:*:clientela:{server.PASSWORD}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    admin = create_engine(
        _with_password(password_server, server.PASSWORD), isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as conn:
        conn.execute(text("DROP DATABASE IF EXISTS pgpass_book"))
        conn.execute(text("CREATE DATABASE pgpass_book"))
    admin.dispose()
    url = _with_password(password_server, None, "pgpass_book")
    assert check_server(url).code == EMPTY_DATABASE
    db = open_database(url)  # the first start creates the book in the empty database
    db.close()
    assert check_server(url).code == BOOK_READY

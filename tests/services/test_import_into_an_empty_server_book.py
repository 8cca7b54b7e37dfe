"""A client import on PostgreSQL: each batch goes to the server while the next is read, and
into an empty book the trigram search index is built after the rows (services/importing/
run.py, batch_writer.py). Whatever happens, the book ends with its index and with all of the
import or none of it; someone already reading the book when the import starts is not made to
wait for it, nor makes it wait."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.exc import IntegrityError

from models import Client, ClientTag
from services.client_list import ClientQuery, search_ids
from services.database import Database
from services.importing import ImportOptions, Kind, run_import, suggest_mapping
from services.importing import run as import_run
from services.progress import Cancelled
from tests.import_files import csv_table

TRIGRAM_INDEX = "ix_client_search_trigram"
BATCH = 100  # small batches, so that a short file is many writes (the app's: 5,000)
ROWS = 10 * BATCH


@pytest.fixture
def server_db(db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    if db.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's import (the SQLite one: test_importing_crash.py)")
    monkeypatch.setattr(import_run, "BATCH_ROWS", BATCH)
    return db


@pytest.fixture
def statements(server_db: Database) -> Iterator[list[str]]:
    """Every statement the book's connections run, and ``lock_timeout`` as each commit
    finds it (appended as "commit: <value>")."""
    seen: list[str] = []

    def ran(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement)

    def committing(conn):
        seen.append(f"commit: {conn.exec_driver_sql('SHOW lock_timeout').scalar()}")

    event.listen(server_db.engine, "before_cursor_execute", ran)
    event.listen(server_db.engine, "commit", committing)
    yield seen
    event.remove(server_db.engine, "before_cursor_execute", ran)
    event.remove(server_db.engine, "commit", committing)


def _clients_file(tmp_path: Path, rows: int = ROWS, first: int = 0):
    numbers = range(first, first + rows)
    lines = "".join(f"Cliente {n};B{n:08d};etiqueta{n % 3}\n" for n in numbers)
    return csv_table(tmp_path, "Nombre;NIF;Etiquetas\n" + lines)


def _options(info) -> ImportOptions:
    return ImportOptions(Kind.CLIENTS, suggest_mapping(info.headers, Kind.CLIENTS))


def _search_index(db: Database) -> int | None:
    """The trigram index's object id: another one once it was dropped and built again."""
    with db.engine.connect() as connection:
        return connection.scalar(
            text("SELECT oid FROM pg_class WHERE relname = :name"), {"name": TRIGRAM_INDEX}
        )


def _clients(db: Database) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count(Client.id)))


def _dropped(statements: list[str]) -> bool:
    return any(s.startswith("DROP INDEX") and TRIGRAM_INDEX in s for s in statements)


def _batches_written(statements: list[str]) -> int:
    """Each written batch first takes its ids from the sequence (its COPY goes to the driver
    itself, unseen by these events)."""
    return sum("nextval" in s for s in statements)


def test_an_import_into_an_empty_book_stores_every_client_with_its_tags_and_keeps_the_index(
    server_db, statements, tmp_path
):
    before = _search_index(server_db)
    info = _clients_file(tmp_path)
    result = run_import(server_db.sessions, info, _options(info))
    assert result.inserted == ROWS
    assert _batches_written(statements) >= 5  # written batch by batch, each while the next was read
    assert _search_index(server_db) not in (None, before)  # built after the rows
    # The import waited 200 ms at most for the lock, then went back to the server's setting.
    assert "commit: 0" in statements
    with server_db.sessions() as session:
        rows = session.execute(
            select(Client.name, ClientTag.tag).join(ClientTag, ClientTag.client_id == Client.id)
        ).all()
        assert session.scalar(select(func.count(func.distinct(Client.id)))) == ROWS
    # Each batch's ids came from the server while the next batch was read: every client has
    # its own tag, none another's.
    assert len(rows) == ROWS
    assert all(tag == f"etiqueta{int(name.split()[1]) % 3}" for name, tag in rows)
    assert len(search_ids(server_db.sessions, ClientQuery(text="cliente 907"))) == 1


def test_a_cancel_after_batches_were_written_leaves_an_empty_book_with_its_index(
    server_db, statements, tmp_path
):
    info = _clients_file(tmp_path)
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 6  # several batches handed to the server, then Cancel

    with pytest.raises(Cancelled):
        run_import(server_db.sessions, info, _options(info), progress=progress)
    assert _dropped(statements)
    assert _batches_written(statements) >= 3
    assert _clients(server_db) == 0
    assert _search_index(server_db) is not None


def test_a_batch_the_server_refuses_fails_the_import_and_leaves_the_book_as_it_was(
    server_db, statements, tmp_path
):
    # A rule of the server's own that the app does not know, broken by a row near the end:
    # the failure comes from the writer's thread, after earlier batches were stored.
    with server_db.engine.begin() as connection:
        connection.execute(
            text("ALTER TABLE client ADD CONSTRAINT not_this_one CHECK (name <> 'Cliente 950')")
        )
    info = _clients_file(tmp_path)
    with pytest.raises(IntegrityError, match="not_this_one"):
        run_import(server_db.sessions, info, _options(info))
    assert _dropped(statements)
    assert _batches_written(statements) >= 5
    assert _clients(server_db) == 0
    assert _search_index(server_db) is not None
    # And the book takes the next import as usual.
    fixed = _clients_file(tmp_path, rows=10)
    assert run_import(server_db.sessions, fixed, _options(fixed)).inserted == 10


@pytest.mark.timeout(120)
def test_someone_already_reading_the_empty_book_does_not_wait_for_the_import_nor_it_for_them(
    server_db, statements, tmp_path
):
    info = _clients_file(tmp_path)
    before = _search_index(server_db)
    outcome = []
    with server_db.engine.connect() as reader:
        # Another person's app, in the middle of reading the client list: its transaction
        # holds a share lock on the table, which dropping the index would have to wait for.
        reader.execute(select(func.count(Client.id)))
        importing = threading.Thread(
            target=lambda: outcome.append(run_import(server_db.sessions, info, _options(info)))
        )
        importing.start()
        importing.join(60)
        assert not importing.is_alive(), "the import waited for the reader's transaction"
        assert reader.scalar(select(func.count(Client.id))) == ROWS
        reader.rollback()
    assert outcome[0].inserted == ROWS
    assert _search_index(server_db) == before  # kept up row by row, as in a full book
    assert "commit: 0" in statements  # the 200 ms wait did not outlast the attempt


def test_an_import_into_a_book_with_clients_leaves_its_index_alone(server_db, statements, tmp_path):
    first = _clients_file(tmp_path, rows=10)
    run_import(server_db.sessions, first, _options(first))
    before = _search_index(server_db)
    more = _clients_file(tmp_path, first=10)
    assert run_import(server_db.sessions, more, _options(more)).inserted == ROWS
    assert not _dropped(statements)
    assert _search_index(server_db) == before


def test_a_small_import_into_an_empty_book_leaves_its_index_alone(server_db, statements, tmp_path):
    info = _clients_file(tmp_path, rows=BATCH // 2)  # less than one batch: no lock taken
    assert run_import(server_db.sessions, info, _options(info)).inserted == BATCH // 2
    assert not _dropped(statements)

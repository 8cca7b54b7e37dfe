"""On PostgreSQL the client list's search has its indexes (migration 0010_trigram_search):
a trigram index serving LIKE '%word%' on the folded search column, and the name-ordered
list index holding the id. Where pg_trgm cannot be installed the book opens all the same."""

from __future__ import annotations

import logging
import uuid

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from services.client_list import ClientQuery, fetch_rows, search_ids
from services.clients import ClientInput, save_client
from services.database import open_database

TRIGRAM_INDEX = "ix_client_search_trigram"


def _indexes(url: str) -> dict[str, dict]:
    engine = create_engine(url)
    try:
        return {index["name"]: index for index in inspect(engine).get_indexes("client")}
    finally:
        engine.dispose()


def _names(db, text_typed: str) -> list[str]:
    ids = search_ids(db.sessions, ClientQuery(text=text_typed))
    rows = fetch_rows(db.sessions, ids)
    return [rows[i].name for i in ids]


def test_the_search_column_has_a_trigram_index_that_serves_the_search(empty_server_book):
    db = open_database(empty_server_book)
    try:
        save_client(db.sessions, ClientInput(name="Gómez Hermanos"))
        save_client(db.sessions, ClientInput(name="Łuczak Sp. z o.o."))
        indexes = _indexes(empty_server_book)
        assert TRIGRAM_INDEX in indexes
        assert indexes["ix_client_list"]["dialect_options"]["postgresql_include"] == ["id"]
        with db.engine.connect() as connection:
            # A tiny table: no whole-table reads, so the planner shows what can serve LIKE.
            for plan_kind in ("seqscan", "indexscan", "indexonlyscan"):
                connection.execute(text(f"SET enable_{plan_kind} = off"))
            plan = "\n".join(
                row[0]
                for row in connection.execute(
                    text("EXPLAIN SELECT id FROM client WHERE search_text LIKE '%gomez%'")
                )
            )
        assert TRIGRAM_INDEX in plan
        assert _names(db, "gomez") == ["Gómez Hermanos"]
        assert _names(db, "luczak") == ["Łuczak Sp. z o.o."]
    finally:
        db.close()


def test_a_server_that_refuses_the_extension_still_gets_a_working_book(empty_server_book, caplog):
    # A managed server's user: may use the database, may not create extensions in it.
    role = f"clerk_{uuid.uuid4().hex[:12]}"
    database = make_url(empty_server_book).database
    admin = create_engine(empty_server_book, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE ROLE {role} LOGIN"))
        connection.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO {role}'))
        connection.execute(text(f"GRANT ALL ON SCHEMA public TO {role}"))
    admin.dispose()
    url = make_url(empty_server_book).set(username=role).render_as_string(hide_password=False)

    with caplog.at_level(logging.WARNING):
        db = open_database(url)
    try:
        assert "pg_trgm could not be created" in caplog.text
        indexes = _indexes(url)
        assert TRIGRAM_INDEX not in indexes
        assert "ix_client_list" in indexes
        save_client(db.sessions, ClientInput(name="Gómez Hermanos"))
        assert _names(db, "gomez") == ["Gómez Hermanos"]
    finally:
        db.close()

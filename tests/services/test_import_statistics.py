"""After a large import PostgreSQL's planner knows the table's new size at once: the client
list's search is planned for the book as it is, not as it was before it filled (#17.7)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from services.database import Database
from services.importing import ImportOptions, Kind, MatchBy, run_import, suggest_mapping
from services.importing.run import ANALYZE_AFTER_ROWS
from tests.import_files import csv_table


def _import_clients(db: Database, tmp_path: Path, count: int) -> None:
    lines = "".join(f"Cliente {n};B{n:08d}\n" for n in range(count))
    info = csv_table(tmp_path, "Nombre;NIF\n" + lines)
    options = ImportOptions(
        Kind.CLIENTS, suggest_mapping(info.headers, Kind.CLIENTS, MatchBy.TAX_ID)
    )
    assert run_import(db.sessions, info, options).inserted == count


def _rows_the_planner_expects(db: Database) -> float:
    with db.engine.connect() as connection:
        return connection.scalar(text("SELECT reltuples FROM pg_class WHERE relname = 'client'"))


@pytest.fixture
def server_db(db: Database) -> Database:
    if db.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's planner statistics (SQLite keeps none unless asked)")
    return db


def test_a_large_import_refreshes_the_planners_statistics(server_db, tmp_path):
    _import_clients(server_db, tmp_path, ANALYZE_AFTER_ROWS)
    assert _rows_the_planner_expects(server_db) == ANALYZE_AFTER_ROWS


def test_a_small_import_leaves_them_to_autovacuum(server_db, tmp_path):
    before = _rows_the_planner_expects(server_db)
    _import_clients(server_db, tmp_path, 10)
    assert _rows_the_planner_expects(server_db) == before

"""Does a SQLite file hold the whole schema Clientela expects at its revision?

A backup is only restored once it has every table, column and index that a database freshly
migrated to the same revision has: a file with a ``client`` table and an ``alembic_version``
row is not yet a Clientela book (a hand-made file, another program's, a half-built one), and
restoring it would fail later, at the first query that touches what is missing.

The reference is built by migrating an empty temporary file to that revision, once per
revision per run. Things beyond the reference (an ANALYZE table, an index the owner added) are
not a reason to refuse. Only names and index columns are compared: SQLite keeps declared
types as free text, and what a restore needs is that every query finds what it names.
"""

from __future__ import annotations

import functools
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from services.errors import ClientelaError


@dataclass(frozen=True)
class Index:
    table: str
    columns: tuple[str | None, ...]  # None for an expression, such as lower(name)
    unique: bool
    expression: str  # for an index on expressions, its definition after ON; else ""


@dataclass(frozen=True)
class Schema:
    columns: dict[str, tuple[str, ...]]  # table -> its columns in order
    indexes: dict[str, Index]  # an index's name -> what it covers


@dataclass(frozen=True)
class Missing:
    """The first thing the file lacks: kind is "table", "column" or "index"."""

    kind: str
    table: str
    name: str


def read_schema(conn: sqlite3.Connection) -> Schema:
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    columns = {
        table: tuple(row[1] for row in conn.execute(f'PRAGMA table_info("{_quoted(table)}")'))
        for table in tables
    }
    definitions = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"))
    indexes = {}
    for table in tables:
        for row in conn.execute(f'PRAGMA index_list("{_quoted(table)}")'):
            name, unique = row[1], bool(row[2])
            covered = tuple(
                info[2] for info in conn.execute(f'PRAGMA index_info("{_quoted(name)}")')
            )
            expression = ""
            if None in covered:  # lower(name) and the like: only the definition tells them apart
                sql = definitions.get(name) or ""
                expression = " ".join(sql.lower().partition(" on ")[2].replace('"', "").split())
            indexes[name] = Index(table, covered, unique, expression)
    return Schema(columns, indexes)


def _quoted(name: str) -> str:
    return name.replace('"', '""')


def first_missing(expected: Schema, actual: Schema) -> Missing | None:
    """The first table, column or index of ``expected`` that ``actual`` lacks, or None."""
    for table, columns in sorted(expected.columns.items()):
        if table not in actual.columns:
            return Missing("table", table, table)
        for column in columns:
            if column not in actual.columns[table]:
                return Missing("column", table, column)
    # An index counts by what it covers: SQLite names those made for UNIQUE constraints
    # itself (sqlite_autoindex_<table>_<n>), and a rebuilt table may number them otherwise.
    present = set(actual.indexes.values())
    for name, index in sorted(expected.indexes.items()):
        if index not in present:
            return Missing("index", index.table, name)
    return None


@functools.lru_cache(maxsize=8)
def reference_schema(migrations_dir: Path, revision: str) -> Schema:
    """The schema of an empty database migrated to ``revision`` with these scripts."""
    from alembic import command
    from alembic.config import Config

    from services.database import create_sqlite_engine

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "reference.sqlite3"
        engine = create_sqlite_engine(path)
        try:
            config = Config()
            config.set_main_option("script_location", str(migrations_dir))
            with engine.begin() as conn:
                config.attributes["connection"] = conn
                command.upgrade(config, revision)
        except Exception as exc:
            raise ClientelaError("migration_failed", path=str(path), detail=str(exc)) from exc
        finally:
            engine.dispose()
        raw = sqlite3.connect(path)
        try:
            return read_schema(raw)
        finally:
            conn.close()

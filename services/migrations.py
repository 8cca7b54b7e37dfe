"""Bringing a database's schema up to date, without ever risking the user's file.

For SQLite the migration runs on a copy; only a copy that migrated completely replaces the
original, and a copy of the original is kept in the backups folder first (services.backups).
A new file is built the same way, beside the place it goes, and moved there complete.
PostgreSQL runs the migration in place inside one transaction (its DDL is transactional),
holding an advisory lock: several apps starting at once on a shared server migrate one after
the other, and those that waited find the work done.

Alembic is imported only when a migration is actually due, so a normal start does not pay
for it.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from models.migrations import HEAD_REVISION, MIGRATIONS_DIR
from services.errors import DatabaseError


@dataclass(frozen=True)
class MigrationSet:
    """A folder of Alembic scripts and the revision they end at."""

    directory: Path
    head: str

    def known_revisions(self) -> set[str]:
        # Revision ids equal file names (tests/models/test_migrations.py keeps it so).
        return {p.stem for p in (self.directory / "versions").glob("*.py")}


DEFAULT_MIGRATIONS = MigrationSet(MIGRATIONS_DIR, HEAD_REVISION)

# The key of the server-wide advisory lock that migrations of a Clientela book take; any fixed
# 64-bit number works, as long as every version of the app uses the same one.
MIGRATION_LOCK_KEY = 0x436C69656E74656C  # "Clientel"


def display_url(engine: Engine) -> str:
    """The engine's address as the user may read it: never with the password."""
    return engine.url.render_as_string(hide_password=True)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return revision_on(conn)


def revision_on(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine, path: Path | None, migrations: MigrationSet) -> Engine:
    """Upgrade to ``migrations.head`` if needed; returns the engine to use afterwards."""
    display = str(path) if path is not None else display_url(engine)
    try:
        revision = current_revision(engine)
        empty = revision is None and not inspect(engine).get_table_names()
    except SQLAlchemyError as exc:
        raise DatabaseError("unreadable", path=display, detail=str(exc)) from exc
    if revision == migrations.head:
        return engine
    _refuse_newer(revision, migrations, display)
    if path is None:  # a server migrates inside a transaction
        _migrate_server(engine, migrations, display)
        return engine
    engine.dispose()
    if empty:
        # A new file is built aside too: SQLite's driver commits each CREATE TABLE on its
        # own, so a first run killed midway would leave half a schema where the book goes,
        # and the next start would refuse it as not a Clientela file.
        return _migrate_aside(path, migrations, copy_existing=False)
    from services.backups import BEFORE_MIGRATION, make_backup

    make_backup(path, f"{BEFORE_MIGRATION}-{revision or 'none'}")
    return _migrate_aside(path, migrations, copy_existing=True)


def _refuse_newer(revision: str | None, migrations: MigrationSet, display: str) -> None:
    if revision is not None and revision not in migrations.known_revisions():
        raise DatabaseError("newer_schema", path=display, revision=revision)


def _migrate_server(engine: Engine, migrations: MigrationSet, display: str) -> None:
    """Migrate a server's book in one transaction, under the migration lock.

    Two apps starting together on a book that is not up to date would otherwise both run the
    same scripts, and the second would fail on tables the first just made. The lock is a
    transaction-level one: it goes with the commit or the rollback, even if the app dies.
    """
    try:
        with engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
            # Read again under the lock: the app we waited for may have migrated it already,
            # or (a newer app) beyond what we know.
            revision = revision_on(conn)
            if revision == migrations.head:
                return
            _refuse_newer(revision, migrations, display)
            _upgrade(conn, migrations)
    except DatabaseError:
        raise
    except Exception as exc:
        raise DatabaseError("migration_failed", path=display, detail=str(exc)) from exc


def create_new(path: Path, migrations: MigrationSet) -> Engine:
    """A new SQLite book at ``path`` (where nothing is), built beside it and moved there whole."""
    return _migrate_aside(path, migrations, copy_existing=False)


def _run_alembic(engine: Engine, migrations: MigrationSet, display: str) -> None:
    try:
        with engine.begin() as conn:
            _upgrade(conn, migrations)
    except Exception as exc:
        raise DatabaseError("migration_failed", path=display, detail=str(exc)) from exc


def _upgrade(conn: Connection, migrations: MigrationSet) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations.directory))
    config.attributes["connection"] = conn
    command.upgrade(config, migrations.head)


def _migrate_aside(path: Path, migrations: MigrationSet, *, copy_existing: bool) -> Engine:
    """Migrate a working file next to ``path`` (a copy of it, or a new file) and
    move it over ``path`` only once it is complete."""
    from services.backups import sqlite_copy
    from services.database import create_sqlite_engine

    work = path.with_name(path.name + ".migrating")
    # A run killed midway leaves its copy and that copy's WAL; the WAL, left beside the fresh
    # copy, would be replayed onto it.
    _remove_sqlite_files(work)
    if copy_existing:
        sqlite_copy(path, work)
    work_engine = create_sqlite_engine(work)
    try:
        _run_alembic(work_engine, migrations, str(path))  # the user's file, not ours
        with work_engine.connect() as conn:
            # Fold the WAL into the main file so the single file we move is complete.
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        work_engine.dispose()
        _remove_sqlite_files(work)
        raise
    work_engine.dispose()
    # The original's own WAL was copied into ``work``; left beside the new file it would
    # be replayed onto it, so it goes before the swap.
    _remove_sqlite_sidecars(path)
    _remove_sqlite_sidecars(work)
    work.replace(path)
    return create_sqlite_engine(path)


def _remove_sqlite_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


def _remove_sqlite_files(path: Path) -> None:
    _remove_sqlite_sidecars(path)
    path.unlink(missing_ok=True)

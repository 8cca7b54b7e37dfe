"""Opening the database: one engine and one sessionmaker per run.

SQLite (a file in the user's data folder) is the default; a PostgreSQL URL serves a team.
Every user action opens its own ``with db.sessions.begin():`` in a service function.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from services.errors import DatabaseError
from services.migrations import DEFAULT_MIGRATIONS, MigrationSet, create_new, migrate
from services.paths import is_server_url
from services.progress import Sessions
from services.server_connection import hide_password, masked_url

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Database:
    url: str
    path: Path | None  # the file, for SQLite; None for a server
    engine: Engine
    sessions: Sessions

    def close(self) -> None:
        self.engine.dispose()

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string(hide_password=True)


def _enable_sqlite_pragmas(dbapi_connection, _record) -> None:
    # Only per-connection settings here: none of them writes to the file, so connecting to
    # a file that turns out not to be ours (or to be newer) leaves it exactly as it was.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def create_sqlite_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _enable_sqlite_pragmas)
    return engine


def location_of(engine: Engine) -> str | None:
    """Where another process can open the same database: a file path or a server URL (with
    its password); None for an in-memory database, which no other process can see."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return url.database if url.database not in (None, "", ":memory:") else None
    return url.render_as_string(hide_password=False)


def connect(location: str) -> Engine:
    """An engine on the database at a file path or server URL, neither checked nor migrated:
    open_database does that first; a worker process gets its ``location_of``."""
    if is_server_url(location):
        engine = create_engine(location, pool_pre_ping=True)
        event.listen(engine, "connect", _without_jit)
        return engine
    return create_sqlite_engine(Path(location))


def _without_jit(dbapi_connection: Any, _record: object) -> None:
    """PostgreSQL compiles a query to machine code once its estimated cost is high: our
    grouped queries over a chunk of clients reach that, run in tens of milliseconds, and
    spent a third of that compiling (measured: 19 of 66 ms)."""
    autocommit = dbapi_connection.autocommit
    dbapi_connection.autocommit = True  # a SET outside any transaction the pool would see
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET jit = off")
    dbapi_connection.autocommit = autocommit


def check_sqlite_file(path: Path) -> None:
    """Explain, before SQLAlchemy does it with a traceback, why a file cannot be used.

    Only a regular file that already starts like a SQLite database, or nothing at all, is
    usable: SQLite would happily "create" a book in an empty file, and building it aside and
    moving it into place would replace a device or a FIFO with a file.
    """
    if not path.parent.is_dir():
        raise DatabaseError("missing_folder", path=str(path.parent))
    if path.is_dir():
        raise DatabaseError("is_a_folder", path=str(path))
    if not os.path.lexists(path):
        if not os.access(path.parent, os.W_OK):
            raise DatabaseError("folder_not_writable", path=str(path.parent))
        return
    # stat, not open: opening a FIFO waits for a writer that never comes.
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:  # a symlink pointing nowhere, a file gone meanwhile
        raise DatabaseError("not_a_regular_file", path=str(path)) from exc
    if not stat.S_ISREG(mode):
        raise DatabaseError("not_a_regular_file", path=str(path))
    header = _read_header(path)
    if not header:
        raise DatabaseError("empty_file", path=str(path))
    if header != SQLITE_MAGIC:
        raise DatabaseError("not_a_database", path=str(path))


def _read_header(path: Path) -> bytes:
    # O_NONBLOCK: should the file have become a FIFO since the stat, opening still returns.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise DatabaseError("not_a_regular_file", path=str(path))
            return os.read(fd, len(SQLITE_MAGIC))
        finally:
            os.close(fd)
    except OSError as exc:
        raise DatabaseError("unreadable", path=str(path), detail=exc.strerror or str(exc)) from exc


def driver_message(exc: SQLAlchemyError) -> str:
    """The database's own words for what went wrong. Only errors the driver raised carry
    them (``orig``); SQLAlchemy's own (a pool timeout, a closed connection) are their message."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return str(exc.orig)
    return str(exc)


def _use_wal(engine: Engine, display: str) -> None:
    """WAL: readers never block the writer, and a crash cannot leave a half-written page.

    The mode is stored in the file itself, so it is set once, and only on a file already
    known to be a Clientela database: switching it rewrites the file's header.
    """
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")
    except SQLAlchemyError as exc:
        raise DatabaseError("unreadable", path=display, detail=driver_message(exc)) from exc


def _check_is_clientela(engine: Engine, display: str) -> None:
    try:
        tables = set(inspect(engine).get_table_names())
    except SQLAlchemyError as exc:
        raise DatabaseError("unreadable", path=display, detail=driver_message(exc)) from exc
    # Another Alembic-managed program's file has alembic_version too, but no client table.
    if tables and not {"alembic_version", "client"} <= tables:
        raise DatabaseError("not_clientela", path=display)


def open_database(
    location: str | Path,
    *,
    migrations: MigrationSet = DEFAULT_MIGRATIONS,
    upgrade: bool = True,
) -> Database:
    """Open (creating if needed) and migrate the database at a file path or server URL."""
    location = str(location)
    if is_server_url(location):
        path = None
        url = location
        try:
            engine = connect(url)
        except (SQLAlchemyError, ImportError, ValueError) as exc:
            raise DatabaseError(
                "bad_url", path=masked_url(url), detail=hide_password(str(exc), url)
            ) from exc
    else:
        check_sqlite_file(Path(location).absolute())  # a symlink pointing nowhere included
        path = Path(location).resolve()
        url = f"sqlite:///{path}"
        engine = connect(str(path))
    display = str(path) if path else masked_url(location)
    try:
        if path is not None and upgrade and not os.path.lexists(path):
            # A new book: built aside and moved in complete, without ever connecting to its
            # place, where SQLite would leave an empty file that the next start must refuse.
            engine.dispose()
            engine = create_new(path, migrations)
        else:
            _check_is_clientela(engine, display)
            if upgrade:
                engine = migrate(engine, path, migrations)
        if path is not None:
            _use_wal(engine, display)
    except BaseException:
        engine.dispose()
        raise
    sessions = sessionmaker(engine, expire_on_commit=False)
    if path is None:
        _refuse_writes_once_newer(sessions, migrations, display)
    return Database(url=url, path=path, engine=engine, sessions=sessions)


_CHECKED_IN = "clientela_schema_checked_in"


def _refuse_writes_once_newer(sessions: Sessions, migrations: MigrationSet, display: str) -> None:
    """On a shared server, a newer Clientela may migrate the book while this one runs: from
    then on this app refuses to write (its rows would miss what the new schema expects) and
    says to update. One look at the revision per writing transaction."""

    def check(session: Session) -> None:
        transaction = session.get_transaction()
        if transaction is None or session.info.get(_CHECKED_IN) is transaction:
            return
        revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if revision != migrations.head:
            raise DatabaseError("newer_schema", path=display, revision=revision)
        session.info[_CHECKED_IN] = transaction

    def before_flush(session: Session, _context: object, _instances: object) -> None:
        check(session)

    def before_statement(state: ORMExecuteState) -> None:
        if state.is_insert or state.is_update or state.is_delete:
            check(state.session)

    event.listen(sessions, "before_flush", before_flush)
    event.listen(sessions, "do_orm_execute", before_statement)

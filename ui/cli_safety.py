"""The command line and damaged books: checked before a command runs, explained if SQLite fails.

Every command that opens a book first has SQLite check the pages it will read (the whole file
for commands that write or read everything, the client table for ``list``), so a damaged book
is refused before anything is written and never answers with a wrong count. An error SQLite
raises later becomes one line; when it means damage, that line points to ``restore``.
"""

from __future__ import annotations

import os
from pathlib import Path

from services.database import SQLITE_MAGIC, Database
from services.errors import DatabaseError
from services.integrity import SQLITE_READONLY, means_damage, quick_check, sqlite_error_code
from services.paths import backup_dir_for, is_server_url
from services.server_connection import hide_password, masked_url


def _damaged(path: Path, detail: str) -> DatabaseError:
    return DatabaseError(
        "damaged_book", path=str(path), detail=detail, backups=str(backup_dir_for(path))
    )


def refuse_if_damaged(db: Database, tables: tuple[str, ...]) -> None:
    if db.path is None:
        return  # a server checks its own pages
    problem = quick_check(db.path, tables=tables)
    if problem is not None:
        raise _damaged(db.path, problem)


def damage_explained(error: DatabaseError, location: str) -> DatabaseError:
    """An "unreadable" SQLite file that SQLite's own check rejects is a damaged book."""
    if error.code != "unreadable" or is_server_url(location):
        return error
    path = Path(location).resolve()
    try:
        with path.open("rb") as f:
            if f.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                return error
    except OSError:
        return error
    problem = quick_check(path)
    return error if problem is None else _damaged(path, problem)


def database_failure(exc: Exception, location: str) -> DatabaseError:
    detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    if is_server_url(location):
        # The URL may carry the password; neither it nor the driver's words may print it.
        return DatabaseError(
            "database_failed", path=masked_url(location), detail=hide_password(detail, location)
        )
    path = Path(location).resolve()
    if means_damage(exc):
        return _damaged(path, detail)
    if sqlite_error_code(exc) == SQLITE_READONLY:
        return DatabaseError("read_only_book", path=str(path))
    return DatabaseError("database_failed", path=str(path), detail=detail)


def refuse_if_read_only(location: str) -> None:
    """A command that writes, on a file or folder it may not write: said before it starts.

    The folder counts too: SQLite writes its journal beside the file, and the lock goes there.
    """
    if is_server_url(location):
        return
    path = Path(location).resolve()
    if not path.exists():
        return
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DatabaseError("read_only_book", path=str(path))

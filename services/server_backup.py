"""Back up now, for a team's book on a PostgreSQL server: a pg_dump of its database.

A file copy serves a book kept in a file (services/backups.py); a server's book is copied by
the server's own tool, pg_dump, in its custom format, which ``pg_restore`` reads back (the
README says how). The dump goes to the backups folder in this computer's data folder, one file
per run named after the database and the time, and the oldest beyond ``keep`` are removed.

The password reaches pg_dump in its environment (PGPASSWORD), never on its command line, where
any user of the computer could read it; without one, pg_dump reads ~/.pgpass as the app does.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from services.errors import ClientelaError
from services.server_connection import hide_password, masked_url

DUMP_SUFFIX = ".dump"
_STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"


class ServerBackupError(ClientelaError):
    """Codes: pg_dump_missing (with how to back up otherwise), pg_dump_failed."""


def find_pg_dump() -> str | None:
    """pg_dump on PATH, else the newest of Debian's server packages (a newer pg_dump reads
    older servers; an older one refuses newer servers, and says so)."""
    found = shutil.which("pg_dump")
    if found:
        return found
    debian = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_dump"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return str(debian[-1]) if debian else None


def libpq_uri(location: str) -> tuple[str, str | None]:
    """The URL as libpq reads it (no SQLAlchemy driver name), and the password apart."""
    url = make_url(location)
    password = url.password
    # Built anew: URL.set(password=None) leaves the password where it was.
    plain = URL.create(
        "postgresql",
        username=url.username,
        host=url.host,
        port=url.port,
        database=url.database,
        query=url.query,
    )
    return plain.render_as_string(hide_password=False), password


def _prefix(database: str) -> str:
    return (re.sub(r"[^A-Za-z0-9_.-]", "_", database) or "clientela") + "-"


def dump_name(database: str, when: datetime) -> str:
    return f"{_prefix(database)}{when.strftime(_STAMP_FORMAT)}{DUMP_SUFFIX}"


def dump_server(location: str, folder: Path, *, keep: int = 10) -> Path:
    """Dump the server's book into ``folder``; returns the dump's path."""
    uri, password = libpq_uri(location)
    pg_dump = find_pg_dump()
    if pg_dump is None:
        raise ServerBackupError("pg_dump_missing", path=uri)  # uri: without the password
    database = make_url(location).database or "clientela"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / dump_name(database, datetime.now(UTC))
    partial = target.with_name(target.name + ".partial")
    env = dict(os.environ)
    if password:
        env["PGPASSWORD"] = password
    try:
        done = subprocess.run(
            [pg_dump, "--format=custom", "--no-owner", f"--file={partial}", f"--dbname={uri}"],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError as exc:
        raise ServerBackupError(
            "pg_dump_failed", path=masked_url(location), detail=exc.strerror or str(exc)
        ) from exc
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        detail = " ".join(done.stderr.split()) or f"exit {done.returncode}"
        raise ServerBackupError(
            "pg_dump_failed",
            path=masked_url(location),
            detail=hide_password(detail, location, password),
        )
    partial.replace(target)
    _rotate(folder, database, keep)
    return target


def _rotate(folder: Path, database: str, keep: int) -> None:
    prefix = _prefix(database)
    stamp = re.compile(re.escape(prefix) + r"\d{8}-\d{6}-\d{6}" + re.escape(DUMP_SUFFIX) + "$")
    dumps = sorted(p for p in folder.iterdir() if stamp.match(p.name))  # by time, as named
    for old in dumps[: max(0, len(dumps) - max(keep, 1))]:
        old.unlink(missing_ok=True)

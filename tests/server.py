"""The PostgreSQL run of the suite: a database per test, cloned from one migrated template on
the server that .ci/run (or the developer) started; see tests/conftest.py."""

from __future__ import annotations

import itertools
import os
import subprocess
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from services.database import open_database
from services.server_connection import ServerAddress

SERVER_ENV = "CLIENTELA_TEST_SERVER"  # e.g. postgresql+psycopg://postgres@/?host=/tmp/s&port=5
TEMPLATE = "clientela_test_template"
_numbers = itertools.count(1)
_made: list[str] = []
KEPT = 8


def server_url() -> str | None:
    return os.environ.get(SERVER_ENV) or None


def socket_address(url: str, database: str | None = None) -> ServerAddress:
    """What Settings would keep for the test server at ``url`` (a socket folder and a port),
    naming ``database`` or the URL's own."""
    parsed = make_url(url)
    return ServerAddress(
        str(parsed.query["host"]),
        database if database is not None else parsed.database or "",
        parsed.username or "",
        int(parsed.query["port"]),
        "disable",
    )


def _admin(base: str):
    return create_engine(
        make_url(base).set(database="postgres"), isolation_level="AUTOCOMMIT", poolclass=None
    )


def prepare_template(base: str) -> None:
    """Drop what an earlier run left and migrate the template once."""
    engine = _admin(base)
    with engine.connect() as connection:
        names = connection.scalars(
            text("SELECT datname FROM pg_database WHERE datname LIKE 'clientela_test_%'")
        ).all()
        for name in names:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{TEMPLATE}"'))
    engine.dispose()
    open_database(make_url(base).set(database=TEMPLATE).render_as_string(False)).close()


def new_database(base: str, *, empty: bool = False) -> str:
    """A fresh migrated database (a copy of the template), or an empty one; returns its URL."""
    name = f"clientela_test_{os.getpid()}_{next(_numbers)}"
    engine = _admin(base)
    with engine.connect() as connection:
        template = "template0" if empty else TEMPLATE
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    engine.dispose()
    _made.append(name)
    return make_url(base).set(database=name).render_as_string(hide_password=False)


def drop_old(base: str) -> None:
    """Drop the databases of earlier tests but the last few: a widget of a finished test can
    still read its book when a queued event reaches it during the next tests."""
    engine = _admin(base)
    with engine.connect() as connection:
        while len(_made) > KEPT:
            name = _made.pop(0)
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


TOOL = Path(__file__).resolve().parent.parent / "tools" / "test-server"
PASSWORD = "T0p-s3cret pw"  # a space: the URL must quote it


def start_password_server(folder: Path) -> str:
    """A second throwaway cluster where every connection needs PASSWORD; returns its URL
    (without the password). tools/test-server stop FOLDER ends it."""
    password_file = folder.parent / f"{folder.name}.pw"
    password_file.write_text(PASSWORD + "\n")
    done = subprocess.run(
        [str(TOOL), "start", str(folder), str(password_file)],
        capture_output=True,
        text=True,
        check=True,
    )
    password_file.unlink()
    return done.stdout.strip()


def stop_server(folder: Path) -> None:
    subprocess.run([str(TOOL), "stop", str(folder)], capture_output=True, check=False)

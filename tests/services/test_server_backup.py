"""Back up now on a team's server: pg_dump writes a dump that pg_restore brings back, the
password never shows, and the oldest dumps go beyond the number kept."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from services.clients import ClientInput, save_client
from services.database import open_database
from services.server_backup import ServerBackupError, dump_server, libpq_uri
from tests import server


def test_pg_dump_gets_a_libpq_address_and_the_password_apart():
    uri, password = libpq_uri("postgresql+psycopg://ana:p%40ss@db.lan:5433/book?sslmode=require")
    assert uri == "postgresql://ana@db.lan:5433/book?sslmode=require"
    assert password == "p@ss"


def _names(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return list(conn.scalars(text("SELECT name FROM client ORDER BY name")))
    finally:
        engine.dispose()


def test_a_dump_restores_into_an_empty_database_as_the_readme_says(
    server_url, empty_server_book, tmp_path: Path
):
    db = open_database(empty_server_book)
    save_client(db.sessions, ClientInput(name="Gómez Hermanos"))
    db.close()
    dump = dump_server(empty_server_book, tmp_path / "backups")
    assert dump.parent == tmp_path / "backups" and dump.stat().st_size > 0
    restored = server.new_database(server_url, empty=True)
    uri, _password = libpq_uri(restored)
    pg_restore = Path(subprocess.check_output(["which", "pg_restore"], text=True).strip())
    subprocess.run(
        [str(pg_restore), "--clean", "--if-exists", "--no-owner", f"--dbname={uri}", str(dump)],
        check=True,
        capture_output=True,
    )
    assert _names(restored) == ["Gómez Hermanos"]
    opened = open_database(restored)  # a Clientela book again, at the current revision
    opened.close()


def test_only_the_newest_dumps_are_kept(empty_server_book, tmp_path: Path):
    open_database(empty_server_book).close()
    dumps = [dump_server(empty_server_book, tmp_path, keep=2) for _ in range(3)]
    assert sorted(tmp_path.iterdir()) == dumps[1:]


def test_a_refused_password_is_explained_without_showing_it(password_server, tmp_path: Path):
    url = make_url(password_server).set(password="not-the-one", database="postgres")
    with pytest.raises(ServerBackupError) as raised:
        dump_server(url.render_as_string(hide_password=False), tmp_path)
    assert raised.value.code == "pg_dump_failed"
    assert "password authentication failed" in str(raised.value.params["detail"])
    assert "not-the-one" not in repr(raised.value.params)
    assert list(tmp_path.iterdir()) == []  # no half-written dump left behind

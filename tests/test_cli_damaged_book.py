"""A damaged book is refused before anything is read or written (issue #16, point 5).

A real book of 3,000 clients gets garbage over pages in its middle, as a failing disk leaves,
or loses its second half; then ``list``, ``import``, ``evaluate`` and ``backup`` each answer
with one line that points to ``restore``, exit code 2, and leave the file as it was: never a
traceback, never a count of the clients that happened to be readable.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import insert

from bench.metrics import client_rows
from models import Client
from services.database import open_database
from tests.command_line import clientela
from ui.cli_safety import database_failure

CLIENTS = 3000


@pytest.fixture
def big_book(db_path: Path) -> Path:
    db = open_database(db_path)
    try:
        with db.sessions.begin() as session:
            session.execute(insert(Client), list(client_rows(CLIENTS)))
    finally:
        db.close()
    with sqlite3.connect(db_path) as conn:  # the file alone holds the book: no WAL beside it
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return db_path


def garbage_in_the_middle(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as f:
        f.seek(size // 2)
        f.write(b"\xde\xad\xbe\xef" * 2048)


def second_half_lost(path: Path) -> None:
    with path.open("r+b") as f:
        f.truncate(path.stat().st_size // 2)


def seven_clients_dropped_from_a_page(path: Path) -> None:
    """A client page says it holds 7 rows fewer than it does: SQLite reads on without a word,
    and before the check ``list`` printed "2993 clients"."""
    conn = sqlite3.connect(path)
    try:
        (page,) = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'client' AND pagetype = 'leaf' LIMIT 1"
        ).fetchone()
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    except sqlite3.OperationalError as exc:
        pytest.skip(f"this SQLite has no dbstat: {exc}")
    finally:
        conn.close()
    with path.open("r+b") as f:
        f.seek((page - 1) * page_size + 3)  # a leaf page's header: its count of cells
        cells = int.from_bytes(f.read(2), "big")
        f.seek((page - 1) * page_size + 3)
        f.write((cells - 7).to_bytes(2, "big"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_book_is_whole_before_it_is_damaged(big_book, data_dir):
    listed = clientela("--db", str(big_book), "--lang", "en", "list", data_dir=data_dir)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines()[-1] == f"{CLIENTS} clients"


@pytest.mark.parametrize(
    "damage", [garbage_in_the_middle, second_half_lost, seven_clients_dropped_from_a_page]
)
@pytest.mark.parametrize("command", ["list", "import", "evaluate", "backup"])
def test_every_command_refuses_a_damaged_book_pointing_to_restore(
    big_book, tmp_path, data_dir, damage, command
):
    source = tmp_path / "clients.csv"
    source.write_text("name,city\nAcme,Sevilla\n", encoding="utf-8")
    args = {
        "list": ["list"],
        "import": ["import", str(source)],
        "evaluate": ["evaluate", "--triage"],
        "backup": ["backup"],
    }[command]
    damage(big_book)
    before = digest(big_book)

    result = clientela("--db", str(big_book), "--lang", "en", *args, data_dir=data_dir)

    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "is damaged" in result.stderr
    assert "clientela restore FILE" in result.stderr
    assert "clients" not in result.stdout  # no count of whatever happened to be readable
    assert digest(big_book) == before
    assert not list((big_book.parent / "backups").glob("*-manual-*"))


def test_an_error_sqlite_raises_mid_command_is_explained_by_its_kind(tmp_path):
    corrupt = sqlite3.DatabaseError("database disk image is malformed")
    corrupt.sqlite_errorcode = 11  # SQLITE_CORRUPT
    read_only = sqlite3.OperationalError("attempt to write a readonly database")
    read_only.sqlite_errorcode = 8  # SQLITE_READONLY

    book = str(tmp_path / "book.sqlite3")
    assert database_failure(corrupt, book).code == "damaged_book"
    assert database_failure(read_only, book).code == "read_only_book"
    assert database_failure(sqlite3.OperationalError("disk I/O error"), book).code == (
        "database_failed"
    )


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes files whatever their mode"
)
def test_a_read_only_book_is_read_but_not_written(big_book, tmp_path, data_dir):
    source = tmp_path / "clients.csv"
    source.write_text("name,city\nAcme,Sevilla\n", encoding="utf-8")
    big_book.chmod(0o444)
    try:
        listed = clientela("--db", str(big_book), "--lang", "en", "list", data_dir=data_dir)
        imported = clientela(
            "--db", str(big_book), "--lang", "en", "import", str(source), data_dir=data_dir
        )
    finally:
        big_book.chmod(0o644)
    assert listed.returncode == 0, listed.stderr
    assert imported.returncode == 2
    assert "is read-only" in imported.stderr

"""``clientela init``: a new book from the command line, never over anything already there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from services.business_profile import get_profile
from services.client_list import ClientQuery, search_ids
from services.database import open_database
from tests.command_line import clientela


def test_init_creates_an_empty_book_that_list_then_opens(tmp_path, data_dir):
    book = tmp_path / "new.sqlite3"

    created = clientela("--db", str(book), "--lang", "en", "init", data_dir=data_dir)

    assert created.returncode == 0, created.stderr
    assert f"Created a new client book at {book}" in created.stdout
    assert "File → Settings" in created.stdout
    listed = clientela("--db", str(book), "--lang", "en", "list", data_dir=data_dir)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines()[-1] == "0 clients"


def test_init_with_demo_and_language_fills_the_book_and_sets_the_letters_language(
    tmp_path, data_dir
):
    book = tmp_path / "demo.sqlite3"

    created = clientela("--db", str(book), "init", "--demo", "--lang", "en", data_dir=data_dir)

    assert created.returncode == 0, created.stderr
    db = open_database(book)
    try:
        clients = len(search_ids(db.sessions, ClientQuery()))
        assert clients >= 10
        assert f"{clients} demo clients added" in created.stdout
        assert get_profile(db.sessions).default_language == "en"
        # The welcome still asks who the business is: init does not pretend to know.
        assert get_profile(db.sessions).name == ""
    finally:
        db.close()


def test_init_speaks_spanish_when_asked(tmp_path, data_dir):
    book = tmp_path / "libro.sqlite3"
    created = clientela("--db", str(book), "init", "--lang", "es", data_dir=data_dir)
    assert created.returncode == 0, created.stderr
    assert "Se ha creado" in created.stdout


def test_init_without_db_creates_the_book_in_the_default_data_folder(data_dir):
    created = clientela("init", data_dir=data_dir)
    assert created.returncode == 0, created.stderr
    assert (data_dir / "clientela.sqlite3").is_file()


def _existing_book(path: Path) -> None:
    open_database(path).close()


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(_existing_book, id="a Clientela book"),
        pytest.param(lambda p: p.write_bytes(b""), id="an empty file"),
        pytest.param(lambda p: p.write_text("name;city\n", encoding="utf-8"), id="a text file"),
        pytest.param(lambda p: os.mkfifo(p), id="a FIFO"),
        pytest.param(lambda p: p.symlink_to(p.parent / "nowhere"), id="a dangling symlink"),
    ],
)
def test_init_refuses_to_touch_anything_already_there(make, tmp_path, data_dir):
    path = tmp_path / "there.sqlite3"
    make(path)
    before = (path.lstat().st_mode, path.lstat().st_size, path.lstat().st_mtime_ns)

    result = clientela("--db", str(path), "--lang", "en", "init", data_dir=data_dir)

    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "init only starts new books" in result.stderr
    assert (path.lstat().st_mode, path.lstat().st_size, path.lstat().st_mtime_ns) == before


def test_init_in_a_missing_folder_says_so(tmp_path, data_dir):
    result = clientela("--db", str(tmp_path / "no" / "b.sqlite3"), "init", data_dir=data_dir)
    assert result.returncode == 2
    assert "does not exist" in result.stderr or "no existe" in result.stderr


def test_a_command_on_a_missing_book_points_to_init(tmp_path, data_dir):
    path = tmp_path / "typo.sqlite3"
    result = clientela("--db", str(path), "--lang", "en", "list", data_dir=data_dir)
    assert result.returncode == 2
    assert f"clientela --db {path} init" in result.stderr

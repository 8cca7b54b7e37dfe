"""A command run on a computer set up for the team's server works on that server's book,
as the window does; --db and $CLIENTELA_DB still name another."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from services.server_connection import ServerAddress
from tests.command_line import clientela
from tests.server import socket_address
from ui.database_choice import save_server_address


def _choose_server(data_dir: Path, address: ServerAddress) -> None:
    """What File → Settings → Database keeps, in the command's own settings folder."""
    path = data_dir.parent / "user-config" / "Clientela" / "Clientela.conf"
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    save_server_address(settings, address)
    settings.sync()


def test_a_command_works_on_the_server_chosen_in_settings(data_dir):
    _choose_server(data_dir, ServerAddress("127.0.0.1", "book", "ana", 1, "disable"))
    run = clientela("list", data_dir=data_dir)
    assert run.returncode == 2, run.stderr
    assert "127.0.0.1" in run.stderr and "Traceback" not in run.stderr
    assert not (data_dir / "clientela.sqlite3").exists()


def test_db_names_another_book_than_the_server_in_settings(data_dir, tmp_path):
    _choose_server(data_dir, ServerAddress("127.0.0.1", "book", "ana", 1, "disable"))
    own = tmp_path / "own.sqlite3"
    assert clientela("--db", str(own), "init", data_dir=data_dir).returncode == 0
    run = clientela("--db", str(own), "list", data_dir=data_dir)
    assert run.returncode == 0, run.stderr


def test_init_and_list_on_the_server_chosen_in_settings(data_dir, empty_server_book):
    _choose_server(data_dir, socket_address(empty_server_book))
    assert clientela("init", data_dir=data_dir).returncode == 0
    run = clientela("list", data_dir=data_dir)
    assert run.returncode == 0, run.stderr
    assert not (data_dir / "clientela.sqlite3").exists()

"""Back up now and Restore from backup when the book is on a team's PostgreSQL server."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from services import server_backup
from services.database import open_database
from tests.ui.waiting import wait_for_operations
from ui import message_box
from ui.backup_actions import back_up_now, restore_from_backup


@pytest.fixture
def said(monkeypatch):
    texts: list[str] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(message_box, kind, lambda _p, _t, text: texts.append(text))
    return texts


@pytest.fixture
def server_book(empty_server_book):
    db = open_database(empty_server_book)
    yield db
    db.close()


def test_back_up_now_dumps_the_server_into_the_backups_folder(
    qtbot, server_book, said, tmp_path: Path
):
    parent = QWidget()
    qtbot.addWidget(parent)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    back_up_now(parent, server_book, settings)
    wait_for_operations(qtbot, parent)
    (dump,) = (tmp_path / "user-data" / "backups").iterdir()
    assert dump.suffix == ".dump"
    assert said == [said[0]] and str(dump) in said[0] and "pg_restore" in said[0]


def test_without_pg_dump_back_up_now_says_how_to_back_up_the_server(
    qtbot, server_book, said, monkeypatch, tmp_path: Path
):
    monkeypatch.setattr(server_backup, "find_pg_dump", lambda: None)
    parent = QWidget()
    qtbot.addWidget(parent)
    back_up_now(parent, server_book, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    wait_for_operations(qtbot, parent)
    assert len(said) == 1 and "pg_dump" in said[0] and "not installed" in said[0]


def test_restore_on_a_server_explains_pg_restore(qtbot, server_book, said, tmp_path: Path):
    parent = QWidget()
    qtbot.addWidget(parent)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert not restore_from_backup(parent, server_book, settings)
    assert len(said) == 1 and "pg_restore --clean" in said[0]

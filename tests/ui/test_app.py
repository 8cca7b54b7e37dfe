import argparse
import os

import pytest
from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from services.business_profile import ProfileData, save_profile
from services.database import open_database
from ui import app as gui
from ui import message_box
from ui.main_window import MainWindow
from ui.welcome_dialog import WelcomeDialog


@pytest.fixture
def started(qapp, monkeypatch, tmp_path):
    """Runs ui.app.run_gui up to the event loop and records what it showed."""
    shown = {"welcome": 0, "errors": [], "windows": []}
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: 0))
    # The windows are looked at after run_gui returns, and deleted when the test ends.
    monkeypatch.setattr(gui, "delete_now", lambda _widget: None)
    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: shown.__setitem__("welcome", 1))
    monkeypatch.setattr(message_box, "critical", lambda _p, _t, text: shown["errors"].append(text))
    monkeypatch.setattr(MainWindow, "show", lambda self: shown["windows"].append(self))
    monkeypatch.setattr(
        gui, "QSettings", lambda: QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    yield shown
    for window in shown["windows"]:
        window.deleteLater()
    for translator in qapp.findChildren(QTranslator):  # leave the language as other tests expect
        qapp.removeTranslator(translator)
        translator.deleteLater()


def _args(db: str) -> argparse.Namespace:
    return argparse.Namespace(db=db, lang="en", command=None)


def test_first_start_creates_the_database_shows_the_welcome_then_the_window(started, tmp_path):
    path = tmp_path / "new.sqlite3"
    assert gui.run_gui(_args(str(path))) == 0
    assert path.exists()
    assert started["welcome"] == 1
    assert len(started["windows"]) == 1


def test_a_configured_book_opens_straight_on_the_list(started, tmp_path):
    path = tmp_path / "book.sqlite3"
    db = open_database(path)
    save_profile(db.sessions, ProfileData(name="Suministros Ribera"))
    db.close()
    assert gui.run_gui(_args(str(path))) == 0
    assert started["welcome"] == 0
    assert len(started["windows"]) == 1


def test_a_file_that_is_not_a_database_is_explained_and_nothing_opens(started, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("not a database")
    assert gui.run_gui(_args(str(path))) == 2
    assert "is not a database file" in started["errors"][0]
    assert started["windows"] == []


def test_a_damaged_criteria_file_is_reported_at_start_naming_file_and_entry(
    started, tmp_path, monkeypatch
):
    from services.criteria import load_catalogue

    broken = tmp_path / "criteria.json"
    broken.write_text('{"version": "x", "groups": [], "criteria": [}', encoding="utf-8")
    monkeypatch.setattr(gui, "load_catalogue", lambda: load_catalogue(broken))
    assert gui.run_gui(_args(str(tmp_path / "book.sqlite3"))) == 2
    assert str(broken) in started["errors"][0]
    assert "line 1" in started["errors"][0]
    assert started["windows"] == []


@pytest.mark.parametrize(
    "make,words",
    [
        pytest.param(lambda p: p.write_bytes(b""), "is an empty file", id="empty file"),
        pytest.param(os.mkfifo, "is not a regular file", id="FIFO"),
    ],
)
def test_an_empty_file_or_a_fifo_is_refused_with_a_message_and_left_as_it_was(
    started, tmp_path, make, words
):
    folder = tmp_path / "here"
    folder.mkdir()
    path = folder / "book.sqlite3"
    make(path)
    before = path.lstat()

    assert gui.run_gui(_args(str(path))) == 2  # a FIFO would hang here if it were opened

    assert words in started["errors"][0]
    assert started["windows"] == []
    after = path.lstat()
    assert (after.st_mode, after.st_size, after.st_mtime_ns) == (
        before.st_mode,
        before.st_size,
        before.st_mtime_ns,
    )
    assert [p.name for p in folder.iterdir()] == ["book.sqlite3"]

"""Backups as the owner meets them: Back up now, Restore from backup, a damaged database at
start, the day's first backup and the one on exit, the number kept, and the command line."""

from __future__ import annotations

import argparse
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

import main
from services.backups import list_backups, make_backup
from services.business_profile import ProfileData, save_profile
from services.clients import ClientInput, save_client
from services.database import open_database
from services.paths import backup_dir_for
from tests.ui.waiting import wait_for_operations
from ui import app as gui
from ui import backup_actions, message_box, safety_checks
from ui.backup_actions import KEEP_SETTING
from ui.main_window import MainWindow
from ui.restore_dialog import RestoreDialog
from ui.safety_checks import start_checks
from ui.settings_dialog import SettingsDialog
from ui.welcome_dialog import WelcomeDialog

# Backups copy the book's file: SQLite only.
pytestmark = pytest.mark.sqlite_file


def names_in(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM client ORDER BY name")]
    finally:
        conn.close()


def set_aside_files(db_path: Path) -> list[Path]:
    """Damaged databases set aside (their -wal and -shm go along under the same name)."""
    found = db_path.parent.glob(db_path.name + ".damaged-*")
    return [p for p in found if not p.name.endswith(("-wal", "-shm"))]


def shown_names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(row, model.COL_NAME).data() for row in range(model.rowCount())]


def damage(path: Path) -> None:
    """Garbage over everything after the first page, as a failing disk or a bad copy leaves."""
    data = bytearray(path.read_bytes())
    data[4096:] = bytes(range(256)) * ((len(data) - 4096) // 256) + b"\0" * (len(data) % 256)
    path.write_bytes(bytes(data))


@pytest.fixture
def messages(monkeypatch) -> dict[str, list[str]]:
    """What the message boxes would have said, and Yes to every question."""
    said: dict[str, list[str]] = {"information": [], "warning": [], "critical": [], "asked": []}
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(
            message_box, kind, lambda _p, _t, text, *_a, _kind=kind: said[_kind].append(text)
        )

    def ask(_parent, _title, question):
        said["asked"].append(question)
        return True

    monkeypatch.setattr(backup_actions, "ask", ask)
    return said


@pytest.fixture
def book(db):
    for name in ("Ñandú Peña", "Zoë Müller"):
        save_client(db.sessions, ClientInput(name=name))
    save_profile(db.sessions, ProfileData(name="Ferretería Núñez"))
    return db


def test_back_up_now_from_the_file_menu_makes_a_backup_and_keeps_the_set_number(
    qtbot, shown, book, settings, messages, settle
):
    settings.setValue(KEEP_SETTING, 2)
    window = MainWindow(book, settings)
    shown(window)
    for _ in range(3):
        window.findChild(type(window.act_backup), "backup").trigger()
        settle(window)

    kept = list_backups(book.path)
    assert len(kept) == 2
    assert all(backup.kind == "manual" for backup in kept)
    assert names_in(kept[0].path) == ["Zoë Müller", "Ñandú Peña"]
    assert str(kept[0].path) in messages["information"][-1]


def test_restore_from_backup_goes_back_keeps_the_current_file_and_shows_the_restored_list(
    qtbot, shown, book, settings, messages, monkeypatch, settle
):
    older = make_backup(book.path)
    save_client(book.sessions, ClientInput(name="Acme"))
    window = MainWindow(book, settings)
    shown(window)
    assert "Acme" in shown_names(window)

    def choose_first(dialog: RestoreDialog) -> int:
        assert dialog.backups.count() == 1
        dialog.backups.setCurrentRow(0)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", choose_first)
    settle(window)  # Restore waits for every background read (the ranking's upkeep at start)
    window.act_restore.trigger()
    settle(window)

    assert older.path.name in messages["asked"][0]
    assert shown_names(window) == ["Ñandú Peña", "Zoë Müller"]
    before_restore = [b for b in list_backups(book.path) if b.kind == "before-restore"]
    assert len(before_restore) == 1
    assert "Acme" in names_in(before_restore[0].path)
    save_client(book.sessions, ClientInput(name="After"))  # the window goes on working
    assert "After" in names_in(book.path)


def test_restoring_a_file_that_is_not_a_backup_is_refused_and_nothing_changes(
    qtbot, shown, book, settings, messages, monkeypatch, tmp_path, settle
):
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("not a database")

    def choose_other(dialog: RestoreDialog) -> int:
        dialog.chosen = notes
        return 1

    monkeypatch.setattr(RestoreDialog, "exec", choose_other)
    window = MainWindow(book, settings)
    shown(window)
    settle(window)  # Restore waits for every background read (the ranking's upkeep at start)
    window.act_restore.trigger()
    settle(window)

    assert "is not a database file" in messages["warning"][0]
    assert shown_names(window) == ["Ñandú Peña", "Zoë Müller"]
    assert list_backups(book.path) == []


def test_the_restore_dialog_lists_the_backups_newest_first(qtbot, book):
    make_backup(book.path, "daily")
    newest = make_backup(book.path, "exit")
    dialog = RestoreDialog(book.path)
    qtbot.addWidget(dialog)
    assert dialog.backups.count() == 2
    assert dialog.backups.item(0).data(Qt.ItemDataRole.UserRole) == str(newest.path)
    assert "on closing" in dialog.backups.item(0).text()
    assert "daily" in dialog.backups.item(1).text()


def test_backups_to_keep_is_a_setting_stored_on_save(qtbot, book, settings):
    dialog = SettingsDialog(book.sessions, settings)
    qtbot.addWidget(dialog)
    assert dialog.backups_to_keep.value() == 10
    dialog.tabs.setCurrentIndex(1)
    dialog.backups_to_keep.setFocus()
    dialog.backups_to_keep.selectAll()
    qtbot.keyClicks(dialog.backups_to_keep, "25")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert int(settings.value(KEEP_SETTING)) == 25


# -- start-up and exit ---------------------------------------------------------------------------


@pytest.fixture
def started(qapp, monkeypatch, tmp_path, messages):
    """Runs ui.app.run_gui up to the event loop and records the windows it showed."""
    windows: list[MainWindow] = []
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: 0))
    # The windows are looked at after run_gui returns, and deleted when the test ends.
    monkeypatch.setattr(gui, "delete_now", lambda _widget: None)
    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: 0)
    monkeypatch.setattr(MainWindow, "show", lambda self: windows.append(self))
    monkeypatch.setattr(
        gui, "QSettings", lambda: QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    yield windows
    for window in windows:
        window.deleteLater()
    for translator in qapp.findChildren(QTranslator):  # leave the language as other tests expect
        qapp.removeTranslator(translator)
        translator.deleteLater()


def _args(path: Path) -> argparse.Namespace:
    return argparse.Namespace(db=str(path), lang="en", command=None)


def test_a_damaged_database_at_start_is_set_aside_and_the_latest_good_backup_opened(
    started, messages, book
):
    path = book.path
    make_backup(path)
    book.close()
    damage(path)
    damaged = path.read_bytes()

    assert gui.run_gui(_args(path)) == 0

    assert "is damaged" in messages["asked"][0]
    assert len(started) == 1
    assert shown_names(started[0]) == ["Ñandú Peña", "Zoë Müller"]
    (aside,) = set_aside_files(path)
    assert aside.read_bytes() == damaged
    assert str(aside) in messages["information"][0]


def test_declining_the_backup_leaves_the_damaged_file_exactly_as_it_was(
    started, messages, book, monkeypatch
):
    path = book.path
    make_backup(path)
    book.close()
    damage(path)
    damaged = path.read_bytes()
    monkeypatch.setattr(backup_actions, "ask", lambda *_a: False)

    assert gui.run_gui(_args(path)) == 2

    assert started == []
    assert path.read_bytes() == damaged
    assert set_aside_files(path) == []


def test_a_damaged_database_without_a_good_backup_is_explained(started, messages, book):
    path = book.path
    book.close()
    damage(path)
    damaged = path.read_bytes()

    assert gui.run_gui(_args(path)) == 2

    assert "there is no good backup" in messages["critical"][0]
    assert path.read_bytes() == damaged


def test_the_days_first_start_backs_up_and_each_exit_backs_up_what_changed(started, book):
    path = book.path
    book.close()

    assert gui.run_gui(_args(path)) == 0
    kinds = sorted(b.kind for b in list_backups(path))
    assert kinds == ["daily", "exit"] or kinds == ["daily"]  # an unchanged exit adds nothing

    assert gui.run_gui(_args(path)) == 0  # same day: no second daily backup
    assert sum(b.kind == "daily" for b in list_backups(path)) == 1

    db = open_database(path)
    save_client(db.sessions, ClientInput(name="Acme"))
    db.close()
    count = len(list_backups(path))
    assert gui.run_gui(_args(path)) == 0
    backups = list_backups(path)
    assert len(backups) == count + 1
    assert backups[0].kind == "exit"
    assert "Acme" in names_in(backups[0].path)


def test_damage_found_by_the_background_check_is_offered_the_latest_good_backup(
    qtbot, shown, book, settings, messages, monkeypatch
):
    make_backup(book.path)
    window = MainWindow(book, settings)
    shown(window)
    wait_for_operations(qtbot, window)  # the window's own start-up work (the ranking upkeep)
    monkeypatch.setattr(safety_checks, "quick_check", lambda _path: "page 7 is bad")

    assert start_checks(window, book, settings)
    qtbot.waitUntil(lambda: len(messages["information"]) == 1)

    assert "page 7 is bad" in messages["asked"][0]
    assert shown_names(window) == ["Ñandú Peña", "Zoë Müller"]
    assert len(set_aside_files(book.path)) == 1


def test_the_background_check_makes_the_daily_backup_of_a_sound_database(
    qtbot, shown, book, settings, settle
):
    window = MainWindow(book, settings)
    shown(window)
    assert start_checks(window, book, settings)
    assert not window.act_restore.isEnabled()  # not while the check reads the file
    settle(window)
    assert window.act_restore.isEnabled()
    (backup,) = list_backups(book.path)
    assert backup.kind == "daily"


# -- command line ---------------------------------------------------------------------------------


@pytest.fixture
def cli(qapp):
    yield lambda *argv: main.main(list(argv))
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()


def test_cli_backup_to_a_folder_then_restore_it(cli, capsys, book, tmp_path):
    path = book.path
    book.close()
    usb = tmp_path / "usb"
    usb.mkdir()

    assert cli("--db", str(path), "--lang", "en", "backup", str(usb), "--keep", "3") == 0
    (copy,) = usb.iterdir()
    assert capsys.readouterr().out.strip() == str(copy)

    db = open_database(path)
    save_client(db.sessions, ClientInput(name="Acme"))
    db.close()
    assert cli("--db", str(path), "--lang", "en", "restore", str(copy)) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "before-restore" in out
    assert names_in(path) == ["Zoë Müller", "Ñandú Peña"]


def test_cli_restore_of_a_damaged_database_works_where_opening_it_would_fail(
    cli, capsys, book, tmp_path
):
    path = book.path
    saved = tmp_path / "saved.sqlite3"
    shutil.copyfile(make_backup(path).path, saved)
    book.close()
    damage(path)

    assert cli("--db", str(path), "--lang", "en", "list") == 2
    assert cli("--db", str(path), "--lang", "en", "restore", str(saved)) == 0
    assert names_in(path) == ["Zoë Müller", "Ñandú Peña"]
    assert len(set_aside_files(path)) == 1  # could not be copied: set aside instead


def test_cli_exit_codes_for_a_bad_backup_and_a_database_in_use(cli, capsys, book, tmp_path):
    from ui.instance_lock import InstanceLock

    path = book.path
    book.close()
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    assert cli("--db", str(path), "--lang", "en", "restore", str(notes)) == 1
    assert "is not a database file" in capsys.readouterr().err
    assert cli("--db", str(path), "--lang", "en", "backup", str(tmp_path / "missing")) == 1

    lock = InstanceLock(path)
    lock.acquire()
    try:
        before = path.read_bytes()
        backup = make_backup(path).path
        assert cli("--db", str(path), "--lang", "en", "restore", str(backup)) == 2
        assert "already open in Clientela" in capsys.readouterr().err
        assert path.read_bytes() == before
    finally:
        lock.release()
    assert not backup_dir_for(path).joinpath("nothing").exists()

"""One writer per database file: a second Clientela is refused and told where the file is open;
a lock left by a killed process is taken over without anyone deleting anything."""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSysInfo, QTranslator
from PySide6.QtWidgets import QApplication

from services.errors import DatabaseError
from ui import app as gui
from ui import message_box
from ui.instance_lock import InstanceLock, lock_database, lock_path_for
from ui.main_window import MainWindow
from ui.messages import describe_error
from ui.welcome_dialog import WelcomeDialog

ROOT = Path(__file__).resolve().parents[2]

HOLD_LOCK = """
import sys, time
from pathlib import Path
from ui.instance_lock import InstanceLock
lock = InstanceLock(Path(sys.argv[1]))  # kept: a dropped QLockFile unlocks
lock.acquire()
print("locked", flush=True)
time.sleep(60)
"""


@pytest.fixture
def other_process(db_path: Path):
    """Another Clientela process holding the lock on db_path; SIGKILL it with .kill()."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db_path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "locked"
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait()
    proc.stdout.close()


def test_a_second_lock_on_the_same_file_is_refused_naming_the_holder(db_path):
    first = InstanceLock(db_path)
    first.acquire()
    try:
        with pytest.raises(DatabaseError) as raised:
            InstanceLock(db_path).acquire()
    finally:
        first.release()

    assert raised.value.code == "database_in_use"
    assert raised.value.params["pid"] == os.getpid()
    assert raised.value.params["host"] == QSysInfo.machineHostName()
    message = describe_error(raised.value)
    assert str(db_path) in message
    assert str(os.getpid()) in message
    assert not lock_path_for(db_path).exists()  # released: nothing left behind


def test_another_process_holds_it_then_dies_and_its_stale_lock_is_taken_over(
    db_path, other_process
):
    with pytest.raises(DatabaseError) as raised:
        InstanceLock(db_path).acquire()
    assert raised.value.params["pid"] == other_process.pid

    other_process.send_signal(signal.SIGKILL)
    other_process.wait()
    assert lock_path_for(db_path).exists()  # a crash leaves its lock file behind

    lock = InstanceLock(db_path)
    lock.acquire()  # recognised as stale: that process is gone
    assert lock.held
    lock.release()


def test_a_database_server_needs_no_lock_file():
    assert lock_database("postgresql://owner@db.example.com/clientela") is None


@pytest.fixture
def started(qapp, monkeypatch, tmp_path):
    shown = {"errors": [], "windows": []}
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: 0))
    # The windows are looked at after run_gui returns, and deleted when the test ends.
    monkeypatch.setattr(gui, "delete_now", lambda _widget: None)
    monkeypatch.setattr(message_box, "critical", lambda _p, _t, text: shown["errors"].append(text))
    monkeypatch.setattr(MainWindow, "show", lambda self: shown["windows"].append(self))
    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: 0)
    monkeypatch.setattr(
        gui, "QSettings", lambda: QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    yield shown
    for window in shown["windows"]:
        window.deleteLater()
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()


def _args(db: Path) -> argparse.Namespace:
    return argparse.Namespace(db=str(db), lang="en", command=None)


def test_a_second_window_on_the_same_file_is_refused_and_writes_nothing(
    started, db_path, other_process
):
    before = db_path.read_bytes()

    assert gui.run_gui(_args(db_path)) == 2

    assert started["windows"] == []
    assert "already open in Clientela" in started["errors"][0]
    assert str(other_process.pid) in started["errors"][0]
    assert db_path.read_bytes() == before
    assert not (db_path.parent / "backups").exists()


def test_the_window_holds_the_lock_while_it_runs_and_releases_it_on_exit(
    started, db_path, monkeypatch
):
    held = []
    monkeypatch.setattr(
        QApplication, "exec", staticmethod(lambda: held.append(lock_path_for(db_path).exists()))
    )
    gui.run_gui(_args(db_path))
    assert held == [True]
    assert not lock_path_for(db_path).exists()
    InstanceLock(db_path).acquire()  # free for the next start


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUTF8": "1"}
    return subprocess.run(
        [sys.executable, "main.py", "--db", str(db), "--lang", "en", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_command_line_runs_that_write_are_refused_while_the_app_has_the_file(
    db_path, other_process, tmp_path
):
    csv_file = tmp_path / "clients.csv"
    csv_file.write_text("Name;City\nAcme;Sevilla\n", encoding="utf-8")
    before = db_path.read_bytes()

    for args in (
        ("import", str(csv_file)),
        ("evaluate", "--triage"),
        ("letters", "--kind", "loyalty", "--out", str(tmp_path / "letters")),
    ):
        run = _cli(db_path, *args)
        assert run.returncode == 2, (args, run.stderr)
        assert "already open in Clientela" in run.stderr
        assert str(other_process.pid) in run.stderr

    assert db_path.read_bytes() == before
    # Reading goes ahead beside the app: a dry run, a list, an export.
    assert _cli(db_path, "import", str(csv_file), "--dry-run").returncode == 0
    assert _cli(db_path, "list").returncode == 0
    export = _cli(db_path, "export", "--format", "csv", str(tmp_path / "out.csv"))
    assert export.returncode == 0, export.stderr
    assert db_path.read_bytes() == before


def _other_names(db_path: Path) -> dict[str, Path]:
    """Three more names for db_path: a hard link, a symlink, and a detour through ``..``."""
    elsewhere = db_path.parent / "elsewhere"
    elsewhere.mkdir()
    hard = elsewhere / "hard-link.sqlite3"
    os.link(db_path, hard)
    soft = elsewhere / "symlink.sqlite3"
    soft.symlink_to(db_path)
    detour = db_path.parent / "elsewhere" / ".." / db_path.name
    return {"hard link": hard, "symlink": soft, "detour": detour}


@pytest.mark.parametrize("name", ["hard link", "symlink", "detour"])
def test_another_name_for_the_same_file_meets_the_same_lock(db_path, other_process, name):
    path = _other_names(db_path)[name]

    with pytest.raises(DatabaseError) as raised:
        lock_database(str(path))

    assert raised.value.code == "database_in_use"
    assert raised.value.params["pid"] == other_process.pid


def test_two_imports_through_two_hard_links_cannot_both_write(db_path, tmp_path, other_process):
    """The other process holds the book under its first name; an import through a hard link
    is refused rather than writing beside it."""
    hard = _other_names(db_path)["hard link"]
    csv_file = tmp_path / "clients.csv"
    csv_file.write_text("Name;City\nAcme;Sevilla\n", encoding="utf-8")
    before = db_path.read_bytes()

    run = _cli(hard, "import", str(csv_file))

    assert run.returncode == 2, run.stdout + run.stderr
    assert "already open in Clientela" in run.stderr
    assert str(other_process.pid) in run.stderr
    assert db_path.read_bytes() == before


def test_a_lock_through_a_hard_link_is_released_for_the_next_writer(db_path):
    hard = _other_names(db_path)["hard link"]
    first = lock_database(str(hard))
    assert first is not None
    first.release()
    second = lock_database(str(db_path))  # nothing of the first lock is left behind
    assert second is not None
    second.release()

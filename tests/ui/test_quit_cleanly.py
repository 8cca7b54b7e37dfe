"""Quitting ends the process cleanly, whatever dialogs were opened (issue #16, point 12).

The app runs as the owner starts it, through ``main.main`` in a process of its own; a driver
opens each dialog from its menu action, closes it (Escape: reject), then File → Quit. Before
the fix, New client → Cancel → Quit ended in a segmentation fault in PySide6's shutdown,
after main() had returned: only the exit code shows it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from services.business_profile import ProfileData, save_profile
from services.clients import ClientInput, save_client
from tests.sender import SENDER

ROOT = Path(__file__).resolve().parents[2]

# Runs main.main(); once the window shows (the hook bench/bundle.py uses), each step triggers
# one action and closes every modal window that opens until the action returns.
DRIVER = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import main
import ui.app

steps = sys.argv[2].split(",")
if sys.argv[3] == "app-first":  # as a script that made the application before main()
    app = QApplication(sys.argv[:1])

def close_active():
    widget = QApplication.activeModalWidget()
    if widget is not None:
        widget.close() if not hasattr(widget, "reject") else widget.reject()

def drive(window):
    window.table.selectRow(0)
    closer = QTimer()
    closer.timeout.connect(close_active)
    closer.start(30)
    for step in steps:
        getattr(window, "act_" + step).trigger()  # returns once its dialog is closed
        print("done", step, flush=True)
        window.table.selectRow(0)
    closer.stop()
    window.act_quit.trigger()

def hook(app):
    from ui.main_window import MainWindow
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    QTimer.singleShot(0, lambda: drive(window))

ui.app.quit_when_shown_if_asked = hook
code = main.main(["--db", sys.argv[1], "--lang", "en"])
print("main returned", code, flush=True)
sys.exit(code)
"""

DIALOGS = [
    "new",
    "edit",
    "open",
    "evaluate",
    "write_letter",
    "campaign",
    "templates",
    "triage",
    "import",
    "export",
    "settings",
    "restore",
    "about",
]

# The app runs in a process of its own on the book's file: SQLite only.
pytestmark = pytest.mark.sqlite_file


@pytest.fixture
def configured_book(db):
    # Complete enough to write letters: Write letter and the campaign open their windows.
    save_profile(db.sessions, ProfileData(name="Suministros Ribera", **SENDER))
    save_client(db.sessions, ClientInput(name="Ñandú Peña", city="Cádiz"))
    return db.path


def _run(
    book: Path, steps: list[str], tmp_path: Path, app: str = "made-by-main"
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUTF8": "1"}
    env["CLIENTELA_DATA_DIR"] = str(tmp_path / "user-data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # QSettings of the test's own
    return subprocess.run(
        [sys.executable, "-c", DRIVER, str(book), ",".join(steps), app],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("app", ["made-by-main", "app-first"])
def test_new_client_cancel_then_quit_exits_with_code_zero(configured_book, tmp_path, app):
    run = _run(configured_book, ["new"], tmp_path, app)
    assert "main returned 0" in run.stdout, run.stdout + run.stderr
    assert run.returncode == 0, run.stderr  # -11 was the crash after main() returned


def test_every_dialog_opened_and_closed_then_quit_exits_with_code_zero(configured_book, tmp_path):
    run = _run(configured_book, DIALOGS, tmp_path)
    done = [line.split()[1] for line in run.stdout.splitlines() if line.startswith("done ")]
    assert done == DIALOGS, run.stdout + run.stderr
    assert "main returned 0" in run.stdout, run.stdout + run.stderr
    assert run.returncode == 0, run.stderr

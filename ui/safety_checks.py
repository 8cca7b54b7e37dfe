"""What start-up and exit do for the data's safety, around the window's life.

At start, a file SQLite cannot even open as a database is caught while opening (the owner is
offered the latest good backup before any window). The full quick check reads every page
(about a second per 130 MB), so it runs in the background once the window shows, followed by
the first backup of the day; a damage found then is offered the same way. On exit, one more
backup, unless nothing changed since the newest one.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QThread, Signal

from services.about import APP_NAME
from services.backups import DAILY, EXIT, daily_backup_due, make_backup
from services.database import SQLITE_MAGIC, Database
from services.errors import ClientelaError
from services.integrity import quick_check
from services.paths import is_server_url
from ui import message_box
from ui.backup_actions import backups_to_keep, offer_latest_good_backup, offer_restore_while_open
from ui.messages import describe_error

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def damaged_file(location: str, error: ClientelaError) -> tuple[Path, str] | None:
    """The file and what is wrong with it, when opening failed because it is damaged.

    "unreadable" also covers a file the user may not read; only a SQLite file that SQLite's
    own check rejects counts as damaged.
    """
    if error.code != "unreadable" or is_server_url(location):
        return None
    path = Path(location).resolve()
    try:
        with path.open("rb") as f:
            if f.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                return None
    except OSError:
        return None
    problem = quick_check(path)
    return None if problem is None else (path, problem)


def offer_backup_for_damaged(location: str, error: ClientelaError) -> bool | None:
    """None when the error is not about a damaged file; else True once a backup is in place."""
    damaged = damaged_file(location, error)
    if damaged is None:
        return None
    return offer_latest_good_backup(None, *damaged)


class StartChecks(QThread):
    """Quick check of the open database, then the day's first backup: off the UI thread."""

    damaged = Signal(str)
    failed = Signal(object)

    def __init__(self, db_path: Path, keep: int, today: date) -> None:
        super().__init__()
        self._path = db_path
        self._keep = keep
        self._today = today

    def run(self) -> None:
        try:
            problem = quick_check(self._path)
            if problem is not None:
                self.damaged.emit(problem)
                return
            if daily_backup_due(self._path, self._today):
                # Just checked: the copy need not be checked again.
                make_backup(self._path, DAILY, keep=self._keep, verify=False)
        except ClientelaError as exc:
            self.failed.emit(exc)


def start_checks(window: MainWindow, db: Database, settings: QSettings) -> StartChecks | None:
    """Start the background checks for the window's database (SQLite files only)."""
    if db.path is None:
        return None
    checks = StartChecks(db.path, backups_to_keep(settings), date.today())

    def on_damaged(detail: str) -> None:
        if offer_restore_while_open(window, db, detail):
            window.database_replaced()

    checks.damaged.connect(on_damaged)
    # A restore must not replace the file under the check's own connection.
    window.act_restore.setEnabled(False)
    checks.finished.connect(lambda: window.act_restore.setEnabled(True))
    checks.failed.connect(lambda exc: message_box.warning(window, APP_NAME, describe_error(exc)))
    checks.start()
    return checks


def back_up_on_exit(db: Database, settings: QSettings) -> None:
    if db.path is None:
        return
    try:
        make_backup(db.path, EXIT, keep=backups_to_keep(settings), skip_if_unchanged=True)
    except ClientelaError as exc:
        message_box.warning(None, APP_NAME, describe_error(exc))

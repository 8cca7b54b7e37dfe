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

from PySide6.QtCore import QSettings

from services.about import APP_NAME
from services.backups import DAILY, EXIT, daily_backup_due, make_backup
from services.database import SQLITE_MAGIC, Database
from services.errors import ClientelaError
from services.integrity import quick_check
from services.paths import is_server_url
from ui import message_box
from ui.backup_actions import backups_to_keep, offer_latest_good_backup, offer_restore_while_open
from ui.messages import describe_error
from ui.operations import Operation

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


def check_and_back_up(db_path: Path, keep: int, today: date) -> str | None:
    """Quick check of the database, then the day's first backup: what is wrong, or None.

    Run off the UI thread (start_checks): the check reads every page.
    """
    problem = quick_check(db_path)
    if problem is not None:
        return problem
    if daily_backup_due(db_path, today):
        # Just checked: the copy need not be checked again.
        make_backup(db_path, DAILY, keep=keep, verify=False)
    return None


def start_checks(window: MainWindow, db: Database, settings: QSettings) -> bool:
    """Start the background checks for the window's database (SQLite files only).

    A quiet operation (no progress dialog): it changes nothing in the book, but a restore
    waits for it, as for any operation, so the file is not replaced under the check.
    """
    if db.path is None:
        return False
    path, keep, today = db.path, backups_to_keep(settings), date.today()

    def checked(problem: str | None) -> None:
        if problem is not None and offer_restore_while_open(window, db, problem):
            window.database_replaced()

    return window.operations.start(
        window,
        Operation(lambda _progress: check_and_back_up(path, keep, today), on_success=checked),
    )


def back_up_on_exit(db: Database, settings: QSettings) -> None:
    if db.path is None:
        return
    try:
        make_backup(db.path, EXIT, keep=backups_to_keep(settings), skip_if_unchanged=True)
    except ClientelaError as exc:
        message_box.warning(None, APP_NAME, describe_error(exc))

"""Back up now, Restore from backup, and offering the latest good backup for a damaged file.

How many backups to keep is a preference of this computer (QSettings), not of the database:
backups fill this computer's disk, the command line reads the same preference, and storing it
in the file would need a schema change for one number.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from services.about import APP_NAME
from services.backups import (
    DEFAULT_KEEP,
    MANUAL,
    Backup,
    Restored,
    latest_good_backup,
    make_backup,
    restore_backup,
)
from services.database import Database, open_database
from services.errors import ClientelaError
from services.progress import Progress
from ui import message_box
from ui.messages import describe_error
from ui.questions import ask

KEEP_SETTING = "backups/keep"
MAX_KEEP = 999

Work = Callable[[Progress], Any]


def backups_to_keep(settings: QSettings | None) -> int:
    if settings is None:
        return DEFAULT_KEEP
    try:
        keep = int(str(settings.value(KEEP_SETTING, DEFAULT_KEEP)))
    except (TypeError, ValueError):
        return DEFAULT_KEEP
    return min(max(keep, 1), MAX_KEEP)


def _when(backup: Backup) -> str:
    from PySide6.QtCore import QLocale

    local = backup.taken_at.astimezone().replace(tzinfo=None)
    # PySide6 converts a datetime; its stubs know only QDateTime.
    return QLocale().toString(local, QLocale.FormatType.LongFormat)  # type: ignore[call-overload]


def back_up_now(parent: QWidget, db: Database, settings: QSettings) -> Backup | None:
    """The File menu's Back up now: a copy in the backups folder, with progress and Cancel."""
    from ui.background import Cancelled, run_with_progress

    if db.path is None:
        dump_server_now(parent, db, settings)
        return None
    path, keep = db.path, backups_to_keep(settings)
    try:
        backup = run_with_progress(
            parent,
            QCoreApplication.translate("Backups", "Backing up the database…"),
            lambda progress: make_backup(path, MANUAL, keep=keep, progress=progress),
        )
    except Cancelled:
        return None
    except ClientelaError as exc:
        message_box.warning(parent, APP_NAME, describe_error(exc))
        return None
    message_box.information(
        parent,
        APP_NAME,
        QCoreApplication.translate("Backups", "The database was backed up to {path}.").format(
            path=backup.path
        ),
    )
    return backup


def dump_server_now(parent: QWidget, db: Database, settings: QSettings) -> Path | None:
    """Back up now on a team's server: pg_dump into this computer's backups folder, or, with
    no pg_dump here, how to back the server up otherwise."""
    from services.database import location_of
    from services.paths import server_backup_dir
    from services.server_backup import dump_server
    from ui.background import Cancelled, run_with_progress

    location, keep = location_of(db.engine), backups_to_keep(settings)
    assert location is not None
    try:
        dump = run_with_progress(
            parent,
            QCoreApplication.translate("Backups", "Backing up the server's database…"),
            lambda _progress: dump_server(location, server_backup_dir(), keep=keep),
        )
    except Cancelled:
        return None
    except ClientelaError as exc:
        message_box.warning(parent, APP_NAME, describe_error(exc))
        return None
    message_box.information(
        parent,
        APP_NAME,
        QCoreApplication.translate(
            "Backups",
            "The server's database was backed up to {path}. To restore it, see Restoring a "
            "team's book in the README (pg_restore).",
        ).format(path=dump),
    )
    return dump


def restore_from_backup(parent: QWidget, db: Database, settings: QSettings) -> Restored | None:
    """The File menu's Restore from backup: choose, confirm, check, keep the current, replace."""
    from ui.restore_dialog import RestoreDialog

    if db.path is None:
        # Replacing a shared book under everyone's feet is the server's administrator's call.
        message_box.information(
            parent,
            APP_NAME,
            QCoreApplication.translate(
                "Backups",
                "This book is on a PostgreSQL server, shared by the team. It is restored on "
                "the server, by whoever runs it, with everyone's Clientela closed: "
                "pg_restore --clean --if-exists --no-owner --dbname=DATABASE FILE.dump "
                "(see Restoring a team's book in the README).",
            ),
        )
        return None
    dialog = RestoreDialog(db.path, parent)
    if not dialog.exec() or dialog.chosen is None:
        return None
    question = QCoreApplication.translate(
        "Backups",
        "Replace the database with the backup {backup}?\n\n"
        "Everything changed since that backup is replaced. The current database is first "
        "copied to the backups folder, so you can come back to it.",
    ).format(backup=dialog.chosen.name)
    if not ask(parent, APP_NAME, question):
        return None
    restored = _restore(parent, db, dialog.chosen, damaged=False, keep=backups_to_keep(settings))
    if restored is not None:
        message_box.information(
            parent,
            APP_NAME,
            QCoreApplication.translate(
                "Backups", "The backup was restored. The database as it was is kept as {previous}."
            ).format(previous=restored.previous),
        )
    return restored


def _in_background(parent: QWidget | None, label: str, work: Work) -> Any:
    """run_with_progress, except that a Cancel pressed once the work could no longer stop
    (the file was replaced) does not hide that it was done."""
    from ui.background import Cancelled, run_with_progress

    done: dict[str, Any] = {}

    def capture(progress: Progress) -> Any:
        done["result"] = work(progress)
        return done["result"]

    try:
        return run_with_progress(parent, label, capture)
    except Cancelled:
        if "result" in done:
            return done["result"]
        raise


def _restore(
    parent: QWidget | None, db: Database, backup: Path, *, damaged: bool, keep: int
) -> Restored | None:
    """Close the connections, restore, and open the file again (migrating an older backup).

    In the background: checking a 130 MB backup and copying the current file take seconds.
    """
    from ui.background import Cancelled

    path = db.path
    assert path is not None

    def work(progress: Progress) -> Restored:
        restored = restore_backup(path, backup, damaged=damaged, keep=keep, progress=progress)
        open_database(path).close()
        return restored

    # The engine stays usable after dispose: its next connection opens the restored file.
    db.close()
    try:
        return _in_background(
            parent,
            QCoreApplication.translate("Backups", "Checking and restoring the backup…"),
            work,
        )
    except Cancelled:
        return None
    except ClientelaError as exc:
        message_box.warning(parent, APP_NAME, describe_error(exc))
        return None
    finally:
        db.close()


def offer_latest_good_backup(parent: QWidget | None, db_path: Path, detail: str) -> bool:
    """For a damaged database: offer the newest good backup; True once it is in place.

    The damaged file is set aside under a new name beside the database, never overwritten.
    """
    from ui.background import Cancelled

    try:
        backup = _in_background(
            parent,
            QCoreApplication.translate("Backups", "Looking for a good backup…"),
            lambda _p: latest_good_backup(db_path),
        )
    except Cancelled:
        return False
    if backup is None:
        error = ClientelaError("damaged", path=str(db_path), detail=detail)
        message_box.critical(parent, APP_NAME, describe_error(error))
        return False
    question = QCoreApplication.translate(
        "Backups",
        "The database {path} is damaged ({detail}).\n\n"
        "Restore the latest good backup, from {when}? Changes made after it are lost. "
        "The damaged file is kept aside, unchanged.",
    ).format(path=db_path, detail=detail, when=_when(backup))
    if not ask(parent, APP_NAME, question):
        return False
    try:
        restored = _in_background(
            parent,
            QCoreApplication.translate("Backups", "Restoring the backup…"),
            lambda progress: restore_backup(db_path, backup.path, damaged=True, progress=progress),
        )
    except Cancelled:
        return False
    except ClientelaError as exc:
        message_box.critical(parent, APP_NAME, describe_error(exc))
        return False
    message_box.information(
        parent,
        APP_NAME,
        QCoreApplication.translate(
            "Backups", "The backup from {when} was restored. The damaged file is kept as {aside}."
        ).format(when=_when(backup), aside=restored.previous),
    )
    return True


def offer_restore_while_open(parent: QWidget, db: Database, detail: str) -> bool:
    """As offer_latest_good_backup, for the database the window has open."""
    assert db.path is not None
    db.close()
    return offer_latest_good_backup(parent, db.path, detail)

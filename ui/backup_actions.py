"""Back up now, Restore from backup, and offering the latest good backup for a damaged file.

How many backups to keep is a preference of this computer (QSettings), not of the database:
backups fill this computer's disk, the command line reads the same preference, and storing it
in the file would need a schema change for one number.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

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
from ui import message_box, operations
from ui.messages import describe_error
from ui.operations import Cancelled, Operation
from ui.questions import ask

KEEP_SETTING = "backups/keep"
MAX_KEEP = 999


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


def back_up_now(parent: QWidget, db: Database, settings: QSettings) -> bool:
    """The File menu's Back up now: a copy in the backups folder, with progress and Cancel.

    In the background; says where the copy went once it is made. False when refused.
    """
    if db.path is None:
        return dump_server_now(parent, db, settings)
    path, keep = db.path, backups_to_keep(settings)

    def done(backup: Backup) -> None:
        message_box.information(
            parent,
            APP_NAME,
            QCoreApplication.translate("Backups", "The database was backed up to {path}.").format(
                path=backup.path
            ),
        )

    return operations.start(
        parent,
        Operation(
            lambda progress: make_backup(path, MANUAL, keep=keep, progress=progress),
            QCoreApplication.translate("Backups", "Backing up the database…"),
            on_success=done,
        ),
    )


def dump_server_now(parent: QWidget, db: Database, settings: QSettings) -> bool:
    """Back up now on a team's server: pg_dump into this computer's backups folder, or, with
    no pg_dump here, how to back the server up otherwise."""
    from services.database import location_of
    from services.paths import server_backup_dir
    from services.server_backup import dump_server

    location, keep = location_of(db.engine), backups_to_keep(settings)
    assert location is not None

    def done(dump: Path) -> None:
        message_box.information(
            parent,
            APP_NAME,
            QCoreApplication.translate(
                "Backups",
                "The server's database was backed up to {path}. To restore it, see Restoring a "
                "team's book in the README (pg_restore).",
            ).format(path=dump),
        )

    return operations.start(
        parent,
        Operation(
            lambda _progress: dump_server(location, server_backup_dir(), keep=keep),
            QCoreApplication.translate("Backups", "Backing up the server's database…"),
            on_success=done,
        ),
    )


def restore_from_backup(
    parent: QWidget,
    db: Database,
    settings: QSettings,
    on_restored: Callable[[Restored], None] | None = None,
) -> bool:
    """The File menu's Restore from backup: choose, confirm, check, keep the current, replace.

    The replacing runs in the background, alone (no other work may read the file meanwhile);
    ``on_restored`` follows once the backup is in place. False when nothing was started.
    """
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
        return False
    if operations.operations_for(parent).refuse_if_busy(parent, exclusive=True):
        return False
    dialog = RestoreDialog(db.path, parent)
    if not dialog.exec() or dialog.chosen is None:
        return False
    question = QCoreApplication.translate(
        "Backups",
        "Replace the database with the backup {backup}?\n\n"
        "Everything changed since that backup is replaced. The current database is first "
        "copied to the backups folder, so you can come back to it.",
    ).format(backup=dialog.chosen.name)
    if not ask(parent, APP_NAME, question):
        return False
    path, backup, keep = db.path, dialog.chosen, backups_to_keep(settings)

    def work(progress: Progress) -> Restored:
        restored = restore_backup(path, backup, damaged=False, keep=keep, progress=progress)
        open_database(path).close()  # migrates an older backup
        return restored

    def done(restored: Restored) -> None:
        db.close()  # the engine stays usable: its next connection opens the restored file
        if on_restored is not None:
            on_restored(restored)
        message_box.information(
            parent,
            APP_NAME,
            QCoreApplication.translate(
                "Backups", "The backup was restored. The database as it was is kept as {previous}."
            ).format(previous=restored.previous),
        )

    def failed(error: BaseException) -> None:
        db.close()
        message_box.warning(parent, APP_NAME, operations.failure_text(error))

    # Checking a 130 MB backup and copying the current file take seconds. The window's own
    # connections are closed first, and again after: the restored file is opened afresh.
    db.close()
    return operations.start(
        parent,
        Operation(
            work,
            QCoreApplication.translate("Backups", "Checking and restoring the backup…"),
            on_success=done,
            on_failure=failed,
            on_cancel=db.close,
            changes_book=True,
            exclusive=True,
        ),
    )


def offer_latest_good_backup(parent: QWidget | None, db_path: Path, detail: str) -> bool:
    """For a damaged database: offer the newest good backup; True once it is in place.

    The damaged file is set aside under a new name beside the database, never overwritten.
    """
    try:
        backup = operations.wait_for(
            parent,
            Operation(
                lambda _p: latest_good_backup(db_path),
                QCoreApplication.translate("Backups", "Looking for a good backup…"),
            ),
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
        restored = operations.wait_for(
            parent,
            Operation(
                lambda progress: restore_backup(
                    db_path, backup.path, damaged=True, progress=progress
                ),
                QCoreApplication.translate("Backups", "Restoring the backup…"),
                changes_book=True,
                exclusive=True,
            ),
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

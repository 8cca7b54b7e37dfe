"""``backup [DIR]`` and ``restore FILE``: the command line's side of services/backups.py.

For scheduled jobs (cron, Task Scheduler) and for a damaged database: ``restore`` does not
open the current database, which may be the very thing that cannot be opened. Exit codes are
those of ui/cli.py: 0 done, 1 the backup file or folder cannot be used, 2 the database cannot
be opened or is in use by another Clientela.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from services.about import APP_NAME, ORGANIZATION
from services.backups import MANUAL, BackupError, make_backup, restore_backup
from services.database import Database, open_database
from services.errors import ClientelaError, DatabaseError
from services.paths import is_server_url
from services.server_connection import masked_url
from ui.backup_actions import backups_to_keep
from ui.database_choice import command_line_location
from ui.instance_lock import holding_database


def _add_keep(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--keep",
        type=int,
        metavar="N",
        help="keep only the newest N backups of this database in the folder "
        "(default: the number set in the app, else 10)",
    )


def _keep(args: argparse.Namespace) -> int:
    if args.keep is not None:
        return max(1, args.keep)
    return backups_to_keep(QSettings(ORGANIZATION, APP_NAME))


def add_backup_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "dir",
        nargs="?",
        type=Path,
        metavar="DIR",
        help="folder for the backup (default: backups/ beside the database)",
    )
    _add_keep(parser)


def run_backup(db: Database, args: argparse.Namespace) -> int:
    from ui.cli import EXIT_OK

    folder = args.dir.expanduser().resolve() if args.dir else None
    if folder is not None and not folder.is_dir():
        raise BackupError("backup_folder_missing", path=str(folder))
    if db.path is None:  # a team's server: pg_dump, into DIR or this computer's backups
        from services.database import location_of
        from services.paths import server_backup_dir
        from services.server_backup import dump_server

        location = location_of(db.engine)
        assert location is not None
        print(dump_server(location, folder or server_backup_dir(), keep=_keep(args)))
        return EXIT_OK
    backup = make_backup(db.path, MANUAL, folder=folder, keep=_keep(args))
    print(backup.path)
    return EXIT_OK


def add_restore_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help="the backup to restore")
    _add_keep(parser)


def run_restore(_db: None, args: argparse.Namespace) -> int:
    """Check the backup, keep the current file, put the backup in its place, open it once."""
    from ui.cli import EXIT_DATABASE, EXIT_ERROR, EXIT_OK, _fail, _start_qt

    _qt_app = _start_qt(args.lang)  # translated messages; lives as long as the command
    location = command_line_location(args.db)
    try:
        if is_server_url(location):
            raise BackupError("backup_needs_file", path=masked_url(location))
        with holding_database(location):
            path = Path(location).resolve()
            restored = restore_backup(path, args.file.expanduser().resolve(), keep=_keep(args))
            # Opening migrates a backup from an older version and sets the file up as usual.
            open_database(path).close()
    except DatabaseError as exc:
        return _fail(exc, EXIT_DATABASE)
    except ClientelaError as exc:
        return _fail(exc, EXIT_ERROR)
    print(
        QCoreApplication.translate("Cli", "Restored {backup} into {path}.").format(
            backup=restored.backup, path=path
        )
    )
    if restored.previous is not None:
        print(
            QCoreApplication.translate(
                "Cli", "The previous database is kept as {previous}."
            ).format(previous=restored.previous)
        )
    sys.stdout.flush()
    return EXIT_OK

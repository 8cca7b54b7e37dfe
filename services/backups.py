"""Backups of a SQLite database file: made, listed, rotated, checked and restored.

One module for every backup Clientela makes: before a migration, on the first start of a day,
on exit, and when the owner asks. Copies use SQLite's online backup API, so a database in use
(WAL content included) is copied consistently. A copy is written under a temporary name and
renamed only once it is complete and passes SQLite's quick check: whatever kills the process
midway, a file with a backup's name is a whole, good backup.

Backups sit in ``backups/`` beside the database (services.paths.backup_dir_for), named
``<db stem>-<kind>-<UTC time>.sqlite3``. The time is UTC, as the migration backups always
were; the restore dialog shows it in local time.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from services.errors import ClientelaError
from services.integrity import integrity_check, quick_check
from services.paths import backup_dir_for
from services.progress import Cancelled, Progress
from services.schema_check import first_missing, read_schema, reference_schema

if TYPE_CHECKING:
    from services.migrations import MigrationSet


DEFAULT_KEEP = 10
MANUAL = "manual"
DAILY = "daily"
EXIT = "exit"
BEFORE_RESTORE = "before-restore"
BEFORE_MIGRATION = "before-migration"  # followed by the revision migrated from

SUFFIX = ".sqlite3"
PARTIAL_SUFFIX = ".partial"
_STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_KIND_AND_STAMP = re.compile(
    r"^(?P<kind>manual|daily|exit|before-restore|before-migration-[^-]+)"
    r"-(?P<stamp>\d{8}-\d{6}(?:-\d{6})?)\.sqlite3$"
)
# Pages copied per step of the backup API: about 16 MB at SQLite's 4 KiB pages, small enough
# for a responsive Cancel, large enough that stepping costs nothing measurable.
PAGES_PER_STEP = 4096
# A temporary copy older than this was left by a process that died; one younger may belong
# to a backup running right now in another process (the command line while the window runs).
STALE_PARTIAL_SECONDS = 3600


class BackupError(ClientelaError):
    """A backup cannot be made or used (codes: see ui/messages.py)."""


@dataclass(frozen=True)
class Backup:
    path: Path
    kind: str  # MANUAL, DAILY, EXIT, BEFORE_RESTORE or "before-migration-<revision>"
    taken_at: datetime  # UTC
    size: int


@dataclass(frozen=True)
class Restored:
    backup: Path  # the file that now is the database
    previous: Path | None  # where the replaced database went: a backup, or set aside if damaged


# -- copying --------------------------------------------------------------------------------


def sqlite_copy(source: Path, target: Path, progress: Progress | None = None) -> None:
    """A consistent copy of a live SQLite file (WAL content included), via the backup API.

    ``progress(done_pages, total_pages)`` returning False stops the copy with Cancelled.
    """

    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None and not progress(total - remaining, total):
            raise Cancelled()

    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst, pages=PAGES_PER_STEP if progress else -1, progress=step)
        finally:
            dst.close()
    finally:
        src.close()


def _fsync(path: Path) -> None:
    # The rename that publishes a file is only as durable as the data written before it.
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # Windows cannot open a folder; NTFS renames are durable
        _fsync(folder)


def make_backup(
    db_path: Path,
    kind: str = MANUAL,
    *,
    folder: Path | None = None,
    keep: int | None = None,
    progress: Progress | None = None,
    skip_if_unchanged: bool = False,
    verify: bool = True,
) -> Backup:
    """Copy the database into ``folder`` (default: its backups folder); returns the backup.

    With ``keep``, only the newest ``keep`` backups of this database stay in the folder. With
    ``skip_if_unchanged``, a copy identical to the newest backup is not kept twice (closing the
    app without changing anything should not push an older backup out of the rotation).
    Raises BackupError("backup_failed") when the copy cannot be made or does not pass the quick
    check (then the database itself is likely damaged), Cancelled when ``progress`` says stop.
    ``verify=False`` skips that check, for a caller that has just checked the database itself.
    """
    folder = folder or backup_dir_for(db_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError("backup_failed", path=str(folder), detail=_reason(exc)) from exc
    taken_at = datetime.now(UTC)
    final = folder / f"{db_path.stem}-{kind}-{taken_at.strftime(_STAMP_FORMAT)}{SUFFIX}"
    partial = final.with_name(final.name + PARTIAL_SUFFIX)
    try:
        sqlite_copy(db_path, partial, progress)
        problem = quick_check(partial, immutable=True) if verify else None
        if problem is not None:
            raise BackupError("backup_failed", path=str(db_path), detail=problem)
        _fsync(partial)
        newest = next(iter(list_backups(db_path, folder)), None)
        if skip_if_unchanged and newest is not None and _same_content(partial, newest.path):
            partial.unlink()
            return newest
        os.replace(partial, final)
        _fsync_folder(folder)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise BackupError("backup_failed", path=str(db_path), detail=_reason(exc)) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if keep is not None:
        rotate(db_path, keep, folder)
    return Backup(final, kind, taken_at, final.stat().st_size)


def _reason(exc: BaseException) -> str:
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc)


def _same_content(a: Path, b: Path) -> bool:
    if a.stat().st_size != b.stat().st_size:
        return False
    return _digest(a) == _digest(b)


def _digest(path: Path) -> bytes:
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").digest()


# -- listing and rotating -------------------------------------------------------------------


def list_backups(db_path: Path, folder: Path | None = None) -> list[Backup]:
    """This database's complete backups in ``folder``, newest first."""
    folder = folder or backup_dir_for(db_path)
    prefix = db_path.stem + "-"
    found = []
    with contextlib.suppress(FileNotFoundError):
        for entry in folder.iterdir():
            if not entry.name.startswith(prefix):
                continue
            match = _KIND_AND_STAMP.match(entry.name[len(prefix) :])
            if match is None or not entry.is_file():
                continue
            stamp = match["stamp"]
            fmt = _STAMP_FORMAT if stamp.count("-") == 2 else "%Y%m%d-%H%M%S"
            taken_at = datetime.strptime(stamp, fmt).replace(tzinfo=UTC)
            found.append(Backup(entry, match["kind"], taken_at, entry.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def rotate(db_path: Path, keep: int, folder: Path | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` (at least one) backups; returns what was deleted.

    Only files named as this database's backups are touched; anything else in the folder
    (the owner's own copies, another database's backups) stays.
    """
    folder = folder or backup_dir_for(db_path)
    removed = []
    for backup in list_backups(db_path, folder)[max(1, keep) :]:
        with contextlib.suppress(FileNotFoundError):
            backup.path.unlink()
            removed.append(backup.path)
    _remove_stale_partials(db_path, folder)
    return removed


def _remove_stale_partials(db_path: Path, folder: Path) -> None:
    cutoff = time.time() - STALE_PARTIAL_SECONDS
    for entry in folder.glob(f"{glob_escape(db_path.stem)}-*{SUFFIX}{PARTIAL_SUFFIX}*"):
        with contextlib.suppress(OSError):
            if entry.stat().st_mtime < cutoff:
                entry.unlink()


def glob_escape(text: str) -> str:
    return re.sub(r"([*?[])", r"[\1]", text)


def daily_backup_due(db_path: Path, today: date, folder: Path | None = None) -> bool:
    """True until a daily backup has been made on ``today`` (the owner's local date)."""
    return not any(
        backup.kind == DAILY and backup.taken_at.astimezone().date() == today
        for backup in list_backups(db_path, folder)
    )


# -- checking and restoring -----------------------------------------------------------------


def check_backup(path: Path, migrations: MigrationSet | None = None) -> str:
    """The schema revision of a usable backup; BackupError says why one is not usable.

    Usable: a whole SQLite file (full integrity check), a Clientela database, at a schema
    this version knows (an older one is migrated when the restored file is opened), with
    every table, column and index of that schema (services/schema_check.py).
    """
    from services.database import SQLITE_MAGIC
    from services.migrations import DEFAULT_MIGRATIONS

    migrations = migrations or DEFAULT_MIGRATIONS
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise BackupError("backup_unreadable", path=str(path), detail=_reason(exc)) from exc
    if header != SQLITE_MAGIC:
        raise BackupError("not_a_database", path=str(path))
    problem = integrity_check(path, immutable=True)
    if problem is not None:
        raise BackupError("backup_damaged", path=str(path), detail=problem)
    try:
        conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            if not {"alembic_version", "client"} <= tables:
                raise BackupError("not_clientela", path=str(path))
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            schema = read_schema(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise BackupError("backup_damaged", path=str(path), detail=str(exc)) from exc
    if revision is None:
        raise BackupError("not_clientela", path=str(path))
    if revision[0] != migrations.head and revision[0] not in migrations.known_revisions():
        raise BackupError("newer_schema", path=str(path), revision=revision[0])
    # Every table, column and index of that revision: a file that merely has a client table
    # and a version row is not yet a book that every screen can use.
    missing = first_missing(reference_schema(migrations.directory, revision[0]), schema)
    if missing is not None:
        raise BackupError(
            f"backup_lacks_{missing.kind}", path=str(path), table=missing.table, name=missing.name
        )
    return str(revision[0])


def set_aside(db_path: Path) -> Path:
    """Move a damaged database (and its WAL) out of the way under a new name; never overwrites.

    The file stays beside the original, named ``<name>.damaged-<UTC time>``, for whoever may
    try to recover something from it.
    """
    stamp = datetime.now(UTC).strftime(_STAMP_FORMAT)
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        source = db_path.with_name(db_path.name + suffix)
        target = aside.with_name(aside.name + suffix)
        if source.exists() and not target.exists():
            os.replace(source, target)
    _fsync_folder(db_path.parent)
    return aside


def restore_backup(
    db_path: Path,
    backup_path: Path,
    *,
    damaged: bool = False,
    keep: int | None = None,
    migrations: MigrationSet | None = None,
    progress: Progress | None = None,
) -> Restored:
    """Replace the database with a backup, after checking the backup and keeping the current file.

    The current file goes to the backups folder first (kind "before-restore"), or, when it is
    ``damaged`` or cannot be copied, is set aside beside itself. Nothing may have the database
    open meanwhile (the caller closed its connections and holds the instance lock). A process
    killed midway leaves either the old database or the restored one, never a mixture.
    ``progress`` may stop it (Cancelled) until the file is replaced, and not after.
    """
    check_backup(backup_path, migrations)
    previous: Path | None = None
    if db_path.exists():
        if not damaged:
            with contextlib.suppress(BackupError):
                _checkpoint(db_path)
                # Rotated only once restored: the backup being restored may be the oldest.
                previous = make_backup(db_path, BEFORE_RESTORE, progress=progress).path
        if progress is not None and not progress(1, 1):
            raise Cancelled()  # the last moment: the copy of the current file stays, harmless
        if previous is None:
            previous = set_aside(db_path)
    work = db_path.with_name(db_path.name + ".restoring")
    try:
        shutil.copyfile(backup_path, work)
        _fsync(work)
        # A WAL left beside the restored file would be replayed onto it. After the checkpoint
        # it is empty, and its content is in the copy just made in any case.
        for suffix in ("-wal", "-shm"):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        os.replace(work, db_path)
        _fsync_folder(db_path.parent)
    except OSError as exc:
        work.unlink(missing_ok=True)
        raise BackupError("restore_failed", path=str(db_path), detail=_reason(exc)) from exc
    if keep is not None:
        rotate(db_path, keep)
    return Restored(backup_path, previous)


def _checkpoint(db_path: Path) -> None:
    """Fold the WAL into the file, so the file alone is the whole database."""
    try:
        conn = sqlite3.connect(db_path)
        try:
            busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise BackupError("backup_failed", path=str(db_path), detail=str(exc)) from exc
    if busy:
        raise BackupError("backup_failed", path=str(db_path), detail="database in use")


def latest_good_backup(db_path: Path, migrations: MigrationSet | None = None) -> Backup | None:
    """The newest backup that passes check_backup, or None."""
    for backup in list_backups(db_path):
        with contextlib.suppress(BackupError):
            check_backup(backup.path, migrations)
            return backup
    return None

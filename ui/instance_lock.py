"""One writer per database file: a lock file beside it, held while Clientela has it open.

A second instance is refused, not opened read-only: every window and dialog of the app can
write, and a read-only mode would have to be enforced in all of them, while a clear "it is open
on that computer, in that process" lets the owner close the other one in seconds. The command
line takes the same lock for runs that write (restore, import, letters, triage, which keeps
the revenue ranking); reading ones (list, export, backup, an import's dry run) go ahead, since
SQLite lets readers work beside the writer.

The lock is on the file, not on the name it was given: the lock file sits beside the file's
real path (symlinks and ``..`` resolved, so every path to it meets the same lock, on any
computer sharing the folder), and a second lock named after the file's device and inode, in
a per-user folder on this computer, catches a hard link, which is another name for the same
file with no way back from it to the first name.

QLockFile records the holder's process id, program and host. A lock whose process is gone (a
crash, a power cut: same host, pid not running or now another program, or an earlier boot) is
stale, and QLockFile removes it on the next attempt: nobody has to delete anything by hand.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLockFile, QSysInfo

from services.database import check_sqlite_file
from services.errors import DatabaseError
from services.paths import is_server_url

LOCK_SUFFIX = ".lock"


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


def file_lock_path_for(db_path: Path) -> Path | None:
    """The lock named after the file itself (device and inode); None while it does not exist."""
    try:
        info = os.stat(db_path)
    except OSError:
        return None
    uid = os.getuid() if hasattr(os, "getuid") else 0  # per user: nobody else's folder to trust
    return (
        Path(tempfile.gettempdir()) / f"clientela-locks-{uid}" / f"{info.st_dev}-{info.st_ino}.lock"
    )


def _qlock(path: Path) -> QLockFile:
    lock = QLockFile(str(path))
    # Held for hours: age alone must never make it stale (the default is 30 s); staleness
    # is decided by the holder's pid, program and host only.
    lock.setStaleLockTime(0)
    return lock


class InstanceLock:
    """The lock on one database file. ``acquire`` raises DatabaseError if another holds it."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(os.path.realpath(db_path))
        self._lock = _qlock(lock_path_for(self.db_path))
        self._file_lock: QLockFile | None = None

    def acquire(self) -> None:
        self._try(self._lock, lock_path_for(self.db_path))
        file_lock_path = file_lock_path_for(self.db_path)
        if file_lock_path is None:
            return
        with contextlib.suppress(OSError):
            file_lock_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        file_lock = _qlock(file_lock_path)
        if not file_lock.tryLock(0):
            if file_lock.error() != QLockFile.LockError.LockFailedError:
                # No folder for it (a temp folder not writable): the lock beside the file
                # still stands, and a broken temp folder must not keep the owner out.
                return
            self._lock.unlock()
            self._refuse(file_lock, file_lock_path)
        self._file_lock = file_lock

    def _try(self, lock: QLockFile, lock_path: Path) -> None:
        if not lock.tryLock(0):
            self._refuse(lock, lock_path)

    def _refuse(self, lock: QLockFile, lock_path: Path) -> None:
        """Raise DatabaseError for a lock that could not be taken, naming its holder."""
        if lock.error() == QLockFile.LockError.LockFailedError:
            pid, host, program = _holder(lock)
            here = host in ("", QSysInfo.machineHostName())
            raise DatabaseError(
                "database_in_use" if here else "database_in_use_elsewhere",
                path=str(self.db_path),
                pid=pid,
                host=host,
                program=program,
            )
        raise DatabaseError("lock_failed", path=str(self.db_path), lock=str(lock_path))

    def release(self) -> None:
        if self._file_lock is not None:
            self._file_lock.unlock()
            self._file_lock = None
        self._lock.unlock()

    @property
    def held(self) -> bool:
        return self._lock.isLocked()


def _holder(lock: QLockFile) -> tuple[int, str, str]:
    info = lock.getLockInfo()
    # PySide returns (pid, host, program), or with a leading success flag in some versions.
    if len(info) == 4:
        info = info[1:]
    pid, host, program = info
    return int(pid or 0), str(host or ""), str(program or "")


def lock_database(location: str) -> InstanceLock | None:
    """Take the lock for a database file (None for a server, which has its own concurrency)."""
    if is_server_url(location):
        return None
    # A missing folder is explained as such, not as a lock failure; a symlink pointing
    # nowhere is refused before resolving it would name the place it points to.
    check_sqlite_file(Path(location).absolute())
    path = Path(location).resolve()
    lock = InstanceLock(path)
    lock.acquire()
    return lock


@contextmanager
def holding_database(location: str) -> Iterator[None]:
    """For command-line work that writes: held for the duration, released whatever happens."""
    lock = lock_database(location)
    try:
        yield
    finally:
        if lock is not None:
            lock.release()

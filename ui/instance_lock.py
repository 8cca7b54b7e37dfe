"""One writer per database file: a lock file beside it, held while Clientela has it open.

A second instance is refused, not opened read-only: every window and dialog of the app can
write, and a read-only mode would have to be enforced in all of them, while a clear "it is open
on that computer, in that process" lets the owner close the other one in seconds. The command
line takes the same lock for runs that write (restore, import, letters, triage, which keeps
the revenue ranking); reading ones (list, export, backup, an import's dry run) go ahead, since
SQLite lets readers work beside the writer.

QLockFile records the holder's process id, program and host. A lock whose process is gone (a
crash, a power cut: same host, pid not running or now another program, or an earlier boot) is
stale, and QLockFile removes it on the next attempt: nobody has to delete anything by hand.
"""

from __future__ import annotations

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


class InstanceLock:
    """The lock on one database file. ``acquire`` raises DatabaseError if another holds it."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._lock = QLockFile(str(lock_path_for(db_path)))
        # Held for hours: age alone must never make it stale (the default is 30 s); staleness
        # is decided by the holder's pid, program and host only.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> None:
        if self._lock.tryLock(0):
            return
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            pid, host, program = _holder(self._lock)
            here = host in ("", QSysInfo.machineHostName())
            raise DatabaseError(
                "database_in_use" if here else "database_in_use_elsewhere",
                path=str(self.db_path),
                pid=pid,
                host=host,
                program=program,
            )
        raise DatabaseError(
            "lock_failed",
            path=str(self.db_path),
            lock=str(lock_path_for(self.db_path)),
        )

    def release(self) -> None:
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

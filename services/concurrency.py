"""Optimistic locking: a save based on an old copy is refused, never a silent overwrite.

Every edited table has a version counter (models.base.version_counter). The UI keeps the
version it showed and passes it back with the save; the service refuses when the row has
moved on since (``check_version``), and SQLAlchemy refuses when it moves on between that check
and the UPDATE (StaleDataError, turned here into the same ConcurrentEditError). The UI then
shows the other person's change beside the owner's and lets them choose.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from services.errors import ConcurrentEditError


def check_version(current: int, expected: int | None, what: str) -> None:
    """``expected`` None: the caller saves whatever is there (an import, or the owner who
    chose to apply their version knowingly)."""
    if expected is not None and current != expected:
        raise ConcurrentEditError(what=what)


@contextmanager
def stale_refused(what: str) -> Iterator[None]:
    """Around a write transaction: a row changed under it becomes a ConcurrentEditError."""
    try:
        yield
    except StaleDataError as exc:
        raise ConcurrentEditError(what=what) from exc


# Any number, the same in every copy of the app: PostgreSQL's advisory locks are named by one.
IMPORT_LOCK_KEY = 0x436C_6E74_0001


def one_import_at_a_time(session: Session) -> None:
    """Call first in an import's transaction: a second import waits until the first commits.

    An import looks for duplicates among the clients already stored, then inserts. Two at
    once on a server would each look before the other wrote, and store every client twice.
    On PostgreSQL a transaction-scoped advisory lock makes the second wait; it then looks
    (READ COMMITTED: each statement sees what is committed) after the first has committed,
    and finds every client it would add. Released by the commit or rollback, even when the
    process dies. On SQLite the book's file has one writer at a time anyway and the
    instance lock (ui/instance_lock.py) keeps a second app or command-line import out.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK_KEY})

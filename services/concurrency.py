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

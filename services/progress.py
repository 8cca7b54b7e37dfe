"""The three names every long-running service shares, written once.

``Sessions`` is how a service that runs in chunks (or off the UI thread) opens its own
transactions; ``Progress`` is the callback it reports ``(done, total)`` to, which returns False
when the user asked to stop; ``Cancelled`` is what it raises then. This module imports nothing
from ``services``, so any service can use it without an import cycle (services.database, the
other natural home for ``Sessions``, imports the migrations and through them the backups).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session, sessionmaker

Sessions = sessionmaker[Session]
Progress = Callable[[int, int], bool]


class Cancelled(Exception):
    """The ``progress`` callback asked to stop."""

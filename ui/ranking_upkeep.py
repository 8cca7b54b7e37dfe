"""The kept revenue ranking brought up to date in the background, never inside a read.

A change to the book (a finished import, a ledger edit: the one book-changed signal), the
window's first showing and a new day each may leave the ranking stale
(services/revenue_ranking.py). Reads then use the last ranking kept; this runs the rebuild as
a quiet background read of ui/operations, one at a time: a request made while one runs is
run once more after it, never twice at once.

The kept receivables (services.receivables) go with the ranking. ``finished`` tells the
dashboard, which waits for a running upkeep rather than summing the ledger beside it.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from services.progress import Sessions
from services.revenue_ranking import rebuild_stale_ranking
from ui import operations

log = logging.getLogger(__name__)


class RankingUpkeep(QObject):
    finished = Signal()  # a run ended (and none follows at once): the kept data is current

    def __init__(self, window: QWidget, sessions: Sessions) -> None:
        super().__init__(window)
        self._window = window
        self._sessions = sessions
        self._running = False
        self._again = False
        self._day = date.today()

    def request(self, *_args: object) -> None:
        """Rebuild if stale (connected to the book-changed signal, whose argument it ignores)."""
        if self._running:
            self._again = True
            return
        if not operations.operations_for(self._window).may_start(changes_book=False):
            self._again = True  # a restore runs: after it, the next request catches up
            return
        self._running = True
        self._day = date.today()
        operations.query(
            self._window,
            lambda _progress: rebuild_stale_ranking(self._sessions, self._day),
            on_success=self._ended,
            on_failure=self._failed,
        )

    def new_day(self) -> None:
        """Called now and then: a new day moves the ranking's twelve months on."""
        if date.today() != self._day or self._again:
            self._again = False
            self.request()

    @property
    def running(self) -> bool:
        return self._running

    def _ended(self, _rebuilt: object = None) -> None:
        self._running = False
        if self._again:
            self._again = False
            self.request()
        if not self._running:
            self.finished.emit()

    def _failed(self, error: BaseException) -> None:
        # Not worth a message: reads keep using the last ranking, and the next change retries.
        log.warning("The revenue ranking could not be brought up to date: %s", error)
        self._ended()

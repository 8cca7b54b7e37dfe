"""The one way to write the ledger: ``with ledger_change(session) as change: ...``.

Sales, payments and returns have data drawn from them that is kept in the database: each
invoice's settlement (services.settlement) and the book's revenue ranking
(services.revenue_ranking). Every write of the ledger, by a dialog's service, the bulk
import or the demo data, happens inside this context; when it closes it settles the
invoices whose payments changed and tells the ranking which clients' ledgers changed.

- ORM writes are seen by themselves: the Sale, Payment and Return objects added, changed or
  deleted in the session while the context is open name their clients and invoices (a
  payment moved to another invoice names both).
- Core writes (the bulk import's INSERTs) are not seen: the writer names them with
  ``change.touched(clients=..., invoices=...)``, and may settle what it noted so far with
  ``change.settle()`` (the import does, after each batch: one UPDATE per chunk of invoices,
  never one per row).
- ``whole_book=True``: the change is too broad to follow client by client (demo data,
  erasing a client): the ranking goes stale, to be rebuilt in the background
  (services.revenue_ranking.rebuild_stale_ranking); reads meanwhile use the last one kept.

Nothing here runs inside a read: reads never rebuild derived data.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from models import Payment, Return, Sale
from services.revenue_ranking import mark_ledger_changed
from services.settlement import settle

_LEDGER = (Sale, Payment, Return)


class LedgerChange:
    """What one ledger change touched: whose ledger, and which invoices' payments."""

    def __init__(self, session: Session, *, whole_book: bool) -> None:
        self.session = session
        self.whole_book = whole_book
        self.clients: set[int] = set()
        self._invoices: set[int] = set()
        # New objects have no ids before their flush: read once the session has flushed.
        self._written: list[Any] = []

    def touched(self, clients: Iterable[int] = (), invoices: Iterable[int | None] = ()) -> None:
        """Name what a write the session does not see (a Core INSERT) touched."""
        self.clients.update(clients)
        self._invoices.update(i for i in invoices if i is not None)

    def settle(self) -> None:
        """Settle the invoices noted so far (flushes the session first)."""
        self.session.flush()
        self._take_written()
        if self._invoices:
            settle(self.session, self._invoices)
            self._invoices.clear()

    def discard(self) -> None:
        """Forget what was noted: the writes were rolled back (an import's dry run)."""
        self.clients.clear()
        self._invoices.clear()
        self._written.clear()

    def _before_flush(self, session: Session, _context: Any, _instances: Any) -> None:
        for entry in (*session.new, *session.dirty, *session.deleted):
            if not isinstance(entry, _LEDGER):
                continue
            self._written.append(entry)
            if isinstance(entry, Payment) and entry not in session.new:
                # An edit may move the payment away from an invoice: that one changes too.
                history = inspect(entry).attrs.sale_id.history
                self.touched(invoices=[*history.deleted, *history.unchanged])

    def _take_written(self) -> None:
        for entry in self._written:
            self.touched(clients=[entry.client_id])
            if isinstance(entry, Payment):
                self.touched(invoices=[entry.sale_id])
        self._written.clear()

    def close(self) -> None:
        self.settle()
        if self.whole_book:
            mark_ledger_changed(self.session)
        elif self.clients:
            mark_ledger_changed(self.session, self.clients)


@contextmanager
def ledger_change(session: Session, *, whole_book: bool = False) -> Iterator[LedgerChange]:
    """Write sales, payments or returns inside this; on leaving it (without an error), the
    invoices' settlement and the revenue ranking are brought in step, in the same
    transaction."""
    change = LedgerChange(session, whole_book=whole_book)
    event.listen(session, "before_flush", change._before_flush)
    try:
        yield change
        change.close()
    finally:
        event.remove(session, "before_flush", change._before_flush)

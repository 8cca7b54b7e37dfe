"""Keeping each invoice's settlement (models.Sale.paid and paid_on) equal to its payments.

Every write of payments calls ``settle`` in its own transaction with the invoices it
touched: an added, edited or deleted payment's invoice, and the one an edit moved it away
from. The metrics read the two columns instead of summing every invoice's payments.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Update, func, select, update
from sqlalchemy.orm import Session

from models import Payment, Sale
from services.revenue_ranking import IN_CHUNK


def settle(session: Session, sale_ids: Iterable[int | None]) -> None:
    """Recompute these invoices' settlement from their payments (None ids are skipped)."""
    ids = sorted({sale_id for sale_id in sale_ids if sale_id is not None})
    session.flush()  # the payments first: the sums below are computed from them
    for start in range(0, len(ids), IN_CHUNK):
        chunk = ids[start : start + IN_CHUNK]
        # On PostgreSQL two transactions paying one invoice could each sum its payments
        # without the other's, and the later would win. Locking the invoices first makes
        # the second wait, and its UPDATE (a statement of its own) then sees both. FOR NO KEY
        # UPDATE, in id order: the lock a payment's foreign key takes does not conflict
        # with it, and the sale row is locked before the ledger lock, as in every other
        # ledger write (mark_ledger_changed comes after). SQLite ignores it: it has one
        # writer at a time anyway.
        session.execute(
            select(Sale.id)
            .where(Sale.id.in_(chunk))
            .order_by(Sale.id)
            .with_for_update(key_share=True)
        )
        session.execute(_settling().where(Sale.id.in_(chunk)))


def settle_all(session: Session) -> None:
    """Every invoice's settlement recomputed: after writing a whole ledger at once."""
    session.execute(_settling())


def _settling() -> Update:
    linked = Payment.sale_id == Sale.id
    paid = select(func.coalesce(func.sum(Payment.amount), 0)).where(linked).scalar_subquery()
    paid_on = select(func.max(Payment.paid_on)).where(linked).scalar_subquery()
    # Not synchronised with Sale objects in the session: none of the callers reads them after.
    return (
        update(Sale).values(paid=paid, paid_on=paid_on).execution_options(synchronize_session=False)
    )

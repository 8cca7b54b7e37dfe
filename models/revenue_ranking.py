"""What the ledger metrics keep between calls: the book's revenue ranking (for ABC classes).

Ranking one client needs every client's last-year revenue; reading it from the ledger costs a
grouped query over all invoices. The ranking is kept here instead, valid for one day and one
ledger version (see services/revenue_ranking.py for who writes what, and when).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Integer
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class LedgerVersion(Base):
    """One row whose number goes up in every transaction that writes the ledger.

    A plain counter bumped by the services, not a database trigger: it works the same on
    SQLite and PostgreSQL, and survives Alembic batch migrations (which drop triggers).
    """

    __tablename__ = "ledger_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    version: Mapped[int] = mapped_column(Integer, default=0)


class RevenueRankingState(Base):
    """One row: the day and the ledger version the ranking rows were computed for."""

    __tablename__ = "revenue_ranking_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    as_of: Mapped[date] = mapped_column(Date)
    ledger_version: Mapped[int] = mapped_column(Integer)
    # Kept with the rows so that ranking a client sums at most half of them. ``clients`` also
    # tells when a client was deleted (its row goes by foreign key, unseen by the services).
    book_cents: Mapped[int] = mapped_column(BigInteger)  # the sum of revenue_cents
    clients: Mapped[int] = mapped_column(Integer)  # the number of rows
    middle_cents: Mapped[int] = mapped_column(BigInteger)  # about half the rows are above


class RevenueRanking(Base):
    """A client's revenue over the 365 days before ``RevenueRankingState.as_of``.

    Only clients with revenue have a row. Deleting a client deletes its row with its ledger,
    so the ranking never counts a client that is gone.
    """

    __tablename__ = "revenue_ranking"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True
    )
    # Whole cents: sums of integers are exact on every database (SQLite sums NUMERIC as floats).
    revenue_cents: Mapped[int] = mapped_column(BigInteger)
    # The oldest invoice counted: the revenue first changes the day it leaves the window.
    oldest_invoice_on: Mapped[date] = mapped_column(Date)

    __table_args__ = (
        # Ranked before a client = more revenue, or as much and a smaller id: an index range.
        Index("ix_revenue_ranking_rank", "revenue_cents", "client_id"),
        # No index on oldest_invoice_on: a new day scans these rows once (~10 ms at 100,000
        # clients), while keeping an index up costs a third of every rebuild.
    )


class KeptReceivable(Base):
    """A client's open balance by age band on ``RevenueRankingState.as_of``, in whole cents.

    Drawn from the ledger by services.receivables (credits placed) and kept with the ranking:
    valid for the same day and ledger version, written by the same services at the same
    moments (services/revenue_ranking.py), so the dashboard reads 60,000 rows instead of
    summing 100,000 open invoices. Only clients that owe something have a row; deleting a
    client deletes its row.
    """

    __tablename__ = "kept_receivable"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True
    )
    # Bands as services.receivables.BAND_KEYS: not due, 1-30, 31-60, 61-159, 160+ days.
    b0: Mapped[int] = mapped_column(BigInteger)
    b1: Mapped[int] = mapped_column(BigInteger)
    b2: Mapped[int] = mapped_column(BigInteger)
    b3: Mapped[int] = mapped_column(BigInteger)
    b4: Mapped[int] = mapped_column(BigInteger)

"""What happened between us and a client: invoices, payments and returns."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Money, Quantity, UTCDateTime, utcnow, version_counter

if TYPE_CHECKING:
    from models.client import Client


class Sale(Base):
    """An invoice: what was sold, for how much, and when it is due."""

    __tablename__ = "sale"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    invoice_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(60), default="")
    units: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal(0))
    amount: Mapped[Decimal] = mapped_column(Money())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # What the payments linked to this invoice add up to, and the date of the latest: kept
    # by services.settlement with every payment write (triage reads them for every invoice).
    paid: Mapped[Decimal] = mapped_column(Money(), server_default="0")
    paid_on: Mapped[date | None] = mapped_column(Date)

    # Optimistic locking (models.base.version_counter); settlement's UPDATE of paid/paid_on
    # leaves it alone: nobody types those two, so they never make an edit stale.
    version: Mapped[int] = version_counter()

    client: Mapped[Client] = relationship(back_populates="sales")
    payments: Mapped[list[Payment]] = relationship(back_populates="sale")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own convention
    __table_args__ = (
        Index("ix_sale_client_date", "client_id", "invoice_date"),
        # The invoices not settled exactly, with what the portfolio's receivables read of
        # them (services.receivables): a tenth of the table, in client order.
        Index(
            "ix_sale_open",
            "client_id",
            "due_date",
            "invoice_date",
            "amount",
            "paid",
            sqlite_where=text("amount != paid"),
            postgresql_where=text("amount != paid"),
        ),
    )


class Payment(Base):
    """Money received. Linked to the invoice it settles when known, else paid on account."""

    __tablename__ = "payment"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    sale_id: Mapped[int | None] = mapped_column(
        ForeignKey("sale.id", ondelete="SET NULL"), default=None
    )
    paid_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money())
    reference: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    version: Mapped[int] = version_counter()

    client: Mapped[Client] = relationship(back_populates="payments")
    sale: Mapped[Sale | None] = relationship(back_populates="payments")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own convention

    __table_args__ = (
        Index("ix_payment_client_date", "client_id", "paid_on"),
        # An invoice's payments, those on account (sale_id NULL), and one client's of those
        # summed from the index alone (services.receivables).
        Index("ix_payment_sale_client", "sale_id", "client_id", "amount"),
    )


class Return(Base):
    """Goods sent back. The amount is credited to the client."""

    __tablename__ = "product_return"  # "return" is a reserved word in SQL

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    sale_id: Mapped[int | None] = mapped_column(
        ForeignKey("sale.id", ondelete="SET NULL"), default=None
    )
    returned_on: Mapped[date] = mapped_column(Date)
    units: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal(0))
    amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    version: Mapped[int] = version_counter()

    client: Mapped[Client] = relationship(back_populates="returns")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own convention

    __table_args__ = (Index("ix_product_return_client_date", "client_id", "returned_on"),)

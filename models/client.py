"""The client: who they are, where they stand with us, and what we last concluded."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, Numeric, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, StrEnumColumn, UTCDateTime, utcnow
from models.enums import FormOfAddress, Language, Stage, Verdict

if TYPE_CHECKING:
    from models.evaluation import Evaluation
    from models.ledger import Payment, Return, Sale
    from models.letter import Letter


class Client(Base):
    __tablename__ = "client"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    legal_name: Mapped[str] = mapped_column(String(200), default="")
    tax_id: Mapped[str] = mapped_column(String(40), default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    # Of the contact person, or of the client when there is none (a person buying in their
    # own name); see FormOfAddress.
    form_of_address: Mapped[FormOfAddress] = mapped_column(
        StrEnumColumn(FormOfAddress, 10), default=FormOfAddress.NONE, server_default=""
    )
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(120), default="")
    language: Mapped[Language] = mapped_column(StrEnumColumn(Language, 5), default=Language.SPANISH)
    stage: Mapped[Stage] = mapped_column(StrEnumColumn(Stage, 20), default=Stage.ACTIVE)
    strategic: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    # Lower-cased, accent-free copies kept by services.clients: ``sort_name`` orders the list
    # ("Álvarez" with the A's, not after Z), ``search_text`` joins the searchable fields.
    # Together with ``stage`` they form one covering index, so search-as-you-type over
    # 100,000 clients reads only that index, already in name order.
    sort_name: Mapped[str] = mapped_column(String(200), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")

    # The latest finished evaluation, copied here so the list can show and sort by it
    # without a join over the evaluation history.
    latest_verdict: Mapped[Verdict | None] = mapped_column(StrEnumColumn(Verdict, 20), default=None)
    latest_score: Mapped[Decimal | None] = mapped_column(Numeric(5, 1), default=None)
    next_review_on: Mapped[date | None] = mapped_column(Date, default=None)

    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    # Optimistic locking: a save based on an old copy fails instead of overwriting.
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    tags: Mapped[list[ClientTag]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="ClientTag.tag"
    )
    sales: Mapped[list[Sale]] = relationship(back_populates="client", cascade="all, delete-orphan")
    payments: Mapped[list[Payment]] = relationship(
        back_populates="client", cascade="all, delete-orphan"
    )
    returns: Mapped[list[Return]] = relationship(
        back_populates="client", cascade="all, delete-orphan"
    )
    evaluations: Mapped[list[Evaluation]] = relationship(
        back_populates="client", cascade="all, delete-orphan"
    )
    letters: Mapped[list[Letter]] = relationship(
        back_populates="client", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own convention
    __table_args__ = (
        # Sorting the list by other columns uses these; case-insensitive like the list shows it.
        # SQLite's indexes hold the rowid (the id); PostgreSQL's this one only when told.
        # PostgreSQL also has a trigram index on search_text, when pg_trgm could be
        # installed: models/migrations/versions/0010_trigram_search.py.
        Index("ix_client_list", "sort_name", "stage", "search_text", postgresql_include=["id"]),
        Index("ix_client_city_lower", func.lower(city)),
        Index("ix_client_legal_name_lower", func.lower(legal_name)),
        Index("ix_client_stage", "stage"),
        Index("ix_client_tax_id", "tax_id"),
        Index("ix_client_email", "email"),
        Index("ix_client_latest_verdict", "latest_verdict"),
        Index("ix_client_next_review_on", "next_review_on"),
        Index("ix_client_updated_at", "updated_at"),
    )


class ClientTag(Base):
    """A free label the owner puts on clients ("wholesale", "Madrid"); campaigns select by it."""

    __tablename__ = "client_tag"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(60), primary_key=True)

    client: Mapped[Client] = relationship(back_populates="tags")

    __table_args__ = (Index("ix_client_tag_tag", "tag"),)

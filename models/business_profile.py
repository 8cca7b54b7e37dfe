"""The owner's business: letterhead details and the ideal-client thresholds."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Money, Quantity, StrEnumColumn, UTCDateTime, utcnow, version_counter
from models.enums import Language


class BusinessProfile(Base):
    """One row per database: the business using Clientela."""

    __tablename__ = "business_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")  # the street, on one line or more
    postal_code: Mapped[str] = mapped_column(String(20), default="", server_default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(120), default="")
    tax_id: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    logo_path: Mapped[str] = mapped_column(Text, default="")
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    signer_role: Mapped[str] = mapped_column(String(200), default="")
    default_language: Mapped[Language] = mapped_column(
        StrEnumColumn(Language, 5), default=Language.SPANISH
    )
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    # What a loyalty letter offers ("10 % off your next order"), written by the owner in
    # each letter language.
    loyalty_offer_es: Mapped[str] = mapped_column(Text, default="")
    loyalty_offer_en: Mapped[str] = mapped_column(Text, default="")

    # Ideal-client thresholds (design section 3).
    payment_term_days: Mapped[int] = mapped_column(Integer, default=30)
    tolerated_delay_days: Mapped[int] = mapped_column(Integer, default=30)
    hard_limit_days: Mapped[int] = mapped_column(Integer, default=160)
    max_return_rate_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal(10))
    min_units_per_year: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal(0))
    min_revenue_per_year: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    review_interval_days: Mapped[int] = mapped_column(Integer, default=180)

    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    version: Mapped[int] = version_counter()  # see models.base.version_counter

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own convention

"""Declarative base and the column types every table shares."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from decimal import Decimal
from typing import ClassVar, TypeVar

from sqlalchemy import DateTime, Integer, MetaData, Numeric, String, Table, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, MappedColumn, mapped_column

# Named constraints let Alembic alter them on SQLite (batch mode) and PostgreSQL alike.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    # Every model is one table (no mapping to a join or a select): services that insert in
    # bulk use its name and columns.
    __table__: ClassVar[Table]


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware timestamp stored in UTC.

    PostgreSQL keeps the zone itself; SQLite keeps naive text, so values are normalised
    to UTC on the way in and marked as UTC on the way out. Code above never sees a naive
    timestamp.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


E = TypeVar("E", bound=enum.StrEnum)


class StrEnumColumn(TypeDecorator[E]):
    """A stage, verdict, language or letter kind: the enum in Python, its value as VARCHAR(n)
    in the database, exactly the strings stored before the columns were typed (no migration,
    no CHECK constraint, no native PostgreSQL enum: Alembic sees the same VARCHAR).

    A value this version does not know (a letter kind added by a newer Clientela on a shared
    server) is read back as the plain string it was before, rather than failing the whole
    read: a StrEnum is a str, so the code around still shows and compares it.
    """

    impl = String
    cache_ok = True

    def __init__(self, enum_class: type[E], length: int) -> None:
        super().__init__(length)
        self.enum_class = enum_class
        self.length = length

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        # str() of a StrEnum member is its value; the driver gets a plain str either way.
        return None if value is None else str(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> E | None:
        if value is None:
            return None
        try:
            return self.enum_class(value)
        except ValueError:
            return value  # type: ignore[return-value]  # unknown to this version: see above


def utcnow() -> datetime:
    return datetime.now(UTC)


def Money() -> Numeric[Decimal]:
    """Money: exact decimal with two places, never float."""
    return Numeric(14, 2, asdecimal=True)


def Quantity() -> Numeric[Decimal]:
    """Units sold or returned; decimal so hours (7.5) and kilos fit as well as pieces."""
    return Numeric(14, 3, asdecimal=True)


def version_counter() -> MappedColumn[int]:
    """Optimistic locking: pair with ``__mapper_args__ = {"version_id_col": version}``.

    Every ORM UPDATE then says ``WHERE version = <the one read>`` and adds one, so a save
    based on a copy someone else has changed since matches no row and fails (StaleDataError,
    turned into ConcurrentEditError by the services) instead of overwriting their change.
    The server default fills rows written by Core bulk inserts (the import) too.
    """
    return mapped_column(Integer, nullable=False, default=1, server_default="1")

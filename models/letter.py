"""A letter produced for a client, kept so it can be found and opened again."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, StrEnumColumn, UTCDateTime, utcnow, version_counter
from models.enums import Language, LetterKind

if TYPE_CHECKING:
    from models.client import Client


class Letter(Base):
    __tablename__ = "letter"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    evaluation_id: Mapped[int | None] = mapped_column(
        ForeignKey("evaluation.id", ondelete="SET NULL"), default=None
    )
    kind: Mapped[LetterKind] = mapped_column(StrEnumColumn(LetterKind, 30))
    language: Mapped[Language] = mapped_column(StrEnumColumn(Language, 5))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    template_version: Mapped[str] = mapped_column(String(80), default="")
    file_path: Mapped[str] = mapped_column(Text, default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    page_count: Mapped[int] = mapped_column(Integer, default=1)
    printed: Mapped[bool] = mapped_column(Boolean, default=False)
    # Letters made together in one campaign share this label.
    campaign: Mapped[str] = mapped_column(String(120), default="")
    # Who made it (in team mode several people share the book): the OS user by default,
    # or the name set in Settings; like Evaluation.evaluator. Letters are never edited.
    author: Mapped[str] = mapped_column(String(120), default="", server_default="")

    client: Mapped[Client] = relationship(back_populates="letters")

    __table_args__ = (Index("ix_letter_client_created", "client_id", "created_at"),)


class LetterTemplate(Base):
    """A letter template the owner edited; absent means the shipped default is used."""

    __tablename__ = "letter_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[LetterKind] = mapped_column(StrEnumColumn(LetterKind, 30))
    language: Mapped[Language] = mapped_column(StrEnumColumn(Language, 5))
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    version: Mapped[int] = version_counter()  # see models.base.version_counter

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own convention
    __table_args__ = (Index("ix_letter_template_kind_lang", "kind", "language", unique=True),)

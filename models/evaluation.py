"""A finished evaluation of a client against the criteria catalogue, kept as history."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, ForeignKey, Index, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, StrEnumColumn, UTCDateTime, utcnow
from models.enums import Stage, Verdict

if TYPE_CHECKING:
    from models.client import Client


class Evaluation(Base):
    """Never edited once saved: a new look at a client is a new row."""

    __tablename__ = "evaluation"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    evaluated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    evaluator: Mapped[str] = mapped_column(String(120), default="")
    # The client's stage when evaluated decides which stage questions were asked.
    stage: Mapped[Stage] = mapped_column(StrEnumColumn(Stage, 20))
    catalogue_version: Mapped[str] = mapped_column(String(40), default="")
    score: Mapped[Decimal | None] = mapped_column(Numeric(5, 1), default=None)
    # Share of weighted criteria actually answered (0-1): "Don't know" lowers this, not the score.
    confidence: Mapped[Decimal | None] = mapped_column(Numeric(4, 3), default=None)
    recommended_verdict: Mapped[Verdict] = mapped_column(StrEnumColumn(Verdict, 20))
    chosen_verdict: Mapped[Verdict] = mapped_column(StrEnumColumn(Verdict, 20))
    override_reason: Mapped[str] = mapped_column(Text, default="")
    # The reasons shown to the owner, as JSON text, so history reads as it did that day.
    reasons_json: Mapped[str] = mapped_column(Text, default="[]")
    # The ledger figures the suggestions were based on, as JSON text.
    metrics_json: Mapped[str] = mapped_column(Text, default="{}")
    next_review_on: Mapped[date | None] = mapped_column(Date, default=None)

    client: Mapped[Client] = relationship(back_populates="evaluations")
    answers: Mapped[list[Answer]] = relationship(
        back_populates="evaluation", cascade="all, delete-orphan", order_by="Answer.id"
    )

    __table_args__ = (Index("ix_evaluation_client_at", "client_id", "evaluated_at"),)


class Answer(Base):
    """The owner's answer to one criterion in one evaluation."""

    __tablename__ = "evaluation_answer"

    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluation.id", ondelete="CASCADE"))
    criterion_id: Mapped[str] = mapped_column(String(60))
    value: Mapped[str] = mapped_column(String(60))
    # What the ledger suggested, and the sentence of evidence shown next to it.
    suggested_value: Mapped[str | None] = mapped_column(String(60), default=None)
    was_suggested: Mapped[bool] = mapped_column(Boolean, default=False)
    evidence: Mapped[str] = mapped_column(Text, default="")
    comment: Mapped[str] = mapped_column(Text, default="")

    evaluation: Mapped[Evaluation] = relationship(back_populates="answers")

    __table_args__ = (UniqueConstraint("evaluation_id", "criterion_id"),)

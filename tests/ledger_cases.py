"""Clients with the ledgers the letter guard and the reminder talk about, built through the
services, and retained the way an owner does it: an evaluation saved with the verdict Retain."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from models import Verdict
from services.clients import ClientInput, save_client
from services.evaluations import EvaluationInput, save_evaluation
from services.ledger import PaymentInput, SaleInput, add_payment, add_sale
from services.scoring import Recommendation

ADDRESS = {"address": "Calle Mayor, 1", "postal_code": "50001", "city": "Zaragoza"}


def client(db, name: str, language: str = "es", **fields) -> int:
    data = ClientInput(name=name, language=language, **(ADDRESS | fields))
    return save_client(db.sessions, data).id


def invoice(
    db, client_id: int, today: date, days_ago: int, amount: str, *, paid_after=None, ref=""
) -> int:
    """An invoice due 30 days after its date, paid in full ``paid_after`` days after it."""
    invoiced = today - timedelta(days=days_ago)
    data = SaleInput(invoiced, invoiced + timedelta(days=30), ref, Decimal(1), Decimal(amount))
    sale = add_sale(db.sessions, client_id, data)
    if paid_after is not None:
        paid_on = invoiced + timedelta(days=paid_after)
        add_payment(db.sessions, client_id, PaymentInput(paid_on, Decimal(amount), "", sale))
    return sale


def retain(db, client_id: int, today: date) -> None:
    """Record the owner's verdict Retain, as a finished evaluation does."""
    recommendation = Recommendation(Verdict.RETAIN, Decimal(88), Decimal(1), (), ())
    save_evaluation(
        db.sessions,
        EvaluationInput(
            client_id=client_id,
            stage="active",
            catalogue_version="test",
            answers=(),
            recommendation=recommendation,
            chosen_verdict=Verdict.RETAIN.value,
            next_review_on=today + timedelta(days=180),
        ),
    )


def punctual_and_late(db, today: date) -> tuple[int, int]:
    """Two retained clients: one who pays in 25 days, one who pays in 91 with 10.400 €
    overdue — the issue's case."""
    punctual = client(db, "Puntual, S.L.")
    late = client(db, "Tardía, S.A.")
    for days_ago in (300, 240, 180, 120):
        invoice(db, punctual, today, days_ago, "2000", paid_after=25)
        invoice(db, late, today, days_ago + 60, "2000", paid_after=91)
    invoice(db, late, today, 100, "10400", ref="F-2026-031")
    retain(db, punctual, today)
    retain(db, late, today)
    return punctual, late

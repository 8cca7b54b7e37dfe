"""What a payment reminder lists: the client's overdue invoices, as the ledger has them today.

An invoice is overdue when its due date has passed and part of it is still open (the payments
linked to it add up to less than its amount). Payments on account and credits for returns are
not linked to an invoice; they lower what is owed, so the reminder sets them against the total
and asks for exactly the overdue figure the ledger shows (services.ledger.ledger_totals).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import cache

from babel.dates import format_date
from babel.numbers import format_currency
from sqlalchemy import select

from models import Client, Sale
from services.ledger import HALF_CENT, ZERO, ledger_totals
from services.letter_pdf import TableBlock
from services.progress import Sessions
from services.resources import resource_path

# Days a reminder gives to pay, unless the owner picks the date.
DEFAULT_PAY_WITHIN_DAYS = 15


@dataclass(frozen=True)
class OverdueInvoice:
    reference: str
    invoice_date: date
    due_date: date
    open_amount: Decimal
    days_overdue: int


@dataclass(frozen=True)
class Overdue:
    """A client's overdue invoices (oldest first) and the overdue total the ledger shows."""

    invoices: tuple[OverdueInvoice, ...]
    total: Decimal

    @property
    def credits(self) -> Decimal:
        """Payments on account and credits set against the invoices' open balances."""
        return sum((i.open_amount for i in self.invoices), ZERO) - self.total


def overdue_of(sessions: Sessions, client_ids: Sequence[int], today: date) -> dict[int, Overdue]:
    """Each client's overdue invoices; clients with nothing overdue are left out."""
    open_balance = Sale.amount - Sale.paid
    statement = (
        select(Sale.client_id, Sale.reference, Sale.invoice_date, Sale.due_date, open_balance)
        .where(Sale.client_id.in_(client_ids), Sale.due_date < today, open_balance > HALF_CENT)
        .order_by(Sale.client_id, Sale.due_date, Sale.id)
    )
    rows: dict[int, list[OverdueInvoice]] = {}
    with sessions() as session:
        for client_id, reference, invoiced, due, amount in session.execute(statement):
            rows.setdefault(client_id, []).append(
                OverdueInvoice(
                    reference,
                    invoiced,
                    due,
                    Decimal(str(amount)).quantize(ZERO),
                    (today - due).days,
                )
            )
    found: dict[int, Overdue] = {}
    for client_id, invoices in rows.items():
        total = ledger_totals(sessions, client_id, today).overdue
        if total > 0:
            found[client_id] = Overdue(tuple(invoices), total)
    return found


def overdue_client_ids(sessions: Sessions, today: date) -> list[int]:
    """Clients with an invoice past its due date still open, in the list's order: the
    recipients of a reminder campaign (a client whose payments on account cover it all is
    left out later, when the letter finds nothing to ask for)."""
    open_balance = Sale.amount - Sale.paid
    overdue = select(Sale.client_id).where(Sale.due_date < today, open_balance > HALF_CENT)
    statement = (
        select(Client.id).where(Client.id.in_(overdue)).order_by(Client.sort_name, Client.id)
    )
    with sessions() as session:
        return list(session.scalars(statement))


@cache
def _words(language: str) -> dict:
    return json.loads(resource_path("letters", language, "reminder.json").read_text("utf-8"))


def money(amount: Decimal, currency: str, language: str) -> str:
    return format_currency(amount, currency, locale=_words(language)["locale"])


def invoice_table(overdue: Overdue, currency: str, language: str) -> TableBlock:
    """The reminder's table: one row per overdue invoice, then the total to pay."""
    words = _words(language)
    locale = words["locale"]

    def day(value: date) -> str:
        return format_date(value, "medium", locale=locale)

    rows = [
        (
            invoice.reference or words["no_reference"],
            day(invoice.invoice_date),
            day(invoice.due_date),
            money(invoice.open_amount, currency, language),
            str(invoice.days_overdue),
        )
        for invoice in overdue.invoices
    ]
    if overdue.credits > 0:
        rows.append((words["credits"], "", "", money(-overdue.credits, currency, language), ""))
    return TableBlock(
        header=tuple(words["columns"]),
        rows=tuple(rows),
        footer=(words["total"], "", "", money(overdue.total, currency, language), ""),
        numeric=(3, 4),
        widths=("22%", "17%", "17%", "24%", "20%"),
    )


def sample_overdue(today: date) -> Overdue:
    """Two made-up invoices, for the template editor's preview of an empty book."""
    invoices = tuple(
        OverdueInvoice(f"F-{today.year}-0{n}", due - timedelta(days=30), due, amount, days)
        for n, days, amount in ((17, 75, Decimal("1250.00")), (21, 40, Decimal("830.50")))
        for due in (today - timedelta(days=days),)
    )
    return Overdue(invoices, sum((i.open_amount for i in invoices), ZERO))

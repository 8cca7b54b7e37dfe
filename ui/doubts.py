"""Sentences for the ledger entries that look wrong (services/plausibility.py)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from services.plausibility import Doubt
from ui.formatting import format_date, format_money


def _day(value: object) -> date | None:
    return value if isinstance(value, date) else None


def _amount(value: object) -> Decimal | None:
    return value if isinstance(value, Decimal) else None


def describe_doubt(doubt: Doubt, currency: str) -> str:
    p = doubt.params
    translate = QCoreApplication.translate
    if doubt.code == "date_far_future":
        return translate(
            "Doubts", "The date {date} is more than a year from today. Is the year right?"
        ).format(date=format_date(_day(p["date"])))
    if doubt.code == "date_before_1990":
        return translate("Doubts", "The date {date} is before 1990. Is the year right?").format(
            date=format_date(_day(p["date"]))
        )
    if doubt.code == "amount_outlier":
        return translate(
            "Doubts",
            "The amount {amount} is more than a hundred times this client's usual {usual}. "
            "Is the decimal mark in the right place?",
        ).format(
            amount=format_money(_amount(p["amount"]), currency),
            usual=format_money(_amount(p["usual"]), currency),
        )
    if doubt.code == "return_exceeds_purchases":
        return translate(
            "Doubts",
            "With this return the client would have returned {returned}, more than the {bought} "
            "they have bought.",
        ).format(
            returned=format_money(_amount(p["returned"]), currency),
            bought=format_money(_amount(p["bought"]), currency),
        )
    return doubt.code

"""Why a client is held back from a letter (services.letter_guard), in the user's language."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from services.letter_guard import (
    ALREADY_LET_GO,
    HIGH_RETURNS,
    LATE_PAYER,
    LET_GO_ADVISED,
    OVERDUE,
    Concern,
)
from ui.formatting import format_money


def _sentences(currency: str) -> Mapping[str, Callable[[Mapping[str, object]], str]]:
    return {
        LATE_PAYER: lambda p: QCoreApplication.translate(
            "Concerns",
            "late payer: pays on average {average} days after the invoice "
            "(agreed {term} days, {tolerated} more tolerated)",
        ).format(**p),
        OVERDUE: lambda p: QCoreApplication.translate(
            "Concerns",
            "overdue: {amount} in %n invoice(s) more than {tolerated} days past due, "
            "the oldest {oldest_days} days",
            None,
            int(str(p["invoices"])),
        ).format(
            amount=format_money(Decimal(str(p["amount"])), currency),
            tolerated=p["tolerated"],
            oldest_days=p["oldest_days"],
        ),
        HIGH_RETURNS: lambda p: QCoreApplication.translate(
            "Concerns", "returns: sent back {rate} % of what they bought (maximum {max} %)"
        ).format(rate=f"{float(str(p['rate'])):g}", max=f"{float(str(p['max'])):g}"),
        ALREADY_LET_GO: lambda p: QCoreApplication.translate(
            "Concerns", "already let go (stage Former)"
        ),
        LET_GO_ADVISED: lambda p: QCoreApplication.translate(
            "Concerns", "the latest evaluation recommends letting them go"
        ),
    }


def short_label(concern: Concern) -> str:
    """A word or two for a list's warning column."""
    return {
        LATE_PAYER: QCoreApplication.translate("Concerns", "late payer"),
        OVERDUE: QCoreApplication.translate("Concerns", "overdue balance"),
        HIGH_RETURNS: QCoreApplication.translate("Concerns", "many returns"),
        ALREADY_LET_GO: QCoreApplication.translate("Concerns", "already let go"),
        LET_GO_ADVISED: QCoreApplication.translate("Concerns", "let go advised"),
    }.get(concern.code, concern.code)


def describe_concern(concern: Concern, currency: str = "EUR") -> str:
    render = _sentences(currency).get(concern.code)
    return render(concern.params) if render else concern.code


def describe_concerns(concerns: Iterable[Concern], currency: str = "EUR") -> str:
    return "; ".join(describe_concern(concern, currency) for concern in concerns)

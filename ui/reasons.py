"""Reasons and evidence, worded in the user's language.

services/scoring.py gives each reason a code and its facts; this module is the one place that
turns them into sentences, so an evaluation reads in Spanish or English whenever it is opened.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from services.criteria import Catalogue, load_catalogue
from services.scoring import Reason
from ui.formatting import format_money
from ui.i18n import interface_language
from ui.labels import answer_label

Params = Mapping[str, object]


def _money(value: object, currency: str) -> str:
    return format_money(Decimal(str(value)), currency)


def _number(value: object) -> str:
    number = float(str(value))
    places = 0 if number == int(number) else 1
    return QLocale().toString(number, "f", places)


def _sentences(currency: str) -> dict[str, Callable[[Params], str]]:
    n, m = _number, lambda v: _money(v, currency)
    return {
        "payment_delay": lambda p: (
            QCoreApplication.translate(
                "Reasons",
                "Pays on average {average} days after the invoice (worst {worst}); "
                "your agreed term is {term} days and your hard limit {limit}.",
            ).format(
                average=p["average"], worst=p.get("worst") or "—", term=p["term"], limit=p["limit"]
            )
            + (
                " "
                + QCoreApplication.translate(
                    "Reasons", "The oldest unpaid invoice is {days} days old."
                ).format(days=p["unpaid"])
                if p.get("unpaid") is not None
                else ""
            )
        ),
        "return_rate": lambda p: QCoreApplication.translate(
            "Reasons",
            "Sent back {rate} % of what they bought in the last 12 months; "
            "your maximum is {max} %.",
        ).format(rate=n(p["rate"]), max=n(p["max"])),
        "volume": lambda p: QCoreApplication.translate(
            "Reasons",
            "Bought {units} units for {revenue} in the last 12 months; "
            "your minimum is {min_units} units and {min_revenue}.",
        ).format(
            units=n(p["units"]),
            revenue=m(p["revenue"]),
            min_units=n(p["min_units"]),
            min_revenue=m(p["min_revenue"]),
        ),
        "volume_no_minimum": lambda p: QCoreApplication.translate(
            "Reasons",
            "Bought {units} units for {revenue} in the last 12 months. "
            "You have set no yearly minimum, so judge for yourself.",
        ).format(units=n(p["units"]), revenue=m(p["revenue"])),
        "trend": lambda p: QCoreApplication.translate(
            "Reasons",
            "Bought {last} in the last 6 months against {previous} in the 6 before ({change} %).",
        ).format(
            last=m(p["last"]),
            previous=m(p["previous"]),
            change=("+" if float(str(p["change"])) > 0 else "") + n(p["change"]),
        ),
        "trend_unknown": lambda p: QCoreApplication.translate(
            "Reasons", "Bought nothing in the 6 months before the last 6: no trend to show yet."
        ),
        "recency": lambda p: QCoreApplication.translate(
            "Reasons", "Last purchase {days} days ago."
        ).format(**p),
        "never_bought": lambda p: QCoreApplication.translate(
            "Reasons", "Has never bought from you."
        ),
        "revenue_share": lambda p: QCoreApplication.translate(
            "Reasons", "Brings {share} % of your revenue of the last 12 months (class {abc})."
        ).format(share=n(p["share"]), abc=p["abc"]),
        "too_little_data": lambda p: QCoreApplication.translate(
            "Reasons", "Too few invoices in the last two years to judge from the ledger."
        ),
        "no_invoices_to_judge": lambda p: QCoreApplication.translate(
            "Reasons", "No paid or overdue invoices to judge payment from."
        ),
        "nothing_bought_12m": lambda p: QCoreApplication.translate(
            "Reasons", "Bought nothing in the last 12 months."
        ),
        "flag_late_payer": lambda p: (
            QCoreApplication.translate(
                "Reasons",
                "Red flag: pays on average {average} days after the invoice; "
                "your limit is {limit}.",
            ).format(average=p["average"], limit=p["limit"])
            + (
                " "
                + QCoreApplication.translate(
                    "Reasons", "The oldest unpaid invoice is {days} days old."
                ).format(days=p["unpaid"])
                if p.get("unpaid") is not None
                else ""
            )
        ),
        "flag_returns": lambda p: (
            QCoreApplication.translate(
                "Reasons",
                "Red flag: sends back {rate} % of what they buy; your maximum is {max} %.",
            ).format(rate=n(p["rate"]), max=n(p["max"]))
            + (
                " "
                + QCoreApplication.translate(
                    "Reasons", "That is {far} % or more, {returns} times in 12 months."
                ).format(far=n(p["far"]), returns=p["returns"])
                if "far" in p
                else ""
            )
        ),
        "returns_over_max": lambda p: QCoreApplication.translate(
            "Reasons",
            "Sends back {rate} % of what they buy; your maximum is {max} % "
            "(a red flag from {far} %, when repeated).",
        ).format(rate=n(p["rate"]), max=n(p["max"]), far=n(p["far"])),
        "late_payer": lambda p: QCoreApplication.translate(
            "Reasons",
            "Late payer: pays on average {average} days after the invoice; your term and "
            "tolerated delay allow {allowed} days (a red flag from {limit}).",
        ).format(**p),
        "overdue_past_tolerance": lambda p: QCoreApplication.translate(
            "Reasons",
            "An invoice unpaid for {days} days; your term and tolerated delay allow {allowed} "
            "days (a red flag from {limit}).",
        ).format(**p),
        "flag_unpaid_past_limit": lambda p: QCoreApplication.translate(
            "Reasons",
            "Red flag: an invoice unpaid for {days} days; your limit is {limit}.",
        ).format(**p),
        "overdue_now": lambda p: QCoreApplication.translate(
            "Reasons", "Overdue now: {amount}."
        ).format(amount=m(p["amount"])),
        "low_volume": lambda p: QCoreApplication.translate(
            "Reasons",
            "Bought only {units} units for {revenue} in 12 months, below your minimum of "
            "{min_units} units or {min_revenue}; the year before was above it.",
        ).format(
            units=n(p["units"]),
            revenue=m(p["revenue"]),
            min_units=n(p["min_units"]),
            min_revenue=m(p["min_revenue"]),
        ),
        "class_a_kept": lambda p: QCoreApplication.translate(
            "Reasons",
            "Class A: brings {share} % of your revenue, so boundaries come before letting go.",
        ).format(share=n(p["share"])),
        "termination_follows": lambda p: QCoreApplication.translate(
            "Reasons", "If nothing changes by the next review, letting go follows."
        ),
        "flag_low_volume": lambda p: (
            QCoreApplication.translate(
                "Reasons",
                "Red flag: bought only {units} units for {revenue} in 12 months, "
                "below your minimum of {min_units} units or {min_revenue}.",
            ).format(
                units=n(p["units"]),
                revenue=m(p["revenue"]),
                min_units=n(p["min_units"]),
                min_revenue=m(p["min_revenue"]),
            )
            + (
                " "
                + QCoreApplication.translate(
                    "Reasons", "The 12 months before, too: {units} units for {revenue}."
                ).format(units=n(p["prev_units"]), revenue=m(p["prev_revenue"]))
                if "prev_units" in p
                else ""
            )
        ),
        "flag_owner_no": lambda p: QCoreApplication.translate(
            "Reasons", "Red flag: you answered no."
        ),
        "answer": lambda p: QCoreApplication.translate("Reasons", "You answered: {answer}.").format(
            answer=answer_label(str(p["answer"])).lower()
        ),
        "score": lambda p: (
            QCoreApplication.translate("Reasons", "Score {score} out of 100.").format(
                score=n(p["score"])
            )
            if p.get("score") is not None
            else QCoreApplication.translate("Reasons", "No question answered, so no score.")
        ),
        "prospect_demanding": lambda p: QCoreApplication.translate(
            "Reasons", "Already demands more than the terms you offer: wait before acquiring."
        ),
        "prospect_not_ideal": lambda p: QCoreApplication.translate(
            "Reasons", "Does not match the client you want: no need to pursue."
        ),
        "prospect_unclear": lambda p: QCoreApplication.translate(
            "Reasons", "Not clear yet whether they match the client you want."
        ),
        "fix_cause_first": lambda p: QCoreApplication.translate(
            "Reasons", "A good client worth recovering, once what drove them away is fixed."
        ),
        "not_worth_recovering": lambda p: QCoreApplication.translate(
            "Reasons", "Was not a good client: no need to win them back."
        ),
        "strategic_kept": lambda p: QCoreApplication.translate(
            "Reasons", "Marked as strategic, so never recommended for letting go."
        ),
        "valuable": lambda p: QCoreApplication.translate(
            "Reasons",
            "Valuable: pays, rarely returns and buys enough (score {score} on those three).",
        ).format(score=n(p["score"])),
        "not_valuable_enough": lambda p: QCoreApplication.translate(
            "Reasons", "Not valuable enough to put up with demands beyond the terms."
        ),
        "too_little_known": lambda p: QCoreApplication.translate(
            "Reasons", 'Too many questions answered "don\'t know" to decide.'
        ),
        "no_red_flags": lambda p: QCoreApplication.translate("Reasons", "No red flag."),
        "declining": lambda p: QCoreApplication.translate(
            "Reasons", "A good client who buys less and less: find out why before they leave."
        ),
        "borderline": lambda p: QCoreApplication.translate(
            "Reasons", "Neither clearly good nor clearly bad: look again sooner."
        ),
    }


def describe_reason(
    reason: Reason,
    catalogue: Catalogue | None = None,
    language: str | None = None,
    currency: str = "EUR",
) -> str:
    """The reason in a sentence; an answer is preceded by its question (in ``language``, by
    default the interface's), so "Red flag: you answered no." never stands alone."""
    render = _sentences(currency).get(reason.code)
    text = render(reason.params) if render else reason.code
    if reason.criterion and reason.code in ("answer", "flag_owner_no"):
        try:
            criterion = (catalogue or load_catalogue()).criterion(reason.criterion)
        except KeyError:  # a criterion later catalogues dropped: the fact still reads
            return text
        return f"{criterion.question(language or interface_language())} — {text}"
    return text

"""A verdict's explanation (services.explanation) in the user's language: as rich text for the
wizard and the history, as plain lines for the command line."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from services.criteria import Catalogue
from services.explanation import Explanation
from services.reason import Reason
from ui.labels import verdict_label
from ui.reasons import describe_reason


def rule_text(rule: str) -> str:
    """Which rule decided, in one sentence."""
    rules: Mapping[str, Callable[[], str]] = {
        "red_flag": lambda: QCoreApplication.translate(
            "Explanation", "A red flag decides, whatever the score."
        ),
        "red_flag_protected": lambda: QCoreApplication.translate(
            "Explanation",
            "A red flag would mean letting go, but this client is strategic or class A: "
            "boundaries first, and letting go follows if nothing changes.",
        ),
        "judgement_noes": lambda: QCoreApplication.translate(
            "Explanation",
            'Two or more "no" on your judgement questions decide, whatever the score.',
        ),
        "judgement_protected": lambda: QCoreApplication.translate(
            "Explanation",
            'Two or more "no" on your judgement questions, but this client is strategic or '
            "class A: never recommended for letting go.",
        ),
        "abuse_valuable": lambda: QCoreApplication.translate(
            "Explanation", "A valuable client who demands beyond the agreed terms gets boundaries."
        ),
        "abuse_not_valuable": lambda: QCoreApplication.translate(
            "Explanation",
            "Demands beyond the agreed terms without being valuable enough to put up with it.",
        ),
        "ledger_boundaries": lambda: QCoreApplication.translate(
            "Explanation",
            "Paying late or sending back too much gets boundaries first, whatever the score: "
            "a reminder of the terms, with the facts.",
        ),
        "too_little_known": lambda: QCoreApplication.translate(
            "Explanation", 'Too many "don\'t know" answers to decide.'
        ),
        "thin_ledger": lambda: QCoreApplication.translate(
            "Explanation", "Too few invoices yet: watched, and looked at again sooner."
        ),
        "ledger_watch": lambda: QCoreApplication.translate(
            "Explanation", "Buys below your minimum: watched; letting go follows if it persists."
        ),
        "declining": lambda: QCoreApplication.translate(
            "Explanation", "A good score, but buying less and less: find out why."
        ),
        "score_retain": lambda: QCoreApplication.translate(
            "Explanation", "A score of 70 or more with no red flag: retain."
        ),
        "score_let_go": lambda: QCoreApplication.translate(
            "Explanation", "A score below 40: not a client you want."
        ),
        "score_low_protected": lambda: QCoreApplication.translate(
            "Explanation",
            "A score below 40, but this client is strategic or class A: watched instead.",
        ),
        "borderline": lambda: QCoreApplication.translate(
            "Explanation", "A score between 40 and 70: neither clearly good nor bad."
        ),
        "prospect_demanding": lambda: QCoreApplication.translate(
            "Explanation", "A prospect who already demands beyond your terms."
        ),
        "prospect_matches": lambda: QCoreApplication.translate(
            "Explanation", "A prospect who matches the client you want."
        ),
        "prospect_not_ideal": lambda: QCoreApplication.translate(
            "Explanation", "A prospect who does not match the client you want."
        ),
        "prospect_unclear": lambda: QCoreApplication.translate(
            "Explanation", "Not clear yet whether the prospect matches."
        ),
        "lost_recover": lambda: QCoreApplication.translate(
            "Explanation", "A good client, and what drove them away is fixed."
        ),
        "lost_fix_first": lambda: QCoreApplication.translate(
            "Explanation", "A good client, but what drove them away is not fixed."
        ),
        "lost_not_worth": lambda: QCoreApplication.translate(
            "Explanation", "Was not a good client: not worth winning back."
        ),
    }
    render = rules.get(rule)
    return render() if render else rule


def change_text(reason: Reason, catalogue: Catalogue | None = None, language: str = "en") -> str:
    """One thing that would change the verdict."""
    p = reason.params
    changes: Mapping[str, Callable[[], str]] = {
        "change_pay_within": lambda: QCoreApplication.translate(
            "Explanation",
            "Paying within {allowed} days, overdue invoices included, ends the boundaries.",
        ).format(**p),
        "change_reach_limit": lambda: QCoreApplication.translate(
            "Explanation",
            "Reaching {limit} days, or an invoice unpaid that long, is a red flag: let go.",
        ).format(**p),
        "change_pay_under_limit": lambda: QCoreApplication.translate(
            "Explanation",
            "Paying under {limit} days and settling the old invoices lifts the red flag.",
        ).format(**p),
        "change_returns_below": lambda: QCoreApplication.translate(
            "Explanation", "Sending back {max} % or less ends the boundaries."
        ).format(max=p["max"]),
        "change_returns_far": lambda: QCoreApplication.translate(
            "Explanation", "Sending back {far} % or more, repeatedly, is a red flag: let go."
        ).format(far=p["far"]),
        "change_returns_below_far": lambda: QCoreApplication.translate(
            "Explanation", "Sending back less than {far} % lifts the red flag."
        ).format(far=p["far"]),
        "change_volume_up": lambda: QCoreApplication.translate(
            "Explanation", "Buying at your yearly minimum or more."
        ),
        "change_volume_persists": lambda: QCoreApplication.translate(
            "Explanation", "Buying below the minimum for another year is a red flag: let go."
        ),
        "change_owner_answer": lambda: QCoreApplication.translate(
            "Explanation", 'Another answer than "no" to: {question}'
        ).format(question=_question(reason.criterion, catalogue, language)),
        "change_mark_strategic": lambda: QCoreApplication.translate(
            "Explanation", "Marking the client strategic would mean boundaries first instead."
        ),
        "change_nothing_changes": lambda: QCoreApplication.translate(
            "Explanation", "If nothing changes by the next review, the recommendation is to let go."
        ),
        "change_fewer_noes": lambda: QCoreApplication.translate(
            "Explanation", 'Fewer than two "no" on the judgement questions.'
        ),
        "change_accept_terms": lambda: QCoreApplication.translate(
            "Explanation", "Accepting the terms once they are explained."
        ),
        "change_answer_more": lambda: QCoreApplication.translate(
            "Explanation", 'Answering more questions than "don\'t know".'
        ),
        "change_more_invoices": lambda: QCoreApplication.translate(
            "Explanation", "{invoices} invoices or more in the last two years let the ledger judge."
        ).format(**p),
        "change_growing": lambda: QCoreApplication.translate(
            "Explanation", "Buying as much as before, or more: retain."
        ),
        "change_score_below": lambda: QCoreApplication.translate(
            "Explanation", "A score below {score}: watch."
        ).format(**p),
        "change_pay_late": lambda: QCoreApplication.translate(
            "Explanation", "Paying later than {allowed} days: boundaries, whatever the score."
        ).format(**p),
        "change_score_above": lambda: QCoreApplication.translate(
            "Explanation", "A score of {score} or more: watch."
        ).format(**p),
        "change_score_reach": lambda: QCoreApplication.translate(
            "Explanation", "A score of {score} or more: retain."
        ).format(**p),
        "change_score_fall": lambda: QCoreApplication.translate(
            "Explanation", "A score below {score}: let go."
        ).format(**p),
        "change_prospect_score": lambda: QCoreApplication.translate(
            "Explanation", "A score below {score}, or no match with your ideal client: watch."
        ).format(**p),
        "change_prospect_matches": lambda: QCoreApplication.translate(
            "Explanation", "Matching your ideal client with a score of {score} or more: acquire."
        ).format(**p),
        "change_cause_not_fixed": lambda: QCoreApplication.translate(
            "Explanation", "If the cause turns out not to be fixed: watch."
        ),
        "change_cause_fixed": lambda: QCoreApplication.translate(
            "Explanation", "Fixing what drove them away: recover."
        ),
        "change_was_good": lambda: QCoreApplication.translate(
            "Explanation", "Only a client who was good is worth recovering."
        ),
    }
    render = changes.get(reason.code)
    return render() if render else reason.code


def _question(criterion: str | None, catalogue: Catalogue | None, language: str) -> str:
    if criterion is None or catalogue is None:
        return criterion or ""
    try:
        return catalogue.criterion(criterion).question(language)
    except KeyError:
        return criterion


def _score(value: float | None) -> str:
    return "—" if value is None else QLocale().toString(float(value), "f", 0)


def group_lines(explanation: Explanation, catalogue: Catalogue, language: str) -> list[str]:
    titles = {g.id: g.title(language) for g in catalogue.groups}
    lines = []
    for g in explanation.groups:
        title = titles.get(g.group, g.group)
        if g.score is None:
            lines.append(
                QCoreApplication.translate("Explanation", "{group} — not answered").format(
                    group=title
                )
            )
        else:
            lines.append(
                QCoreApplication.translate("Explanation", "{group} — {score} of 100").format(
                    group=title, score=_score(g.score)
                )
            )
    return lines


def differs_text(explanation: Explanation) -> str:
    return QCoreApplication.translate(
        "Explanation",
        "Why the score says otherwise: the score adds up your answers, but this rule "
        "decides over it.",
    )


def _headings() -> tuple[str, str, str]:
    return (
        QCoreApplication.translate("Explanation", "The facts"),
        QCoreApplication.translate("Explanation", "Score by group"),
        QCoreApplication.translate("Explanation", "What would change it"),
    )


def _sections(
    explanation: Explanation, catalogue: Catalogue, language: str, currency: str
) -> list[tuple[str, list[str]]]:
    facts, groups, changes = _headings()
    return [
        (facts, [describe_reason(f, catalogue, language, currency) for f in explanation.facts]),
        (groups, group_lines(explanation, catalogue, language)),
        (changes, [change_text(c, catalogue, language) for c in explanation.changes]),
    ]


def explanation_html(
    explanation: Explanation, catalogue: Catalogue, language: str, currency: str
) -> str:
    """The whole explanation as rich text: rule, facts, score by group, what would change it."""
    parts = [f"<p><b>{html.escape(rule_text(explanation.rule))}</b></p>"]
    if explanation.differs:
        parts.append(f"<p style='color:#8a4b00'>{html.escape(differs_text(explanation))}</p>")
    for title, texts in _sections(explanation, catalogue, language, currency):
        if texts:
            items = "".join(f"<li>{html.escape(t)}</li>" for t in texts)
            parts.append(f"<p style='margin-bottom:0'><b>{html.escape(title)}</b></p>")
            parts.append(f"<ul style='margin-top:0'>{items}</ul>")
    return "".join(parts)


def explanation_lines(
    explanation: Explanation, catalogue: Catalogue, language: str, currency: str
) -> list[str]:
    """The same, as plain text lines (the command line)."""
    lines = [
        QCoreApplication.translate(
            "Explanation", "Score {score} of 100 · Recommended: {verdict}"
        ).format(score=_score(explanation.score), verdict=verdict_label(explanation.verdict)),
        rule_text(explanation.rule),
    ]
    if explanation.differs:
        lines.append(differs_text(explanation))
    sections = _sections(explanation, catalogue, language, currency)
    for title, texts in sections:
        if texts:
            lines.append(title + ":")
            lines += [f"  - {text}" for text in texts]
    return lines

"""Words for import fields and for why a row was not taken: shared by the wizard and CLI."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from services.errors import Problem
from services.importing import RowProblem
from services.importing.detection import ClientMatch
from ui.messages import describe_problem, match_key_word


def field_label(field: str) -> str:
    labels = {
        "name": QCoreApplication.translate("ImportFields", "Name"),
        "legal_name": QCoreApplication.translate("ImportFields", "Company (legal name)"),
        "tax_id": QCoreApplication.translate("ImportFields", "Tax id"),
        "contact_person": QCoreApplication.translate("ImportFields", "Contact person"),
        "form_of_address": QCoreApplication.translate(
            "ImportFields", "Form of address (Sr., Sra., Dr., Dra.)"
        ),
        "given_name": QCoreApplication.translate("ImportFields", "First name"),
        "family_name": QCoreApplication.translate("ImportFields", "Last name"),
        "email": QCoreApplication.translate("ImportFields", "Email"),
        "phone": QCoreApplication.translate("ImportFields", "Phone"),
        "address": QCoreApplication.translate("ImportFields", "Address"),
        "postal_code": QCoreApplication.translate("ImportFields", "Postal code"),
        "city": QCoreApplication.translate("ImportFields", "City"),
        "province": QCoreApplication.translate("ImportFields", "Province (added to the city)"),
        "country": QCoreApplication.translate("ImportFields", "Country"),
        "language": QCoreApplication.translate("ImportFields", "Language"),
        "stage": QCoreApplication.translate("ImportFields", "Stage"),
        "strategic": QCoreApplication.translate("ImportFields", "Strategic"),
        "notes": QCoreApplication.translate("ImportFields", "Notes"),
        "tags": QCoreApplication.translate("ImportFields", "Tags"),
        "client": QCoreApplication.translate("ImportFields", "Client"),
        "invoice_date": QCoreApplication.translate("ImportFields", "Invoice date"),
        "due_date": QCoreApplication.translate("ImportFields", "Due date"),
        "paid_on": QCoreApplication.translate("ImportFields", "Payment date"),
        "returned_on": QCoreApplication.translate("ImportFields", "Return date"),
        "reference": QCoreApplication.translate("ImportFields", "Reference"),
        "units": QCoreApplication.translate("ImportFields", "Units"),
        "amount": QCoreApplication.translate("ImportFields", "Amount"),
        "reason": QCoreApplication.translate("ImportFields", "Reason"),
        "invoice": QCoreApplication.translate("ImportFields", "Invoice (reference)"),
    }
    return labels.get(field, field)


def describe_row_problems(problems: tuple[RowProblem, ...], *, cli: bool = False) -> str:
    """'Email: This does not look like an email address. Phone: ...': each message is a
    sentence with its own full stop, so they follow one another like sentences. A row whose
    client is not found also says what would likely fix it, in the words of the command
    line (``cli``) or of the wizard."""
    parts = []
    for item in problems:
        text = describe_problem(item.problem)
        fix = _client_fix(item.problem, cli)
        if fix:
            text = f"{text} {fix}"
        parts.append(f"{field_label(item.field)}: {text}" if item.field else text)
    return " ".join(parts)


def describe_row_problems_cli(problems: tuple[RowProblem, ...]) -> str:
    return describe_row_problems(problems, cli=True)


def _client_fix(problem: Problem, cli: bool) -> str:
    params = problem.params
    if problem.code == "ambiguous_client" and params.get("clients"):
        if cli:
            return QCoreApplication.translate(
                "ImportFields",
                "Use a column that tells them apart: --match-by id or --match-by tax_id.",
            )
        return QCoreApplication.translate(
            "ImportFields", "Use a column that tells them apart, such as the client number."
        )
    if problem.code != "unknown_client" or "by" not in params:
        return ""
    other = str(params.get("other") or "")
    if other:
        word = match_key_word(other)
        if cli:
            return QCoreApplication.translate(
                "ImportFields", "It is a client's {key}: use --match-by {option}."
            ).format(key=word, option=other)
        return QCoreApplication.translate(
            "ImportFields",
            "It is a client's {key}: on the second page, find each row's client by {key}.",
        ).format(key=word)
    if params.get("empty_book"):
        return QCoreApplication.translate(
            "ImportFields", "Your book has no clients yet: import the client list first."
        )
    return QCoreApplication.translate(
        "ImportFields", "Check how it is written, or add the client first."
    )


def padded_postal_codes_text(lines: list[int]) -> str:
    """The summary's warning about Spanish postal codes given back their leading zero."""
    if not lines:
        return ""
    shown = ", ".join(map(str, lines[:SHOWN_LINES])) + (", …" if len(lines) > SHOWN_LINES else "")
    return QCoreApplication.translate(
        "ImportFields",
        "{count} Spanish postal code(s) had 4 digits and were given their leading zero "
        "(8001 -> 08001); check them: line(s) {lines}.",
    ).format(count=len(lines), lines=shown)


SHOWN_LINES = 10


def duplicate_headers_text(
    duplicates: tuple[tuple[str, tuple[int, ...]], ...], *, cli: bool = False
) -> str:
    """'Several columns are called “Email” (columns 2, 5): ...' or "" when none are."""
    if not duplicates:
        return ""
    listed = "; ".join(
        QCoreApplication.translate("ImportFields", "“{header}” (columns {columns})").format(
            header=header, columns=", ".join(map(str, columns))
        )
        for header, columns in duplicates
    )
    if cli:
        return QCoreApplication.translate(
            "ImportFields",
            "Several columns have the same name: {columns}. Only the first of each is "
            "suggested for a field; to import another, map it by its number (--map 5=FIELD).",
        ).format(columns=listed)
    return QCoreApplication.translate(
        "ImportFields",
        "Several columns have the same name: {columns}. Only the first of each is suggested "
        "for a field; to import another, choose its field on the next page.",
    ).format(columns=listed)


def client_match_text(
    match: ClientMatch | None, headers: tuple[str, ...] = (), *, cli: bool = False
) -> str:
    """'Clients found by name in column "Cliente": detected, 19 of the first 20 values match
    a client's name.'"""
    if match is None:
        return ""
    word = match_key_word(match.by.value)
    if not match.detected:
        if cli:
            return QCoreApplication.translate(
                "ImportFields", "Clients found by {key} (as --match-by says)."
            ).format(key=word)
        return QCoreApplication.translate(
            "ImportFields", "Clients found by {key}, as you chose."
        ).format(key=word)
    where = word
    if 0 <= match.column < len(headers):
        where = QCoreApplication.translate("ImportFields", "{key} in column “{column}”").format(
            key=word, column=headers[match.column]
        )
    if match.matched == 0:
        return QCoreApplication.translate(
            "ImportFields",
            "Clients found by {key}: detected from how the values look, as none of the "
            "{sampled} checked matches a client in your book.",
        ).format(key=where, sampled=match.sampled)
    return QCoreApplication.translate(
        "ImportFields",
        "Clients found by {where}: detected, {matched} of the first {sampled} values match a "
        "client's {key}.",
    ).format(where=where, key=word, matched=match.matched, sampled=match.sampled)

"""Words for import fields and for why a row was not taken: shared by the wizard and CLI."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from services.importing import RowProblem
from ui.messages import describe_problem


def field_label(field: str) -> str:
    labels = {
        "name": QCoreApplication.translate("ImportFields", "Name"),
        "legal_name": QCoreApplication.translate("ImportFields", "Company (legal name)"),
        "tax_id": QCoreApplication.translate("ImportFields", "Tax id"),
        "contact_person": QCoreApplication.translate("ImportFields", "Contact person"),
        "given_name": QCoreApplication.translate("ImportFields", "First name"),
        "family_name": QCoreApplication.translate("ImportFields", "Last name"),
        "email": QCoreApplication.translate("ImportFields", "Email"),
        "phone": QCoreApplication.translate("ImportFields", "Phone"),
        "address": QCoreApplication.translate("ImportFields", "Address"),
        "postal_code": QCoreApplication.translate("ImportFields", "Postal code"),
        "city": QCoreApplication.translate("ImportFields", "City"),
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


def describe_row_problems(problems: tuple[RowProblem, ...]) -> str:
    """'Email: This does not look like an email address. Phone: ...': each message is a
    sentence with its own full stop, so they follow one another like sentences."""
    parts = []
    for item in problems:
        text = describe_problem(item.problem)
        parts.append(f"{field_label(item.field)}: {text}" if item.field else text)
    return " ".join(parts)

"""The words for errors and problems that services report by code.

Services stay free of Qt, so they raise ``ClientelaError(code, **params)`` and attach
``Problem(code, params)`` to fields; this module is the one place that turns those codes into
sentences in the user's language. Add a line here with every new code.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from services.errors import ClientelaError, Problem

Params = Mapping[str, object]


# Each entry returns the translated sentence; the literal strings sit inside
# QCoreApplication.translate calls so pyside6-lupdate finds them.
_ERRORS: dict[str, Callable[[Params], str]] = {
    "missing_folder": lambda p: QCoreApplication.translate(
        "Messages", "The folder {path} does not exist. Create it first or choose another place."
    ).format(**p),
    "no_database": lambda p: QCoreApplication.translate(
        "Messages", "There is no database at {path}. Check the path, or choose one with --db."
    ).format(**p),
    "is_a_folder": lambda p: QCoreApplication.translate(
        "Messages", "{path} is a folder, not a database file."
    ).format(**p),
    "folder_not_writable": lambda p: QCoreApplication.translate(
        "Messages", "Clientela cannot create a database in {path}: the folder is not writable."
    ).format(**p),
    "unreadable": lambda p: QCoreApplication.translate(
        "Messages", "The file {path} cannot be read ({detail})."
    ).format(**p),
    "not_a_database": lambda p: QCoreApplication.translate(
        "Messages", "{path} is not a database file. Choose a Clientela database."
    ).format(**p),
    "not_clientela": lambda p: QCoreApplication.translate(
        "Messages", "{path} is a database, but not a Clientela one. Nothing was changed in it."
    ).format(**p),
    "newer_schema": lambda p: QCoreApplication.translate(
        "Messages",
        "{path} was saved by a newer version of Clientela (schema {revision}). "
        "Update Clientela to open it.",
    ).format(**p),
    "migration_failed": lambda p: QCoreApplication.translate(
        "Messages",
        "The database could not be updated to this version of Clientela: {detail}. "
        "Your file was not changed.",
    ).format(**p),
    "bad_url": lambda p: QCoreApplication.translate(
        "Messages", "The database address {path} cannot be used: {detail}"
    ).format(**p),
    "not_found": lambda p: QCoreApplication.translate(
        "Messages", "That record no longer exists; someone may have deleted it."
    ),
    "concurrent_edit": lambda p: QCoreApplication.translate(
        "Messages",
        "This client was changed elsewhere since you opened it. "
        "Close the window and open the client again to see the latest version.",
    ),
    "demo_needs_empty_book": lambda p: QCoreApplication.translate(
        "Messages", "Demo clients can only be loaded into an empty client book."
    ),
    "invalid_input": lambda p: QCoreApplication.translate(
        "Messages", "Some fields need attention before saving."
    ),
    "bad_catalogue": lambda p: QCoreApplication.translate(
        "Messages",
        "The criteria file {file} is damaged at {entry}: {problem}. "
        "Reinstall Clientela or restore the file.",
    ).format(**p),
}

_PROBLEMS: dict[str, Callable[[Params], str]] = {
    "required": lambda p: QCoreApplication.translate("Messages", "This field is required."),
    "too_long": lambda p: QCoreApplication.translate(
        "Messages", "At most {max} characters."
    ).format(**p),
    "invalid_email": lambda p: QCoreApplication.translate(
        "Messages", "This does not look like an email address (name@example.com)."
    ),
    "invalid_phone": lambda p: QCoreApplication.translate(
        "Messages", "A phone number has 6 to 15 digits, optionally with +, spaces or dashes."
    ),
    "duplicate_tax_id": lambda p: QCoreApplication.translate(
        "Messages", "{name} already has this tax id."
    ).format(**p),
    "duplicate_email": lambda p: QCoreApplication.translate(
        "Messages", "{name} already has this email address."
    ).format(**p),
    "invalid_choice": lambda p: QCoreApplication.translate(
        "Messages", "Choose one of the listed values."
    ),
    "must_be_positive": lambda p: QCoreApplication.translate(
        "Messages", "Enter an amount greater than zero."
    ),
    "must_not_be_negative": lambda p: QCoreApplication.translate(
        "Messages", "This cannot be negative."
    ),
    "too_large": lambda p: QCoreApplication.translate("Messages", "This number is too large."),
    "not_a_number": lambda p: QCoreApplication.translate(
        "Messages", "Enter a number, such as 1.250,50 or 1250.50."
    ),
    "due_before_invoice": lambda p: QCoreApplication.translate(
        "Messages", "The due date cannot be before the invoice date."
    ),
    "invoice_of_another_client": lambda p: QCoreApplication.translate(
        "Messages", "That invoice belongs to another client."
    ),
    "invalid_date": lambda p: QCoreApplication.translate("Messages", "Enter a valid date."),
    "date_out_of_range": lambda p: QCoreApplication.translate(
        "Messages", "Enter a date between the years {low} and {high}."
    ).format(**p),
    "too_many_decimals": lambda p: QCoreApplication.translate(
        "Messages", "Use at most {places} decimal places."
    ).format(**p),
    "override_reason_required": lambda p: QCoreApplication.translate(
        "Messages", "Say why you choose another verdict than the recommended one."
    ),
    "duplicate_answer": lambda p: QCoreApplication.translate(
        "Messages", "A question was answered twice."
    ),
    "invalid_currency": lambda p: QCoreApplication.translate(
        "Messages", "Use the three-letter currency code, such as EUR, USD or MXN."
    ),
    "out_of_range": lambda p: QCoreApplication.translate(
        "Messages", "Enter a value from {low} to {high}."
    ).format(**p),
    "hard_limit_below_term": lambda p: QCoreApplication.translate(
        "Messages", "The hard limit cannot be shorter than the agreed payment term."
    ),
    "file_missing": lambda p: QCoreApplication.translate("Messages", "This file does not exist."),
    "logo_format": lambda p: QCoreApplication.translate(
        "Messages", "The logo must be a PNG or JPEG image."
    ),
    "file_unreadable": lambda p: QCoreApplication.translate(
        "Messages", "This file cannot be read. Check that you may open it."
    ),
    "not_a_whole_number": lambda p: QCoreApplication.translate("Messages", "Enter a whole number."),
}


def describe_error(error: ClientelaError) -> str:
    render = _ERRORS.get(error.code)
    if render is None:
        return QCoreApplication.translate("Messages", "Unexpected problem: {detail}").format(
            detail=error
        )
    return render(error.params)


def describe_problem(problem: Problem) -> str:
    render = _PROBLEMS.get(problem.code)
    if render is None:
        return QCoreApplication.translate("Messages", "Invalid value ({code}).").format(
            code=problem.code
        )
    return render(problem.params)

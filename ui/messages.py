"""The words for errors and problems that services report by code.

Services stay free of Qt, so they raise ``ClientelaError(code, **params)`` and attach
``Problem(code, params)`` to fields; this module is the one place that turns those codes into
sentences in the user's language. Add a line here with every new code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import cast

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
        "Messages",
        "There is no database at {path}. Check the path, choose one with --db, "
        "or start a new book there with: clientela --db {path} init",
    ).format(**p),
    "book_exists": lambda p: QCoreApplication.translate(
        "Messages",
        "There is already something at {path}; init only starts new books and leaves it as it "
        "is. Choose another place with --db.",
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
    "empty_file": lambda p: QCoreApplication.translate(
        "Messages",
        "{path} is an empty file, not a Clientela database. Nothing was changed in it. "
        "Choose another file, or remove it to start a new book there.",
    ).format(**p),
    "not_a_regular_file": lambda p: QCoreApplication.translate(
        "Messages",
        "{path} is not a regular file (a device, a pipe or a broken link): Clientela keeps "
        "its book only in a regular file. Nothing was changed. Choose another place.",
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
    "database_in_use": lambda p: QCoreApplication.translate(
        "Messages",
        "{path} is already open in Clientela on this computer (process {pid}). "
        "Close it there first; only one Clientela at a time may change a database.",
    ).format(**p),
    "database_in_use_elsewhere": lambda p: QCoreApplication.translate(
        "Messages",
        "{path} is already open in Clientela on the computer {host} (process {pid}). "
        "Close it there first; only one Clientela at a time may change a database.",
    ).format(**p),
    "lock_failed": lambda p: QCoreApplication.translate(
        "Messages",
        "Clientela cannot mark {path} as in use: the lock file {lock} cannot be created. "
        "Check that you may write in that folder.",
    ).format(**p),
    "damaged": lambda p: QCoreApplication.translate(
        "Messages",
        "The database {path} is damaged ({detail}), and there is no good backup to restore. "
        "The file was not changed.",
    ).format(**p),
    "damaged_book": lambda p: QCoreApplication.translate(
        "Messages",
        "The database {path} is damaged ({detail}). Restore it "
        "from a backup: clientela restore FILE, with one of the backups in {backups} "
        "(in the window: File → Restore from backup).",
    ).format(**p),
    "read_only_book": lambda p: QCoreApplication.translate(
        "Messages",
        "The database {path} is read-only: Clientela may read it but not change it. "
        "Nothing was changed. Check that you may write the file and its folder.",
    ).format(**p),
    "database_failed": lambda p: QCoreApplication.translate(
        "Messages", "The database {path} could not be used: {detail}."
    ).format(**p),
    "pg_dump_missing": lambda p: QCoreApplication.translate(
        "Messages",
        "Clientela backs up a server's book with PostgreSQL's pg_dump, which is not installed "
        "on this computer. Install the PostgreSQL client programs (Debian, Ubuntu: apt install "
        "postgresql-client; Windows, macOS: the PostgreSQL installer), or have the server's "
        "book backed up on the server itself: pg_dump --format=custom --file=FILE.dump {path}",
    ).format(**p),
    "pg_dump_failed": lambda p: QCoreApplication.translate(
        "Messages", "The server's database {path} could not be backed up: {detail}"
    ).format(**p),
    "backup_failed": lambda p: QCoreApplication.translate(
        "Messages", "The backup of {path} could not be made: {detail}"
    ).format(**p),
    "backup_unreadable": lambda p: QCoreApplication.translate(
        "Messages", "The backup {path} cannot be read ({detail})."
    ).format(**p),
    "backup_damaged": lambda p: QCoreApplication.translate(
        "Messages", "The backup {path} is damaged ({detail}). Choose another backup."
    ).format(**p),
    "backup_lacks_table": lambda p: QCoreApplication.translate(
        "Messages",
        "{path} is not a whole Clientela book: the table {table} is missing. "
        "Choose another backup.",
    ).format(**p),
    "backup_lacks_column": lambda p: QCoreApplication.translate(
        "Messages",
        "{path} is not a whole Clientela book: the table {table} lacks the column {name}. "
        "Choose another backup.",
    ).format(**p),
    "backup_lacks_index": lambda p: QCoreApplication.translate(
        "Messages",
        "{path} is not a whole Clientela book: the table {table} lacks the index {name}. "
        "Choose another backup.",
    ).format(**p),
    "backup_needs_file": lambda p: QCoreApplication.translate(
        "Messages",
        "{path} is a database server: back it up with the server's own tools (pg_dump).",
    ).format(**p),
    "backup_folder_missing": lambda p: QCoreApplication.translate(
        "Messages", "The folder {path} does not exist. Create it first or choose another."
    ).format(**p),
    "restore_failed": lambda p: QCoreApplication.translate(
        "Messages", "The backup could not be put in place of {path}: {detail}"
    ).format(**p),
    # -- letters --
    "unknown_letter_kind": lambda p: QCoreApplication.translate(
        "Messages", "There is no letter of the kind {kind}."
    ).format(**p),
    "unknown_language": lambda p: QCoreApplication.translate(
        "Messages", "Letters cannot be written in {language}: choose Spanish or English."
    ).format(**p),
    "bad_shipped_template": lambda p: QCoreApplication.translate(
        "Messages",
        "The letter template {file} that came with Clientela is damaged ({problem}). "
        "Reinstall Clientela.",
    ).format(**p),
    "bad_template": lambda p: QCoreApplication.translate(
        "Messages",
        "The template cannot be used: {part}, line {line}, column {column}: {problem} {name}",
    ).format(**p),
    "cannot_write_file": lambda p: QCoreApplication.translate(
        "Messages", "The file {path} cannot be written ({reason}). Choose another place."
    ).format(**p),
    "no_campaign_output": lambda p: QCoreApplication.translate(
        "Messages", "Choose where the letters go: a combined PDF, a folder, or both."
    ),
    "empty_segment": lambda p: QCoreApplication.translate(
        "Messages", "No client matches: there is no letter to write."
    ),
    "nothing_to_write": lambda p: QCoreApplication.translate(
        "Messages",
        "None of these clients can get this letter (no postal address, or nothing overdue): "
        "there is nothing to print.",
    ),
    "nothing_overdue": lambda p: QCoreApplication.translate(
        "Messages", "{name} has no overdue invoice: there is nothing to remind them of."
    ).format(**p),
    "sender_incomplete": lambda p: QCoreApplication.translate(
        "Messages",
        "Letters need your business's name, address and the name of who signs them. "
        "Fill them in under File → Settings… → Business, then write the letter again.",
    ),
    "unprintable_character": lambda p: QCoreApplication.translate(
        "Messages",
        "The letter to {name} cannot be printed: no font Clientela ships can draw the "
        "character {character} ({code_point}). Remove it from the client's details or the "
        "template, then write the letter again.",
    ).format(**p),
    "no_such_client": lambda p: QCoreApplication.translate(
        "Messages", "No client is called {name}."
    ).format(**p),
    "ambiguous_client": lambda p: QCoreApplication.translate(
        "Messages", "{count} clients match {name}: give the full name or the client's number."
    ).format(**p),
    "not_found": lambda p: QCoreApplication.translate(
        "Messages", "That record no longer exists; someone may have deleted it."
    ),
    "concurrent_edit": lambda p: (
        QCoreApplication.translate(
            "Messages",
            "Someone else changed this since you opened it, and their version is kept. "
            "Look at it again before changing it.",
        )
        if p.get("what", "client") != "client"
        else QCoreApplication.translate(
            "Messages",
            "This client was changed elsewhere since you opened it. "
            "Close the window and open the client again to see the latest version.",
        )
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
    # -- import and export (services/importing, services/exporting) --
    "import_empty": lambda p: QCoreApplication.translate(
        "Messages", "{path} is empty: there is nothing to import."
    ).format(**p),
    "import_no_rows": lambda p: QCoreApplication.translate(
        "Messages", "{path} has column headers but no rows to import."
    ).format(**p),
    "import_not_a_table": lambda p: QCoreApplication.translate(
        "Messages",
        "{path} is not a table Clientela can read. Save it from your spreadsheet as CSV or "
        "Excel (.xlsx) and try again.",
    ).format(**p),
    "import_unreadable": lambda p: QCoreApplication.translate(
        "Messages", "The file {path} cannot be read ({detail})."
    ).format(**p),
    "import_bad_encoding": lambda p: QCoreApplication.translate(
        "Messages",
        "{path} is not written in the {encoding} encoding throughout. Choose another "
        "encoding, or save the file again as UTF-8 CSV.",
    ).format(**p),
    "import_no_sheet": lambda p: QCoreApplication.translate(
        "Messages", "{path} has no sheet called {sheet}."
    ).format(**p),
    "import_missing_fields": lambda p: QCoreApplication.translate(
        "Messages", "Choose a column for: {fields}."
    ).format(fields=", ".join(map(str, cast(Iterable[object], p.get("fields", []))))),
    "import_unknown_column": lambda p: QCoreApplication.translate(
        "Messages", "The file has no column called {column}."
    ).format(**p),
    "import_unknown_field": lambda p: QCoreApplication.translate(
        "Messages", "{field} is not a field of a {kind} import. See --help for the list."
    ).format(**p),
    "import_cell_too_large": lambda p: QCoreApplication.translate(
        "Messages",
        "{path}: the cell that starts on line {line} is longer than {limit} characters, which "
        "no table's cell is. Perhaps a quote (\") opens a cell there and is never closed.",
    ).format(**p),
    "import_line_too_long": lambda p: QCoreApplication.translate(
        "Messages",
        "{path}: line {line} is longer than {limit} MB, which no table's line is. Check that "
        "the file is a table, or save it again from your spreadsheet.",
    ).format(**p),
    "import_row_too_large": lambda p: QCoreApplication.translate(
        "Messages",
        "{path}: row {line} of the sheet holds more than {limit} MB, which no table's row "
        "does. Save the sheet again from your spreadsheet, or as CSV, and import that.",
    ).format(**p),
    "import_too_many_columns": lambda p: QCoreApplication.translate(
        "Messages",
        "{path}: line {line} has {count} columns, more than the {limit} Clientela reads. "
        "Remove the columns you do not need, or check that the file is a table.",
    ).format(**p),
    "import_too_many_rows": lambda p: QCoreApplication.translate(
        "Messages",
        "{path} has more than {limit} rows, more than Clientela imports at once. Split it "
        "into smaller files and import them one after another.",
    ).format(**p),
    "import_part_too_large": lambda p: QCoreApplication.translate(
        "Messages",
        "{path} holds {size} MB in its part {part}, more than the {limit} MB Clientela reads "
        "from a workbook. Save the sheet as CSV and import that.",
    ).format(**p),
    "export_unwritable": lambda p: QCoreApplication.translate(
        "Messages", "{path} cannot be written ({detail})."
    ).format(**p),
}

_PROBLEMS: dict[str, Callable[[Params], str]] = {
    "required": lambda p: QCoreApplication.translate("Messages", "This field is required."),
    "too_long": lambda p: QCoreApplication.translate(
        "Messages", "At most {max} characters."
    ).format(**p),
    "control_characters": lambda p: QCoreApplication.translate(
        "Messages",
        "This contains invisible control characters, which no keyboard types: "
        "retype it or remove them.",
    ),
    "invalid_email": lambda p: QCoreApplication.translate(
        "Messages", "This does not look like an email address (name@example.com)."
    ),
    "invalid_phone": lambda p: QCoreApplication.translate(
        "Messages", "A phone number has 6 to 15 digits, optionally with +, spaces or dashes."
    ),
    "duplicate_tax_id": lambda p: QCoreApplication.translate(
        "Messages", "{name} already has this tax id."
    ).format(**p),
    "tax_id_check_digit": lambda p: QCoreApplication.translate(
        "Messages", "The check digit does not match this {scheme}: check it for a typing mistake."
    ).format(**p),
    "tax_id_invalid": lambda p: QCoreApplication.translate(
        "Messages", "This does not look like a valid {scheme}: check it for a typing mistake."
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
    # -- import rows --
    "duplicate_in_file": lambda p: QCoreApplication.translate(
        "Messages", "Same client as line {line} of the file ({name}); skipped."
    ).format(**p),
    "duplicate_in_book": lambda p: QCoreApplication.translate(
        "Messages", "{name} is already in your client book; skipped."
    ).format(**p),
    "duplicate_entry_in_file": lambda p: QCoreApplication.translate(
        "Messages", "Same entry as line {line} of the file; skipped."
    ).format(**p),
    "duplicate_entry_in_book": lambda p: QCoreApplication.translate(
        "Messages", "Already in the ledger (same client, date, reference and amount); skipped."
    ),
    "unknown_client": lambda p: (
        QCoreApplication.translate("Messages", "No client has {key} as their {by}.").format(
            key=p["key"], by=match_key_word(str(p["by"]))
        )
        if p.get("by")
        else QCoreApplication.translate("Messages", "No client matches {key}.").format(**p)
    ),
    "ambiguous_client": lambda p: (
        QCoreApplication.translate("Messages", "{key} matches {count} clients: {clients}.").format(
            **p
        )
        if p.get("clients")
        else QCoreApplication.translate(
            "Messages", "Several clients match {key}; match by tax id or client id instead."
        ).format(**p)
    ),
    "invoice_not_found": lambda p: QCoreApplication.translate(
        "Messages", "This client has no invoice with reference {reference}."
    ).format(**p),
    "bad_byte": lambda p: QCoreApplication.translate(
        "Messages",
        "Line {line} holds a byte ({byte}) that is not {encoding} text, shown here as �; the "
        "row was left out rather than stored garbled. Correct that character (or choose the "
        "file's encoding) and import the row again.",
    ).format(**p),
}


def describe_error(error: ClientelaError) -> str:
    render = _ERRORS.get(error.code)
    if render is None:
        return QCoreApplication.translate("Messages", "Unexpected problem: {detail}").format(
            detail=error
        )
    return render(error.params)


def match_key_word(match_by: str) -> str:
    """What a ledger file's client column holds, as a sentence names it ("tax id")."""
    words = {
        "auto": QCoreApplication.translate("Messages", "detected automatically"),
        "tax_id": QCoreApplication.translate("Messages", "tax id"),
        "email": QCoreApplication.translate("Messages", "email"),
        "name": QCoreApplication.translate("Messages", "name"),
        "id": QCoreApplication.translate("Messages", "client number"),
    }
    return words.get(match_by, match_by)


# Entries imported although they look wrong (services/plausibility.py): the dialogs' words.
_DOUBTS = frozenset(
    {"date_far_future", "date_before_1990", "amount_outlier", "return_exceeds_purchases"}
)


def describe_problem(problem: Problem) -> str:
    if problem.code in _DOUBTS:
        from services.plausibility import Doubt
        from ui.doubts import describe_doubt  # ui.doubts reads formatting, which is heavier

        currency = str(problem.params.get("currency") or "EUR")
        return describe_doubt(Doubt(problem.code, dict(problem.params)), currency)
    render = _PROBLEMS.get(problem.code)
    if render is None:
        return QCoreApplication.translate("Messages", "Invalid value ({code}).").format(
            code=problem.code
        )
    return render(problem.params)

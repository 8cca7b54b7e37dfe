"""The ``import`` and ``export`` commands (issue 5, point 7).

Exit codes: 0 everything was imported (or would be, with --dry-run); 3 (EXIT_PARTIAL) some
rows were rejected, the others imported, the rejected ones written with their reasons;
1 nothing could be done (unreadable file, bad mapping); 2 the database cannot be opened.
Duplicates skipped by choice do not count as rejected.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from services.business_profile import get_profile
from services.database import Database
from services.errors import ClientelaError
from services.export_conventions import MACHINE, for_language
from services.exporting import ALL_SHEETS, ExportFormat, Sheet, export_book
from services.importing import (
    FIELDS,
    Duplicates,
    ImportOptions,
    Kind,
    MatchBy,
    RowIssue,
    ValueFormat,
    guess_value_format,
    inspect_table,
    run_import,
    suggest_mapping,
    write_rejected_rows,
)
from ui.i18n import interface_language
from ui.import_labels import (
    client_match_text,
    describe_row_problems_cli,
    duplicate_headers_text,
    padded_postal_codes_text,
)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_PARTIAL = 3  # some rows rejected; see the rejected-rows file
SHOWN_REJECTED = 10  # rejected rows printed on the terminal; all of them go to the file


class _Output:
    """The terminal, or the pipe the output goes to, which may close early
    (``import … | head``). The import has then done its work: the rest of the report is
    dropped, the rejected rows are still written and the exit code is still the import's."""

    def __init__(self) -> None:
        self.gone = False

    def write(self, text: str) -> None:
        if self.gone:
            return
        try:
            sys.stdout.write(text)
        except BrokenPipeError:
            self._drop()

    def flush(self) -> None:
        """Flushed here, while a failure can still be caught: at the interpreter's exit it
        would print a traceback-like warning and change the exit code."""
        if self.gone:
            return
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            self._drop()

    def _drop(self) -> None:
        self.gone = True
        # What is still buffered, and anything written later, goes to nothing.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


class CliUsageError(ClientelaError):
    """A --map that names no column or no field (codes ``import_unknown_column``/``_field``)."""


def add_import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a .csv (any delimiter) or .xlsx file")
    parser.add_argument(
        "--kind",
        choices=[k.value for k in Kind],
        default=Kind.CLIENTS.value,
        help="what the rows are (default: clients); dates and amounts are detected unless given",
    )
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="map a column (header text or 1-based number) to a field, or to nothing with "
        "COLUMN=; other columns keep the suggested mapping",
    )
    parser.add_argument("--dry-run", action="store_true", help="check everything, store nothing")
    parser.add_argument(
        "--duplicates",
        choices=[d.value for d in Duplicates],
        default=Duplicates.SKIP.value,
        help="clients already in the book (same tax id, email, or name and city), or ledger "
        "entries (same client, date, reference and amount; update skips them too)",
    )
    parser.add_argument(
        "--match-by",
        choices=[m.value for m in MatchBy],
        default=MatchBy.AUTO.value,
        help="what the client column of a ledger file holds (default: auto, worked out from "
        "the first rows and the book; the choice is printed)",
    )
    parser.add_argument("--sheet", default="", help="the XLSX sheet (default: the first)")
    parser.add_argument("--delimiter", default="", help="CSV delimiter (default: detected)")
    parser.add_argument("--encoding", default="", help="CSV encoding (default: detected)")
    order = parser.add_mutually_exclusive_group()
    order.add_argument(
        "--day-first", dest="day_first", action="store_const", const=True, help="31/12/2025"
    )
    order.add_argument(
        "--month-first", dest="day_first", action="store_const", const=False, help="12/31/2025"
    )
    mark = parser.add_mutually_exclusive_group()
    mark.add_argument(
        "--decimal-comma", dest="decimal_comma", action="store_const", const=True, help="1.234,50"
    )
    mark.add_argument(
        "--decimal-point", dest="decimal_comma", action="store_const", const=False, help="1,234.50"
    )
    parser.add_argument(
        "--rejected",
        metavar="PATH",
        help="where to write the rejected rows (default: FILE-rejected.csv beside FILE)",
    )
    parser.epilog = (
        "fields: "
        + "; ".join(f"{kind.value}: {', '.join(FIELDS[kind])}" for kind in Kind)
        + ". Exit codes: 0 all rows taken, 3 some rows rejected, 1 failure, 2 database error."
    )


def _mapping(headers: tuple[str, ...], kind: Kind, match_by: MatchBy, maps: list[str]):
    mapping = suggest_mapping(headers, kind, match_by)
    for item in maps:
        column_text, _, field = item.partition("=")
        column_text, field = column_text.strip(), field.strip()
        if column_text.isdigit() and 1 <= int(column_text) <= len(headers):
            column = int(column_text) - 1
        else:
            matches = [i for i, h in enumerate(headers) if h.casefold() == column_text.casefold()]
            if not matches:
                raise CliUsageError("import_unknown_column", column=column_text)
            column = matches[0]
        if field and field not in FIELDS[kind]:
            raise CliUsageError("import_unknown_field", field=field, kind=kind.value)
        mapping = {i: f for i, f in mapping.items() if f != field and i != column}
        if field:
            mapping[column] = field
    return mapping


def run_import_command(db: Database, args: argparse.Namespace) -> int:
    out = _Output()
    try:
        return _import(db, args, out)
    finally:
        out.flush()


def _import(db: Database, args: argparse.Namespace, out: _Output) -> int:
    kind, match_by = Kind(args.kind), MatchBy(args.match_by)
    table = inspect_table(
        args.file, encoding=args.encoding, delimiter=args.delimiter, sheet=args.sheet
    )
    mapping = _mapping(table.headers, kind, match_by, args.map)
    guessed = guess_value_format(table, mapping)
    value_format = ValueFormat(
        day_first=guessed.day_first if args.day_first is None else args.day_first,
        decimal_comma=guessed.decimal_comma if args.decimal_comma is None else args.decimal_comma,
    )
    profile = get_profile(db.sessions)
    options = ImportOptions(
        kind=kind,
        mapping=mapping,
        value_format=value_format,
        duplicates=Duplicates(args.duplicates),
        match_by=match_by,
        default_language=profile.default_language,
        home_country=profile.country,
        payment_term_days=profile.payment_term_days,
        currency=profile.currency,
    )
    columns = ", ".join(f"{table.headers[i]} -> {f}" for i, f in sorted(mapping.items()))
    out.write(QCoreApplication.translate("Cli", "Columns: {columns}").format(columns=columns))
    out.write("\n")
    if table.duplicate_headers:
        out.write(duplicate_headers_text(table.duplicate_headers, cli=True) + "\n")
    result = run_import(db.sessions, table, options, dry_run=args.dry_run)
    if result.client_match is not None:
        out.write(client_match_text(result.client_match, table.headers, cli=True) + "\n")
    if result.padded_postal_codes:
        out.write(padded_postal_codes_text(result.padded_postal_codes) + "\n")
    if args.dry_run:
        line = QCoreApplication.translate(
            "Cli",
            "Dry run, nothing stored: {accepted} row(s) would be imported, {rejected} "
            "rejected, {skipped} duplicate(s) skipped.",
        )
    else:
        line = QCoreApplication.translate(
            "Cli",
            "{accepted} row(s) imported ({inserted} new, {updated} updated), {rejected} "
            "rejected, {skipped} duplicate(s) skipped.",
        )
    out.write(
        line.format(
            accepted=result.accepted,
            inserted=result.inserted,
            updated=result.updated,
            rejected=result.rejected,
            skipped=result.skipped,
        )
        + "\n"
    )
    for issue in result.issues.first(SHOWN_REJECTED):
        text = QCoreApplication.translate("Cli", "line {line}: {reason}")
        out.write(
            text.format(line=issue.line, reason=describe_row_problems_cli(issue.problems)) + "\n"
        )
    _write_warnings(out, result.warnings)
    if result.issues:
        source = Path(args.file)
        target = Path(args.rejected or source.with_name(f"{source.stem}-rejected.csv"))
        write_rejected_rows(
            target,
            table.headers,
            result.issues,
            describe_row_problems_cli,
            line_header=QCoreApplication.translate("Cli", "line"),
            reason_header=QCoreApplication.translate("Cli", "reason"),
        )
        text = QCoreApplication.translate("Cli", "Rows not taken, with the reason: {path}")
        out.write(text.format(path=target) + "\n")
    return EXIT_PARTIAL if result.rejected else EXIT_OK


def _write_warnings(out: _Output, warnings: Sequence[RowIssue]) -> None:
    """Rows imported all the same, with what to look at again (a tax id that fails its check)."""
    if not warnings:
        return
    heading = QCoreApplication.translate("Cli", "Imported with a warning: {count} row(s).")
    out.write(heading.format(count=len(warnings)) + "\n")
    text = QCoreApplication.translate("Cli", "line {line}: {reason}")
    for issue in warnings[:SHOWN_REJECTED]:
        out.write(
            text.format(line=issue.line, reason=describe_row_problems_cli(issue.problems)) + "\n"
        )


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("out", metavar="OUT", help="the file to write")
    parser.add_argument("--format", choices=[f.value for f in ExportFormat], default="")
    parser.add_argument(
        "--only",
        action="append",
        choices=[s.value for s in Sheet],
        help="export only this table (repeatable; default: clients and the whole ledger)",
    )
    parser.add_argument(
        "--machine",
        action="store_true",
        help="for another program, not a person: English headers and codes (active, let_go), "
        "comma-separated, ISO dates, decimal point",
    )
    parser.add_argument(
        "--delimiter",
        default="",
        help="CSV delimiter (default: the language's, ; in Spanish, else ,)",
    )
    parser.epilog = (
        "CSV: the first table goes to OUT, the others beside it as OUT-sales.csv and so on; "
        "written for a spreadsheet in the interface's language (--lang): in Spanish ; between "
        "cells, decimal comma, dates as 31/12/2025, Spanish headers and values. "
        "XLSX: one sheet per table, dates and numbers as typed cells. "
        "Cells that would run as formulas get a leading apostrophe. "
        "import reads both forms back."
    )


def run_export_command(db: Database, args: argparse.Namespace) -> int:
    out_path = Path(args.out)
    fmt = ExportFormat(args.format or ("xlsx" if out_path.suffix.lower() == ".xlsx" else "csv"))
    sheets = tuple(Sheet(s) for s in args.only) if args.only else ALL_SHEETS
    style = MACHINE if args.machine else for_language(interface_language())
    summary = export_book(
        db.sessions, out_path, fmt, sheets=sheets, style=style, delimiter=args.delimiter
    )
    for sheet, count in summary.counts.items():
        text = QCoreApplication.translate("Cli", "{table}: {count} row(s)")
        sys.stdout.write(text.format(table=sheet.value, count=count) + "\n")
    for path in summary.files:
        sys.stdout.write(f"{path}\n")
    if summary.cleaned:
        text = QCoreApplication.translate(
            "Cli",
            "{count} cell(s) held control characters, which an XLSX file cannot hold: "
            "they were left out.",
        )
        sys.stdout.write(text.format(count=summary.cleaned) + "\n")
    return EXIT_OK

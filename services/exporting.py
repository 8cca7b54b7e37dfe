"""Exporting the client book and its ledger to CSV or XLSX (design section 6).

Clients come with their latest verdict and score; the ledger (sales, payments, returns) with
the client's id, name and tax id, so a file can be re-imported matched by any of them. The
whole book or the clients of the list's current filter (a ClientQuery).

In a CSV file, text that a spreadsheet would run as a formula (starting with = + - @, tab or
carriage return) gets an apostrophe in front: '=HYPERLINK(...) stays text. Text that starts
with an apostrophe of its own gets one more, so the import, which takes one off whenever
one is followed by a formula character or another apostrophe, gives back exactly what was
stored ("'t Hooft" stays itself, "'=x" too). In an XLSX file every text cell is typed as
text, which no spreadsheet runs: no apostrophe. XML cannot hold control characters
("\x01"); they are left out of an XLSX file, and the summary counts the cells concerned.
Files are written beside the target and renamed at the end, so a cancelled or failed export
never leaves half a file behind.

How cells are written (delimiter, decimal mark, dates, the language of headers and values)
is an ExportStyle (export_conventions.py): the owner's spreadsheet or the machine form.
"""

from __future__ import annotations

import contextlib
import csv
import enum
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from models import Client, ClientTag, Payment, Return, Sale
from services.client_list import ClientQuery, search_ids
from services.errors import ClientelaError
from services.export_conventions import MACHINE, ExportStyle
from services.progress import Cancelled, Progress, Sessions
from services.validation import CONTROL_CHARACTERS

CHUNK = 2000  # clients read per query; ids bound per IN list stay well under SQLite's limit
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


class ExportFormat(enum.StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


class Sheet(enum.StrEnum):
    CLIENTS = "clients"
    SALES = "sales"
    PAYMENTS = "payments"
    RETURNS = "returns"


ALL_SHEETS = tuple(Sheet)

# Header texts in English: the machine form's, and the keys of the other languages' words
# (export_conventions). The import's header suggestions recognise every one in each language.
_CLIENT_COLUMNS = (
    ("id", "ID"),
    ("name", "Name"),
    ("legal_name", "Legal name"),
    ("tax_id", "Tax ID"),
    ("contact_person", "Contact person"),
    ("email", "Email"),
    ("phone", "Phone"),
    ("address", "Address"),
    ("postal_code", "Postal code"),
    ("city", "City"),
    ("country", "Country"),
    ("language", "Language"),
    ("stage", "Stage"),
    ("strategic", "Strategic"),
    ("notes", "Notes"),
    ("tags", "Tags"),
    ("latest_verdict", "Latest verdict"),
    ("latest_score", "Score"),
    ("next_review_on", "Next review"),
)
_CLIENT_KEY_HEADERS = ("Client ID", "Client", "Client tax ID")
HEADERS: dict[Sheet, tuple[str, ...]] = {
    Sheet.CLIENTS: tuple(header for _, header in _CLIENT_COLUMNS),
    Sheet.SALES: (
        *_CLIENT_KEY_HEADERS,
        "Invoice date",
        "Due date",
        "Reference",
        "Units",
        "Amount",
    ),
    Sheet.PAYMENTS: (*_CLIENT_KEY_HEADERS, "Payment date", "Amount", "Reference", "Invoice"),
    Sheet.RETURNS: (
        *_CLIENT_KEY_HEADERS,
        "Return date",
        "Units",
        "Amount",
        "Reason",
        "Invoice",
    ),
}
_SHEET_TITLES = {
    Sheet.CLIENTS: "Clients",
    Sheet.SALES: "Sales",
    Sheet.PAYMENTS: "Payments",
    Sheet.RETURNS: "Returns",
}


class ExportError(ClientelaError):
    """The file cannot be written (code ``export_unwritable``)."""


@dataclass
class ExportSummary:
    files: list[Path] = field(default_factory=list)
    counts: dict[Sheet, int] = field(default_factory=dict)
    # XLSX: cells written without the control characters they held (see the module's doc).
    cleaned: int = 0


def neutralise(text: str) -> str:
    """'=1+2' -> "'=1+2": shown as typed, never run as a formula; "'x" -> "''x", so that
    the import's values.unneutralise gives each back exactly."""
    first = text[:1]
    return "'" + text if first and (first in FORMULA_TRIGGERS or first == "'") else text


Cell = str | int | Decimal | date | bool | None

# Fields whose stored codes the owner's spreadsheet shows in words (ExportStyle.value).
_WORDED = frozenset({"stage", "language", "latest_verdict"})
_FIELDS: dict[Sheet, tuple[str, ...]] = {Sheet.CLIENTS: tuple(name for name, _ in _CLIENT_COLUMNS)}


def _worded(sheet: Sheet) -> list[str]:
    """Per column of the sheet, the field whose value is put in words, or ""."""
    names = _FIELDS.get(sheet, ())
    return [name if name in _WORDED else "" for name in names] or [""] * len(HEADERS[sheet])


def _csv_value(value: Cell, style: ExportStyle, worded: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return style.yes_no(value)
    if isinstance(value, Decimal):
        return style.number(value)
    if isinstance(value, date):
        return style.day(value)
    if isinstance(value, str):
        return neutralise(style.value(worded, value) if worded else value)
    return str(value)


def _xlsx_value(value: Cell, style: ExportStyle, worded: str) -> Cell:
    """Text as it is (the cell is typed as text: no formula guard), numbers and dates
    typed: the spreadsheet formats them."""
    if isinstance(value, bool):
        return style.yes_no(value)
    if isinstance(value, str):
        return style.value(worded, value) if worded else value
    return value


# -- reading -------------------------------------------------------------------------------


def _client_ids(sessions: Sessions, query: ClientQuery | None) -> list[int]:
    if query is None:
        with sessions() as session:
            return list(session.scalars(select(Client.id).order_by(Client.sort_name, Client.id)))
    return search_ids(sessions, query)


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _client_rows(session: Session, ids: Sequence[int]) -> Iterator[tuple[Cell, ...]]:
    columns = [getattr(Client, name) for name, _ in _CLIENT_COLUMNS if name != "tags"]
    tags: dict[int, list[str]] = {}
    for client_id, tag in session.execute(
        select(ClientTag.client_id, ClientTag.tag).where(ClientTag.client_id.in_(ids))
    ):
        tags.setdefault(client_id, []).append(tag)
    rows = {row[0]: row for row in session.execute(select(*columns).where(Client.id.in_(ids)))}
    tag_position = [name for name, _ in _CLIENT_COLUMNS].index("tags")
    for client_id in ids:  # in the list's order
        row = rows.get(client_id)
        if row is None:
            continue  # deleted meanwhile
        values = list(row)
        values.insert(tag_position, ", ".join(sorted(tags.get(client_id, []))))
        yield tuple(values)


def _ledger_statement(sheet: Sheet, ids: Sequence[int]) -> Select:
    keys = (Client.id, Client.name, Client.tax_id)
    if sheet == Sheet.SALES:
        return (
            select(*keys, Sale.invoice_date, Sale.due_date, Sale.reference, Sale.units, Sale.amount)
            .join(Client, Client.id == Sale.client_id)
            .where(Sale.client_id.in_(ids))
            .order_by(Sale.client_id, Sale.invoice_date, Sale.id)
        )
    model = Payment if sheet == Sheet.PAYMENTS else Return
    invoice = select(Sale.reference).where(Sale.id == model.sale_id).scalar_subquery()
    values: tuple[Any, ...]
    if sheet == Sheet.PAYMENTS:
        values = (Payment.paid_on, Payment.amount, Payment.reference, invoice)
    else:
        values = (Return.returned_on, Return.units, Return.amount, Return.reason, invoice)
    return (
        select(*keys, *values)
        .join(Client, Client.id == model.client_id)
        .where(model.client_id.in_(ids))
        .order_by(model.client_id, values[0], model.id)
    )


def _rows(
    sessions: Sessions, sheet: Sheet, ids: list[int], tick: Callable[[int], None]
) -> Iterator[tuple[Cell, ...]]:
    with sessions() as session:
        for chunk in _chunks(ids):
            if sheet == Sheet.CLIENTS:
                yield from _client_rows(session, chunk)
            else:
                for row in session.execute(_ledger_statement(sheet, chunk)):
                    yield tuple(_decimal(v) for v in row)
            tick(len(chunk))


def _decimal(value: object) -> Cell:
    if isinstance(value, float):  # SQLite may hand a NUMERIC back as float
        return Decimal(str(value))
    return value  # type: ignore[return-value]


# -- writing -------------------------------------------------------------------------------


def export_book(
    sessions: Sessions,
    path: Path | str,
    fmt: ExportFormat,
    *,
    query: ClientQuery | None = None,
    sheets: Sequence[Sheet] = ALL_SHEETS,
    style: ExportStyle = MACHINE,
    delimiter: str = "",
    progress: Progress | None = None,
) -> ExportSummary:
    """Write the chosen sheets for every client (or those ``query`` finds), in ``style``
    (``delimiter``, when given, in place of the style's).

    XLSX: one workbook, a sheet each. CSV: the first sheet to ``path``, each other one beside
    it as ``<name>-sales.csv`` and so on. Raises Cancelled when ``progress`` returns False.
    """
    path = Path(path)
    if delimiter:
        style = replace(style, delimiter=delimiter)
    ids = _client_ids(sessions, query)
    total = max(1, len(ids) * len(sheets))
    done = 0

    def tick(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None and not progress(done, total):
            raise Cancelled()

    summary = ExportSummary()
    if fmt == ExportFormat.XLSX:
        _write_xlsx(sessions, path, sheets, ids, tick, summary, style)
    else:
        for number, sheet in enumerate(sheets):
            target = path if number == 0 else path.with_name(f"{path.stem}-{sheet.value}.csv")
            _write_csv(sessions, target, sheet, ids, tick, summary, style)
    return summary


def _temporary(path: Path) -> Path:
    return path.with_name(f".{path.name}.part")


def _finish(temporary: Path, path: Path) -> None:
    try:
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ExportError(
            "export_unwritable", path=str(path), detail=exc.strerror or str(exc)
        ) from exc


def _write_csv(
    sessions: Sessions,
    path: Path,
    sheet: Sheet,
    ids: list[int],
    tick: Callable[[int], None],
    summary: ExportSummary,
    style: ExportStyle,
) -> None:
    temporary = _temporary(path)
    count = 0
    worded = _worded(sheet)
    try:
        # A BOM, so that Excel reads the accents right.
        with temporary.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f, delimiter=style.delimiter)
            writer.writerow([style.header(header) for header in HEADERS[sheet]])
            for row in _rows(sessions, sheet, ids, tick):
                writer.writerow([_csv_value(v, style, w) for v, w in zip(row, worded, strict=True)])
                count += 1
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ExportError(
            "export_unwritable", path=str(path), detail=exc.strerror or str(exc)
        ) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _finish(temporary, path)
    summary.files.append(path)
    summary.counts[sheet] = count


def _write_xlsx(
    sessions: Sessions,
    path: Path,
    sheets: Sequence[Sheet],
    ids: list[int],
    tick: Callable[[int], None],
    summary: ExportSummary,
    style: ExportStyle,
) -> None:
    from openpyxl import Workbook  # heavy: loaded only for Excel exports
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    temporary = _temporary(path)
    try:
        for sheet in sheets:
            worksheet = workbook.create_sheet(style.header(_SHEET_TITLES[sheet]))
            worksheet.append([style.header(header) for header in HEADERS[sheet]])
            worded = _worded(sheet)
            date_format = "dd/mm/yyyy" if style.day_first else "yyyy-mm-dd"
            count = 0
            for row in _rows(sessions, sheet, ids, tick):
                cells = []
                for value, word in zip(row, worded, strict=True):
                    shown = _xlsx_value(value, style, word)
                    if isinstance(shown, str) and CONTROL_CHARACTERS.search(shown):
                        shown = CONTROL_CHARACTERS.sub("", shown)  # openpyxl refuses them
                        summary.cleaned += 1
                    # types-openpyxl leaves out Decimal and date, which openpyxl writes typed.
                    cell = WriteOnlyCell(worksheet, shown)  # type: ignore[arg-type]
                    if isinstance(value, str):
                        cell.data_type = "s"  # never a formula, whatever openpyxl guesses
                    elif isinstance(value, date):
                        cell.number_format = date_format
                    cells.append(cell)
                worksheet.append(cells)
                count += 1
            summary.counts[sheet] = count
        workbook.save(temporary)
    except OSError as exc:
        _discard(workbook, temporary)
        raise ExportError(
            "export_unwritable", path=str(path), detail=exc.strerror or str(exc)
        ) from exc
    except BaseException:
        _discard(workbook, temporary)
        raise
    _finish(temporary, path)
    summary.files.append(path)


def _discard(workbook, temporary: Path) -> None:
    """Close a write-only workbook that will not be saved, and remove its scratch files."""
    for worksheet in workbook.worksheets:
        with contextlib.suppress(Exception):  # best effort: openpyxl has no public discard
            worksheet.close()
            os.remove(worksheet._writer.out)
    temporary.unlink(missing_ok=True)

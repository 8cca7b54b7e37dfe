"""Reading a CSV or XLSX file as a header and rows of text, whatever its dialect.

CSV: the delimiter (``,`` ``;`` tab ``|``) is sniffed, the encoding detected (UTF-8 with or
without BOM, else what charset-normalizer finds, typically Windows-1252 from a Spanish Excel),
quoted fields may hold line breaks. XLSX: openpyxl in read-only mode, first or chosen sheet.
Which of the two a file is, its first bytes say, not its name.
Rows are streamed, never all held: a million ledger rows must fit in a few hundred MB.

A byte that is not text in the file's encoding (one Latin-1 accent in a UTF-8 file) spoils
its row only: the reader hands that row to the caller's ``damaged`` callback, to be rejected
with the byte and its line, and goes on with the rest.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import re
import zipfile
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from itertools import islice
from pathlib import Path
from typing import IO, Any, NamedTuple

from services.errors import ClientelaError, Problem
from services.progress import Progress

SAMPLE_BYTES = 256 * 1024  # enough for sniffing and encoding detection, quick on any file
DELIMITERS = ",;\t|"
ZIP_MAGIC = b"PK\x03\x04"
# Bounds on the work any file can cause (issue 16, point 4): a file beyond them is refused
# with a message, before it can take minutes or gigabytes. Far beyond any real table's.
MAX_CELL_CHARS = 1024 * 1024  # a cell (a CSV field); a notes cell of a million characters
MAX_LINE_BYTES = 16 * 1024 * 1024  # a line of a CSV file
MAX_COLUMNS = 1024  # Google's and Outlook's contact exports have under a hundred
MAX_ROWS = 2_000_000  # rows of a CSV file; a workbook's sheet holds at most EXCEL_ROWS
EXCEL_ROWS = 1_048_576
BATCH_BYTES = 32 * 1024 * 1024  # a batch ends sooner when its rows hold this much text
MAX_ROW_XML = 16 * 1024 * 1024  # bytes of a sheet's XML for one row (or between two rows)
MAX_PART_BYTES = 128 * 1024 * 1024  # a workbook part read whole (the shared text table)
csv.field_size_limit(MAX_CELL_CHARS)

Damaged = Callable[["SourceRow", Problem], None]


class _BadBytes:
    """The decoding error handler: each undecodable byte becomes a lone surrogate
    (U+DC00 + the byte), which no correct decoding gives, so the rows holding one can be told
    apart afterwards. ``seen`` counts them: a batch read without it moving needs no search."""

    name = "clientela-bad-bytes"
    seen = 0

    @classmethod
    def handle(cls, error: UnicodeError) -> tuple[str, int]:
        if not isinstance(error, UnicodeDecodeError):
            raise error
        bad = error.object[error.start : error.end]
        cls.seen += len(bad)
        return "".join(chr(0xDC00 + byte) for byte in bad), error.end


codecs.register_error(_BadBytes.name, _BadBytes.handle)
_MARKED = re.compile("[\udc00-\udcff]")
REPLACEMENT = "\ufffd"  # what a bad byte shows as, in the rejected-rows file and elsewhere


class ImportFileError(ClientelaError):
    """The file cannot be read as a table (codes: see ui/messages.py, all ``import_*``)."""


@dataclass(frozen=True)
class TableInfo:
    path: Path
    format: str  # "csv" or "xlsx"
    headers: tuple[str, ...]
    header_line: int  # the file's line (CSV) or row (XLSX) number of the header
    encoding: str = ""  # CSV only
    delimiter: str = ""  # CSV only
    sheets: tuple[str, ...] = ()  # XLSX only
    sheet: str = ""  # XLSX only
    # Headers that more than one column has: the header and its columns (numbered from 1).
    # Only the first such column is suggested for a field, so the user is told of the others.
    duplicate_headers: tuple[tuple[str, tuple[int, ...]], ...] = ()


class SourceRow(NamedTuple):  # a tuple, not a dataclass: made a million times per import
    line: int  # where the row starts in the file, as a spreadsheet or editor numbers it
    cells: tuple[str, ...]


def inspect_table(
    path: Path | str, *, encoding: str = "", delimiter: str = "", sheet: str = ""
) -> TableInfo:
    """Detect the format, dialect and header of a file. Raises ImportFileError."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            sample = f.read(SAMPLE_BYTES)
    except OSError as exc:
        raise ImportFileError(
            "import_unreadable", path=str(path), detail=exc.strerror or str(exc)
        ) from exc
    if not sample.strip():
        raise ImportFileError("import_empty", path=str(path))
    if sample.startswith(ZIP_MAGIC):
        info = TableInfo(path=path, format="xlsx", headers=(), header_line=0)
        return _with_header(_xlsx_info(info, sheet))
    if b"\x00" in sample:
        # UTF-16 is the one text encoding with NUL bytes; Excel's "Unicode text" uses it.
        if not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise ImportFileError("import_not_a_table", path=str(path))
        encoding = encoding or "utf-16"
    encoding = encoding or detect_encoding(sample)
    try:
        # Not final when the sample stops short of the end, maybe inside a character.
        decoder = codecs.getincrementaldecoder(encoding)(errors=_BadBytes.name)
        text = decoder.decode(sample, final=len(sample) < SAMPLE_BYTES)
    except LookupError as exc:
        raise ImportFileError("import_bad_encoding", path=str(path), encoding=encoding) from exc
    bad, good = _bad_and_good(text)
    if bad > max(TOLERATED_BAD_BYTES, good):
        # Not a few stray bytes but the wrong encoding: every accent would be rejected.
        raise ImportFileError("import_bad_encoding", path=str(path), encoding=encoding)
    text = _MARKED.sub(REPLACEMENT, text)
    if _looks_binary(text):
        raise ImportFileError("import_not_a_table", path=str(path))
    info = TableInfo(
        path=path,
        format="csv",
        headers=(),
        header_line=0,
        encoding=encoding,
        delimiter=delimiter or sniff_delimiter(text),
    )
    return _with_header(info)


TOLERATED_BAD_BYTES = 8  # in the sample, of an encoding chosen by the user


def _bad_and_good(text: str) -> tuple[int, int]:
    """How many bytes could not be decoded, and how many characters beyond ASCII could."""
    bad = len(_MARKED.findall(text)) if _MARKED.search(text) else 0
    return bad, sum(1 for ch in text if ord(ch) > 127) - bad if not text.isascii() else 0


def detect_encoding(sample: bytes) -> str:
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    # Not final: the sample may end in the middle of a multi-byte character.
    decoder = codecs.getincrementaldecoder("utf-8")(errors=_BadBytes.name)
    bad, good = _bad_and_good(decoder.decode(sample, final=False))
    # UTF-8 throughout, or UTF-8 with a few stray bytes (a row pasted from elsewhere): its
    # accents are pairs of bytes that Windows-1252 text next to never holds, and decoding it
    # whole as Windows-1252 would garble every one of them without a word.
    if bad == 0 or 0 < bad <= good:
        return "utf-8"
    from charset_normalizer import from_bytes  # loaded only for files that are not UTF-8

    best = from_bytes(sample, cp_isolation=["cp1252", "latin_1", "utf_16", "mac_roman"]).best()
    found = best.encoding if best is not None else "cp1252"
    # Latin-1 lacks €, curly quotes and the like, which Excel writes as Windows-1252.
    return "cp1252" if found in ("latin_1", "iso8859_1", "ascii") else found


def _looks_binary(text: str) -> bool:
    """Control characters or undecodable bytes all over: an image or a program, not a table."""
    head = text[:4096]
    controls = sum(1 for ch in head if ord(ch) < 32 and ch not in "\r\n\t\f")
    return controls > 8 or head.count("\ufffd") > 8


def sniff_delimiter(text: str) -> str:
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=DELIMITERS).delimiter
    except csv.Error:
        # One column, or too irregular to sniff: the most frequent candidate in the header.
        header = lines[0] if lines else ""
        counts = {d: header.count(d) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _with_header(info: TableInfo) -> TableInfo:
    rows = iter_rows(info, with_header=True)
    try:
        header = next(rows, None)
        if header is None:
            raise ImportFileError("import_empty", path=str(info.path))
        if next(rows, None) is None:
            raise ImportFileError("import_no_rows", path=str(info.path))
    finally:
        rows.close()
    headers = tuple(cell.strip() for cell in header.cells)
    return replace(
        info,
        headers=headers,
        header_line=header.line,
        duplicate_headers=_duplicates(headers),
    )


def _duplicates(headers: tuple[str, ...]) -> tuple[tuple[str, tuple[int, ...]], ...]:
    columns: dict[str, list[int]] = {}
    for number, header in enumerate(headers, 1):
        if header:
            columns.setdefault(header.casefold(), []).append(number)
    return tuple(
        (headers[numbers[0] - 1], tuple(numbers))
        for numbers in columns.values()
        if len(numbers) > 1
    )


SMALL_BATCH = 50  # rows read at a time for a glance at the first ones


def iter_rows(info: TableInfo, *, with_header: bool = False) -> Generator[SourceRow, None, None]:
    """The non-blank rows after the header (or from the header, ``with_header``).

    Reads a few rows at a time: for a glance at the first rows, take this, not iter_batches.
    """
    for batch in iter_batches(info, SMALL_BATCH, with_header=with_header):
        yield from batch


def iter_batches(
    info: TableInfo,
    size: int,
    *,
    with_header: bool = False,
    progress: Progress | None = None,
    damaged: Damaged | None = None,
) -> Iterator[list[SourceRow]]:
    """iter_rows in lists of up to ``size`` rows: what an import works on.

    ``progress(done, total)`` is called after each batch; the caller's callback may raise to
    stop. Raises ImportFileError when the file turns out unreadable part-way. A row holding
    a byte the encoding cannot decode goes to ``damaged`` with the problem ("bad_byte"),
    not into the batch; without ``damaged`` (a glance at the first rows) it stays, each such
    byte shown as U+FFFD.
    """
    if info.format == "csv":
        batches = _csv_batches(info, progress, size)
    else:
        batches = _xlsx_batches(info, progress, size)
    header_seen = with_header
    before = _BadBytes.seen
    for batch in batches:
        kept = [row for row in batch if "".join(row.cells).strip()]
        # Some byte could not be decoded: in this batch or, the file being decoded a chunk
        # ahead of the rows, in one to come. Each batch is searched from then on.
        if _BadBytes.seen != before:
            kept = _set_aside_damaged(kept, info, damaged, header=not header_seen)
        if not header_seen and kept:
            header_seen = True
            del kept[0]
        if kept:
            yield kept


def _set_aside_damaged(
    rows: list[SourceRow], info: TableInfo, damaged: Damaged | None, *, header: bool
) -> list[SourceRow]:
    kept = []
    for row in rows:
        joined = "\x1f".join(row.cells)
        found = _MARKED.search(joined)
        if found is None:
            kept.append(row)
            continue
        cleaned = SourceRow(row.line, tuple(_MARKED.sub(REPLACEMENT, cell) for cell in row.cells))
        if damaged is None or (header and not kept):  # a header is read as well as it can be
            kept.append(cleaned)
            continue
        before = joined[: found.start()]
        line = row.line + before.count("\n") + before.count("\r") - before.count("\r\n")
        byte = ord(found.group()) - 0xDC00
        params = {"line": line, "byte": f"0x{byte:02X}", "encoding": encoding_name(info.encoding)}
        damaged(cleaned, Problem("bad_byte", params))
    return kept


def encoding_name(encoding: str) -> str:
    """'utf-8-sig' -> 'UTF-8': the name people know an encoding by."""
    found = codecs.lookup(encoding).name
    return {"utf-8-sig": "UTF-8", "cp1252": "Windows-1252", "iso8859-1": "Latin-1"}.get(
        found, found.upper()
    )


def _csv_batches(
    info: TableInfo, progress: Progress | None, size: int
) -> Iterator[list[SourceRow]]:
    with info.path.open("rb") as file:
        total = info.path.stat().st_size
        raw = _LineGuard(file)
        text = io.TextIOWrapper(
            io.BufferedReader(raw), encoding=info.encoding, errors=_BadBytes.name, newline=""
        )
        reader = csv.reader(text, delimiter=info.delimiter)
        line = 1  # where the next row starts
        read = 0
        try:
            while True:
                batch = []
                full = raw.done + BATCH_BYTES  # rows of long cells: fewer to a batch
                for cells in reader:
                    batch.append(cells)
                    if len(batch) == size or raw.done > full:
                        break
                if not batch:
                    break
                following = reader.line_num + 1
                if following - line == len(batch):  # one line per row: the usual case
                    starts: Iterable[int] = range(line, following)
                else:
                    starts = _starting_lines(batch, line)
                rows = list(map(SourceRow, starts, map(tuple, batch)))
                _check_size(rows, info.path, read)
                read += len(rows)
                yield rows
                line = following
                if progress is not None:
                    progress(raw.done, total)
        except _LineTooLong as exc:
            raise ImportFileError(
                "import_line_too_long",
                path=str(info.path),
                line=reader.line_num + 1,
                limit=MAX_LINE_BYTES // (1024 * 1024),
            ) from exc
        except UnicodeDecodeError as exc:
            raise ImportFileError(
                "import_bad_encoding", path=str(info.path), encoding=info.encoding
            ) from exc
        except csv.Error as exc:
            at = _bad_row_line(info)
            if "field larger than field limit" in str(exc):
                raise ImportFileError(
                    "import_cell_too_large", path=str(info.path), line=at, limit=MAX_CELL_CHARS
                ) from exc
            detail = f"line {at}: {exc}"
            raise ImportFileError("import_unreadable", path=str(info.path), detail=detail) from exc


class _LineTooLong(Exception):
    pass


class _LineGuard(io.RawIOBase):
    """The bytes of a CSV file, refusing a line too long to be a table's (a file of one line
    of a gigabyte) before anything above holds it whole. Looked at a chunk at a time, not a
    line at a time: a million short lines cost nothing more. ``done`` counts the bytes read."""

    def __init__(self, file: io.BufferedReader) -> None:
        super().__init__()
        self.file = file
        self.done = 0
        self.run = 0  # bytes since the last line break

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        count = self.file.readinto(buffer)
        if count:
            chunk = memoryview(buffer)[:count].tobytes()
            # A line break in any encoding Clientela reads holds a \n or \r byte.
            end = max(chunk.rfind(b"\n"), chunk.rfind(b"\r"))
            self.run = count - end - 1 if end >= 0 else self.run + count
            self.done += count
            if self.run > MAX_LINE_BYTES:
                raise _LineTooLong()
        return count


def _check_size(rows: list[SourceRow], path: Path, before: int) -> None:
    """Refuses a file past the bounds on rows and columns, naming the line."""
    if before + len(rows) > MAX_ROWS:
        raise ImportFileError("import_too_many_rows", path=str(path), limit=MAX_ROWS)
    if max(map(len, (row.cells for row in rows))) > MAX_COLUMNS:
        wide = next(row for row in rows if len(row.cells) > MAX_COLUMNS)
        raise ImportFileError(
            "import_too_many_columns",
            path=str(path),
            line=wide.line,
            count=len(wide.cells),
            limit=MAX_COLUMNS,
        )


def _bad_row_line(info: TableInfo) -> int:
    """Where the row the reader gave up on starts (it gives up further on, where a stray
    quote's field ran out): the file read again, row by row, which only an error costs."""
    with info.path.open("rb") as file:
        text = io.TextIOWrapper(
            io.BufferedReader(_LineGuard(file)),
            encoding=info.encoding,
            errors="replace",
            newline="",
        )
        reader = csv.reader(text, delimiter=info.delimiter)
        line = 1
        try:
            for _ in reader:
                line = reader.line_num + 1
        except (csv.Error, _LineTooLong):
            pass
    return line


def _starting_lines(batch: list[list[str]], line: int) -> list[int]:
    """Where each row starts, when some span several lines: a quoted field holds the line
    breaks (LF, CRLF or CR, as the file has them) that the reader went past."""
    lines = []
    for cells in batch:
        lines.append(line)
        line += 1 + sum(cell.count("\n") + cell.count("\r") - cell.count("\r\n") for cell in cells)
    return lines


@dataclass
class _Workbook:
    """What reading a sheet needs of a workbook, taken from openpyxl's reader step by step.

    Not load_workbook: in read-only mode it reads the first part of every sheet for the
    size the sheet claims, and the whole sheet when it claims none; that is a full read of
    every sheet before any row, unguarded against what a hostile sheet holds."""

    archive: zipfile.ZipFile
    sheets: dict[str, str]  # name -> the part holding the sheet, in the workbook's order
    shared_strings: Any
    epoch: Any
    date_formats: Any
    timedelta_formats: Any


@contextlib.contextmanager
def _workbook(path: Path) -> Iterator[_Workbook]:
    """The workbook, closed (file included) on leaving."""
    from openpyxl.reader.excel import ExcelReader  # heavy: loaded only for Excel files
    from openpyxl.styles.stylesheet import apply_stylesheet

    try:
        # Opened here, not by name: openpyxl refuses a name not ending in .xlsx, and a
        # workbook saved as "clientes.csv" is still a workbook.
        source = path.open("rb")
    except OSError as exc:
        raise ImportFileError(
            "import_unreadable", path=str(path), detail=exc.strerror or str(exc)
        ) from exc
    with source:
        _check_parts(source, path)
        source.seek(0)
        try:
            reader = ExcelReader(source, read_only=True, data_only=True, keep_links=False)
        except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign zip
            raise ImportFileError("import_not_a_table", path=str(path)) from exc
        with reader.archive:
            try:
                reader.read_manifest()
                reader.read_strings()
                reader.read_workbook()
                apply_stylesheet(reader.archive, reader.wb)
                sheets = {
                    sheet.name: rel.target
                    for sheet, rel in reader.parser.find_sheets()
                    if rel.target in reader.valid_files and "chartsheet" not in rel.Type
                }
            except Exception as exc:
                raise ImportFileError("import_not_a_table", path=str(path)) from exc
            book = reader.wb
            yield _Workbook(
                reader.archive,
                sheets,
                reader.shared_strings,
                book.epoch,
                # openpyxl's own reader keeps these; types-openpyxl leaves them out.
                book._date_formats,  # type: ignore[attr-defined]
                book._timedelta_formats,  # type: ignore[attr-defined]
            )


def _xlsx_info(info: TableInfo, sheet: str) -> TableInfo:
    with _workbook(info.path) as workbook:
        names = tuple(workbook.sheets)
    if sheet and sheet not in names:
        raise ImportFileError("import_no_sheet", path=str(info.path), sheet=sheet)
    if not names:
        raise ImportFileError("import_empty", path=str(info.path))
    return replace(info, sheets=names, sheet=sheet or names[0])


def _check_parts(source: IO[bytes], path: Path) -> None:
    """Refuses a workbook that openpyxl would read into more memory than any real table
    needs: a part it reads whole (the shared text table, the styles) that is too large, or a
    sheet whose beginning, read whole too to find its size, does not come to its rows.

    The sizes are those the zip declares; reading never goes past them, so a part that
    claims a few bytes and holds a gigabyte stops at those few (and fails its checksum)."""
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ImportFileError("import_not_a_table", path=str(path)) from exc
    with archive:
        for part in archive.infolist():
            name = part.filename
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                with archive.open(part) as sheet:
                    _check_sheet_start(sheet, path)
            elif not name.startswith("xl/media/") and part.file_size > MAX_PART_BYTES:
                raise ImportFileError(
                    "import_part_too_large",
                    path=str(path),
                    part=name,
                    size=part.file_size // (1024 * 1024),
                    limit=MAX_PART_BYTES // (1024 * 1024),
                )


def _check_sheet_start(sheet: IO[bytes], path: Path) -> None:
    read, tail = 0, b""
    while read <= MAX_ROW_XML:
        chunk = sheet.read(64 * 1024)
        if not chunk or b"sheetData" in tail + chunk:
            return
        read += len(chunk)
        tail = chunk[-16:]
    raise ImportFileError(
        "import_row_too_large", path=str(path), line=1, limit=MAX_ROW_XML // (1024 * 1024)
    )


def _xlsx_batches(
    info: TableInfo, progress: Progress | None, size: int
) -> Iterator[list[SourceRow]]:
    from openpyxl.worksheet._reader import WorkSheetParser

    with _workbook(info.path) as book:
        part = book.sheets[info.sheet]
        total = book.archive.getinfo(part).file_size
        with _SheetGuard(book.archive.open(part), info.path) as source:
            cells = WorkSheetParser(
                source,
                book.shared_strings,
                data_only=True,
                epoch=book.epoch,
                date_formats=book.date_formats,
                timedelta_formats=book.timedelta_formats,
            )
            rows = _xlsx_rows(source, cells, info.path)
            while batch := list(islice(rows, size)):
                yield batch
                if progress is not None:
                    progress(source.done, total)


def _xlsx_rows(source: _SheetGuard, cells: Any, path: Path) -> Iterator[SourceRow]:
    """The sheet's rows that hold something, each as wide as its last value.

    Read with openpyxl's own cell parser, not ``iter_rows``, which trusts the size the sheet
    claims (<dimension>): a sheet claiming a million rows and 16,384 columns had every row
    padded to 16,384 cells and a million empty rows made up after its last. Here the rows
    not in the file cost nothing, a row without values (formatted, maybe one of millions)
    next to nothing, and what the file holds is bounded (see the MAX_ constants).
    """
    from openpyxl.worksheet._reader import CELL_TAG, ROW_TAG
    from openpyxl.xml.functions import iterparse  # defusedxml's, when it is installed

    number = 0
    for _, element in iterparse(source):
        if element.tag != ROW_TAG:
            continue
        found = element.get("r")
        number = int(found) if found and found.isdigit() else number + 1
        source.row = number
        if number > EXCEL_ROWS:
            raise ImportFileError("import_too_many_rows", path=str(path), limit=EXCEL_ROWS)
        # A cell without a value has no child (<v>, <is>); a cell without its place
        # ("r") needs every cell before it counted, so the row is then read whole.
        children = [c for c in element if c.tag == CELL_TAG]
        if all(c.get("r") for c in children):
            children = [c for c in children if len(c)]
        element.clear()
        if not children:
            continue
        cells.row_counter, cells.col_counter = number, 0
        values = [cells.parse_cell(c) for c in children]
        yield _row_of(number, values, path)


def _row_of(number: int, parsed: list[dict[str, Any]], path: Path) -> SourceRow:
    values = [(cell["column"], cell["value"]) for cell in parsed if cell["value"] is not None]
    if not values:
        return SourceRow(number, ())
    width = max(column for column, _ in values)
    if width > MAX_COLUMNS:
        raise ImportFileError(
            "import_too_many_columns", path=str(path), line=number, count=width, limit=MAX_COLUMNS
        )
    row = [""] * width
    for column, value in values:
        text = cell_text(value)
        if len(text) > MAX_CELL_CHARS:
            raise ImportFileError(
                "import_cell_too_large", path=str(path), line=number, limit=MAX_CELL_CHARS
            )
        row[column - 1] = text
    return SourceRow(number, tuple(row))


# A <row> that gives its number (the rows after it count on from theirs, not from it) and
# holds no cell, or only cells without a value (<c r="A5" s="3"/>, <c r="A5"></c>).
_EMPTY_ROW = re.compile(
    rb'<row\s(?=[^>]*?\br=")[^>]*?(?:/>|>(?:\s|<c\s[^>]*?(?:/>|>\s*</c>))*</row>)'
)


_ROW_NUMBER = re.compile(rb'[<:]row\s[^>]*?\br="(\d+)"')


class _SheetGuard:
    """A sheet's XML as the parser reads it, a chunk at a time, refusing a row (or whatever
    lies between two rows) of more than MAX_ROW_XML bytes: an inline cell of a gigabyte, or
    a row of millions of cells, is refused before the parser holds it."""

    def __init__(self, source: IO[bytes], path: Path) -> None:
        self.source = source
        self.path = path
        self.row = 0  # the last row read, for the message
        self.done = 0  # bytes read
        self.started = 1  # the number of the row last begun
        self.since = 0  # bytes since the last row began
        self.tail = b""

    def read(self, size: int = -1) -> bytes:
        data = self.source.read(size if size > 0 else 64 * 1024)
        self.done += len(data)
        seen = self.tail + data
        # <row …> or, with a namespace prefix, <x:row …>
        at = max(seen.rfind(b"<row"), seen.rfind(b":row"))
        if at >= 0:
            self.since = len(seen) - at
            number = _ROW_NUMBER.match(seen, at)
            self.started = int(number.group(1)) if number else self.row + 1
        else:
            self.since += len(data)
        self.tail = seen[-4:]
        if self.since > MAX_ROW_XML:
            raise ImportFileError(
                "import_row_too_large",
                path=str(self.path),
                line=self.started,
                limit=MAX_ROW_XML // (1024 * 1024),
            )
        # Rows without a value are dropped before the parser sees them: a million of them
        # (formatting dragged to the sheet's end) then cost a search, not a minute of parsing.
        # Those cut by the chunk's end are left whole, to be parsed and dropped as usual.
        return _EMPTY_ROW.sub(b"", data)

    def close(self) -> None:
        self.source.close()

    def __enter__(self) -> _SheetGuard:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def cell_text(value: object) -> str:
    """A spreadsheet cell as the text the same value would have in a CSV export."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        # repr is the shortest text that reads back as the same float: 0.1, not 0.1000000001.
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)

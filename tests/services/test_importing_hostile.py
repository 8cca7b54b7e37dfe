"""Import files made to break the reader (issue 16, points 3 and 4): stray bytes, repeated
headers, a workbook under a CSV's name, and spreadsheets that claim or hold far too much."""

from __future__ import annotations

import csv
import time
import tracemalloc
import zipfile
from collections.abc import Iterable
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from models import Client
from services.database import Database
from services.importing import (
    ImportFileError,
    ImportOptions,
    Kind,
    inspect_table,
    run_import,
    write_rejected_rows,
)
from services.importing import table as table_module
from services.importing.table import iter_batches, iter_rows

NAMES = {0: "name", 1: "city"}


def clients(db: Database) -> list[tuple[str, str]]:
    with db.sessions() as session:
        return [tuple(row) for row in session.execute(select(Client.name, Client.city))]


def test_one_stray_byte_in_a_utf8_file_rejects_its_row_and_keeps_every_accent(
    db: Database, tmp_path: Path
) -> None:
    # Line 3 was pasted from a Latin-1 file: its "é" is the single byte 0xE9.
    data = (
        b"Nombre;Ciudad\n"
        + "Muñoz e Hijos;León\n".encode()
        + b'Caf\xe9 Central;"Ja\nen"\n'  # a row over two lines, its bad byte on the first
        + "Ibáñez;Cádiz\n".encode()
        + 'Pena;"Al\ncal\xe1"\n'.encode("latin-1")  # line 6, its bad byte on line 7
    )
    path = tmp_path / "clientes.csv"
    path.write_bytes(data)
    table = inspect_table(path)
    assert table.encoding == "utf-8"  # not Windows-1252, which would garble every accent
    result = run_import(db.sessions, table, ImportOptions(kind=Kind.CLIENTS, mapping=NAMES))
    assert sorted(clients(db)) == [("Ibáñez", "Cádiz"), ("Muñoz e Hijos", "León")]
    assert (result.rows, result.inserted, result.rejected) == (4, 2, 2)
    issues = [(issue.line, issue.problems[0].problem) for issue in result.issues]
    assert [(line, problem.code, dict(problem.params)) for line, problem in issues] == [
        (3, "bad_byte", {"line": 3, "byte": "0xE9", "encoding": "UTF-8"}),
        (6, "bad_byte", {"line": 7, "byte": "0xE1", "encoding": "UTF-8"}),
    ]
    # The rejected-rows file shows the byte as U+FFFD, ready to be corrected.
    rejected = tmp_path / "rejected.csv"
    write_rejected_rows(rejected, table.headers, result.issues, lambda problems: "bad byte")
    with rejected.open(encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f))[1] == ["Caf\ufffd Central", "Ja\nen", "3", "bad byte"]


def test_a_stray_byte_past_the_sample_rejects_its_row_not_the_file(
    db: Database, tmp_path: Path
) -> None:
    lines = [b"Name,City"] + [f"Client {n},León".encode() for n in range(20000)]
    lines.append(b"Late \xff,Vigo")  # beyond the first 256 KiB that set the encoding
    path = tmp_path / "long.csv"
    path.write_bytes(b"\n".join(lines) + b"\n")
    table = inspect_table(path)
    result = run_import(
        db.sessions, table, ImportOptions(kind=Kind.CLIENTS, mapping=NAMES), dry_run=True
    )
    assert (result.inserted, result.rejected) == (20000, 1)
    assert result.issues[0].line == 20002
    assert result.issues[0].problems[0].problem.params["byte"] == "0xFF"


def test_a_windows_1252_file_is_still_read_as_such(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("Nombre;Población\nPeña Ibáñez;Cádiz\n".encode("cp1252"))
    table = inspect_table(path)
    assert table.encoding == "cp1252"
    assert [row.cells for row in iter_rows(table)] == [("Peña Ibáñez", "Cádiz")]


def test_repeated_header_names_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "twice.csv"
    path.write_text("Name,Email,Phone,email,City,Phone,Notes\nA,a@x.es,1,b@x.es,Vigo,2,\n")
    table = inspect_table(path)
    assert table.duplicate_headers == (("Email", (2, 4)), ("Phone", (3, 6)))
    single = tmp_path / "once.csv"
    single.write_text("Name,Email\nA,a@x.es\n")
    assert inspect_table(single).duplicate_headers == ()


def test_a_workbook_named_csv_and_a_csv_named_xlsx_are_read_for_what_they_are(
    tmp_path: Path,
) -> None:
    book = Workbook()
    book.active.append(["Name", "City"])
    book.active.append(["Peña", "Cádiz"])
    workbook = tmp_path / "clientes.csv"
    book.save(workbook)
    table = inspect_table(workbook)
    assert (table.format, table.headers) == ("xlsx", ("Name", "City"))
    assert [row.cells for row in iter_rows(table)] == [("Peña", "Cádiz")]
    text = tmp_path / "clientes.xlsx"
    text.write_text("Name;City\nPeña;Cádiz\n", encoding="utf-8")
    table = inspect_table(text)
    assert (table.format, table.delimiter) == ("csv", ";")
    assert [row.cells for row in iter_rows(table)] == [("Peña", "Cádiz")]


# --- bounded work (point 4) -------------------------------------------------------------
# The hostile workbooks are written part by part with zipfile: a sheet that claims or holds
# a million of something compresses to a few kilobytes on disk.

_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml."
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_TYPE}sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_TYPE}worksheet+xml"/>'
    f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_TYPE}sharedStrings+xml"/>'
    "</Types>"
).encode()
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
).encode()
_WORKBOOK = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    b'<sheets><sheet name="Clientes" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL}sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
).encode()
_SHEET_START = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)


def inline(ref: str, text: str) -> bytes:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'.encode()


HEADER_ROW = b'<row r="1">' + inline("A1", "Name") + inline("B1", "City") + b"</row>"


def workbook(
    path: Path,
    rows: Iterable[bytes],
    *,
    dimension: str = "A1:B2",
    shared: Iterable[bytes] = (b"",),
) -> Path:
    """An .xlsx of one sheet: its <row> elements (and shared strings) given in pieces,
    streamed into the zip so that a gigantic part is never held in memory."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
            part.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            for piece in shared:
                part.write(piece)
            part.write(b"</sst>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            part.write(_SHEET_START + f'<dimension ref="{dimension}"/><sheetData>'.encode())
            for piece in rows:
                part.write(piece)
            part.write(b"</sheetData></worksheet>")
    return path


def refused(path: Path) -> ImportFileError:
    with pytest.raises(ImportFileError) as error:
        list(iter_batches(inspect_table(path), 5000))
    return error.value


def test_a_sheet_claiming_a_million_rows_and_columns_reads_only_what_it_holds(
    tmp_path: Path,
) -> None:
    data = b'<row r="2">' + inline("A2", "Peña") + inline("B2", "Cádiz") + b"</row>"
    # A cell at the last column of the last row, formatted but empty, as some programs leave.
    last = b'<row r="1048576"><c r="XFD1048576" s="0"/></row>'
    path = workbook(tmp_path / "claims.xlsx", [HEADER_ROW, data, last], dimension="A1:XFD1048576")
    tracemalloc.start()
    started = time.monotonic()
    try:
        table = inspect_table(path)
        found = [(row.line, row.cells) for row in iter_rows(table)]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert table.headers == ("Name", "City")
    assert found == [(2, ("Peña", "Cádiz"))]
    assert time.monotonic() - started < 5
    assert peak < 50 * 1024 * 1024


def test_hundreds_of_thousands_of_empty_rows_cost_little_and_data_after_them_is_read(
    tmp_path: Path,
) -> None:
    empty = (f'<row r="{n}"><c r="A{n}" s="0"/></row>'.encode() for n in range(2, 300_002))
    late = b'<row r="300002">' + inline("A300002", "Late") + inline("B300002", "Vigo") + b"</row>"
    path = workbook(tmp_path / "empty.xlsx", [HEADER_ROW, *empty, late])
    started = time.monotonic()
    assert [(row.line, row.cells) for row in iter_rows(inspect_table(path))] == [
        (300002, ("Late", "Vigo"))
    ]
    assert time.monotonic() - started < 20  # a few seconds; generous for a loaded machine


def test_rows_past_the_sheet_limit_and_cells_past_the_column_limit_are_refused(
    tmp_path: Path,
) -> None:
    beyond = b'<row r="2000000">' + inline("A2000000", "x") + b"</row>"
    error = refused(workbook(tmp_path / "rows.xlsx", [HEADER_ROW, b"<row r='2'/>", beyond]))
    assert error.code == "import_too_many_rows"
    far = b'<row r="2">' + inline("A2", "x") + inline("XFD2", "far") + b"</row>"
    error = refused(workbook(tmp_path / "columns.xlsx", [HEADER_ROW, far]))
    assert (error.code, error.params["line"], error.params["count"]) == (
        "import_too_many_columns",
        2,
        16384,
    )


def test_a_shared_string_of_hundreds_of_megabytes_is_refused_before_it_is_read(
    tmp_path: Path,
) -> None:
    chunk = b"a" * (8 * 1024 * 1024)
    huge = [b"<si><t>", *([chunk] * 20), b"</t></si>"]  # 160 MB of text in one string
    path = workbook(tmp_path / "shared.xlsx", [HEADER_ROW], shared=huge)
    assert path.stat().st_size < 2 * 1024 * 1024
    started = time.monotonic()
    with pytest.raises(ImportFileError) as error:
        inspect_table(path)
    assert error.value.code == "import_part_too_large"
    assert error.value.params["part"] == "xl/sharedStrings.xml"
    assert time.monotonic() - started < 5


def test_a_gigantic_inline_cell_is_refused_before_it_is_held(tmp_path: Path) -> None:
    chunk = b"a" * (4 * 1024 * 1024)
    cell = [b'<row r="4"><c r="A4" t="inlineStr"><is><t>', *([chunk] * 8), b"</t></is></c></row>"]
    tracemalloc.start()
    try:
        error = refused(workbook(tmp_path / "cell.xlsx", [HEADER_ROW, b'<row r="2"/>', *cell]))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (error.code, error.params["line"]) == ("import_row_too_large", 4)
    assert peak < 100 * 1024 * 1024


def test_a_csv_of_one_endless_line_or_cell_is_refused(tmp_path: Path) -> None:
    line = tmp_path / "line.csv"
    with line.open("wb") as f:
        f.write(b"Name,City\nA,B\n")
        for _ in range(5):
            f.write(b"x" * (4 * 1024 * 1024))  # 20 MB without a line break
    error = refused(line)
    assert (error.code, error.params["line"]) == ("import_line_too_long", 3)
    cell = tmp_path / "cell.csv"
    with cell.open("wb") as f:
        f.write(b'Name,Notes\nA,ok\nB,"')
        for _ in range(3000):
            f.write(b"x" * 1000 + b"\n")  # 3 MB in one quoted field, over many lines
        f.write(b'"\n')
    error = refused(cell)
    assert (error.code, error.params["line"]) == ("import_cell_too_large", 3)


def test_a_csv_too_wide_or_too_long_is_refused(tmp_path: Path, monkeypatch) -> None:
    wide = tmp_path / "wide.csv"
    wide.write_text("Name,City\nA,B\n" + ",".join(["x"] * 2000) + "\n")
    error = refused(wide)
    assert (error.code, error.params["line"], error.params["count"]) == (
        "import_too_many_columns",
        3,
        2000,
    )
    monkeypatch.setattr(table_module, "MAX_ROWS", 1000)  # two million rows take a while
    long = tmp_path / "long.csv"
    long.write_text("Name,City\n" + "A,B\n" * 1500)
    assert refused(long).code == "import_too_many_rows"


def test_batches_of_long_rows_hold_less_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    note = "n" * 900_000
    path.write_text("Name,Notes\n" + "".join(f"{n},{note}\n" for n in range(60)))
    sizes = [len(batch) for batch in iter_batches(inspect_table(path), 5000)]
    assert sum(sizes) == 60
    assert max(sizes) < 40  # about 32 MB of text to a batch, not the 54 MB of all 60 rows

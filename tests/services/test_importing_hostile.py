"""Import files made to break the reader (issue 16, points 3 and 4): stray bytes, repeated
headers, a workbook under a CSV's name, and spreadsheets that claim or hold far too much."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from models import Client
from services.database import Database
from services.importing import ImportOptions, Kind, inspect_table, run_import, write_rejected_rows
from services.importing.table import iter_rows

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

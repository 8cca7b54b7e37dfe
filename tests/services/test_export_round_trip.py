"""Export -> import gives back exactly what was stored, apostrophes and all; control
characters never stop an XLSX export, and names holding them are refused at entry and import."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from models import Client
from services.clients import ClientInput, save_client
from services.database import Database, open_database
from services.errors import ValidationError
from services.exporting import ExportFormat, Sheet, export_book, neutralise
from services.importing import (
    ImportOptions,
    Kind,
    inspect_table,
    run_import,
    suggest_mapping,
)
from services.importing.values import unneutralise

NAMES = ("'t Hooft", "'=1+1", "''", "'", "=SUM(A1)", "-5 Estrellas", "@Acme", "Plain")


@pytest.fixture
def empty_copy(tmp_path: Path, _migrated_template: Path):
    path = tmp_path / "other.sqlite3"
    shutil.copyfile(_migrated_template, path)
    database = open_database(path)
    yield database
    database.close()


def stored_names(db: Database) -> list[str]:
    with db.sessions() as session:
        return sorted(session.scalars(select(Client.name)))


@pytest.mark.parametrize("text", [*NAMES, "'+34 600", "''=x", "'\t", ""])
def test_the_csv_guard_is_undone_exactly(text: str) -> None:
    assert unneutralise(neutralise(text)) == text


def test_a_spreadsheets_own_guard_is_taken_off_and_other_apostrophes_kept() -> None:
    assert unneutralise("'=HYPERLINK(x)") == "=HYPERLINK(x)"  # typed so in a spreadsheet
    assert unneutralise("'t Hooft") == "'t Hooft"
    assert unneutralise("'") == "'"


@pytest.mark.parametrize("fmt", [ExportFormat.CSV, ExportFormat.XLSX])
def test_names_starting_with_apostrophes_or_formulas_come_back_as_stored(
    db: Database, empty_copy: Database, tmp_path: Path, fmt: ExportFormat
) -> None:
    for name in NAMES:
        save_client(db.sessions, ClientInput(name=name))
    out = tmp_path / f"book.{fmt.value}"
    export_book(db.sessions, out, fmt, sheets=[Sheet.CLIENTS])
    table = inspect_table(out)
    options = ImportOptions(Kind.CLIENTS, suggest_mapping(table.headers, Kind.CLIENTS))
    result = run_import(empty_copy.sessions, table, options)
    assert (result.inserted, result.rejected) == (len(NAMES), 0)
    assert stored_names(empty_copy) == stored_names(db) == sorted(NAMES)


def test_control_characters_never_stop_an_xlsx_export(db: Database, tmp_path: Path) -> None:
    client_id = save_client(db.sessions, ClientInput(name="Ana")).id
    # A book written before names were checked, or by another program.
    with db.sessions.begin() as session:
        session.execute(
            update(Client)
            .where(Client.id == client_id)
            .values(name="An\x02a", notes="line\x01one\nline two\tend")
        )
    out = tmp_path / "book.xlsx"
    summary = export_book(db.sessions, out, ExportFormat.XLSX, sheets=[Sheet.CLIENTS])
    assert summary.cleaned == 2
    rows = list(load_workbook(out)["Clients"].iter_rows(min_row=2, values_only=True))
    assert rows[0][1] == "Ana"
    assert rows[0][14] == "lineone\nline two\tend"  # line breaks and tabs are text
    csv_out = tmp_path / "book.csv"
    assert export_book(db.sessions, csv_out, ExportFormat.CSV, sheets=[Sheet.CLIENTS]).cleaned == 0
    with csv_out.open(encoding="utf-8-sig", newline="") as f:
        assert next(csv.DictReader(f))["Name"] == "An\x02a"  # CSV holds them as they are


@pytest.mark.parametrize("bad", ["Ana\x00", "\x01Ana", "A\x1fna", "Ana\x7f"])
def test_names_with_control_characters_are_refused_at_entry(db: Database, bad: str) -> None:
    with pytest.raises(ValidationError) as caught:
        save_client(db.sessions, ClientInput(name=bad))
    assert [p.code for p in caught.value.problems["name"]] == ["control_characters"]
    # Lines and tabs in an address or a note are text, not control characters.
    save_client(db.sessions, ClientInput(name="Ana", address="Calle 1\n2º", notes="a\tb\r\nc"))


def test_names_with_control_characters_are_refused_at_import(db: Database, tmp_path) -> None:
    path = tmp_path / "clientes.csv"
    path.write_text("Nombre;Ciudad\nAna\x01;Madrid\nLuis;Sev\x01illa\nEva;Cádiz\n", "utf-8")
    table = inspect_table(path)
    options = ImportOptions(Kind.CLIENTS, suggest_mapping(table.headers, Kind.CLIENTS))
    result = run_import(db.sessions, table, options)
    assert (result.inserted, result.rejected) == (1, 2)
    assert [(i.line, i.problems[0].field, i.problems[0].problem.code) for i in result.issues] == [
        (2, "name", "control_characters"),
        (3, "city", "control_characters"),
    ]
    assert stored_names(db) == ["Eva"]

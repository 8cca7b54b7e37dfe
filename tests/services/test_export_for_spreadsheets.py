"""Exports for the owner's spreadsheet (in the interface's language) and for another program;
the import reads both back as the same book."""

from __future__ import annotations

import codecs
import csv
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from services.database import Database
from services.export_conventions import MACHINE, for_language
from services.exporting import ExportFormat, export_book
from services.importing import (
    ImportOptions,
    Kind,
    guess_value_format,
    inspect_table,
    run_import,
    suggest_mapping,
)
from services.importing.detection import ClientMatch
from tests.services.test_exporting import empty_copy, fill, snapshot

__all__ = ["empty_copy"]  # a fixture, used by name


def rows_of(path: Path, delimiter: str) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=delimiter))


def reimport_as_a_user_would(target: Database, files: list[Path]) -> list[ClientMatch | None]:
    """Every file imported with what the import works out alone: no mapping, no key."""
    matches = []
    for kind, path in zip(Kind, files, strict=True):
        table = inspect_table(path)
        mapping = suggest_mapping(table.headers, kind)
        options = ImportOptions(kind, mapping, guess_value_format(table, mapping))
        result = run_import(target.sessions, table, options)
        assert result.rejected == 0, result.issues
        matches.append(result.client_match)
    return matches


def test_a_spanish_csv_is_what_a_spanish_excel_opens(db: Database, tmp_path: Path) -> None:
    fill(db)
    out = tmp_path / "libro.csv"
    summary = export_book(db.sessions, out, ExportFormat.CSV, style=for_language("es"))
    assert out.read_bytes().startswith(codecs.BOM_UTF8)
    clients = rows_of(out, ";")
    assert clients[0][:6] == [
        "Nº cliente",
        "Nombre",
        "Razón social",
        "NIF",
        "Persona de contacto",
        "Correo electrónico",
    ]
    munoz = dict(zip(clients[0], clients[2], strict=True))  # "@Acme" sorts first
    assert (munoz["Etapa"], munoz["Idioma"], munoz["Estratégico"]) == ("Activo", "Español", "Sí")
    acme = dict(zip(clients[0], clients[1], strict=True))
    assert (acme["Etapa"], acme["Idioma"], acme["Estratégico"]) == ("Potencial", "Inglés", "No")
    assert acme["Nombre"] == "'@Acme"  # still never a formula
    sales = rows_of(summary.files[1], ";")
    assert sales[0] == [
        "Nº cliente",
        "Cliente",
        "NIF cliente",
        "Fecha factura",
        "Vencimiento",
        "Referencia",
        "Unidades",
        "Importe",
    ]
    first = next(row for row in sales if row[5] == "F-1")
    assert first[3:] == ["15/01/2025", "14/02/2025", "F-1", "7,500", "1234,56"]


def test_a_spanish_csv_export_imports_back_as_the_same_book(
    db: Database, empty_copy: Database, tmp_path: Path
) -> None:
    fill(db)
    summary = export_book(
        db.sessions, tmp_path / "libro.csv", ExportFormat.CSV, style=for_language("es")
    )
    matches = reimport_as_a_user_would(empty_copy, summary.files)
    assert snapshot(empty_copy) == snapshot(db)
    # The other book's client numbers name other clients here: found by tax id instead.
    assert {match.by.value for match in matches[1:]} == {"tax_id"}


def test_a_machine_csv_is_plain_and_imports_back_as_the_same_book(
    db: Database, empty_copy: Database, tmp_path: Path
) -> None:
    fill(db)
    summary = export_book(db.sessions, tmp_path / "book.csv", ExportFormat.CSV, style=MACHINE)
    clients = rows_of(summary.files[0], ",")
    munoz = dict(zip(clients[0], clients[2], strict=True))
    assert (munoz["Stage"], munoz["Language"], munoz["Strategic"]) == ("active", "es", "yes")
    sales = rows_of(summary.files[1], ",")
    assert sales[0][3:] == ["Invoice date", "Due date", "Reference", "Units", "Amount"]
    first = next(row for row in sales if row[5] == "F-1")
    assert first[3:] == ["2025-01-15", "2025-02-14", "F-1", "7.500", "1234.56"]
    reimport_as_a_user_would(empty_copy, summary.files)
    assert snapshot(empty_copy) == snapshot(db)


def test_an_english_csv_puts_values_in_words(db: Database, tmp_path: Path) -> None:
    fill(db)
    summary = export_book(
        db.sessions, tmp_path / "b.csv", ExportFormat.CSV, style=for_language("en")
    )
    clients = rows_of(summary.files[0], ",")
    munoz = dict(zip(clients[0], clients[2], strict=True))
    assert (munoz["Stage"], munoz["Language"], munoz["Strategic"]) == ("Active", "Spanish", "Yes")


def test_xlsx_cells_are_typed_dates_and_numbers_in_any_language(
    db: Database, empty_copy: Database, tmp_path: Path
) -> None:
    fill(db)
    out = tmp_path / "libro.xlsx"
    export_book(db.sessions, out, ExportFormat.XLSX, style=for_language("es"))
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["Clientes", "Ventas", "Cobros", "Devoluciones"]
    sales = workbook["Ventas"]
    header = [cell.value for cell in sales[1]]
    assert header[3:] == ["Fecha factura", "Vencimiento", "Referencia", "Unidades", "Importe"]
    row = next(r for r in sales.iter_rows(min_row=2) if r[5].value == "F-1")
    assert isinstance(row[3].value, datetime) and row[3].value == datetime(2025, 1, 15)
    assert row[3].number_format == "dd/mm/yyyy"
    assert isinstance(row[0].value, int)  # the client's number
    assert isinstance(row[6].value, float) and row[6].value == 7.5
    assert isinstance(row[7].value, float) and Decimal(str(row[7].value)) == Decimal("1234.56")
    clients = workbook["Clientes"]
    stages = {r[1].value: r[12].value for r in clients.iter_rows(min_row=2)}
    assert stages["Muñoz Peña SL"] == "Activo"
    workbook.close()
    for kind, title in zip(Kind, workbook.sheetnames, strict=True):
        table = inspect_table(out, sheet=title)
        mapping = suggest_mapping(table.headers, kind)
        options = ImportOptions(kind, mapping, guess_value_format(table, mapping))
        assert run_import(empty_copy.sessions, table, options).rejected == 0
    assert snapshot(empty_copy) == snapshot(db)

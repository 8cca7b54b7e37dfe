"""What Spanish accounting programs and spreadsheets write: their headers, their provinces and
postal codes that lost a leading zero."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from models import Client, Sale
from services.database import Database
from services.importing import ImportOptions, Kind, inspect_table, run_import, suggest_mapping
from tests.import_files import csv_table


def clients(db: Database) -> list[tuple[str, str, str]]:
    with db.sessions() as session:
        rows = session.execute(select(Client.name, Client.postal_code, Client.city))
        return sorted(tuple(row) for row in rows)


def test_spanish_accounting_headers_are_recognised() -> None:
    sales = suggest_mapping(
        (
            "Nº factura",
            "Fecha expedición",
            "Cliente",
            "NIF/CIF",
            "Base imponible",
            "Cuota IVA",
            "Total factura",
        ),
        Kind.SALES,
    )
    # The total is what the client owes and pays: it wins over the tax base.
    assert sales == {0: "reference", 1: "invoice_date", 2: "client", 6: "amount"}
    only_base = suggest_mapping(("Fecha", "Cliente", "Base imponible"), Kind.SALES)
    assert only_base[2] == "amount"
    people = suggest_mapping(
        ("Razón social", "CIF", "Domicilio", "Código postal", "Población", "Provincia"),
        Kind.CLIENTS,
    )
    assert people == {
        0: "legal_name",
        1: "tax_id",
        2: "address",
        3: "postal_code",
        4: "city",
        5: "province",
    }


def test_the_province_follows_the_city_as_spanish_addresses_write_it(
    db: Database, tmp_path: Path
) -> None:
    info = csv_table(
        tmp_path,
        "Razón social;Población;Provincia\nUno SL;Alcalá de Henares;Madrid\n"
        "Dos SL;Sevilla;Sevilla\nTres SL;;Cádiz\n",
    )
    mapping = suggest_mapping(info.headers, Kind.CLIENTS)
    result = run_import(db.sessions, info, ImportOptions(Kind.CLIENTS, mapping))
    assert result.rejected == 0
    assert [city for _, _, city in clients(db)] == [
        "Sevilla",
        "Cádiz",
        "Alcalá de Henares (Madrid)",
    ]


def test_postal_codes_keep_their_leading_zeros(db: Database, tmp_path: Path) -> None:
    info = csv_table(tmp_path, "Nombre;Código postal;País\nUno;08001;España\nDos;01001;\n")
    mapping = suggest_mapping(info.headers, Kind.CLIENTS)
    result = run_import(db.sessions, info, ImportOptions(Kind.CLIENTS, mapping))
    assert result.padded_postal_codes == []
    assert clients(db) == [("Dos", "01001", ""), ("Uno", "08001", "")]


def test_a_four_digit_spanish_postal_code_is_padded_with_a_warning(
    db: Database, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Nombre", "Código postal", "País"])
    sheet.append(["Barcelona SL", 8001, "España"])  # a number cell: the zero is gone
    sheet.append(["Sin país SL", 1001, None])  # the business's country applies
    sheet.append(["Buenos Aires SA", 1425, "Argentina"])  # four digits are right there
    sheet.append(["Texto SL", "08002", "ES"])
    path = tmp_path / "clientes.xlsx"
    workbook.save(path)
    info = inspect_table(path)
    mapping = suggest_mapping(info.headers, Kind.CLIENTS)
    options = ImportOptions(Kind.CLIENTS, mapping, home_country="España")
    preview = run_import(db.sessions, info, options, dry_run=True)
    assert preview.padded_postal_codes == [2, 3]
    assert preview.preview[0].values["postal_code"] == "08001"
    result = run_import(db.sessions, info, options)
    assert result.padded_postal_codes == [2, 3]
    assert {name: code for name, code, _ in clients(db)} == {
        "Barcelona SL": "08001",
        "Sin país SL": "01001",
        "Buenos Aires SA": "1425",
        "Texto SL": "08002",
    }


def test_without_a_country_anywhere_nothing_is_padded(db: Database, tmp_path: Path) -> None:
    info = csv_table(tmp_path, "Nombre;Código postal\nUno;8001\n")
    mapping = suggest_mapping(info.headers, Kind.CLIENTS)
    result = run_import(db.sessions, info, ImportOptions(Kind.CLIENTS, mapping))
    assert result.padded_postal_codes == []
    assert clients(db) == [("Uno", "8001", "")]


def test_a_sales_list_from_spanish_accounting_imports_without_help(
    db: Database, tmp_path: Path
) -> None:
    from services.clients import ClientInput, save_client

    client_id = save_client(db.sessions, ClientInput(name="Distribuciones Puntual S.L.")).id
    info = csv_table(
        tmp_path,
        "Nº factura;Fecha expedición;Cliente;Base imponible;Cuota IVA;Total factura\n"
        "F-1;05/03/2025;DISTRIBUCIONES PUNTUAL, S.L.;1.000,00;210,00;1.210,00\n"
        "F-2;06/03/2025;Distribuciones Puntual S.L.;100,00;21,00;121,00\n",
    )
    mapping = suggest_mapping(info.headers, Kind.SALES)
    from services.importing import guess_value_format

    options = ImportOptions(Kind.SALES, mapping, guess_value_format(info, mapping))
    result = run_import(db.sessions, info, options)
    # Case, accents and punctuation aside, both rows name the book's client.
    assert (result.inserted, result.rejected) == (2, 0)
    assert result.client_match.by.value == "name"
    with db.sessions() as session:
        sales = session.execute(select(Sale.client_id, Sale.reference, Sale.amount)).all()
        assert sorted((c, r, str(a)) for c, r, a in sales) == [
            (client_id, "F-1", "1210.00"),
            (client_id, "F-2", "121.00"),
        ]

"""The first day from the command line, as issue #13 tells it: a new book, a Spanish Excel
client list and a sales list that names its clients, imported without a single flag."""

from __future__ import annotations

from decimal import Decimal

from openpyxl import Workbook
from sqlalchemy import select

from models import Client, Sale
from services.database import open_database
from tests.command_line import clientela


def test_init_then_a_spanish_client_workbook_then_sales_by_name_without_flags(tmp_path, data_dir):
    book = tmp_path / "libro.sqlite3"
    assert clientela("--db", str(book), "init", "--lang", "es", data_dir=data_dir).returncode == 0

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Nombre", "NIF", "Dirección", "Código postal", "Población", "Provincia", "País"])
    sheet.append(
        [
            "Distribuciones Puntual S.L.",
            "B12345674",
            "Calle Mayor, 1",
            "08001",
            "Barcelona",
            "Barcelona",
            "ES",
        ]
    )
    sheet.append(
        ["Łuczak Ogrody", "", "Plaza Nueva 3", "4001", "Ávila", "Ávila", "ES"]
    )  # a 4-digit code that lost its leading zero in Excel
    clients_file = tmp_path / "clientes.xlsx"
    workbook.save(clients_file)

    imported = clientela(
        "--db", str(book), "--lang", "es", "import", str(clients_file), data_dir=data_dir
    )
    assert imported.returncode == 0, imported.stderr + imported.stdout

    sales_file = tmp_path / "ventas.csv"
    sales_file.write_text(
        "Nº factura;Fecha;Cliente;Total factura\n"
        "F-2026-001;15/01/2026;Distribuciones Puntual S.L.;1.234,50\n"
        "F-2026-002;03/02/2026;LUCZAK OGRODY;99,95\n",
        encoding="utf-8-sig",
    )
    sold = clientela(
        "--db",
        str(book),
        "--lang",
        "es",
        "import",
        str(sales_file),
        "--kind",
        "sales",
        data_dir=data_dir,
    )
    assert sold.returncode == 0, sold.stderr + sold.stdout

    db = open_database(book)
    try:
        with db.sessions() as session:
            postal = dict(session.execute(select(Client.name, Client.postal_code)).all())
            sales = session.execute(
                select(Client.name, Sale.reference, Sale.amount).join(Sale.client)
            ).all()
    finally:
        db.close()
    assert postal == {"Distribuciones Puntual S.L.": "08001", "Łuczak Ogrody": "04001"}
    assert sorted(sales) == [
        ("Distribuciones Puntual S.L.", "F-2026-001", Decimal("1234.50")),
        ("Łuczak Ogrody", "F-2026-002", Decimal("99.95")),
    ]

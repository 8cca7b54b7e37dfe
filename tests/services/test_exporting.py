"""Export to CSV and XLSX: what the book holds comes out, goes back in the same, and never
runs as a spreadsheet formula."""

from __future__ import annotations

import csv
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from models import Stage
from services.client_list import ClientQuery
from services.clients import ClientInput, get_client, save_client
from services.database import Database, open_database
from services.exporting import ExportFormat, Sheet, export_book, neutralise
from services.importing import (
    ImportOptions,
    Kind,
    MatchBy,
    guess_value_format,
    inspect_table,
    run_import,
    suggest_mapping,
)
from services.ledger import (
    PaymentInput,
    ReturnInput,
    SaleInput,
    add_payment,
    add_return,
    add_sale,
    list_payments,
    list_returns,
    list_sales,
)
from services.progress import Cancelled

CLIENTS = (
    ClientInput(
        name="Muñoz Peña SL",
        legal_name="Muñoz y Peña, S.L.",
        tax_id="B12345678",
        contact_person="Ana Muñoz",
        email="ana@munoz.es",
        phone="+34 600 111 222",
        address="Calle Mayor 1\n2º izquierda",
        postal_code="28001",
        city="Madrid",
        country="España",
        language="es",
        stage=Stage.ACTIVE.value,
        strategic=True,
        notes='=HYPERLINK("http://evil","click"); said "hi", semi;colon',
        tags=("VIP", "wholesale"),
    ),
    ClientInput(name="@Acme", tax_id="X-99", stage=Stage.PROSPECT.value, language="en"),
    ClientInput(name="Zeta", tax_id="Z1", notes="-minus\tand tab", stage=Stage.LOST.value),
)


def fill(db: Database) -> dict[str, int]:
    ids = {}
    for data in CLIENTS:
        ids[data.tax_id] = save_client(db.sessions, data).id
    first = ids["B12345678"]
    sale = add_sale(
        db.sessions,
        first,
        SaleInput(date(2025, 1, 15), date(2025, 2, 14), "F-1", Decimal("7.5"), Decimal("1234.56")),
    )
    add_sale(
        db.sessions,
        ids["Z1"],
        SaleInput(date(2024, 12, 1), date(2024, 12, 31), "=1+1", Decimal(2), Decimal("10.00")),
    )
    add_payment(db.sessions, first, PaymentInput(date(2025, 2, 1), Decimal("1000.00"), "T1", sale))
    add_payment(db.sessions, first, PaymentInput(date(2025, 3, 1), Decimal("34.56"), "on account"))
    add_return(
        db.sessions,
        first,
        ReturnInput(date(2025, 2, 20), Decimal(1), Decimal("100.00"), "broken", sale),
    )
    return ids


def snapshot(db: Database) -> list[tuple]:
    """Everything the book holds about each client, without ids and timestamps."""
    from services.client_list import search_ids

    result = []
    for client_id in search_ids(db.sessions, ClientQuery()):
        record = get_client(db.sessions, client_id)
        data = ClientInput(**{f: getattr(record, f) for f in ClientInput.__dataclass_fields__})
        sales = sorted(
            (s.invoice_date, s.due_date, s.reference, s.units, s.amount)
            for s in list_sales(db.sessions, client_id)
        )
        payments = sorted(
            (p.paid_on, p.amount, p.reference, p.invoice_reference)
            for p in list_payments(db.sessions, client_id)
        )
        returns = sorted(
            (r.returned_on, r.units, r.amount, r.reason, r.invoice_reference)
            for r in list_returns(db.sessions, client_id)
        )
        result.append((data, sales, payments, returns))
    return result


@pytest.fixture
def empty_copy(tmp_path: Path, _migrated_template: Path):
    path = tmp_path / "other.sqlite3"
    shutil.copyfile(_migrated_template, path)
    database = open_database(path)
    yield database
    database.close()


def reimport(target: Database, files: dict[Kind, Path]) -> None:
    for kind in Kind:
        table = inspect_table(files[kind])
        mapping = suggest_mapping(table.headers, kind, MatchBy.TAX_ID)
        options = ImportOptions(kind, mapping, guess_value_format(table, mapping))
        result = run_import(target.sessions, table, options)
        assert result.rejected == 0, result.issues


def test_csv_export_then_import_gives_the_same_book(
    db: Database, empty_copy: Database, tmp_path: Path
) -> None:
    fill(db)
    out = tmp_path / "book.csv"
    summary = export_book(db.sessions, out, ExportFormat.CSV)
    assert [p.name for p in summary.files] == [
        "book.csv",
        "book-sales.csv",
        "book-payments.csv",
        "book-returns.csv",
    ]
    assert summary.counts == {Sheet.CLIENTS: 3, Sheet.SALES: 2, Sheet.PAYMENTS: 2, Sheet.RETURNS: 1}
    files = dict(zip(Kind, summary.files, strict=True))
    reimport(empty_copy, files)
    assert snapshot(empty_copy) == snapshot(db)


def test_xlsx_export_then_import_gives_the_same_book(
    db: Database, empty_copy: Database, tmp_path: Path
) -> None:
    fill(db)
    out = tmp_path / "book.xlsx"
    export_book(db.sessions, out, ExportFormat.XLSX)
    sheets = {
        kind: inspect_table(out, sheet=title)
        for kind, title in zip(Kind, ("Clients", "Sales", "Payments", "Returns"), strict=True)
    }
    for kind, table in sheets.items():
        mapping = suggest_mapping(table.headers, kind, MatchBy.TAX_ID)
        options = ImportOptions(kind, mapping, guess_value_format(table, mapping))
        assert run_import(empty_copy.sessions, table, options).rejected == 0
    assert snapshot(empty_copy) == snapshot(db)


def test_formula_cells_are_neutralised_in_csv_and_typed_as_text_in_xlsx(
    db: Database, tmp_path: Path
) -> None:
    fill(db)
    export_book(db.sessions, tmp_path / "book.csv", ExportFormat.CSV)
    with (tmp_path / "book.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = {row["Tax ID"]: row for row in csv.DictReader(f)}
    assert rows["B12345678"]["Notes"].startswith("'=HYPERLINK(")
    assert rows["B12345678"]["Phone"] == "'+34 600 111 222"
    assert rows["X-99"]["Name"] == "'@Acme"
    assert rows["Z1"]["Notes"] == "'-minus\tand tab"
    with (tmp_path / "book-sales.csv").open(encoding="utf-8-sig", newline="") as f:
        assert "'=1+1" in [row["Reference"] for row in csv.DictReader(f)]

    export_book(db.sessions, tmp_path / "book.xlsx", ExportFormat.XLSX)
    book = load_workbook(tmp_path / "book.xlsx")
    cells = [cell for row in book["Clients"].iter_rows() for cell in row]
    cells += [cell for row in book["Sales"].iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    texts = [cell.value for cell in cells if isinstance(cell.value, str)]
    # Typed as text, which no spreadsheet runs: no apostrophe needed, none written.
    assert "@Acme" in texts and "=1+1" in texts
    assert all(cell.data_type == "s" for cell in cells if isinstance(cell.value, str))
    amounts = [row[7].value for row in book["Sales"].iter_rows(min_row=2)]
    assert sorted(amounts) == [10, Decimal("1234.56")] or sorted(amounts) == [10, 1234.56]
    assert [neutralise(t) for t in ("=a", "+a", "-a", "@a", "\ta", "\ra", "a", "")] == [
        "'=a",
        "'+a",
        "'-a",
        "'@a",
        "'\ta",
        "'\ra",
        "a",
        "",
    ]


def test_export_honours_the_lists_filter(db: Database, tmp_path: Path) -> None:
    fill(db)
    query = ClientQuery(stage=Stage.ACTIVE.value)
    summary = export_book(db.sessions, tmp_path / "active.csv", ExportFormat.CSV, query=query)
    assert summary.counts == {Sheet.CLIENTS: 1, Sheet.SALES: 1, Sheet.PAYMENTS: 2, Sheet.RETURNS: 1}
    query = ClientQuery(text="zeta")
    summary = export_book(
        db.sessions, tmp_path / "z.csv", ExportFormat.CSV, query=query, sheets=(Sheet.SALES,)
    )
    with (tmp_path / "z.csv").open(encoding="utf-8-sig", newline="") as f:
        assert [row["Client"] for row in csv.DictReader(f)] == ["Zeta"]
    assert summary.counts == {Sheet.SALES: 1}


def test_export_carries_the_latest_verdict_and_score(db: Database, tmp_path: Path) -> None:
    ids = fill(db)
    from models import Client

    with db.sessions.begin() as session:
        client = session.get(Client, ids["Z1"])
        client.latest_verdict, client.latest_score = "let_go", Decimal("32.5")
        client.next_review_on = date(2026, 1, 1)
    export_book(db.sessions, tmp_path / "c.csv", ExportFormat.CSV, sheets=(Sheet.CLIENTS,))
    with (tmp_path / "c.csv").open(encoding="utf-8-sig", newline="") as f:
        row = {r["Tax ID"]: r for r in csv.DictReader(f)}["Z1"]
    assert (row["Latest verdict"], row["Score"], row["Next review"]) == (
        "let_go",
        "32.5",
        "2026-01-01",
    )


def test_cancelled_export_leaves_no_file(db: Database, tmp_path: Path) -> None:
    fill(db)
    with pytest.raises(Cancelled):
        export_book(
            db.sessions, tmp_path / "x.xlsx", ExportFormat.XLSX, progress=lambda d, t: False
        )
    assert list(tmp_path.glob("x*")) == [] and list(tmp_path.glob(".x*")) == []

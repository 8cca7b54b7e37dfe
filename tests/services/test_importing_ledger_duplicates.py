"""Re-importing a ledger file adds nothing: entries already stored, or earlier in the file,
are duplicates skipped and counted like duplicate clients; payments pay the invoice they name."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from models import Payment, Return, Sale
from services.clients import ClientInput, save_client
from services.database import Database
from services.exporting import ExportFormat, Sheet, export_book
from services.importing import (
    Duplicates,
    ImportOptions,
    Kind,
    MatchBy,
    inspect_table,
    run_import,
    suggest_mapping,
)
from services.ledger import SaleInput, add_sale, ledger_totals, list_payments
from tests.import_files import csv_table, row_count

TODAY = date(2026, 11, 23)


def options(info, kind: Kind, **more) -> ImportOptions:
    return ImportOptions(kind, suggest_mapping(info.headers, kind, MatchBy.TAX_ID), **more)


def book(db: Database) -> dict[str, int]:
    return {
        tax_id: save_client(db.sessions, ClientInput(name=name, tax_id=tax_id)).id
        for name, tax_id in (("Alfa", "A111"), ("Beta", "B222"))
    }


SALES = (
    "NIF;Fecha;Factura;Unidades;Importe\n"
    "A111;01/03/2025;F-1;3;100,00\n"
    "A111;02/03/2025;F-2;1;50\n"
    "B222;01/03/2025;F-1;1;100\n"
)


def test_importing_the_same_sales_file_twice_changes_nothing(db: Database, tmp_path: Path):
    book(db)
    info = csv_table(tmp_path, SALES)
    first = run_import(db.sessions, info, options(info, Kind.SALES))
    assert (first.inserted, first.skipped) == (3, 0)
    second = run_import(db.sessions, info, options(info, Kind.SALES))
    assert (second.inserted, second.rejected, second.skipped) == (0, 0, 3)
    codes = {issue.problems[0].problem.code for issue in second.issues}
    assert codes == {"duplicate_entry_in_book"}
    assert all(issue.skipped for issue in second.issues)
    assert row_count(db, Sale) == 3
    # A dry run says the same, and "new" imports them all the same, as for clients.
    dry = run_import(db.sessions, info, options(info, Kind.SALES), dry_run=True)
    assert (dry.inserted, dry.skipped) == (0, 3)
    anyway = run_import(db.sessions, info, options(info, Kind.SALES, duplicates=Duplicates.NEW))
    assert (anyway.inserted, anyway.skipped) == (3, 0)
    assert row_count(db, Sale) == 6


def test_a_row_repeated_in_the_file_is_skipped_with_the_line_it_repeats(
    db: Database, tmp_path: Path
):
    book(db)
    info = csv_table(tmp_path, SALES + "A111;01/03/2025;F-1;3;100\nA111;01/03/2025;F-1;3;100.01\n")
    for dry_run in (True, False):
        result = run_import(db.sessions, info, options(info, Kind.SALES), dry_run=dry_run)
        assert (result.inserted, result.skipped) == (4, 1)
        problem = result.issues[0].problems[0].problem
        assert (result.issues[0].line, problem.code, problem.params) == (
            5,
            "duplicate_entry_in_file",
            {"line": 2},
        )
    assert row_count(db, Sale) == 4


def test_duplicates_are_found_across_batches(db: Database, tmp_path: Path, monkeypatch):
    import services.importing.run as run

    monkeypatch.setattr(run, "BATCH_ROWS", 2)
    book(db)
    rows = "".join(f"A111;01/03/2025;F-{n};1;10\n" for n in range(5))
    info = csv_table(tmp_path, "NIF;Fecha;Factura;Unidades;Importe\n" + rows + rows)
    result = run_import(db.sessions, info, options(info, Kind.SALES))
    assert (result.inserted, result.skipped) == (5, 5)
    assert {issue.problems[0].problem.code for issue in result.issues} == {
        "duplicate_entry_in_file"
    }


def test_payments_and_returns_imported_twice_are_not_doubled(db: Database, tmp_path: Path):
    ids = book(db)
    add_sale(
        db.sessions,
        ids["A111"],
        SaleInput(date(2025, 3, 1), date(2025, 4, 1), "F-1", Decimal(5), Decimal(500)),
    )
    payments = csv_table(
        tmp_path,
        "NIF;Fecha;Importe;Referencia;Factura\n"
        "A111;01/04/2025;100;T-1;F-1\n"
        "A111;02/04/2025;100;;\n"
        "A111;02/04/2025;100;;F-1\n",  # the same day and amount, but paying the invoice
        name="payments.csv",
    )
    returns = csv_table(
        tmp_path,
        "NIF;Fecha;Unidades;Importe;Motivo;Factura\n"
        "A111;05/04/2025;1;100;roto;F-1\n"
        "A111;05/04/2025;1;0;cambio;F-1\n",
        name="returns.csv",
    )
    for _ in range(2):
        run_import(db.sessions, payments, options(payments, Kind.PAYMENTS))
        run_import(db.sessions, returns, options(returns, Kind.RETURNS))
    assert (row_count(db, Payment), row_count(db, Return)) == (3, 2)
    totals = ledger_totals(db.sessions, ids["A111"], TODAY)
    assert totals.outstanding == Decimal(500 - 300 - 100)


def test_a_reimported_export_changes_nothing(db: Database, tmp_path: Path):
    book(db)
    info = csv_table(tmp_path, SALES)
    run_import(db.sessions, info, options(info, Kind.SALES))
    exported = tmp_path / "export.csv"
    export_book(db.sessions, exported, ExportFormat.CSV, sheets=[Sheet.SALES])
    again = inspect_table(exported)
    mapping = suggest_mapping(again.headers, Kind.SALES, MatchBy.ID)
    result = run_import(db.sessions, again, ImportOptions(Kind.SALES, mapping, match_by=MatchBy.ID))
    assert (result.inserted, result.rejected, result.skipped) == (0, 0, 3)


def test_a_payment_pays_the_invoice_its_reference_names(db: Database, tmp_path: Path):
    """A bank statement's payments carry the invoice number as their reference: the newer
    invoice it names is paid, not the oldest one on account."""
    ids = book(db)
    older = add_sale(
        db.sessions,
        ids["A111"],
        SaleInput(date(2025, 1, 1), date(2025, 2, 1), "F-1", Decimal(1), Decimal(100)),
    )
    newer = add_sale(
        db.sessions,
        ids["A111"],
        SaleInput(date(2025, 3, 1), date(2025, 4, 1), "F-2", Decimal(1), Decimal(100)),
    )
    info = csv_table(
        tmp_path,
        "NIF;Fecha;Importe;Referencia\nA111;01/04/2025;100;F-2\nA111;02/04/2025;5;T-77\n",
    )
    result = run_import(db.sessions, info, options(info, Kind.PAYMENTS))
    assert (result.inserted, result.rejected) == (2, 0)
    paid = {p.reference: p.sale_id for p in list_payments(db.sessions, ids["A111"])}
    assert paid == {"F-2": newer, "T-77": None}  # a reference that names no invoice: on account
    with db.sessions() as session:
        settled = dict(session.execute(select(Sale.id, Sale.paid)).all())
    assert Decimal(str(settled[newer])) == Decimal(100)
    assert Decimal(str(settled[older])) == Decimal(0)


def test_alike_rows_without_a_reference_are_each_kept_once(db: Database, tmp_path: Path):
    """Two equal sales of a day without an invoice number may both be real: a file adds
    each, and imported again adds neither; a third one in a longer file is new."""
    book(db)
    two = "NIF;Fecha;Importe\nA111;01/03/2025;10,50\nA111;01/03/2025;10,50\n"
    info = csv_table(tmp_path, two)
    first = run_import(db.sessions, info, options(info, Kind.SALES))
    assert (first.inserted, first.skipped) == (2, 0)
    second = run_import(db.sessions, info, options(info, Kind.SALES))
    assert (second.inserted, second.skipped) == (0, 2)
    longer = csv_table(tmp_path, two + "A111;01/03/2025;10,50\n", name="longer.csv")
    third = run_import(db.sessions, longer, options(longer, Kind.SALES))
    assert (third.inserted, third.skipped) == (1, 2)
    assert row_count(db, Sale) == 3

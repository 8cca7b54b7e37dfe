"""Implausible ledger rows (services/plausibility.py) are imported, and listed as warnings
in the import's summary: a year typed wrong, an extra zero, a return beyond what was bought."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from models import Payment, Return, Sale
from services.clients import ClientInput, save_client
from services.database import Database
from services.importing import (
    ImportOptions,
    Kind,
    MatchBy,
    inspect_table,
    run_import,
    suggest_mapping,
)
from services.ledger import SaleInput, add_sale
from tests.import_files import row_count

TODAY = date(2026, 12, 2)


def imported(db: Database, tmp_path: Path, kind: Kind, text: str, dry_run: bool = False):
    path = tmp_path / f"{kind}.csv"
    path.write_text(text, encoding="utf-8")
    info = inspect_table(path)
    mapping = suggest_mapping(info.headers, kind, MatchBy.TAX_ID)
    options = ImportOptions(kind, mapping, today=TODAY, currency="USD")
    return run_import(db.sessions, info, options, dry_run=dry_run)


def warned(result) -> list[tuple[int, str, str]]:
    return [(w.line, w.problems[0].field, w.problems[0].problem.code) for w in result.warnings]


def client(db: Database) -> int:
    client_id = save_client(db.sessions, ClientInput(name="Alfa", tax_id="A111")).id
    for day in (1, 2):
        add_sale(
            db.sessions,
            client_id,
            SaleInput(date(2025, 3, day), date(2025, 4, day), f"F-{day}", Decimal(1), Decimal(100)),
        )
    return client_id


def test_implausible_sales_are_imported_with_a_warning(db: Database, tmp_path: Path):
    client(db)
    text = (
        "NIF;Fecha;Factura;Importe\n"
        "A111;01/03/2026;F-3;120\n"  # plausible
        "A111;01/03/2207;F-4;120\n"  # 2207 for 2027
        "A111;01/03/1985;F-5;120\n"
        "A111;02/03/2026;F-6;10000,01\n"  # a hundred times the usual 100, and a cent
        "A111;03/03/2026;F-7;10000\n"  # exactly a hundred times: not doubted
    )
    for dry_run in (True, False):
        result = imported(db, tmp_path, Kind.SALES, text, dry_run=dry_run)
        assert (result.inserted, result.rejected) == (5, 0)
        assert warned(result) == [
            (3, "invoice_date", "date_far_future"),
            (4, "invoice_date", "date_before_1990"),
            (5, "amount", "amount_outlier"),
        ]
    params = result.warnings[2].problems[0].problem.params
    assert (params["amount"], params["usual"], params["currency"]) == (
        Decimal("10000.01"),
        Decimal(100),
        "USD",
    )
    assert row_count(db, Sale) == 2 + 5


def test_returns_beyond_what_was_bought_are_warned_as_they_add_up(db: Database, tmp_path):
    client(db)  # bought 200
    text = (
        "NIF;Fecha;Unidades;Importe\n"
        "A111;01/04/2025;1;150\n"
        "A111;02/04/2025;1;50\n"  # 200 returned: all that was bought, not more
        "A111;03/04/2025;1;0,01\n"
    )
    result = imported(db, tmp_path, Kind.RETURNS, text)
    assert result.inserted == 3
    assert warned(result) == [(4, "amount", "return_exceeds_purchases")]
    assert row_count(db, Return) == 3


def test_payments_far_in_the_future_are_warned(db: Database, tmp_path: Path):
    client(db)
    text = "NIF;Fecha;Importe\nA111;01/04/2025;10\nA111;01/04/2205;10\n"
    result = imported(db, tmp_path, Kind.PAYMENTS, text)
    assert result.inserted == 2
    assert warned(result) == [(3, "paid_on", "date_far_future")]
    assert row_count(db, Payment) == 2

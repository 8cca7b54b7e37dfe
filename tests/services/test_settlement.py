"""Each invoice's kept settlement (Sale.paid, Sale.paid_on) always equals its payments,
whatever wrote them: the ledger editor, an import, the demo book."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from models import Payment, Sale
from services import ledger
from services.clients import ClientInput, save_client
from services.database import Database
from services.demo_data import load_demo_data
from services.importing import (
    ImportOptions,
    Kind,
    MatchBy,
    inspect_table,
    run_import,
    suggest_mapping,
)
from services.ledger import PaymentInput, SaleInput
from services.settlement import settle_all

TODAY = date(2026, 11, 23)
D = Decimal


def kept_and_computed(db: Database) -> tuple[dict, dict]:
    """Per invoice: the kept (paid, paid_on), and the same computed from the payments."""
    with db.sessions() as session:
        kept = {
            i: (paid, on)
            for i, paid, on in session.execute(select(Sale.id, Sale.paid, Sale.paid_on))
        }
        computed = {sale_id: (D(0), None) for sale_id in kept}
        rows = session.execute(
            select(Payment.sale_id, func.sum(Payment.amount), func.max(Payment.paid_on))
            .where(Payment.sale_id.is_not(None))
            .group_by(Payment.sale_id)
        )
        computed |= {sale_id: (D(paid).quantize(D("0.01")), on) for sale_id, paid, on in rows}
    return kept, computed


def invoice(db: Database, client_id: int, amount: str, reference: str) -> int:
    data = SaleInput(date(2026, 1, 1), date(2026, 2, 1), reference, D(1), D(amount))
    return ledger.add_sale(db.sessions, client_id, data)


def test_the_ledger_editor_keeps_every_invoices_settlement(db: Database) -> None:
    client = save_client(db.sessions, ClientInput(name="Ferretería Núñez")).id
    first, second = invoice(db, client, "100", "F-1"), invoice(db, client, "50", "F-2")
    a = ledger.add_payment(db.sessions, client, PaymentInput(date(2026, 1, 10), D(60), "", first))
    ledger.add_payment(db.sessions, client, PaymentInput(date(2026, 1, 20), D(40), "", first))
    ledger.add_payment(db.sessions, client, PaymentInput(date(2026, 1, 5), D(7), "", None))
    kept, computed = kept_and_computed(db)
    assert kept[first] == (D(100), date(2026, 1, 20)) == computed[first]
    assert kept[second] == (D(0), None)

    # Moved to the other invoice: both invoices change.
    ledger.update_payment(
        db.sessions, client, a, PaymentInput(date(2026, 1, 12), D(60), "", second)
    )
    kept, computed = kept_and_computed(db)
    assert kept == computed
    assert kept[first] == (D(40), date(2026, 1, 20))
    assert kept[second] == (D(60), date(2026, 1, 12))

    ledger.delete_payment(db.sessions, client, a)
    kept, computed = kept_and_computed(db)
    assert kept == computed
    assert kept[second] == (D(0), None)


def test_an_import_of_payments_keeps_the_settlement_of_the_invoices_it_pays(
    db: Database, tmp_path: Path
) -> None:
    client = save_client(db.sessions, ClientInput(name="Alfa", tax_id="A111")).id
    paid_twice, untouched = invoice(db, client, "500", "F-1"), invoice(db, client, "80", "F-2")
    file = tmp_path / "payments.csv"
    file.write_text(
        "NIF,Payment date,Amount,Invoice\n"
        "A111,2026-02-01,300,F-1\nA111,2026-03-01,200,F-1\nA111,2026-03-02,5,\n",
        encoding="utf-8",
    )
    info = inspect_table(file)
    mapping = suggest_mapping(info.headers, Kind.PAYMENTS)
    result = run_import(
        db.sessions, info, ImportOptions(Kind.PAYMENTS, mapping, match_by=MatchBy.TAX_ID)
    )
    assert result.inserted == 3
    kept, computed = kept_and_computed(db)
    assert kept == computed
    assert kept[paid_twice] == (D(500), date(2026, 3, 1))
    assert kept[untouched] == (D(0), None)


def test_the_demo_book_is_settled_and_settle_all_agrees(db: Database) -> None:
    load_demo_data(db.sessions, TODAY)
    kept, computed = kept_and_computed(db)
    assert any(paid > 0 for paid, _ in kept.values())
    assert kept == computed
    with db.sessions.begin() as session:
        session.execute(Sale.__table__.update().values(paid=0, paid_on=None))
        settle_all(session)
    assert kept_and_computed(db)[0] == kept

"""What a team's server must answer exactly as the owner's file does: money to the cent and
the search that ignores accents and case (the PostgreSQL run repeats these on the server)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from services.client_list import ClientQuery, fetch_rows, search_ids
from services.clients import ClientInput, save_client
from services.ledger import PaymentInput, SaleInput, add_payment, add_sale, ledger_totals

TODAY = date(2026, 6, 30)


def _names(db, text: str) -> list[str]:
    ids = search_ids(db.sessions, ClientQuery(text=text))
    rows = fetch_rows(db.sessions, ids)
    return sorted(rows[i].name for i in ids)


def test_search_ignores_accents_case_and_strokes(db):
    for name in ("Gómez Hermanos", "Łuczak Sp. z o.o.", "GOMEZ-ACOSTA", "Lucas"):
        save_client(db.sessions, ClientInput(name=name))
    assert _names(db, "gomez") == ["GOMEZ-ACOSTA", "Gómez Hermanos"]
    assert _names(db, "GÓMEZ") == ["GOMEZ-ACOSTA", "Gómez Hermanos"]
    assert _names(db, "luczak") == ["Łuczak Sp. z o.o."]
    assert _names(db, "ŁUCZAK") == ["Łuczak Sp. z o.o."]


def test_money_adds_up_to_the_cent(db):
    client = save_client(db.sessions, ClientInput(name="Cents")).id
    due = date(2026, 3, 31)
    for _ in range(10):  # 10 x 0.10 is 1.00 exactly, never 0.9999999999999999
        add_sale(db.sessions, client, SaleInput(date(2026, 1, 1), due, amount=Decimal("0.10")))
    add_sale(db.sessions, client, SaleInput(date(2026, 2, 1), due, amount=Decimal("999999999.99")))
    add_payment(db.sessions, client, PaymentInput(date(2026, 3, 1), Decimal("0.01")))
    totals = ledger_totals(db.sessions, client, TODAY)
    assert totals.revenue_12m == Decimal("1000000000.99")
    assert totals.outstanding == Decimal("1000000000.98")
    assert isinstance(totals.outstanding, Decimal)

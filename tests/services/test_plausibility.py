"""Entries that are allowed but look like typos: each rule's edges, through a real book."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from services import ledger
from services.clients import ClientInput, save_client
from services.plausibility import (
    EARLIEST_PLAUSIBLE,
    amount_doubt,
    date_doubt,
    ledger_entry_doubts,
    return_doubt,
)

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (TODAY, None),
        (TODAY + timedelta(days=366), None),  # a year ahead: a due date can be that far
        (TODAY + timedelta(days=367), "date_far_future"),
        (EARLIEST_PLAUSIBLE, None),
        (EARLIEST_PLAUSIBLE - timedelta(days=1), "date_before_1990"),
    ],
)
def test_dates_far_ahead_or_before_1990_are_doubted(value, code):
    doubt = date_doubt(value, TODAY)
    assert (doubt.code if doubt else None) == code


@pytest.mark.parametrize(
    ("amount", "usual", "doubted"),
    [
        (Decimal("10000"), Decimal("100"), False),  # exactly 100 times
        (Decimal("10000.01"), Decimal("100"), True),
        (Decimal("10000000"), None, False),  # a first invoice has nothing to compare with
        (Decimal("5"), Decimal("0"), False),
    ],
)
def test_amounts_over_a_hundred_times_the_usual_are_doubted(amount, usual, doubted):
    assert (amount_doubt(amount, usual) is not None) == doubted


def test_returns_beyond_what_was_bought_are_doubted():
    assert return_doubt(Decimal("100"), Decimal("100")) is None
    assert return_doubt(Decimal("100.01"), Decimal("100")).code == "return_exceeds_purchases"


@pytest.fixture
def client_id(db):
    return save_client(db.sessions, ClientInput(name="Ferretería Ñandú")).id


def _sale(db, client_id, amount: str, on: date = TODAY) -> int:
    data = ledger.SaleInput(on, on + timedelta(days=30), "F-1", Decimal(1), Decimal(amount))
    return ledger.add_sale(db.sessions, client_id, data)


def _codes(doubts) -> list[str]:
    return [doubt.code for doubt in doubts]


def test_a_sale_a_hundred_times_the_usual_is_doubted_but_not_when_editing_itself(db, client_id):
    _sale(db, client_id, "120")
    big = ledger.SaleInput(TODAY, TODAY, "F-2", Decimal(1), Decimal("120000"))
    assert _codes(ledger_entry_doubts(db.sessions, client_id, big, TODAY)) == ["amount_outlier"]
    only = _sale(db, client_id, "50")
    # Editing: the entry's own stored amount is not its usual.
    edited = ledger.SaleInput(TODAY, TODAY, "F-2", Decimal(1), Decimal("5500"))
    assert ledger_entry_doubts(db.sessions, client_id, edited, TODAY, entry_id=only) == []


def test_a_return_larger_than_all_purchases_is_doubted(db, client_id):
    sale = _sale(db, client_id, "300")
    first = ledger.ReturnInput(TODAY, Decimal(1), Decimal("200"), "roto", sale)
    assert ledger_entry_doubts(db.sessions, client_id, first, TODAY) == []
    ledger.add_return(db.sessions, client_id, first)
    second = ledger.ReturnInput(TODAY, Decimal(1), Decimal("150"), "roto", sale)
    doubts = ledger_entry_doubts(db.sessions, client_id, second, TODAY)
    assert _codes(doubts) == ["return_exceeds_purchases"]
    assert doubts[0].params == {"returned": Decimal("350.00"), "bought": Decimal("300.00")}


def test_a_payment_dated_in_1985_is_doubted(db, client_id):
    payment = ledger.PaymentInput(date(1985, 3, 1), Decimal("10"), "", None)
    assert _codes(ledger_entry_doubts(db.sessions, client_id, payment, TODAY)) == [
        "date_before_1990"
    ]

"""The ladders (services.ladder), case by case: the owner's thresholds and their edges.

First-run thresholds: term 30 days, 30 tolerated (so 60 is still fine), hard limit 160,
returns up to 10 %, far over at 20 %; minimums as each case sets them.
"""

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from services.business_profile import ProfileData
from services.clients import ClientInput, save_client
from services.ladder import (
    BOUNDARIES,
    FINE,
    LET_GO,
    WATCH,
    ledger_steps,
    payment_step,
    returns_step,
    volume_step,
)
from services.ledger import PaymentInput, SaleInput, add_payment, add_sale
from services.metrics import client_metrics
from tests.services.steady_client import steady_client

PROFILE = ProfileData(name="Test")
MINIMUMS = replace(PROFILE, min_units_per_year=Decimal(50), min_revenue_per_year=Decimal(5000))
TODAY = date(2026, 11, 23)


# A LedgerFacts is all the ladders read; the steady client is one.
facts = steady_client


@pytest.mark.parametrize(
    ("case", "changes", "level", "code"),
    [
        ("paid within the term", {"avg_days_to_pay": 28.0}, FINE, None),
        ("exactly term + tolerated delay", {"avg_days_to_pay": 60.0}, FINE, None),
        ("one day past the tolerated delay", {"avg_days_to_pay": 61.0}, BOUNDARIES, "late_payer"),
        ("the reported case: 91 days", {"avg_days_to_pay": 91.0}, BOUNDARIES, "late_payer"),
        ("159 days", {"avg_days_to_pay": 159.4}, BOUNDARIES, "late_payer"),
        ("exactly at the hard limit", {"avg_days_to_pay": 160.0}, LET_GO, "flag_late_payer"),
        ("rounds to the hard limit", {"avg_days_to_pay": 159.6}, LET_GO, "flag_late_payer"),
        ("far past the hard limit", {"avg_days_to_pay": 195.0}, LET_GO, "flag_late_payer"),
        (
            "good average, one invoice unpaid past the limit",
            {"avg_days_to_pay": 35.0, "oldest_unpaid_days": 200},
            LET_GO,
            "flag_unpaid_past_limit",
        ),
        (
            "unpaid exactly at the limit",
            {"oldest_unpaid_days": 160},
            LET_GO,
            "flag_unpaid_past_limit",
        ),
        (
            "unpaid a day short of the limit",
            {"oldest_unpaid_days": 159},
            BOUNDARIES,
            "overdue_past_tolerance",
        ),
        ("unpaid within the tolerated delay", {"oldest_unpaid_days": 60}, FINE, None),
        (
            "one invoice, unpaid past the limit",
            {
                "enough_data": False,
                "invoices_considered": 1,
                "avg_days_to_pay": 200.0,
                "oldest_unpaid_days": 200,
            },
            LET_GO,
            "flag_unpaid_past_limit",
        ),
        (
            "one invoice, paid at 200 days: a fact, not yet a habit",
            {"enough_data": False, "invoices_considered": 1, "avg_days_to_pay": 200.0},
            BOUNDARIES,
            "late_payer",
        ),
        (
            "no invoices, or all not yet due",
            {"invoices_considered": 0, "avg_days_to_pay": None, "enough_data": False},
            FINE,
            None,
        ),
    ],
)
def test_payment_ladder(case, changes, level, code):
    step = payment_step(facts(**changes), PROFILE)
    assert step.level == level, case
    assert (step.reason.code if step.reason else None) == code, case


def test_payment_facts_name_the_figure_and_the_threshold():
    late = payment_step(facts(avg_days_to_pay=91.0), PROFILE).reason
    assert late.params == {"average": 91, "term": 30, "allowed": 60, "limit": 160}
    unpaid = payment_step(facts(oldest_unpaid_days=210), PROFILE).reason
    assert unpaid.params == {"days": 210, "limit": 160}
    both = payment_step(facts(avg_days_to_pay=170.0, oldest_unpaid_days=210), PROFILE).reason
    assert both.params == {"average": 170, "limit": 160, "unpaid": 210}


def test_the_owners_thresholds_move_the_ladder():
    strict = replace(PROFILE, payment_term_days=15, tolerated_delay_days=0, hard_limit_days=90)
    assert payment_step(facts(avg_days_to_pay=20.0), strict).level == BOUNDARIES
    assert payment_step(facts(avg_days_to_pay=90.0), strict).level == LET_GO
    assert payment_step(facts(avg_days_to_pay=20.0), PROFILE).level == FINE


@pytest.mark.parametrize(
    ("case", "rate", "returns", "level"),
    [
        ("nothing sent back", 0.0, 0, FINE),
        ("exactly at the maximum", 0.10, 4, FINE),
        ("just over the maximum", 0.101, 4, BOUNDARIES),
        ("far over, once", 0.50, 1, BOUNDARIES),
        ("just under twice the maximum, repeated", 0.199, 6, BOUNDARIES),
        ("exactly twice the maximum, repeated", 0.20, 2, LET_GO),
        ("a third, every month", 0.33, 12, LET_GO),
    ],
)
def test_returns_ladder(case, rate, returns, level):
    step = returns_step(facts(return_rate_units=rate, returns_12m=returns), PROFILE)
    assert step.level == level, case


def test_returns_by_value_count_for_services_sold_without_units():
    m = facts(return_rate_units=None, return_rate_value=0.3, returns_12m=3)
    assert returns_step(m, PROFILE).level == LET_GO
    assert (
        returns_step(facts(return_rate_units=None, return_rate_value=None), PROFILE).level == FINE
    )


@pytest.mark.parametrize(
    ("case", "changes", "profile", "level"),
    [
        ("no minimum set", {"units_12m": Decimal(1)}, PROFILE, FINE),
        (
            "at the minimums",
            {"units_12m": Decimal(50), "revenue_12m": Decimal(5000)},
            MINIMUMS,
            FINE,
        ),
        ("below, the first year", {"units_12m": Decimal(10)}, MINIMUMS, WATCH),
        (
            "below, a new client who bought nothing before",
            {
                "units_12m": Decimal(10),
                "units_prev_12m": Decimal(0),
                "revenue_prev_12m": Decimal(0),
            },
            MINIMUMS,
            WATCH,
        ),
        (
            "below two years running",
            {
                "units_12m": Decimal(10),
                "units_prev_12m": Decimal(20),
                "revenue_prev_12m": Decimal(800),
            },
            MINIMUMS,
            LET_GO,
        ),
        (
            "below on revenue alone, two years running",
            {"revenue_12m": Decimal(4000), "revenue_prev_12m": Decimal(4999)},
            MINIMUMS,
            LET_GO,
        ),
    ],
)
def test_volume_ladder(case, changes, profile, level):
    assert volume_step(facts(**changes), profile).level == level, case


def test_ledger_steps_lists_only_the_steps_off_fine():
    assert ledger_steps(facts(), PROFILE) == ()
    assert ledger_steps(None, PROFILE) == ()
    steps = ledger_steps(facts(avg_days_to_pay=91.0, return_rate_units=0.5, returns_12m=3), PROFILE)
    assert [s.level for s in steps] == [BOUNDARIES, LET_GO]


# -- the same edges on a real ledger, through the services ----------------------------------


@pytest.fixture
def client(db):
    return save_client(db.sessions, ClientInput(name="Cliente")).id


def _invoice(db, client_id, days_ago, amount="1000.00", term=30) -> int:
    day = TODAY - timedelta(days=days_ago)
    data = SaleInput(day, day + timedelta(days=term), units=Decimal(1), amount=Decimal(amount))
    return add_sale(db.sessions, client_id, data)


def _pay(db, client_id, days_ago, amount, sale_id=None) -> None:
    day = TODAY - timedelta(days=days_ago)
    add_payment(db.sessions, client_id, PaymentInput(day, Decimal(amount), sale_id=sale_id))


def _step(db, client_id):
    return payment_step(client_metrics(db.sessions, client_id, TODAY), PROFILE)


def test_no_invoices_is_fine(db, client):
    assert _step(db, client).level == FINE


def test_invoices_not_yet_due_say_nothing(db, client):
    for days_ago in (1, 5, 10):
        _invoice(db, client, days_ago)
    m = client_metrics(db.sessions, client, TODAY)
    assert (m.avg_days_to_pay, m.oldest_unpaid_days) == (None, None)
    assert payment_step(m, PROFILE).level == FINE


def test_one_invoice_unpaid_past_the_hard_limit_is_a_red_flag(db, client):
    _invoice(db, client, 200)
    m = client_metrics(db.sessions, client, TODAY)
    assert not m.enough_data
    assert m.oldest_unpaid_days == 200
    assert _step(db, client).reason.code == "flag_unpaid_past_limit"


def test_an_old_unpaid_invoice_counts_despite_a_good_average(db, client):
    for days_ago in range(20, 400, 30):
        sale = _invoice(db, client, days_ago)
        _pay(db, client, days_ago - 10, "1000.00", sale)
    _invoice(db, client, 170)  # the one they never paid
    m = client_metrics(db.sessions, client, TODAY)
    assert m.avg_days_to_pay < 30
    assert _step(db, client).level == LET_GO


def test_a_partly_paid_invoice_is_still_unpaid(db, client):
    sale = _invoice(db, client, 170)
    _pay(db, client, 100, "999.00", sale)
    assert client_metrics(db.sessions, client, TODAY).oldest_unpaid_days == 170
    assert _step(db, client).level == LET_GO


def test_payments_on_account_settle_the_oldest_invoices_first(db, client):
    _invoice(db, client, 200, "1000.00")
    _invoice(db, client, 100, "500.00")
    _pay(db, client, 20, "1000.00")  # on account: covers the oldest
    m = client_metrics(db.sessions, client, TODAY)
    assert m.oldest_unpaid_days == 100
    assert payment_step(m, PROFILE).level == BOUNDARIES  # late, no longer past the limit
    _pay(db, client, 10, "500.00")  # and now everything
    assert client_metrics(db.sessions, client, TODAY).oldest_unpaid_days is None


def test_a_payment_on_account_short_of_the_oldest_invoice_leaves_it_unpaid(db, client):
    _invoice(db, client, 200, "1000.00")
    _pay(db, client, 20, "400.00")
    assert client_metrics(db.sessions, client, TODAY).oldest_unpaid_days == 200

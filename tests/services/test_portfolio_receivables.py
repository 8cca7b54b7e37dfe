"""The receivables' SQL (services.receivables) on books where money not linked to an invoice
spills from band to band, and the new red flags at the edges of a day and of the hard limit.
Every answer is worked out by hand in the comments."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from models import Evaluation
from services.clients import ClientInput, save_client
from services.ledger import PaymentInput, ReturnInput, SaleInput, add_payment, add_return, add_sale
from services.metrics import client_metrics
from services.portfolio import portfolio, verdict_clients
from services.portfolio_selection import Selection, selection_ids
from services.receivables import client_receivables
from services.revenue_ranking import is_current, rebuild_stale_ranking

TODAY = date(2026, 6, 30)


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def kept(db) -> bool:
    """Whether the readers use the kept ranking and receivables (else the ledger)."""
    with db.sessions() as session:
        return is_current(session, TODAY)


def client(db, name: str) -> int:
    return save_client(db.sessions, ClientInput(name=name, stage="active")).id


def sale(db, client_id: int, amount: int, *, due_days_ago: int) -> int:
    due = ago(due_days_ago)
    return add_sale(
        db.sessions,
        client_id,
        SaleInput(invoice_date=due - timedelta(days=30), due_date=due, amount=Decimal(amount)),
    )


def pay(db, client_id: int, amount: str, sale_id: int | None = None) -> None:
    paid = PaymentInput(paid_on=ago(5), amount=Decimal(amount), sale_id=sale_id)
    add_payment(db.sessions, client_id, paid)


@pytest.fixture(params=["ledger", "kept"])
def spilling(db, request):
    if request.param == "kept":  # kept from the start, in step through every write
        rebuild_stale_ranking(db.sessions, TODAY)
    ids = {"spill": client(db, "Spill")}
    # Not due 100, 1-30 days 200, 61-159 days 300, 160+ days 400.
    for amount, days in ((100, -10), (200, 10), (300, 100), (400, 200)):
        sale(db, ids["spill"], amount, due_days_ago=days)
    # 500 on account: all of 160+ (400), then 100 of 61-159 (300 -> 200).
    pay(db, ids["spill"], "500")
    # A 250 return: all that is not due (100), nothing left in 160+, then 150 of 61-159
    # (200 -> 50). Left: 1-30 200, 61-159 50.
    add_return(
        db.sessions, ids["spill"], ReturnInput(ago(2), units=Decimal(1), amount=Decimal(250))
    )

    ids["overpaid"] = client(db, "Overpaid")
    # An invoice of 500 paid 600: a credit of 100, off the oldest overdue (1-30: 300 -> 200).
    overpaid = sale(db, ids["overpaid"], 500, due_days_ago=40)
    pay(db, ids["overpaid"], "600.00", overpaid)
    sale(db, ids["overpaid"], 300, due_days_ago=20)

    ids["settled"] = client(db, "Settled on account")
    # 160+ days 100, paid 150 on account: nothing owed, 50 to spare.
    sale(db, ids["settled"], 100, due_days_ago=170)
    pay(db, ids["settled"], "150")

    ids["credit_only"] = client(db, "Credit only")
    # Paid beyond its only invoice: owes nothing, in no band.
    only = sale(db, ids["credit_only"], 100, due_days_ago=70)
    pay(db, ids["credit_only"], "130", only)

    ids["cents"] = client(db, "Cents")
    # 31-60 days: 100.10 less 33.37 paid = 66.73, a sum that floats cannot hold exactly.
    cents = add_sale(
        db.sessions,
        ids["cents"],
        SaleInput(ago(75), ago(45), amount=Decimal("100.10")),
    )
    pay(db, ids["cents"], "33.37", cents)
    assert kept(db) == (request.param == "kept")  # the figures read the kept rows
    return ids


def test_credits_spill_from_band_to_band(db, spilling):
    with db.sessions() as session:
        owed = client_receivables(session, TODAY, kept=kept(db))
    assert owed[spilling["spill"]].bands == [0, 20000, 0, 5000, 0]
    assert owed[spilling["overpaid"]].bands == [0, 20000, 0, 0, 0]
    assert owed[spilling["settled"]].bands == [0, 0, 0, 0, 0]
    assert owed[spilling["cents"]].bands == [0, 0, 6673, 0, 0]
    assert spilling["credit_only"] not in owed


def test_each_clients_bands_agree_with_the_ledger_metrics(db, spilling):
    with db.sessions() as session:
        owed = client_receivables(session, TODAY, kept=kept(db))
    for client_id, receivable in owed.items():
        metrics = client_metrics(db.sessions, client_id, TODAY)
        assert Decimal(receivable.overdue).scaleb(-2) == metrics.overdue_amount


def test_the_bands_count_only_the_clients_that_still_owe_in_them(db, spilling):
    p = portfolio(db.sessions, TODAY)
    bands = {row.key: (row.clients, row.amount) for row in p.receivables}
    assert bands == {
        "not_due": (0, Decimal("0.00")),
        "1_30": (2, Decimal("400.00")),  # Spill 200, Overpaid 200
        "31_60": (1, Decimal("66.73")),  # Cents
        "61_159": (1, Decimal("50.00")),  # Spill
        "160_plus": (0, Decimal("0.00")),
    }
    assert p.overdue == p.outstanding == Decimal("516.73")
    stake = {row.verdict: row.overdue for row in p.at_stake}
    assert stake[""] == Decimal("516.73")  # nobody is evaluated yet

    def ids(key: str) -> set[int]:
        return set(selection_ids(db.sessions, TODAY, Selection("band", key)))

    assert ids("1_30") == {spilling["spill"], spilling["overpaid"]}
    assert ids("61_159") == {spilling["spill"]}
    assert ids("160_plus") == ids("not_due") == set()


def test_some_clients_only(db, spilling):
    with db.sessions() as session:
        owed = client_receivables(
            session, TODAY, [spilling["spill"], spilling["credit_only"]], kept=kept(db)
        )
    assert {c: r.bands for c, r in owed.items()} == {spilling["spill"]: [0, 20000, 0, 5000, 0]}


def test_the_reports_lists_carry_each_clients_overdue_balance(db, spilling):
    figures = portfolio(db.sessions, TODAY)
    lines, _count = verdict_clients(db.sessions, TODAY, figures, 10)[""]
    overdue = {line.name: line.overdue for line in lines}
    assert overdue == {
        "Cents": Decimal("66.73"),
        "Credit only": Decimal("0"),
        "Overpaid": Decimal("200.00"),
        "Settled on account": Decimal("0"),
        "Spill": Decimal("250.00"),
    }


def evaluated_at(db, client_id: int, at: datetime) -> None:
    with db.sessions.begin() as session:
        session.add(
            Evaluation(
                client_id=client_id,
                evaluated_at=at,
                stage="active",
                recommended_verdict="watch",
                chosen_verdict="watch",
            )
        )


def test_new_red_flags_at_the_edges_of_the_hard_limit_and_of_the_day(db):
    late = client(db, "Late")
    on = date(2026, 2, 1)
    # Evaluated at 23:59 UTC on 1 February, then (earlier) on 1 January: the latest counts,
    # and its day is 1 February whatever the database's time zone.
    evaluated_at(db, late, datetime(2026, 1, 1, 9, tzinfo=UTC))
    evaluated_at(db, late, datetime(on.year, on.month, on.day, 23, 59, tzinfo=UTC))

    def invoice(days_before: int, amount: int) -> int:
        invoiced = on - timedelta(days=days_before)
        return add_sale(
            db.sessions,
            late,
            SaleInput(invoiced, invoiced + timedelta(days=30), amount=Decimal(amount)),
        )

    invoice(159, 100)  # 159 days old at the evaluation, 308 today: newly past 160
    invoice(160, 200)  # already 160 days old at the evaluation: not new
    paid_late = invoice(100, 400)  # paid 170 days after its date, after the evaluation
    add_payment(
        db.sessions,
        late,
        PaymentInput(on + timedelta(days=70), Decimal(400), sale_id=paid_late),
    )
    paid_before = invoice(300, 800)  # paid 200 days late, but on the evaluation's day
    add_payment(db.sessions, late, PaymentInput(on, Decimal(800), sale_id=paid_before))

    p = portfolio(db.sessions, TODAY)
    assert p.new_flags == 1
    [line] = p.new_flags_list
    assert (line.name, line.on, line.invoices, line.amount) == (
        "Late",
        on,
        2,  # the one newly past the limit, and the one paid that late after the evaluation
        Decimal("100.00"),
    )
    assert selection_ids(db.sessions, TODAY, Selection("flags")) == {late}


def test_an_invoice_paid_late_in_instalments_after_the_evaluation_is_one_new_flag(db):
    # Found through its payments after the evaluation: two of them, still one invoice.
    slow = client(db, "Slow")
    on = date(2026, 2, 1)
    evaluated_at(db, slow, datetime(on.year, on.month, on.day, 12, tzinfo=UTC))
    invoiced = on - timedelta(days=100)
    sale_id = add_sale(
        db.sessions,
        slow,
        SaleInput(invoiced, invoiced + timedelta(days=30), amount=Decimal(600)),
    )
    for days, amount in ((20, 200), (70, 400)):  # the last 170 days after the invoice
        add_payment(
            db.sessions,
            slow,
            PaymentInput(on + timedelta(days=days), Decimal(amount), sale_id=sale_id),
        )
    # Paid 200 days late, but before the evaluation: not new, though a payment follows it
    # (on account) after the evaluation.
    old = add_sale(
        db.sessions,
        slow,
        SaleInput(on - timedelta(days=250), on - timedelta(days=220), amount=Decimal(50)),
    )
    add_payment(db.sessions, slow, PaymentInput(on - timedelta(days=50), Decimal(50), sale_id=old))
    add_payment(db.sessions, slow, PaymentInput(on + timedelta(days=5), Decimal(10)))

    p = portfolio(db.sessions, TODAY)

    assert p.new_flags == 1
    [line] = p.new_flags_list
    assert (line.name, line.invoices, line.amount) == ("Slow", 1, Decimal("0.00"))
    assert selection_ids(db.sessions, TODAY, Selection("flags")) == {slow}

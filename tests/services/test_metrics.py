"""Ledger metrics on hand-computed ledgers, as of a fixed day."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy.dialects import postgresql, sqlite

from services import ledger, metrics
from services.clients import ClientInput, save_client
from services.errors import NotFoundError
from services.ledger import PaymentInput, ReturnInput, SaleInput
from services.metrics import book_metrics, client_metrics, days_between
from services.progress import Cancelled

TODAY = date(2026, 11, 23)
D = Decimal


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def new_client(db, name="Ferretería Núñez") -> int:
    return save_client(db.sessions, ClientInput(name=name)).id


def sale(db, client_id, amount="1000", *, on, due_in=30, units="1") -> int:
    data = SaleInput(
        invoice_date=on, due_date=on + timedelta(days=due_in), units=D(units), amount=D(amount)
    )
    return ledger.add_sale(db.sessions, client_id, data)


def pay(db, client_id, amount, sale_id=None, *, on) -> int:
    data = PaymentInput(paid_on=on, amount=D(amount), sale_id=sale_id)
    return ledger.add_payment(db.sessions, client_id, data)


def give_back(db, client_id, units, amount, sale_id=None, *, on) -> int:
    data = ReturnInput(returned_on=on, units=D(units), amount=D(amount), sale_id=sale_id)
    return ledger.add_return(db.sessions, client_id, data)


def paid_after(db, client_id, days, amount="1000", *, on) -> int:
    """An invoice paid in full ``days`` after its date."""
    sale_id = sale(db, client_id, amount, on=on)
    pay(db, client_id, amount, sale_id, on=on + timedelta(days=days))
    return sale_id


def of(db, client_id) -> metrics.ClientMetrics:
    return client_metrics(db.sessions, client_id, TODAY)


# -- payment behaviour ------------------------------------------------------------------------


def test_a_client_paying_at_exactly_160_days_averages_160_and_is_always_late(db):
    client = new_client(db)
    for invoiced in (ago(400), ago(300), ago(200)):
        paid_after(db, client, 160, on=invoiced)

    m = of(db, client)

    assert m.invoices_considered == 3
    assert m.avg_days_to_pay == 160.0
    assert m.worst_days_to_pay == 160
    assert m.late_share == 1.0
    assert m.overdue_amount == D("0.00")
    assert m.enough_data


def test_unpaid_overdue_invoices_count_with_their_age_and_invoices_not_yet_due_do_not(db):
    client = new_client(db)
    paid_after(db, client, 20, on=ago(100))  # on time: due after 30 days
    sale(db, client, "450", on=ago(90))  # due 60 days ago, still open: 90 days so far
    sale(db, client, "700", on=ago(10))  # not due yet: says nothing

    m = of(db, client)

    assert m.invoices_considered == 2
    assert m.avg_days_to_pay == 55.0  # (20 + 90) / 2
    assert m.worst_days_to_pay == 90
    assert m.late_share == 0.5
    assert m.overdue_amount == D("450.00")


def test_a_partly_paid_invoice_is_not_settled_until_its_payments_reach_the_amount(db):
    client = new_client(db)
    short = sale(db, client, "1000", on=ago(200))
    pay(db, client, "400", short, on=ago(150))
    pay(db, client, "599.99", short, on=ago(100))  # one cent short: still open, 200 days old
    thirds = sale(db, client, "1000", on=ago(120))
    for paid_on, amount in ((ago(110), "333.33"), (ago(100), "333.33"), (ago(95), "333.34")):
        pay(db, client, amount, thirds, on=paid_on)  # settled by the last one: 25 days

    m = of(db, client)

    assert m.invoices_considered == 2
    assert m.avg_days_to_pay == 112.5  # (200 + 25) / 2
    assert m.worst_days_to_pay == 200
    assert m.late_share == 0.5
    assert m.overdue_amount == D("0.01")


def test_payments_spread_over_several_invoices_settle_each_one_and_on_account_settles_none(db):
    client = new_client(db)
    first = sale(db, client, "500", on=ago(100))
    second = sale(db, client, "300", on=ago(70))
    sale(db, client, "200", on=ago(60))
    pay(db, client, "500", first, on=ago(75))  # 25 days, on time
    pay(db, client, "100", second, on=ago(40))
    pay(db, client, "200", second, on=ago(20))  # 50 days, after its due date
    pay(db, client, "200", on=ago(20))  # on account: the third stays open, 60 days old

    m = of(db, client)

    assert m.invoices_considered == 3
    assert m.avg_days_to_pay == 45.0  # (25 + 50 + 60) / 3
    assert m.worst_days_to_pay == 60
    assert m.late_share == pytest.approx(2 / 3)
    # The payment on account covers the open third invoice, as the ledger totals say.
    assert m.overdue_amount == D("0.00")
    assert m.overdue_amount == ledger.ledger_totals(db.sessions, client, TODAY).overdue


def test_payment_behaviour_only_looks_at_invoices_of_the_last_24_months(db):
    client = new_client(db)
    paid_after(db, client, 300, on=ago(730))  # just outside the window
    paid_after(db, client, 10, on=ago(729))

    m = of(db, client)

    assert m.invoices_considered == 1
    assert m.avg_days_to_pay == 10.0


# -- volume and returns -----------------------------------------------------------------------


def test_revenue_and_units_cover_the_last_365_days_like_the_ledger_totals(db):
    client = new_client(db)
    sale(db, client, "100", units="1", on=ago(365))  # outside
    sale(db, client, "200", units="2", on=ago(364))
    sale(db, client, "400", units="4.5", on=TODAY)

    m = of(db, client)

    assert (m.revenue_12m, m.units_12m) == (D("600.00"), D("6.500"))
    totals = ledger.ledger_totals(db.sessions, client, TODAY)
    assert (m.revenue_12m, m.units_12m) == (totals.revenue_12m, totals.units_12m)


def test_return_rate_by_units_and_value_counts_linked_returns_with_their_invoice(db):
    client = new_client(db)
    recent = sale(db, client, "1000", units="100", on=ago(200))
    old = sale(db, client, "500", units="50", on=ago(400))
    give_back(db, client, "10", "50", recent, on=ago(10))
    give_back(db, client, "8", "80", old, on=ago(100))  # its purchase is older than 12 months
    give_back(db, client, "5", "200", on=ago(30))  # no invoice: counted by its own date
    give_back(db, client, "7", "70", on=ago(365))  # no invoice, just outside

    m = of(db, client)

    assert (m.returned_units_12m, m.returned_value_12m) == (D("15.000"), D("250.00"))
    assert m.return_rate_units == pytest.approx(0.15)
    assert m.return_rate_value == pytest.approx(0.25)


def test_a_return_without_purchases_gives_no_rate_rather_than_an_endless_one(db):
    client = new_client(db)
    give_back(db, client, "3", "30", on=ago(5))

    m = of(db, client)

    assert m.returned_units_12m == D("3.000")
    assert (m.return_rate_units, m.return_rate_value) == (None, None)


# -- trend and recency ------------------------------------------------------------------------


def test_trend_compares_the_last_182_days_with_the_rest_of_the_year(db):
    growing, shrinking, new = new_client(db, "Up"), new_client(db, "Down"), new_client(db, "New")
    sale(db, growing, "1000", on=ago(182))  # the earlier half
    sale(db, growing, "1500", on=ago(181))  # the recent half
    sale(db, shrinking, "1000", on=ago(364))
    sale(db, shrinking, "250", on=ago(3))
    sale(db, new, "800", on=ago(30))

    up, down, fresh = of(db, growing), of(db, shrinking), of(db, new)

    assert (up.revenue_prev_6m, up.revenue_last_6m, up.trend) == (D(1000), D(1500), 0.5)
    assert (down.revenue_prev_6m, down.revenue_last_6m, down.trend) == (D(1000), D(250), -0.75)
    assert (fresh.revenue_prev_6m, fresh.trend) == (D(0), None)


def test_days_since_last_purchase_counts_from_the_newest_invoice(db):
    client, never = new_client(db, "Buyer"), new_client(db, "Never bought")
    sale(db, client, on=ago(500))
    sale(db, client, on=ago(45))

    assert of(db, client).days_since_last_purchase == 45
    assert of(db, never).days_since_last_purchase is None


# -- the whole book ---------------------------------------------------------------------------


def test_abc_classes_split_the_book_at_80_and_95_percent_of_revenue(db):
    revenues = {"Big": "5000", "Second": "3000", "Middle": "1500", "Small": "500"}
    clients = {name: new_client(db, name) for name in [*revenues, "Idle"]}
    for name, amount in revenues.items():
        sale(db, clients[name], amount, on=ago(10))
    sale(db, clients["Idle"], "9999", on=ago(400))  # no revenue in the last 12 months

    book = book_metrics(db.sessions, TODAY)

    classes = {name: book[client].abc_class for name, client in clients.items()}
    # Before "Middle", the clients ranked higher already make exactly 80 %: it is a "B".
    assert classes == {"Big": "A", "Second": "A", "Middle": "B", "Small": "C", "Idle": None}
    shares = {name: book[client].revenue_share for name, client in clients.items()}
    assert shares == {"Big": 0.5, "Second": 0.3, "Middle": 0.15, "Small": 0.05, "Idle": 0.0}
    for client in clients.values():
        assert of(db, client) == book[client]


def test_clients_with_equal_revenue_are_ranked_by_id_in_both_views(db):
    sale(db, new_client(db, "Big"), "700", on=ago(10))
    first, second = new_client(db, "First"), new_client(db, "Second")
    for client in (first, second):
        for amount in ("33.33", "33.33", "33.34"):  # SQLite sums these as floats
            sale(db, client, amount, on=ago(10))

    book = book_metrics(db.sessions, TODAY)

    # Out of 900, 700 come before "First" (under 80 %) and 800 before "Second" (over).
    assert (book[first].abc_class, book[second].abc_class) == ("A", "B")
    assert of(db, first) == book[first] and of(db, second) == book[second]


def test_one_client_and_the_whole_book_agree_for_every_client(db):
    punctual, late, returner, empty = (new_client(db, n) for n in ("P", "L", "R", "E"))
    for invoiced in (ago(300), ago(200), ago(100)):
        paid_after(db, punctual, 15, "1200", on=invoiced)
    for invoiced in (ago(500), ago(250), ago(90)):
        sale(db, late, "700", on=invoiced)
    pay(db, late, "300", on=ago(60))
    bought = sale(db, returner, "400", units="40", on=ago(50))
    give_back(db, returner, "4", "40", bought, on=ago(20))

    book = book_metrics(db.sessions, TODAY)

    assert set(book) == {punctual, late, returner, empty}
    for client in book:
        assert of(db, client) == book[client]
    assert book[late].overdue_amount == ledger.ledger_totals(db.sessions, late, TODAY).overdue


def test_too_little_history_is_marked_and_nothing_unknown_is_made_up(db):
    client, nothing = new_client(db, "Newcomer"), new_client(db, "Nothing yet")
    paid_after(db, client, 10, on=ago(40))
    sale(db, client, on=ago(5))  # not due yet

    m, blank = of(db, client), of(db, nothing)

    assert not m.enough_data
    assert (m.invoices_considered, m.avg_days_to_pay, m.late_share) == (1, 10.0, 0.0)
    assert not blank.enough_data
    assert blank.invoices_considered == 0
    assert (blank.avg_days_to_pay, blank.worst_days_to_pay, blank.late_share) == (None,) * 3
    assert (blank.return_rate_units, blank.return_rate_value, blank.trend) == (None,) * 3
    assert (blank.days_since_last_purchase, blank.abc_class) == (None, None)
    assert blank.revenue_share == 0.0  # the book has revenue; this client none of it


def test_three_invoices_in_24_months_are_enough_to_judge(db):
    client = new_client(db)
    sale(db, client, on=ago(730))  # outside the 24 months
    sale(db, client, on=ago(100))
    sale(db, client, on=ago(50))
    assert not of(db, client).enough_data

    sale(db, client, on=ago(729))

    assert of(db, client).enough_data


def test_an_empty_book_has_no_shares(db):
    client = new_client(db)

    assert of(db, client).revenue_share is None
    assert book_metrics(db.sessions, TODAY)[client].revenue_share is None


def test_metrics_for_a_client_that_does_not_exist_are_refused(db):
    with pytest.raises(NotFoundError):
        client_metrics(db.sessions, 999, TODAY)


# -- progress and cancel ----------------------------------------------------------------------


def test_book_metrics_reports_progress_per_chunk_of_clients(db, monkeypatch):
    monkeypatch.setattr(metrics, "CHUNK_CLIENTS", 2)
    clients = [new_client(db, f"Client {i}") for i in range(5)]
    for client in clients:
        sale(db, client, on=ago(10))
    calls: list[tuple[int, int]] = []

    book = book_metrics(
        db.sessions, TODAY, progress=lambda done, total: not calls.append((done, total))
    )

    assert calls == [(0, 4), (1, 4), (2, 4), (3, 4)]
    assert all(book[client].revenue_12m == D("1000.00") for client in clients)


def test_book_metrics_stops_when_progress_says_cancel(db, monkeypatch):
    monkeypatch.setattr(metrics, "CHUNK_CLIENTS", 2)
    for i in range(5):
        new_client(db, f"Client {i}")
    calls: list[int] = []

    def cancel_on_second_call(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 2

    with pytest.raises(Cancelled):
        book_metrics(db.sessions, TODAY, progress=cancel_on_second_call)
    assert calls == [0, 1]


# -- portability ------------------------------------------------------------------------------


def test_days_between_is_plain_date_subtraction_on_postgresql_and_julianday_on_sqlite():
    expression = days_between(ledger.Sale.due_date, ledger.Sale.invoice_date)

    on_postgresql = str(expression.compile(dialect=postgresql.dialect()))
    on_sqlite = str(expression.compile(dialect=sqlite.dialect()))

    assert on_postgresql == "(CAST(sale.due_date AS DATE) - CAST(sale.invoice_date AS DATE))"
    assert on_sqlite == "CAST(julianday(sale.due_date) - julianday(sale.invoice_date) AS INTEGER)"


def test_an_error_in_a_chunk_reaches_the_caller(db, monkeypatch):
    for n in range(5):
        save_client(db.sessions, ClientInput(name=f"Client {n}"))
    monkeypatch.setattr(metrics, "CHUNK_CLIENTS", 2)
    real = metrics._collect
    calls = []

    def failing_second_chunk(session, params, *, evidence):
        calls.append(params["low"])
        if len(calls) == 2:
            raise RuntimeError("disk gone")
        return real(session, params, evidence=evidence)

    monkeypatch.setattr(metrics, "_collect", failing_second_chunk)
    with pytest.raises(RuntimeError, match="disk gone"):
        book_metrics(db.sessions, TODAY)

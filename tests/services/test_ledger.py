from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from services import ledger
from services.clients import ClientInput, save_client
from services.errors import NotFoundError, ValidationError
from services.ledger import PaymentInput, ReturnInput, SaleInput

TODAY = date(2026, 11, 23)


D = Decimal


@pytest.fixture
def client(db) -> int:
    return save_client(db.sessions, ClientInput(name="Ferretería Núñez")).id


@pytest.fixture
def other_client(db) -> int:
    return save_client(db.sessions, ClientInput(name="Talleres Ibáñez")).id


def sale(db, client_id, amount="1000", *, on=TODAY, due=None, units="1", reference="F-1") -> int:
    data = SaleInput(on, due or on + timedelta(days=30), reference, D(units), D(amount))
    return ledger.add_sale(db.sessions, client_id, data)


def pay(db, client_id, amount, sale_id=None, *, on=TODAY) -> int:
    return ledger.add_payment(db.sessions, client_id, PaymentInput(on, D(amount), "", sale_id))


def give_back(db, client_id, amount, units="1", sale_id=None, *, on=TODAY) -> int:
    data = ReturnInput(on, D(units), D(amount), "Broken in transit", sale_id)
    return ledger.add_return(db.sessions, client_id, data)


def problem_codes(error: pytest.ExceptionInfo[ValidationError]) -> dict[str, list[str]]:
    return {name: [p.code for p in problems] for name, problems in error.value.problems.items()}


def totals(db, client_id) -> ledger.LedgerTotals:
    return ledger.ledger_totals(db.sessions, client_id, TODAY)


# -- validation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "code"),
    [(None, "required"), ("0", "must_be_positive"), ("-5", "must_be_positive")],
)
def test_a_sale_needs_a_positive_amount(db, client, amount, code):
    data = SaleInput(TODAY, TODAY, "F-1", D("1"), None if amount is None else D(amount))
    with pytest.raises(ValidationError) as error:
        ledger.add_sale(db.sessions, client, data)
    assert problem_codes(error) == {"amount": [code]}
    assert ledger.list_sales(db.sessions, client) == []


def test_a_sale_may_have_zero_units_but_not_negative_ones(db, client):
    sale(db, client, units="0")
    with pytest.raises(ValidationError) as error:
        sale(db, client, units="-1")
    assert problem_codes(error) == {"units": ["must_not_be_negative"]}


def test_the_due_date_cannot_be_before_the_invoice_date(db, client):
    with pytest.raises(ValidationError) as error:
        sale(db, client, on=TODAY, due=TODAY - timedelta(days=1))
    assert problem_codes(error) == {"due_date": ["due_before_invoice"]}


def test_a_due_date_on_the_invoice_date_is_fine(db, client):
    sale(db, client, on=TODAY, due=TODAY)
    assert ledger.list_sales(db.sessions, client)[0].due_date == TODAY


def test_missing_dates_are_required(db, client):
    with pytest.raises(ValidationError) as error:
        ledger.add_sale(db.sessions, client, SaleInput(None, None, "", D("0"), D("10")))
    assert problem_codes(error) == {"invoice_date": ["required"], "due_date": ["required"]}


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (datetime(2026, 11, 23, 10, 30), "invalid_date"),
        ("2026-11-23", "invalid_date"),
        (date(1850, 1, 1), "date_out_of_range"),
        (date(3026, 1, 1), "date_out_of_range"),
    ],
)
def test_a_date_must_be_a_plain_plausible_date(db, client, value, code):
    with pytest.raises(ValidationError) as error:
        ledger.add_payment(db.sessions, client, PaymentInput(value, D("10")))
    assert problem_codes(error) == {"paid_on": [code]}


def test_money_has_at_most_two_decimals_and_units_three(db, client):
    with pytest.raises(ValidationError) as error:
        sale(db, client, amount="12.345", units="7.5")
    assert problem_codes(error) == {"amount": ["too_many_decimals"]}
    assert error.value.problems["amount"][0].params == {"places": 2}
    sale(db, client, amount="12.30", units="7.125")
    assert ledger.list_sales(db.sessions, client)[0].units == D("7.125")


@pytest.mark.parametrize(
    ("amount", "code"), [("1000000000000", "too_large"), ("NaN", "not_a_number")]
)
def test_an_amount_must_fit_the_column_and_be_a_number(db, client, amount, code):
    with pytest.raises(ValidationError) as error:
        pay(db, client, amount)
    assert problem_codes(error) == {"amount": [code]}


def test_a_reference_longer_than_its_column_is_refused(db, client):
    with pytest.raises(ValidationError) as error:
        sale(db, client, reference="F" * 61)
    assert problem_codes(error) == {"reference": ["too_long"]}
    assert error.value.problems["reference"][0].params == {"max": 60}


def test_a_payment_needs_a_positive_amount(db, client):
    with pytest.raises(ValidationError) as error:
        pay(db, client, "0")
    assert problem_codes(error) == {"amount": ["must_be_positive"]}


def test_a_return_needs_units_and_may_credit_nothing(db, client):
    """Goods replaced rather than refunded come back with no money credited."""
    give_back(db, client, "0", units="2")
    with pytest.raises(ValidationError) as error:
        give_back(db, client, "10", units="0")
    assert problem_codes(error) == {"units": ["must_be_positive"]}
    with pytest.raises(ValidationError) as error:
        give_back(db, client, "-10", units="1")
    assert problem_codes(error) == {"amount": ["must_not_be_negative"]}
    assert len(ledger.list_returns(db.sessions, client)) == 1


def test_a_payment_cannot_settle_another_clients_invoice(db, client, other_client):
    theirs = sale(db, other_client)
    with pytest.raises(ValidationError) as error:
        pay(db, client, "100", theirs)
    assert problem_codes(error) == {"sale_id": ["invoice_of_another_client"]}
    assert ledger.list_payments(db.sessions, client) == []


def test_a_return_cannot_point_at_another_clients_invoice(db, client, other_client):
    theirs = sale(db, other_client)
    with pytest.raises(ValidationError) as error:
        give_back(db, client, "10", sale_id=theirs)
    assert problem_codes(error) == {"sale_id": ["invoice_of_another_client"]}


def test_every_problem_is_reported_at_once(db, client, other_client):
    theirs = sale(db, other_client)
    with pytest.raises(ValidationError) as error:
        ledger.add_payment(db.sessions, client, PaymentInput(None, D("0"), "", theirs))
    assert problem_codes(error) == {
        "paid_on": ["required"],
        "amount": ["must_be_positive"],
        "sale_id": ["invoice_of_another_client"],
    }


def test_text_is_stored_trimmed_and_composed(db, client):
    sale(db, client, reference="  Fa\u0301c-1 ")
    assert ledger.list_sales(db.sessions, client)[0].reference == "Fác-1"


# -- not found -----------------------------------------------------------------------------


def test_entries_for_a_client_that_does_not_exist_are_refused(db):
    with pytest.raises(NotFoundError):
        ledger.add_sale(db.sessions, 999, SaleInput(TODAY, TODAY, "", D("0"), D("10")))


def test_unknown_entries_cannot_be_changed_or_deleted(db, client):
    with pytest.raises(NotFoundError):
        ledger.update_sale(db.sessions, client, 999, SaleInput(TODAY, TODAY, "", D("0"), D("1")))
    with pytest.raises(NotFoundError):
        ledger.delete_payment(db.sessions, client, 999)
    with pytest.raises(NotFoundError):
        ledger.delete_return(db.sessions, client, 999)


def test_another_clients_entry_cannot_be_reached_through_this_client(db, client, other_client):
    theirs = sale(db, other_client)
    with pytest.raises(NotFoundError):
        ledger.delete_sale(db.sessions, client, theirs)
    assert len(ledger.list_sales(db.sessions, other_client)) == 1


# -- lists, updates and deletes ------------------------------------------------------------


def test_sales_are_listed_newest_first_with_paid_and_open_balance(db, client, other_client):
    older = sale(db, client, "500", on=date(2026, 3, 1), reference="OLD")
    sale(db, client, "800", on=date(2026, 9, 1), reference="NEW")
    sale(db, other_client, "999", on=date(2026, 10, 1), reference="THEIRS")
    pay(db, client, "200", older)
    pay(db, client, "50", older)

    rows = ledger.list_sales(db.sessions, client)
    assert [r.reference for r in rows] == ["NEW", "OLD"]
    assert (rows[1].paid, rows[1].open_balance) == (D("250.00"), D("250.00"))
    assert (rows[0].paid, rows[0].open_balance) == (D("0.00"), D("800.00"))


def test_payments_are_listed_newest_first_with_the_invoice_they_settle(db, client):
    invoice = sale(db, client, reference="F-2026-014")
    pay(db, client, "100", invoice, on=date(2026, 5, 1))
    pay(db, client, "300", on=date(2026, 7, 1))

    rows = ledger.list_payments(db.sessions, client)
    assert [(r.paid_on, r.amount, r.sale_id, r.invoice_reference) for r in rows] == [
        (date(2026, 7, 1), D("300.00"), None, ""),
        (date(2026, 5, 1), D("100.00"), invoice, "F-2026-014"),
    ]


def test_returns_are_listed_newest_first_with_their_invoice(db, client):
    invoice = sale(db, client, reference="F-7")
    give_back(db, client, "10", on=date(2026, 2, 1))
    give_back(db, client, "20", sale_id=invoice, on=date(2026, 6, 1))

    rows = ledger.list_returns(db.sessions, client)
    assert [(r.amount, r.invoice_reference) for r in rows] == [
        (D("20.00"), "F-7"),
        (D("10.00"), ""),
    ]
    assert rows[0].reason == "Broken in transit"


def test_updating_a_sale_changes_what_is_stored(db, client):
    sale_id = sale(db, client, "100")
    data = SaleInput(date(2026, 1, 5), date(2026, 3, 5), "F-9", D("4"), D("1234.56"))
    ledger.update_sale(db.sessions, client, sale_id, data)
    row = ledger.list_sales(db.sessions, client)[0]
    assert (row.invoice_date, row.due_date, row.reference, row.units, row.amount) == (
        date(2026, 1, 5),
        date(2026, 3, 5),
        "F-9",
        D("4"),
        D("1234.56"),
    )


def test_updating_a_payment_can_move_it_to_another_invoice(db, client):
    first, second = sale(db, client, reference="A"), sale(db, client, reference="B")
    payment = pay(db, client, "100", first)
    ledger.update_payment(db.sessions, client, payment, PaymentInput(TODAY, D("150"), "tr", second))
    row = ledger.list_payments(db.sessions, client)[0]
    assert (row.amount, row.invoice_reference, row.reference) == (D("150.00"), "B", "tr")


def test_deleting_an_invoice_keeps_its_payments_and_returns_on_account(db, client):
    invoice = sale(db, client, "1000")
    pay(db, client, "400", invoice)
    give_back(db, client, "50", sale_id=invoice)

    ledger.delete_sale(db.sessions, client, invoice)

    assert ledger.list_sales(db.sessions, client) == []
    assert [p.sale_id for p in ledger.list_payments(db.sessions, client)] == [None]
    assert [r.sale_id for r in ledger.list_returns(db.sessions, client)] == [None]


def test_deleting_a_payment_or_return_removes_only_that_entry(db, client):
    keep, drop = pay(db, client, "10"), pay(db, client, "20")
    ledger.delete_payment(db.sessions, client, drop)
    assert [p.id for p in ledger.list_payments(db.sessions, client)] == [keep]
    kept_return, dropped_return = give_back(db, client, "5"), give_back(db, client, "6")
    ledger.delete_return(db.sessions, client, dropped_return)
    assert [r.id for r in ledger.list_returns(db.sessions, client)] == [kept_return]


# -- open invoices and overpayment ---------------------------------------------------------


def test_open_invoices_are_the_unpaid_ones_oldest_first(db, client):
    paid_up = sale(db, client, "100", on=date(2026, 1, 1), reference="PAID")
    sale(db, client, "300", on=date(2026, 8, 1), reference="RECENT")
    partly = sale(db, client, "500", on=date(2026, 4, 1), reference="PARTLY")
    pay(db, client, "100", paid_up)
    pay(db, client, "200", partly)

    rows = ledger.open_invoices(db.sessions, client)
    assert [(r.reference, r.open_balance) for r in rows] == [
        ("PARTLY", D("300.00")),
        ("RECENT", D("300.00")),
    ]


def test_an_invoice_paid_in_parts_that_add_up_exactly_is_not_open(db, client):
    # 0.1 + 0.7 is 0.7999999999999999 in floating point, which SQLite uses to sum.
    invoice = sale(db, client, "0.80")
    pay(db, client, "0.10", invoice)
    pay(db, client, "0.70", invoice)
    assert ledger.open_invoices(db.sessions, client) == []
    assert totals(db, client).outstanding == D("0.00")


def test_paying_more_than_an_invoices_open_balance_reports_what_it_owes(db, client):
    invoice = sale(db, client, "1000")
    pay(db, client, "700", invoice)
    assert ledger.payment_exceeds_owed(
        db.sessions, client, PaymentInput(TODAY, D("500"), "", invoice)
    ) == D("300.00")
    assert (
        ledger.payment_exceeds_owed(db.sessions, client, PaymentInput(TODAY, D("300"), "", invoice))
        is None
    )


def test_a_payment_on_account_is_compared_with_everything_outstanding(db, client):
    sale(db, client, "1000")
    sale(db, client, "500")
    give_back(db, client, "100")
    pay(db, client, "200")
    on_account = PaymentInput(TODAY, D("1300"), "", None)
    assert ledger.payment_exceeds_owed(db.sessions, client, on_account) == D("1200.00")


def test_editing_a_payment_does_not_count_its_own_amount_as_paid(db, client):
    invoice = sale(db, client, "1000")
    payment = pay(db, client, "1000", invoice)
    same = PaymentInput(TODAY, D("1000"), "", invoice)
    assert ledger.payment_exceeds_owed(db.sessions, client, same, payment) is None
    larger = PaymentInput(TODAY, D("1000.01"), "", invoice)
    assert ledger.payment_exceeds_owed(db.sessions, client, larger, payment) == D("1000.00")
    on_account = PaymentInput(TODAY, D("1000"), "", None)
    assert ledger.payment_exceeds_owed(db.sessions, client, on_account, payment) is None


def test_adding_an_overpayment_is_allowed_the_question_is_the_uis(db, client):
    invoice = sale(db, client, "100")
    pay(db, client, "250", invoice)
    row = ledger.list_sales(db.sessions, client)[0]
    assert (row.paid, row.open_balance) == (D("250.00"), D("0.00"))


# -- totals --------------------------------------------------------------------------------


def test_an_empty_ledger_has_zero_totals(db, client):
    assert totals(db, client) == ledger.LedgerTotals(D("0"), D("0"), D("0"), D("0"), 0)


def test_revenue_and_units_count_only_the_last_365_days(db, client):
    sale(db, client, "100", units="1", on=TODAY - timedelta(days=365))  # a year ago: out
    sale(db, client, "200", units="2", on=TODAY - timedelta(days=364))
    sale(db, client, "400", units="4.5", on=TODAY)
    result = totals(db, client)
    assert (result.revenue_12m, result.units_12m) == (D("600.00"), D("6.5"))


def test_outstanding_is_invoiced_less_paid_less_returned(db, client):
    invoice = sale(db, client, "1000")
    sale(db, client, "500")
    pay(db, client, "300", invoice)
    pay(db, client, "100")
    give_back(db, client, "50")
    assert totals(db, client).outstanding == D("1050.00")


def test_outstanding_never_goes_below_zero(db, client):
    sale(db, client, "100")
    pay(db, client, "150")
    assert totals(db, client).outstanding == D("0.00")


def test_overdue_is_the_open_balance_of_invoices_past_due(db, client):
    late = sale(db, client, "1000", on=date(2026, 9, 1), due=date(2026, 10, 1))
    sale(db, client, "700", on=date(2026, 10, 24), due=TODAY)  # due today: not late yet
    sale(db, client, "300", on=date(2026, 11, 20), due=date(2026, 12, 20))
    pay(db, client, "400", late)
    result = totals(db, client)
    assert (result.overdue, result.overdue_invoices) == (D("600.00"), 1)
    assert result.outstanding == D("1600.00")


def test_a_late_invoice_paid_in_full_is_not_overdue(db, client):
    late = sale(db, client, "1000", on=date(2026, 9, 1), due=date(2026, 10, 1))
    pay(db, client, "1000", late)
    result = totals(db, client)
    assert (result.overdue, result.overdue_invoices) == (D("0.00"), 0)


def test_payments_on_account_reduce_what_is_overdue(db, client):
    sale(db, client, "1000", on=date(2026, 8, 1), due=date(2026, 9, 1))
    sale(db, client, "500", on=date(2026, 9, 1), due=date(2026, 10, 1))
    pay(db, client, "600")
    result = totals(db, client)
    assert (result.overdue, result.overdue_invoices) == (D("900.00"), 2)


def test_payments_on_account_covering_everything_late_leave_nothing_overdue(db, client):
    sale(db, client, "1000", on=date(2026, 8, 1), due=date(2026, 9, 1))
    sale(db, client, "800", on=TODAY, due=TODAY + timedelta(days=30))
    pay(db, client, "1200")
    result = totals(db, client)
    assert (result.overdue, result.overdue_invoices) == (D("0.00"), 0)
    assert result.outstanding == D("600.00")


def test_returns_lower_outstanding_and_overdue_cannot_exceed_it(db, client):
    sale(db, client, "1000", on=date(2026, 8, 1), due=date(2026, 9, 1))
    give_back(db, client, "400", units="4")
    result = totals(db, client)
    assert (result.outstanding, result.overdue) == (D("600.00"), D("600.00"))


def test_overpaying_one_invoice_does_not_hide_another_that_is_late(db, client):
    late = sale(db, client, "1000", on=date(2026, 8, 1), due=date(2026, 9, 1))
    early = sale(db, client, "500", on=TODAY, due=TODAY + timedelta(days=30))
    pay(db, client, "200", late)
    pay(db, client, "600", early)
    result = totals(db, client)
    assert (result.overdue, result.overdue_invoices) == (D("700.00"), 1)
    assert result.outstanding == D("700.00")


def test_totals_ignore_other_clients(db, client, other_client):
    sale(db, other_client, "5000", on=date(2026, 8, 1), due=date(2026, 9, 1))
    pay(db, other_client, "10")
    sale(db, client, "100", on=TODAY)
    result = totals(db, client)
    assert (result.revenue_12m, result.outstanding, result.overdue) == (
        D("100.00"),
        D("100.00"),
        D("0.00"),
    )

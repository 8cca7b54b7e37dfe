from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from models import Payment, Return, Sale
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


def test_a_sale_too_large_for_its_columns_is_refused(db, client):
    with pytest.raises(ValidationError) as error:
        sale(db, client, amount="1000000000000.00", units="100000000000")
    assert problem_codes(error) == {"amount": ["too_large"], "units": ["too_large"]}
    sale(db, client, amount="999999999999.99")  # the largest amount that fits
    assert ledger.list_sales(db.sessions, client)[0].amount == D("999999999999.99")


def test_a_return_too_large_for_its_columns_is_refused(db, client):
    with pytest.raises(ValidationError) as error:
        give_back(db, client, "1000000000000", units="100000000000")
    assert problem_codes(error) == {"amount": ["too_large"], "units": ["too_large"]}
    assert ledger.list_returns(db.sessions, client) == []


def test_payments_and_returns_need_their_date(db, client):
    with pytest.raises(ValidationError) as error:
        ledger.add_payment(db.sessions, client, PaymentInput(None, D("10")))
    assert problem_codes(error) == {"paid_on": ["required"]}
    with pytest.raises(ValidationError) as error:
        ledger.add_return(db.sessions, client, ReturnInput(None, None, None))
    assert problem_codes(error) == {
        "returned_on": ["required"],
        "units": ["required"],
        "amount": ["required"],
    }


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
    assert ledger.list_returns(db.sessions, client) == []
    assert ledger.list_returns(db.sessions, other_client) == []


def test_a_payment_cannot_be_moved_onto_another_clients_invoice(db, client, other_client):
    mine, theirs = sale(db, client, "100"), sale(db, other_client, "100")
    payment = pay(db, client, "100", mine)
    with pytest.raises(ValidationError) as error:
        ledger.update_payment(
            db.sessions, client, payment, PaymentInput(TODAY, D("100"), "", theirs)
        )
    assert problem_codes(error) == {"sale_id": ["invoice_of_another_client"]}
    assert [p.sale_id for p in ledger.list_payments(db.sessions, client)] == [mine]
    assert ledger.list_sales(db.sessions, other_client)[0].paid == D("0.00")


def test_a_return_cannot_be_moved_onto_another_clients_invoice(db, client, other_client):
    theirs = sale(db, other_client)
    entry = give_back(db, client, "10")
    with pytest.raises(ValidationError) as error:
        ledger.update_return(
            db.sessions, client, entry, ReturnInput(TODAY, D("1"), D("10"), "", theirs)
        )
    assert problem_codes(error) == {"sale_id": ["invoice_of_another_client"]}
    assert ledger.list_returns(db.sessions, client)[0].sale_id is None


def test_an_invoice_that_does_not_exist_is_not_the_clients_either(db, client):
    with pytest.raises(ValidationError) as error:
        pay(db, client, "10", 999)
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


def test_payment_references_and_return_reasons_are_stored_trimmed_and_composed(db, client):
    ledger.add_payment(
        db.sessions, client, PaymentInput(TODAY, D("10"), " Transferencia Ban\u0303o  ")
    )
    ledger.add_return(
        db.sessions, client, ReturnInput(TODAY, D("1"), D("0"), "\tTalla pequen\u0303a \n")
    )
    assert ledger.list_payments(db.sessions, client)[0].reference == "Transferencia Baño"
    assert ledger.list_returns(db.sessions, client)[0].reason == "Talla pequeña"


def test_an_updated_reference_is_normalised_too(db, client):
    sale_id = sale(db, client)
    ledger.update_sale(
        db.sessions, client, sale_id, SaleInput(TODAY, TODAY, " Nu\u0301m-2 ", D(1), D(5))
    )
    assert ledger.list_sales(db.sessions, client)[0].reference == "Núm-2"


# -- not found -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "add",
    [
        lambda db: ledger.add_sale(db.sessions, 999, SaleInput(TODAY, TODAY, "", D("0"), D("10"))),
        lambda db: ledger.add_payment(db.sessions, 999, PaymentInput(TODAY, D("10"))),
        lambda db: ledger.add_return(db.sessions, 999, ReturnInput(TODAY, D("1"))),
    ],
    ids=["sale", "payment", "return"],
)
def test_entries_for_a_client_that_does_not_exist_are_refused(db, add):
    with pytest.raises(NotFoundError):
        add(db)
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Sale)) == 0
        assert session.scalar(select(func.count()).select_from(Payment)) == 0
        assert session.scalar(select(func.count()).select_from(Return)) == 0


@pytest.mark.parametrize(
    "change",
    [
        lambda db, c: ledger.update_sale(
            db.sessions, c, 999, SaleInput(TODAY, TODAY, "", D("0"), D("1"))
        ),
        lambda db, c: ledger.delete_sale(db.sessions, c, 999),
        lambda db, c: ledger.update_payment(db.sessions, c, 999, PaymentInput(TODAY, D("1"))),
        lambda db, c: ledger.delete_payment(db.sessions, c, 999),
        lambda db, c: ledger.update_return(db.sessions, c, 999, ReturnInput(TODAY, D("1"))),
        lambda db, c: ledger.delete_return(db.sessions, c, 999),
    ],
    ids=[
        "update sale",
        "delete sale",
        "update payment",
        "delete payment",
        "update return",
        "delete return",
    ],
)
def test_unknown_entries_cannot_be_changed_or_deleted(db, client, change):
    with pytest.raises(NotFoundError):
        change(db, client)


def test_another_clients_entry_cannot_be_reached_through_this_client(db, client, other_client):
    theirs = sale(db, other_client)
    with pytest.raises(NotFoundError):
        ledger.delete_sale(db.sessions, client, theirs)
    assert len(ledger.list_sales(db.sessions, other_client)) == 1
    payment, entry = pay(db, other_client, "10"), give_back(db, other_client, "5")
    with pytest.raises(NotFoundError):
        ledger.update_payment(db.sessions, client, payment, PaymentInput(TODAY, D("99")))
    with pytest.raises(NotFoundError):
        ledger.delete_return(db.sessions, client, entry)
    assert ledger.list_payments(db.sessions, other_client)[0].amount == D("10.00")
    assert len(ledger.list_returns(db.sessions, other_client)) == 1


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


def test_updating_a_return_changes_what_is_stored(db, client):
    invoice = sale(db, client, reference="F-3")
    entry = give_back(db, client, "10")
    data = ReturnInput(date(2026, 10, 2), D("2.5"), D("25.50"), "Wrong colour", invoice)
    ledger.update_return(db.sessions, client, entry, data)
    row = ledger.list_returns(db.sessions, client)[0]
    assert (row.returned_on, row.units, row.amount, row.reason, row.invoice_reference) == (
        date(2026, 10, 2),
        D("2.5"),
        D("25.50"),
        "Wrong colour",
        "F-3",
    )


def test_a_payment_can_be_moved_back_on_account(db, client):
    invoice = sale(db, client, "100")
    payment = pay(db, client, "100", invoice)
    ledger.update_payment(db.sessions, client, payment, PaymentInput(TODAY, D("100")))
    assert ledger.list_payments(db.sessions, client)[0].sale_id is None
    assert ledger.list_sales(db.sessions, client)[0].open_balance == D("100.00")


def test_deleting_an_invoice_keeps_its_payments_and_returns_on_account(db, client):
    invoice = sale(db, client, "1000")
    pay(db, client, "400", invoice)
    give_back(db, client, "50", sale_id=invoice)

    ledger.delete_sale(db.sessions, client, invoice)

    assert ledger.list_sales(db.sessions, client) == []
    assert [p.sale_id for p in ledger.list_payments(db.sessions, client)] == [None]
    assert [r.sale_id for r in ledger.list_returns(db.sessions, client)] == [None]
    # The money received stays counted: with no invoice left, nothing is outstanding.
    assert totals(db, client).outstanding == D("0.00")


def test_payments_freed_by_a_deleted_invoice_then_cover_other_late_invoices(db, client):
    late = sale(db, client, "500", on=date(2026, 8, 1), due=date(2026, 9, 1), reference="LATE")
    gone = sale(db, client, "300", reference="GONE")
    pay(db, client, "300", gone)
    assert totals(db, client).overdue == D("500.00")

    ledger.delete_sale(db.sessions, client, gone)

    result = totals(db, client)
    assert (result.outstanding, result.overdue) == (D("200.00"), D("200.00"))
    assert [r.id for r in ledger.open_invoices(db.sessions, client)] == [late]


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


def test_open_invoices_leave_out_overpaid_ones_and_other_clients(db, client, other_client):
    overpaid = sale(db, client, "100", on=date(2026, 1, 1))
    pay(db, client, "150", overpaid)
    sale(db, other_client, "900", on=date(2026, 2, 1))
    assert ledger.open_invoices(db.sessions, client) == []


def test_open_invoices_on_the_same_day_keep_the_order_they_were_entered(db, client):
    first = sale(db, client, "10", on=date(2026, 6, 1), reference="B")
    second = sale(db, client, "10", on=date(2026, 6, 1), reference="A")
    assert [r.id for r in ledger.open_invoices(db.sessions, client)] == [first, second]


def test_each_partial_payment_lowers_the_open_balance(db, client):
    invoice = sale(db, client, "1000.00")
    for amount, left in (("250.00", "750.00"), ("0.01", "749.99"), ("749.98", "0.01")):
        pay(db, client, amount, invoice)
        [row] = ledger.open_invoices(db.sessions, client)
        assert row.open_balance == D(left)
    pay(db, client, "0.01", invoice)
    assert ledger.open_invoices(db.sessions, client) == []


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


def test_paying_exactly_what_is_owed_is_not_too_much(db, client):
    invoice = sale(db, client, "1000")
    pay(db, client, "400", invoice)
    exact = PaymentInput(TODAY, D("600.00"), "", invoice)
    assert ledger.payment_exceeds_owed(db.sessions, client, exact) is None
    assert ledger.payment_exceeds_owed(db.sessions, client, replace(exact, sale_id=None)) is None


def test_any_payment_on_account_is_too_much_when_nothing_is_owed(db, client):
    on_account = PaymentInput(TODAY, D("0.01"))
    assert ledger.payment_exceeds_owed(db.sessions, client, on_account) == D("0.00")


def test_editing_a_payment_on_account_leaves_its_own_amount_out(db, client):
    sale(db, client, "1000")
    payment = pay(db, client, "600")
    edited = PaymentInput(TODAY, D("900"))
    assert ledger.payment_exceeds_owed(db.sessions, client, edited, payment) is None
    too_much = PaymentInput(TODAY, D("1000.01"))
    assert ledger.payment_exceeds_owed(db.sessions, client, too_much, payment) == D("1000.00")
    # Without saying it is an edit, the stored 600 counts as paid already.
    assert ledger.payment_exceeds_owed(db.sessions, client, edited) == D("400.00")


def test_another_clients_invoice_is_left_for_saving_to_refuse(db, client, other_client):
    theirs = sale(db, other_client, "10")
    data = PaymentInput(TODAY, D("5000"), "", theirs)
    assert ledger.payment_exceeds_owed(db.sessions, client, data) is None


def test_an_amount_that_is_not_a_number_is_left_for_validation(db, client):
    for amount in (None, D("NaN")):
        data = PaymentInput(TODAY, amount)
        assert ledger.payment_exceeds_owed(db.sessions, client, data) is None


def test_adding_an_overpayment_is_allowed_the_question_is_the_uis(db, client):
    invoice = sale(db, client, "100")
    pay(db, client, "250", invoice)
    row = ledger.list_sales(db.sessions, client)[0]
    assert (row.paid, row.open_balance) == (D("250.00"), D("0.00"))


# -- totals --------------------------------------------------------------------------------


def test_an_empty_ledger_has_zero_totals(db, client):
    result = totals(db, client)
    assert result == ledger.LedgerTotals(D("0"), D("0"), D("0"), D("0"), 0)
    money = (result.revenue_12m, result.outstanding, result.overdue)
    assert [str(value) for value in money] == ["0.00", "0.00", "0.00"]


@pytest.mark.parametrize(
    ("days_old", "counted"), [(366, False), (365, False), (364, True), (0, True)]
)
def test_revenue_and_units_count_only_the_last_twelve_months(db, client, days_old, counted):
    sale(db, client, "100", units="3", on=TODAY - timedelta(days=days_old))
    result = totals(db, client)
    expected = (D("100.00"), D("3")) if counted else (D("0.00"), D("0"))
    assert (result.revenue_12m, result.units_12m) == expected
    assert result.outstanding == D("100.00")  # old or new, it is still owed


def test_revenue_and_units_add_up_the_recent_invoices(db, client):
    sale(db, client, "100", units="1", on=TODAY - timedelta(days=366))
    sale(db, client, "200", units="2", on=TODAY - timedelta(days=364))
    sale(db, client, "400", units="4.5", on=TODAY)
    result = totals(db, client)
    assert (result.revenue_12m, result.units_12m) == (D("600.00"), D("6.5"))


def test_money_totals_are_exact_decimals(db, client):
    # SQLite sums in floating point, where 0.10 + 0.20 is 0.30000000000000004.
    late = sale(db, client, "0.10", units="0.1", on=date(2026, 9, 1), due=date(2026, 10, 1))
    sale(db, client, "0.20", units="0.2", on=date(2026, 9, 2), due=date(2026, 10, 2))
    pay(db, client, "0.05", late)
    result = totals(db, client)
    assert all(isinstance(value, Decimal) for value in (result.revenue_12m, result.units_12m))
    assert [str(v) for v in (result.revenue_12m, result.outstanding, result.overdue)] == [
        "0.30",
        "0.25",
        "0.25",
    ]
    assert result.units_12m == D("0.3")
    assert ledger.list_sales(db.sessions, client)[1].open_balance == D("0.05")


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
    give_back(db, client, "0.01")
    sale(db, client, "20")
    assert totals(db, client).outstanding == D("0.00")


def test_returns_credited_beyond_what_was_invoiced_leave_nothing_outstanding(db, client):
    sale(db, client, "100", on=date(2026, 8, 1), due=date(2026, 9, 1))
    give_back(db, client, "250", units="5")
    result = totals(db, client)
    assert (result.outstanding, result.overdue, result.overdue_invoices) == (
        D("0.00"),
        D("0.00"),
        0,
    )


def test_overdue_is_the_open_balance_of_invoices_past_due(db, client):
    late = sale(db, client, "1000", on=date(2026, 9, 1), due=date(2026, 10, 1))
    sale(db, client, "700", on=date(2026, 10, 24), due=TODAY)  # due today: not late yet
    sale(db, client, "300", on=date(2026, 11, 20), due=date(2026, 12, 20))
    pay(db, client, "400", late)
    result = totals(db, client)
    assert (result.overdue, result.overdue_invoices) == (D("600.00"), 1)
    assert result.outstanding == D("1600.00")


def test_overdue_counts_every_late_invoice_with_something_open(db, client):
    first = sale(db, client, "1000", on=date(2026, 6, 1), due=date(2026, 7, 1))
    second = sale(db, client, "800", on=date(2026, 7, 1), due=date(2026, 8, 1))
    settled = sale(db, client, "300", on=date(2026, 8, 1), due=date(2026, 9, 1))
    sale(db, client, "5000", on=TODAY, due=TODAY + timedelta(days=30))  # not due yet
    pay(db, client, "999.99", first)
    pay(db, client, "500", second)
    pay(db, client, "300", settled)
    result = totals(db, client)
    assert (result.overdue, result.overdue_invoices) == (D("300.01"), 2)
    assert result.outstanding == D("5300.01")


def test_invoices_not_yet_due_are_never_overdue(db, client):
    sale(db, client, "1000", on=date(2026, 11, 1), due=date(2026, 12, 1))
    sale(db, client, "200", on=TODAY, due=TODAY)
    result = totals(db, client)
    assert (result.overdue, result.overdue_invoices, result.outstanding) == (
        D("0.00"),
        0,
        D("1200.00"),
    )


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

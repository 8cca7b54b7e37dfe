from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from services import ledger
from services.clients import ClientInput, save_client
from ui.field_message import FieldMessage
from ui.formatting import format_money
from ui.ledger_dialogs import LedgerEntryDialog, PaymentDialog, ReturnDialog, SaleDialog
from ui.ledger_widget import WARNING_COLOR, LedgerWidget

TODAY = date.today()


@pytest.fixture
def client_id(db) -> int:
    return save_client(db.sessions, ClientInput(name="Talleres Ibáñez")).id


def _widget(shown, db, client_id) -> LedgerWidget:
    widget = LedgerWidget(db.sessions, client_id, currency="EUR", payment_term_days=30)
    shown(widget)
    return widget


def _sale(db, client_id, amount="1000", days_ago=60, reference="F-1") -> int:
    invoice = TODAY - timedelta(days=days_ago)
    data = ledger.SaleInput(
        invoice_date=invoice,
        due_date=invoice + timedelta(days=30),
        reference=reference,
        units=Decimal(1),
        amount=Decimal(amount),
    )
    return ledger.add_sale(db.sessions, client_id, data)


def _pay(db, client_id, amount, sale_id=None) -> int:
    data = ledger.PaymentInput(paid_on=TODAY, amount=Decimal(amount), sale_id=sale_id)
    return ledger.add_payment(db.sessions, client_id, data)


def _click_save(qtbot, dialog: LedgerEntryDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _type_and_save(qtbot, keyboard, **fields):
    """Stands in for dialog.exec: types into the named fields and clicks Save, as a person would.

    The dialog it ran is kept in ``.dialog`` for the test to look at afterwards.
    """

    def run(dialog: LedgerEntryDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        for name, text in fields.items():
            edit = getattr(dialog, name)
            edit.clear()
            keyboard.type(edit, text)
        _click_save(qtbot, dialog)
        run.dialog = dialog
        return dialog.result()

    return run


def _message(dialog, name: str) -> FieldMessage:
    return dialog.findChild(FieldMessage, f"{name}_message")


def _shown_column(tab, column: int) -> list[str]:
    model = tab.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


# -- adding, editing, deleting through the widget ------------------------------------------


def test_adding_a_sale_through_the_dialog_shows_it_and_updates_the_totals(
    qtbot, shown, keyboard, db, client_id, monkeypatch
):
    widget = _widget(shown, db, client_id)
    typed = _type_and_save(qtbot, keyboard, reference="F-001", units="12", amount="1500.50")
    monkeypatch.setattr(SaleDialog, "exec", typed)
    with qtbot.waitSignal(widget.changed):
        qtbot.mouseClick(widget.sales.add_button, Qt.MouseButton.LeftButton)

    assert typed.dialog.result() == QDialog.DialogCode.Accepted
    assert _shown_column(widget.sales, 1) == ["F-001"]
    assert widget.sales.selected().reference == "F-001"
    assert widget.revenue.value.text() == format_money(Decimal("1500.50"))
    assert widget.outstanding.value.text() == format_money(Decimal("1500.50"))
    stored = ledger.list_sales(db.sessions, client_id)
    assert (stored[0].amount, stored[0].units) == (Decimal("1500.50"), Decimal(12))


def test_an_amount_that_is_not_a_number_shows_a_message_and_saves_nothing(
    qtbot, shown, keyboard, db, client_id, monkeypatch
):
    widget = _widget(shown, db, client_id)
    typed = _type_and_save(qtbot, keyboard, reference="F-002", amount="twelve")
    monkeypatch.setattr(SaleDialog, "exec", typed)
    widget.add_sale()

    assert typed.dialog.isVisible()  # still open for a correction
    assert _message(typed.dialog, "amount").isVisible()
    assert "Enter a number" in _message(typed.dialog, "amount").text()
    assert ledger.list_sales(db.sessions, client_id) == []
    assert widget.sales.model.rowCount() == 0


def test_a_zero_amount_is_refused_next_to_the_field(qtbot, keyboard, db, client_id):
    dialog = SaleDialog(db.sessions, client_id)
    _type_and_save(qtbot, keyboard, amount="0")(dialog)
    assert _message(dialog, "amount").text() == "Enter an amount greater than zero."
    assert ledger.list_sales(db.sessions, client_id) == []


def test_a_due_date_before_the_invoice_date_is_refused_next_to_the_field(
    qtbot, keyboard, db, client_id
):
    dialog = SaleDialog(db.sessions, client_id)
    dialog.invoice_date.setDate(QDate(2026, 11, 20))
    dialog.due_date.setDate(QDate(2026, 11, 1))
    _type_and_save(qtbot, keyboard, amount="100")(dialog)
    assert "cannot be before the invoice date" in _message(dialog, "due_date").text()
    assert ledger.list_sales(db.sessions, client_id) == []


def test_deleting_asks_naming_the_invoice_and_no_keeps_it(qtbot, shown, db, client_id, monkeypatch):
    _sale(db, client_id, "1200", reference="F-2026-014")
    widget = _widget(shown, db, client_id)
    asked = []
    monkeypatch.setattr(widget, "confirm", lambda question: asked.append(question) or False)
    widget.sales.table.setFocus()
    qtbot.keyClick(widget.sales.table, Qt.Key.Key_Delete)

    assert "Delete invoice F-2026-014" in asked[0]
    assert format_money(Decimal(1200)) in asked[0]
    assert widget.sales.model.rowCount() == 1
    assert len(ledger.list_sales(db.sessions, client_id)) == 1


def test_deleting_confirmed_removes_the_row_and_announces_the_change(
    qtbot, shown, db, client_id, monkeypatch
):
    _sale(db, client_id)
    widget = _widget(shown, db, client_id)
    monkeypatch.setattr(widget, "confirm", lambda question: True)
    with qtbot.waitSignal(widget.changed):
        qtbot.mouseClick(widget.sales.delete_button, Qt.MouseButton.LeftButton)
    assert widget.sales.model.rowCount() == 0
    assert ledger.list_sales(db.sessions, client_id) == []


def test_deleting_an_invoice_with_payments_says_they_stay(qtbot, shown, db, client_id, monkeypatch):
    _pay(db, client_id, "300", _sale(db, client_id))
    widget = _widget(shown, db, client_id)
    asked = []
    monkeypatch.setattr(widget, "confirm", lambda question: asked.append(question) or False)
    widget.delete_sale()
    assert "stay recorded as paid on account" in asked[0]


def test_an_entry_deleted_elsewhere_is_reported_and_the_list_catches_up(
    qtbot, shown, db, client_id, monkeypatch
):
    sale_id = _sale(db, client_id)
    widget = _widget(shown, db, client_id)
    ledger.delete_sale(db.sessions, client_id, sale_id)  # another window got there first
    errors = []
    monkeypatch.setattr(widget, "confirm", lambda question: True)
    monkeypatch.setattr(widget, "show_error", errors.append)
    widget.delete_sale()
    assert "no longer exists" in errors[0]
    assert widget.sales.model.rowCount() == 0


def test_enter_on_a_row_edits_that_entry(qtbot, shown, keyboard, db, client_id, monkeypatch):
    _sale(db, client_id, "100", reference="OLD", days_ago=90)
    _sale(db, client_id, "200", reference="NEW", days_ago=5)
    widget = _widget(shown, db, client_id)
    monkeypatch.setattr(SaleDialog, "exec", _type_and_save(qtbot, keyboard, amount="250"))
    widget.sales.table.setFocus()
    widget.sales.table.selectRow(1)
    qtbot.keyClick(widget.sales.table, Qt.Key.Key_Return)

    amounts = {r.reference: r.amount for r in ledger.list_sales(db.sessions, client_id)}
    assert amounts == {"OLD": Decimal("250.00"), "NEW": Decimal("200.00")}
    assert widget.sales.selected().reference == "OLD"


def test_double_clicking_a_payment_opens_it_for_editing(qtbot, shown, db, client_id, monkeypatch):
    _pay(db, client_id, "75")
    widget = _widget(shown, db, client_id)
    widget.tabs.setCurrentWidget(widget.payments)
    opened = []
    monkeypatch.setattr(PaymentDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    table = widget.payments.table
    cell = table.visualRect(table.model().index(0, 0)).center()
    # QTest's double click lacks the press before it that a real one has.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert opened[0].windowTitle() == "Edit payment"
    assert opened[0].amount.text() == "75"


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_Insert, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
    ],
    ids=["Insert", "Ctrl+Shift+N"],
)
def test_the_add_keys_add_in_the_current_tab(
    qtbot, shown, db, client_id, monkeypatch, key, modifiers
):
    widget = _widget(shown, db, client_id)
    widget.tabs.setCurrentWidget(widget.returns)
    widget.returns.table.setFocus()
    opened = []
    monkeypatch.setattr(ReturnDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    qtbot.keyClick(widget.returns.table, key, modifiers)
    assert [dialog.windowTitle() for dialog in opened] == ["New return"]


# -- totals --------------------------------------------------------------------------------


def test_overdue_shows_in_the_warning_colour_with_the_number_of_late_invoices(
    qtbot, shown, db, client_id
):
    _sale(db, client_id, "1000", days_ago=90)
    _sale(db, client_id, "500", days_ago=60)
    widget = _widget(shown, db, client_id)
    assert widget.overdue.value.text() == format_money(Decimal(1500))
    assert WARNING_COLOR in widget.overdue.value.styleSheet()
    assert "2" in widget.overdue.caption.text()


def test_nothing_overdue_looks_like_any_other_total(qtbot, shown, db, client_id):
    _sale(db, client_id, "1000", days_ago=5)
    widget = _widget(shown, db, client_id)
    assert widget.overdue.value.text() == format_money(Decimal(0))
    assert WARNING_COLOR not in widget.overdue.value.styleSheet()


# -- the dialogs ---------------------------------------------------------------------------


def test_the_due_date_follows_the_invoice_date_by_the_agreed_term(qtbot, db, client_id):
    dialog = SaleDialog(db.sessions, client_id, payment_term_days=45)
    qtbot.addWidget(dialog)
    assert dialog.due_date.date() == QDate.currentDate().addDays(45)
    dialog.invoice_date.setDate(QDate(2026, 1, 10))
    assert dialog.due_date.date() == QDate(2026, 2, 24)


def test_a_due_date_the_owner_chose_stays_when_the_invoice_date_changes(qtbot, db, client_id):
    dialog = SaleDialog(db.sessions, client_id, payment_term_days=30)
    qtbot.addWidget(dialog)
    dialog.due_date.setDate(QDate(2027, 6, 30))
    dialog.invoice_date.setDate(QDate(2026, 12, 1))
    assert dialog.due_date.date() == QDate(2027, 6, 30)


def test_the_payment_dialog_offers_the_oldest_open_invoice_and_its_balance(qtbot, db, client_id):
    _sale(db, client_id, "300", days_ago=10, reference="NEW")
    old = _sale(db, client_id, "1000", days_ago=90, reference="OLD")
    _pay(db, client_id, "400", old)
    dialog = PaymentDialog(db.sessions, client_id)
    qtbot.addWidget(dialog)
    assert dialog.invoice.currentData() == old
    assert dialog.amount.text() == "600"
    assert dialog.invoice.itemData(dialog.invoice.count() - 1) is None  # "on account" is last


def test_choosing_another_invoice_offers_its_balance_unless_an_amount_was_typed(
    qtbot, keyboard, db, client_id
):
    _sale(db, client_id, "1000", days_ago=90)
    newer = _sale(db, client_id, "300", days_ago=10)
    dialog = PaymentDialog(db.sessions, client_id)
    qtbot.addWidget(dialog)
    dialog.invoice.setCurrentIndex(dialog.invoice.findData(newer))
    assert dialog.amount.text() == "300"
    dialog.amount.clear()
    keyboard.type(dialog.amount, "120")
    dialog.invoice.setCurrentIndex(0)
    assert dialog.amount.text() == "120"


def test_an_overpayment_declined_at_the_question_saves_nothing(
    qtbot, keyboard, db, client_id, monkeypatch
):
    _sale(db, client_id, "100")
    asked = []
    monkeypatch.setattr(PaymentDialog, "confirm", lambda self, q: asked.append(q) or False)
    dialog = PaymentDialog(db.sessions, client_id)
    _type_and_save(qtbot, keyboard, amount="250")(dialog)

    owed, paying = format_money(Decimal(100)), format_money(Decimal(250))
    assert asked == [f"This payment ({paying}) is more than the {owed} owed. Record it anyway?"]
    assert dialog.isVisible()
    assert ledger.list_payments(db.sessions, client_id) == []


def test_an_overpayment_confirmed_is_recorded(qtbot, keyboard, db, client_id, monkeypatch):
    _sale(db, client_id, "100")
    monkeypatch.setattr(PaymentDialog, "confirm", lambda self, q: True)
    dialog = PaymentDialog(db.sessions, client_id)
    _type_and_save(qtbot, keyboard, amount="250")(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [p.amount for p in ledger.list_payments(db.sessions, client_id)] == [Decimal("250.00")]


def test_editing_a_payment_keeps_its_settled_invoice_choosable(qtbot, db, client_id):
    sale_id = _sale(db, client_id, "100", reference="F-PAID")
    _pay(db, client_id, "100", sale_id)
    payment = ledger.list_payments(db.sessions, client_id)[0]
    dialog = PaymentDialog(db.sessions, client_id, payment)
    qtbot.addWidget(dialog)
    assert dialog.invoice.currentData() == sale_id
    assert "F-PAID" in dialog.invoice.currentText()


def test_a_return_is_recorded_with_its_invoice_and_reason(qtbot, keyboard, db, client_id):
    sale_id = _sale(db, client_id, reference="F-7")
    dialog = ReturnDialog(db.sessions, client_id)
    dialog.invoice.setCurrentIndex(dialog.invoice.findData(sale_id))
    _type_and_save(qtbot, keyboard, units="3", amount="45.50", reason="Tamaño equivocado")(dialog)
    stored = ledger.list_returns(db.sessions, client_id)
    assert [(r.units, r.amount, r.reason, r.invoice_reference) for r in stored] == [
        (Decimal(3), Decimal("45.50"), "Tamaño equivocado", "F-7")
    ]


def test_a_return_without_units_is_refused(qtbot, keyboard, db, client_id):
    dialog = ReturnDialog(db.sessions, client_id)
    _type_and_save(qtbot, keyboard, amount="10")(dialog)
    assert _message(dialog, "units").text() == "This field is required."
    assert ledger.list_returns(db.sessions, client_id) == []


def test_a_sale_dated_years_ahead_asks_first_and_declining_saves_nothing(
    qtbot, keyboard, db, client_id, monkeypatch
):
    asked = []
    monkeypatch.setattr(SaleDialog, "confirm", lambda self, q: asked.append(q) or False)
    dialog = SaleDialog(db.sessions, client_id)
    dialog.invoice_date.setDate(QDate(TODAY.year + 3, 1, 15))
    _type_and_save(qtbot, keyboard, reference="F-2029", amount="100")(dialog)

    assert len(asked) == 1
    assert "more than a year from today" in asked[0] and asked[0].endswith("Record it anyway?")
    assert dialog.isVisible()
    assert ledger.list_sales(db.sessions, client_id) == []


def test_a_return_beyond_all_purchases_asks_and_is_recorded_when_confirmed(
    qtbot, keyboard, db, client_id, monkeypatch
):
    _sale(db, client_id, "100")
    asked = []
    monkeypatch.setattr(ReturnDialog, "confirm", lambda self, q: asked.append(q) or True)
    dialog = ReturnDialog(db.sessions, client_id)
    _type_and_save(qtbot, keyboard, units="1", amount="150")(dialog)

    returned, bought = format_money(Decimal(150)), format_money(Decimal(100))
    assert asked == [
        f"With this return the client would have returned {returned}, more than the {bought} "
        "they have bought.\n\nRecord it anyway?"
    ]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [r.amount for r in ledger.list_returns(db.sessions, client_id)] == [Decimal("150.00")]


def test_an_ordinary_sale_asks_nothing(qtbot, keyboard, db, client_id, monkeypatch):
    _sale(db, client_id, "100")
    monkeypatch.setattr(SaleDialog, "confirm", lambda self, q: pytest.fail(f"asked: {q}"))
    dialog = SaleDialog(db.sessions, client_id)
    _type_and_save(qtbot, keyboard, reference="F-2", amount="250")(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_ledger_offers_a_payment_reminder_only_while_something_is_overdue(
    qtbot, shown, db, client_id
):
    widget = _widget(shown, db, client_id)
    assert not widget.reminder_button.isVisible()
    sale = _sale(db, client_id, days_ago=60)  # due 30 days ago
    widget.refresh()
    assert widget.reminder_button.isVisible()
    with qtbot.waitSignal(widget.reminder_requested):
        qtbot.mouseClick(widget.reminder_button, Qt.MouseButton.LeftButton)
    _pay(db, client_id, "1000", sale)
    widget.refresh()
    assert not widget.reminder_button.isVisible()

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from services import ledger
from services.clients import ClientInput, save_client
from ui.formatting import format_money
from ui.ledger_dialogs import PaymentDialog, ReturnDialog, SaleDialog
from ui.ledger_widget import LedgerWidget


@pytest.fixture
def client_id(db) -> int:
    return save_client(db.sessions, ClientInput(name="Talleres Ibáñez")).id


def _widget(shown, db, client_id) -> LedgerWidget:
    widget = LedgerWidget(db.sessions, client_id)
    shown(widget)
    return widget


def _fill_and_save(keyboard, **fields):
    """Replaces dialog.exec: types into the named fields, presses Save, reports the result."""

    def run(dialog: QDialog) -> int:
        for name, text in fields.items():
            edit = getattr(dialog, name)
            edit.clear()
            keyboard.type(edit, text)
        dialog.save()
        run.dialog = dialog
        return dialog.result()

    return run


def test_adding_a_sale_through_the_dialog_shows_it_and_updates_the_totals(
    qtbot, shown, keyboard, db, client_id, monkeypatch
):
    widget = _widget(shown, db, client_id)
    monkeypatch.setattr(
        SaleDialog, "exec", _fill_and_save(keyboard, reference="F-001", units="12", amount="1500")
    )
    qtbot.mouseClick(widget.sales.add_button, Qt.MouseButton.LeftButton)

    assert widget.sales.model.rowCount() == 1
    assert widget.sales.model.index(0, 1).data() == "F-001"
    assert format_money(Decimal(1500)) in widget.totals.text()
    stored = ledger.list_sales(db.sessions, client_id)
    assert stored[0].amount == Decimal("1500.00") and stored[0].units == Decimal(12)


def test_an_amount_that_is_not_a_number_shows_a_message_and_saves_nothing(
    qtbot, shown, keyboard, db, client_id, monkeypatch
):
    widget = _widget(shown, db, client_id)
    fill = _fill_and_save(keyboard, amount="twelve")
    monkeypatch.setattr(SaleDialog, "exec", fill)
    widget.add_sale()
    message = fill.dialog.findChild(type(fill.dialog._messages["amount"]), "amount_message")
    assert fill.dialog.result() != QDialog.DialogCode.Accepted
    assert "Enter a number" in message.text()
    assert ledger.list_sales(db.sessions, client_id) == []


def test_a_due_date_before_the_invoice_date_is_refused_next_to_the_field(
    qtbot, shown, keyboard, db, client_id
):
    dialog = SaleDialog(db.sessions, client_id)
    qtbot.addWidget(dialog)
    dialog.invoice_date.setDate(QDate(2026, 11, 20))
    dialog.due_date.setDate(QDate(2026, 11, 1))
    keyboard.type(dialog.amount, "100")
    dialog.save()
    assert "cannot be before the invoice date" in dialog._messages["due_date"].text()
    assert ledger.list_sales(db.sessions, client_id) == []


def test_the_due_date_follows_the_invoice_date_by_the_agreed_term(qtbot, shown, db, client_id):
    dialog = SaleDialog(db.sessions, client_id, payment_term_days=45)
    qtbot.addWidget(dialog)
    dialog.invoice_date.setDate(QDate(2026, 1, 10))
    assert dialog.due_date.date() == QDate(2026, 2, 24)


def _sale(db, client_id, amount="1000", days_ago=60, reference="F-1") -> int:
    invoice = date.today() - timedelta(days=days_ago)
    return ledger.add_sale(
        db.sessions,
        client_id,
        ledger.SaleInput(
            invoice_date=invoice,
            due_date=invoice + timedelta(days=30),
            amount=Decimal(amount),
            units=Decimal(1),
            reference=reference,
        ),
    )


def test_the_payment_dialog_offers_the_oldest_open_invoice_and_its_balance(
    qtbot, shown, db, client_id
):
    _sale(db, client_id, "300", days_ago=10, reference="NEW")
    old = _sale(db, client_id, "1000", days_ago=90, reference="OLD")
    ledger.add_payment(
        db.sessions,
        client_id,
        ledger.PaymentInput(paid_on=date.today(), amount=Decimal(400), sale_id=old),
    )
    dialog = PaymentDialog(db.sessions, client_id)
    qtbot.addWidget(dialog)
    assert dialog.invoice.currentData() == old
    assert dialog.amount.text() == "600"


def test_an_overpayment_declined_at_the_question_saves_nothing(
    qtbot, shown, keyboard, db, client_id, monkeypatch
):
    sale_id = _sale(db, client_id, "100")
    asked = []
    monkeypatch.setattr(PaymentDialog, "confirm", lambda self, q: asked.append(q) or False)
    dialog = PaymentDialog(db.sessions, client_id)
    qtbot.addWidget(dialog)
    dialog.amount.clear()
    keyboard.type(dialog.amount, "250")
    dialog.save()
    assert asked and "more than the" in asked[0]
    assert [p for p in ledger.list_payments(db.sessions, client_id) if p.sale_id == sale_id] == []


def test_an_overpayment_confirmed_is_recorded(qtbot, shown, keyboard, db, client_id, monkeypatch):
    _sale(db, client_id, "100")
    monkeypatch.setattr(PaymentDialog, "confirm", lambda self, q: True)
    dialog = PaymentDialog(db.sessions, client_id)
    qtbot.addWidget(dialog)
    dialog.amount.clear()
    keyboard.type(dialog.amount, "250")
    dialog.save()
    assert [p.amount for p in ledger.list_payments(db.sessions, client_id)] == [Decimal("250.00")]


def test_deleting_asks_naming_the_invoice_and_no_keeps_it(qtbot, shown, db, client_id, monkeypatch):
    _sale(db, client_id, reference="F-2026-014")
    widget = _widget(shown, db, client_id)
    asked = []
    monkeypatch.setattr(widget, "confirm", lambda q: asked.append(q) or False)
    widget.sales.table.setFocus()
    qtbot.keyClick(widget.sales.table, Qt.Key.Key_Delete)
    assert "F-2026-014" in asked[0]
    assert len(ledger.list_sales(db.sessions, client_id)) == 1


def test_deleting_confirmed_removes_the_row_and_announces_the_change(
    qtbot, shown, db, client_id, monkeypatch
):
    _sale(db, client_id)
    widget = _widget(shown, db, client_id)
    monkeypatch.setattr(widget, "confirm", lambda q: True)
    with qtbot.waitSignal(widget.changed):
        qtbot.mouseClick(widget.sales.delete_button, Qt.MouseButton.LeftButton)
    assert widget.sales.model.rowCount() == 0


def test_a_return_is_recorded_with_its_reason(qtbot, shown, keyboard, db, client_id):
    dialog = ReturnDialog(db.sessions, client_id)
    qtbot.addWidget(dialog)
    keyboard.type(dialog.units, "3")
    keyboard.type(dialog.amount, "45.50")
    keyboard.type(dialog.reason, "Tamaño equivocado")
    dialog.save()
    stored = ledger.list_returns(db.sessions, client_id)
    assert (stored[0].units, stored[0].amount, stored[0].reason) == (
        Decimal(3),
        Decimal("45.50"),
        "Tamaño equivocado",
    )


def test_overdue_shows_in_the_totals(qtbot, shown, db, client_id):
    _sale(db, client_id, "1000", days_ago=90)
    widget = _widget(shown, db, client_id)
    assert "#b3261e" in widget.totals.text()  # the overdue amount stands out

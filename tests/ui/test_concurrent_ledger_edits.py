"""A colleague corrected the same invoice: the second save shows both and lets the owner choose."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from services import ledger
from services.clients import ClientInput, save_client
from tests.ui.test_ledger_widget import _sale
from ui.conflict_dialog import ConflictDialog
from ui.ledger_dialogs import SaleDialog


@pytest.fixture
def client_id(db) -> int:
    return save_client(db.sessions, ClientInput(name="Talleres Ibáñez")).id


def _answering(monkeypatch, button: str) -> list:
    shown: list = []

    def answer(dialog: ConflictDialog) -> int:
        shown.append(dialog.differences())
        getattr(dialog, button).click()
        return dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    return shown


def _edit_reference(qtbot, keyboard, db, client_id, text: str) -> SaleDialog:
    row = ledger.list_sales(db.sessions, client_id)[0]
    dialog = SaleDialog(db.sessions, client_id, row)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _colleague_corrects(db, client_id, reference: str) -> None:
    row = ledger.list_sales(db.sessions, client_id)[0]
    data = ledger.SaleInput(row.invoice_date, row.due_date, reference, row.units, row.amount)
    ledger.update_sale(db.sessions, client_id, row.id, data, row.version)


def _type_reference_and_save(qtbot, keyboard, dialog: SaleDialog, text: str) -> None:
    dialog.reference.clear()
    keyboard.type(dialog.reference, text)
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("button", "stored"), [("reload_button", "F-1 (theirs)"), ("overwrite_button", "F-1 (mine)")]
)
def test_a_sale_corrected_elsewhere_shows_both_and_the_choice_decides(
    qtbot, keyboard, db, client_id, monkeypatch, button, stored
):
    _sale(db, client_id)
    shown = _answering(monkeypatch, button)
    dialog = _edit_reference(qtbot, keyboard, db, client_id, "F-1 (mine)")
    _colleague_corrects(db, client_id, "F-1 (theirs)")
    _type_reference_and_save(qtbot, keyboard, dialog, "F-1 (mine)")

    assert shown == [[("Reference", "F-1 (theirs)", "F-1 (mine)")]]
    assert dialog.result() == dialog.DialogCode.Accepted
    (row,) = ledger.list_sales(db.sessions, client_id)
    assert row.reference == stored
    assert row.amount == Decimal("1000.00")


def test_deleting_an_invoice_a_colleague_just_corrected_is_refused(
    qtbot, shown, db, client_id, monkeypatch
):
    from tests.ui.test_ledger_widget import _widget

    _sale(db, client_id)
    widget = _widget(shown, db, client_id)
    _colleague_corrects(db, client_id, "F-1 (theirs)")
    errors = []
    monkeypatch.setattr(widget, "confirm", lambda question: True)
    monkeypatch.setattr(widget, "show_error", errors.append)
    widget.delete_sale()
    assert "Someone else changed this" in errors[0]
    assert [row.reference for row in ledger.list_sales(db.sessions, client_id)] == ["F-1 (theirs)"]
    assert widget.sales.model.rowCount() == 1

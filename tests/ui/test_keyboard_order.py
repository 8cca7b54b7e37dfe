"""Tab goes through a form in the order it reads; Enter in a comment starts a new line."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget, QWizard

from services.clients import ClientInput, save_client
from ui.evaluation_wizard import EvaluationWizard
from ui.ledger_dialogs import PaymentDialog, ReturnDialog, SaleDialog


def _tab_order(dialog: QWidget, fields: list[QWidget]) -> list[QWidget]:
    """The fields in the order Tab reaches them, going round from the window itself."""
    order = []
    widget = dialog
    for _ in range(200):
        for field in fields:
            if (widget is field or field.isAncestorOf(widget)) and field not in order:
                order.append(field)
        widget = widget.nextInFocusChain()
    return order


def test_tab_in_the_sale_dialog_goes_from_the_reference_through_the_dates(qtbot, db):
    client_id = save_client(db.sessions, ClientInput(name="Zoë")).id
    dialog = SaleDialog(db.sessions, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
    fields = [dialog.reference, dialog.invoice_date, dialog.due_date, dialog.units, dialog.amount]
    assert dialog.focusWidget() is dialog.reference  # where the cursor waits
    assert _tab_order(dialog, fields) == fields
    assert dialog.fields_in_order() == fields  # the order the rows show them in


def test_tab_in_every_ledger_dialog_follows_its_rows(qtbot, db):
    client_id = save_client(db.sessions, ClientInput(name="Zoë")).id
    for make in (SaleDialog, PaymentDialog, ReturnDialog):
        dialog = make(db.sessions, client_id)
        qtbot.addWidget(dialog)
        fields = dialog.fields_in_order()
        assert _tab_order(dialog, fields) == fields, make.__name__


def test_enter_in_a_comment_starts_a_new_line_and_stays_on_the_page(qtbot, db):
    client_id = save_client(db.sessions, ClientInput(name="Zoë")).id
    wizard = EvaluationWizard(db.sessions, client_id, today=date(2026, 11, 23))
    qtbot.addWidget(wizard)
    wizard.confirm = lambda question: True  # closing a touched wizard asks first
    wizard.show()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.currentPage()
    comment = next(w for w in page.findChildren(QWidget) if w.objectName().startswith("comment_"))
    comment.setFocus()
    qtbot.keyClicks(comment, "Paid late")
    qtbot.keyClick(comment, Qt.Key.Key_Return)
    qtbot.keyClicks(comment, "twice")
    assert wizard.currentPage() is page
    assert comment.toPlainText() == "Paid late\ntwice"

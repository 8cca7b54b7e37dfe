from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from services import ledger
from services.business_profile import ProfileData, save_profile
from services.clients import ClientInput, save_client
from tests.sender import SENDER
from ui.client_detail import ClientDetailDialog
from ui.client_editor import ClientEditorDialog
from ui.letter_dialog import LetterDialog
from ui.main_window import MainWindow


def test_the_detail_shows_the_client_and_their_ledger(qtbot, db):
    client = save_client(
        db.sessions, ClientInput(name="Zoë <b>Álvarez</b>", city="València", strategic=True)
    )
    invoice = date.today() - timedelta(days=10)
    ledger.add_sale(
        db.sessions,
        client.id,
        ledger.SaleInput(
            invoice_date=invoice,
            due_date=invoice + timedelta(days=30),
            amount=Decimal(500),
            units=Decimal(2),
            reference="F-9",
        ),
    )
    dialog = ClientDetailDialog(db.sessions, client.id)
    qtbot.addWidget(dialog)
    header = dialog.findChild(type(dialog._header), "client_header").text()
    assert "Zoë &lt;b&gt;Álvarez&lt;/b&gt;" in header  # user text is shown, never run as markup
    assert "València" in header and "strategic" in header
    assert dialog.ledger.sales.model.rowCount() == 1


def test_editing_from_the_detail_updates_its_header(qtbot, keyboard, db, monkeypatch):
    client = save_client(db.sessions, ClientInput(name="Old name"))
    dialog = ClientDetailDialog(db.sessions, client.id)
    qtbot.addWidget(dialog)

    def rename(editor: ClientEditorDialog) -> int:
        editor._edits["name"].clear()
        keyboard.type(editor._edits["name"], "Nuevo Nombre")
        editor.save()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ClientEditorDialog, "exec", rename)
    dialog.edit_client()
    assert "Nuevo Nombre" in dialog._header.text()
    assert dialog.windowTitle() == "Nuevo Nombre"


def test_enter_on_the_list_opens_the_selected_client(qtbot, shown, db, settings, monkeypatch):
    save_client(db.sessions, ClientInput(name="Talleres Çelik"))
    opened = []
    monkeypatch.setattr(ClientDetailDialog, "exec", lambda self: opened.append(self.windowTitle()))
    window = MainWindow(db, settings)
    shown(window)
    window.table.setFocus()
    window.table.selectRow(0)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert opened == ["Talleres Çelik"]


def test_the_ledgers_reminder_button_opens_the_reminder_letter(qtbot, db, monkeypatch):
    save_profile(db.sessions, ProfileData(name="Aranda", **SENDER))
    client_id = save_client(db.sessions, ClientInput(name="Debe, S.L.")).id
    invoiced = date.today() - timedelta(days=90)
    data = ledger.SaleInput(invoiced, invoiced + timedelta(days=30), "F-9", Decimal(1), Decimal(5))
    ledger.add_sale(db.sessions, client_id, data)
    opened: list[str] = []
    monkeypatch.setattr(LetterDialog, "exec", lambda self: opened.append(self.kind.currentData()))
    detail = ClientDetailDialog(db.sessions, client_id)
    qtbot.addWidget(detail)
    detail.ledger.reminder_button.click()
    assert opened == ["payment_reminder"]

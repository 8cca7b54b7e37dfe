"""A tax id failing its country's check: a warning in the editor and the import wizard,
never a refusal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from services.client_list import count_all
from services.clients import get_client
from ui.client_editor import ClientEditorDialog
from ui.field_message import FieldMessage
from ui.import_wizard import ImportWizard


def _type(keyboard, dialog, name: str, text: str) -> None:
    edit = dialog.findChild(QLineEdit, name)
    edit.clear()
    keyboard.type(edit, text)
    edit.editingFinished.emit()


def test_a_mistyped_nif_is_a_warning_that_does_not_block_saving(qtbot, keyboard, db):
    dialog = ClientEditorDialog(db.sessions)
    qtbot.addWidget(dialog)
    dialog.show()
    message = dialog.findChild(FieldMessage, "tax_id_message")
    _type(keyboard, dialog, "name", "Talleres Errata")
    _type(keyboard, dialog, "tax_id", "B41273856")
    assert not message.isVisible()  # no country yet: no rules to check it against
    _type(keyboard, dialog, "country", "España")
    assert message.isVisible()
    assert message.text() == (
        "Note: The check digit does not match this NIF: check it for a typing mistake."
    )
    _type(keyboard, dialog, "tax_id", "B41273855")  # corrected
    assert not message.isVisible()
    _type(keyboard, dialog, "tax_id", "B41273856")
    assert message.isVisible()

    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    assert count_all(db.sessions) == 1
    assert get_client(db.sessions, dialog.saved.id).tax_id == "B41273856"


def test_the_import_wizard_lists_rows_worth_checking_in_preview_and_summary(
    qtbot, db, tmp_path, settle
):
    path = tmp_path / "clientes.csv"
    path.write_text(
        "Nombre;NIF;País\nBien;B41273855;España\nErrata;B41273856;España\n", encoding="utf-8"
    )
    wizard = ImportWizard(db.sessions, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # options
    wizard.next()  # mapping
    wizard.next()  # preview
    settle(wizard)
    assert wizard.currentId() == ImportWizard.PAGE_PREVIEW
    page = wizard.preview_page
    assert page.rejected.rowCount() == 0
    assert page.warned.isVisible()
    assert page.warned.rowCount() == 1
    assert page.warned.item(0, 0).text() == "3"
    assert page.warned.item(0, 1).text() == (
        "Tax id: The check digit does not match this NIF: check it for a typing mistake."
    )
    wizard.next()  # confirm
    wizard.next()  # import
    settle(wizard)
    assert wizard.currentId() == ImportWizard.PAGE_SUMMARY
    text = wizard.summary_page.text.text()
    assert text.startswith("2 new, 0 updated.")
    assert "Imported, but worth checking: 1." in text
    assert "Line 3: Tax id: The check digit does not match this NIF" in text
    assert count_all(db.sessions) == 2


def test_a_file_with_nothing_to_check_shows_no_warning_table(qtbot, db, tmp_path, settle):
    path = tmp_path / "clientes.csv"
    path.write_text("Nombre;NIF;País\nBien;B41273855;España\n", encoding="utf-8")
    wizard = ImportWizard(db.sessions, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    for _ in range(3):
        wizard.next()
    settle(wizard)
    assert not wizard.preview_page.warned.isVisible()

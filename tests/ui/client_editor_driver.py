"""Driving the client editor as a person does: open it, type into a field, press Save."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from ui.client_editor import ClientEditorDialog


def open_editor(qtbot, db, client_id=None) -> ClientEditorDialog:
    dialog = ClientEditorDialog(db.sessions, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_into(keyboard, dialog, name: str, text: str) -> None:
    edit = dialog.findChild(QLineEdit, name)
    edit.clear()
    keyboard.type(edit, text)


def press_save(qtbot, dialog) -> None:
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

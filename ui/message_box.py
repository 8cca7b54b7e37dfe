"""Message boxes that show their text as text.

Qt's static QMessageBox functions guess the format, and take a message as HTML as soon as its
first line holds something like a tag: a client called ``<b>Bold</b> & Co`` would turn bold,
lose its ampersand and run its paragraphs together. Every message the app shows holds some
user text (a name, a file path, SQLite's words), so every box here is plain text, its line
breaks kept. Call through the module (``message_box.warning(...)``) so tests can replace them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Icon = QMessageBox.Icon
Button = QMessageBox.StandardButton


def plain_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = Button.Ok,
) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def _exec(box: QMessageBox) -> int:
    try:
        return box.exec()
    finally:
        # A box with a parent would otherwise live as long as its parent does.
        if box.parent() is not None:
            box.deleteLater()


def _show(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    _exec(plain_box(parent, icon, title, text))


def information(parent: QWidget | None, title: str, text: str) -> None:
    _show(parent, Icon.Information, title, text)


def warning(parent: QWidget | None, title: str, text: str) -> None:
    _show(parent, Icon.Warning, title, text)


def critical(parent: QWidget | None, title: str, text: str) -> None:
    _show(parent, Icon.Critical, title, text)


def question(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes or No, with No the safe default."""
    box = plain_box(parent, Icon.Question, title, text, Button.Yes | Button.No)
    box.setDefaultButton(Button.No)
    return _exec(box) == Button.Yes

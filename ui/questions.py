"""The one yes/no question box, with No as the safe default, its text shown as text."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui import message_box


def ask(parent: QWidget | None, title: str, question: str) -> bool:
    return message_box.question(parent, title, question)

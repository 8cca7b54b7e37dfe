"""The small message under a form field: red for a problem, amber for a warning."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from services.errors import Problem
from ui.messages import describe_problem

_ERROR_STYLE = "color: #b3261e;"
_WARNING_STYLE = "color: #8a5300;"


class FieldMessage(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def show_problems(self, problems: list[Problem], *, warning: bool = False) -> None:
        if not problems:
            self.clear_message()
            return
        self.setStyleSheet(_WARNING_STYLE if warning else _ERROR_STYLE)
        prefix = self.tr("Note: ") if warning else ""
        self.setText(prefix + " ".join(describe_problem(p) for p in problems))
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()


def with_message(name: str, field: QWidget) -> tuple[QWidget, FieldMessage]:
    """The field with its (hidden) message line underneath, ready for a form row.

    The field is named ``name`` and the message ``name_message``, so tests can find both.
    """
    field.setObjectName(name)
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    message = FieldMessage()
    message.setObjectName(f"{name}_message")
    layout.addWidget(message)
    return box, message

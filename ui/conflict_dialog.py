"""Someone else saved the same thing: their version beside the owner's, and a choice.

Never a silent overwrite, never a traceback: the services refuse a save based on an old copy
(ConcurrentEditError), and the window that tried shows this. The owner either takes the
other person's version (their own edits in the window are replaced by it) or saves theirs
over it knowingly; Cancel goes back to editing with nothing decided.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class Choice(enum.Enum):
    KEEP_EDITING = "keep_editing"
    RELOAD = "reload"  # take theirs
    OVERWRITE = "overwrite"  # save mine over theirs, knowingly


# (what the field is called, the value someone else saved, the value in the owner's window)
Difference = tuple[str, str, str]


class ConflictDialog(QDialog):
    def __init__(
        self, intro: str, differences: Sequence[Difference], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Saved by someone else meanwhile"))
        self.choice = Choice.KEEP_EDITING
        text = QLabel(intro)
        text.setObjectName("conflict_intro")
        text.setWordWrap(True)
        self.table = QTableWidget(len(differences), 3)
        self.table.setObjectName("conflict_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Saved by someone else"), self.tr("Yours")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, values in enumerate(differences):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        if not differences:
            self.table.hide()  # saved again with the same values: only the version moved
        buttons = QDialogButtonBox()
        self.reload_button = QPushButton(self.tr("&Take theirs"))
        self.reload_button.setObjectName("conflict_reload")
        self.reload_button.setToolTip(self.tr("Show what they saved; your changes are dropped."))
        self.overwrite_button = QPushButton(self.tr("&Save mine over theirs"))
        self.overwrite_button.setObjectName("conflict_overwrite")
        self.overwrite_button.setToolTip(self.tr("Their changes above are replaced by yours."))
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.overwrite_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.reload_button.clicked.connect(lambda: self._choose(Choice.RELOAD))
        self.overwrite_button.clicked.connect(lambda: self._choose(Choice.OVERWRITE))
        buttons.rejected.connect(self.reject)
        self.reload_button.setDefault(True)  # the safe choice: nothing of theirs is lost
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def differences(self) -> list[Difference]:
        """What the table shows, row by row (for tests and accessibility checks)."""
        return [
            (self._text(row, 0), self._text(row, 1), self._text(row, 2))
            for row in range(self.table.rowCount())
        ]


def resolve_conflict(
    parent: QWidget | None, intro: str, differences: Sequence[Difference]
) -> Choice:
    dialog = ConflictDialog(intro, differences, parent)
    dialog.exec()
    return dialog.choice

"""The letters a client was sent, newest first; any of them can be opened again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from services.letter_files import FileState
from services.letters import LetterRecord, letter_file_state, list_letters
from services.progress import Sessions
from ui.formatting import format_date
from ui.labels import language_label, letter_kind_label
from ui.pdf_preview import open_in_viewer


class LetterHistory(QWidget):
    write_requested = Signal()

    def __init__(self, sessions: Sessions, client_id: int, parent=None) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._client_id = client_id
        self.records: list[LetterRecord] = []
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Letter"),
                self.tr("Language"),
                self.tr("Pages"),
                self.tr("File"),
            ]
        )
        self.table = QTableView()
        self.table.setObjectName("letter_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.activated.connect(lambda _index: self.open_selected())

        self.open_button = QPushButton(self.tr("&Open letter"))
        self.open_button.setObjectName("open_letter")
        self.open_button.clicked.connect(self.open_selected)
        write = QPushButton(self.tr("&New letter…"))
        write.setObjectName("write_letter_from_history")
        write.clicked.connect(self.write_requested)
        self.message = QLabel()
        self.message.setObjectName("letter_history_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # a file path, as it is
        self.message.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(write)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.records = list_letters(self._sessions, self._client_id)
        self.model.removeRows(0, self.model.rowCount())
        states = {
            FileState.OK: self.tr("as written"),
            FileState.MISSING: self.tr("missing (moved or deleted)"),
            FileState.CHANGED: self.tr("changed since it was written"),
        }
        for record in self.records:
            state = states[letter_file_state(record)]
            row = [
                format_date(record.created_at.astimezone().date()),
                letter_kind_label(record.kind),
                language_label(record.language),
                str(record.page_count),
                f"{record.file_path} — {state}",
            ]
            self.model.appendRow([QStandardItem(text) for text in row])
        if self.records:
            self.table.selectRow(0)
        self.open_button.setEnabled(bool(self.records))
        self.message.setText("" if self.records else self.tr("No letters written yet."))

    def selected(self) -> LetterRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows else None

    def open_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        if letter_file_state(record) == FileState.MISSING:
            self.message.setText(
                self.tr("The file %1 is no longer there.").replace("%1", record.file_path)
            )
            return
        failed = open_in_viewer(record.file_path)
        if failed:
            self.message.setText(failed)

"""A campaign's recipients: who, with which verdict, why, and what to watch out for; ticked or not.

Clients the letter would contradict (services.letter_guard) start unticked, their warning in
red; the owner may tick them knowingly.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models import LetterKind
from services.letter_guard import OVERDUE
from services.recipients import Recipient
from ui.concerns import describe_concern, short_label
from ui.labels import verdict_label
from ui.ledger_widget import WARNING_COLOR
from ui.reasons import describe_reason

_Index = QModelIndex | QPersistentModelIndex
NAME, VERDICT, WHY, WARNINGS = range(4)


class RecipientsModel(QAbstractTableModel):
    ticked_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Recipient] = []
        self.ticked: set[int] = set()
        self.kind = LetterKind.LOYALTY.value
        self.currency = "EUR"

    def set_rows(self, rows: list[Recipient], kind: str) -> None:
        self.beginResetModel()
        self.rows, self.kind = rows, kind
        self.ticked = {r.client_id for r in rows if not r.held_back}
        self.endResetModel()
        self.ticked_changed.emit()

    def set_all(self, ticked: bool) -> None:
        self.ticked = {r.client_id for r in self.rows} if ticked else set()
        if self.rows:
            self.dataChanged.emit(self.index(0, NAME), self.index(len(self.rows) - 1, NAME))
        self.ticked_changed.emit()

    def ticked_ids(self) -> list[int]:
        """The ticked clients, in the list's order."""
        return [r.client_id for r in self.rows if r.client_id in self.ticked]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Client"), self.tr("Verdict"), self.tr("Why"), self.tr("Warnings"))[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def why(self, row: Recipient) -> str:
        if self.kind == LetterKind.PAYMENT_REMINDER:
            overdue = next((c for c in row.concerns if c.code == OVERDUE), None)
            if overdue is not None:
                return describe_concern(overdue, self.currency)
            return self.tr("has invoices past their due date")
        if row.because is not None:
            return describe_reason(row.because, currency=self.currency)
        if row.score is not None:
            score = format(row.score.normalize(), "f")
            return self.tr("Score %1 out of 100.").replace("%1", score)
        return self.tr("not evaluated yet")

    def warnings(self, row: Recipient, *, full: bool = False) -> list[str]:
        said = [
            describe_concern(c, self.currency) if full else short_label(c) for c in row.concerns
        ]
        if row.strategic and self.kind == LetterKind.TERMINATION:
            said.append(self.tr("strategic client"))
        if not row.has_address:
            said.append(self.tr("no postal address: will be skipped"))
        return said

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == NAME:
            ticked = row.client_id in self.ticked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return row.name
            if column == VERDICT:
                return verdict_label(row.verdict)
            if column == WHY:
                return self.why(row)
            return ", ".join(self.warnings(row))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == WARNINGS:
                lines = self.warnings(row, full=True)
                if row.held_back:
                    lines.insert(0, self.tr("Held back from this letter unless you tick it."))
                return "\n".join(lines) or None
            return self.why(row) if column == WHY else None
        if role == Qt.ItemDataRole.ForegroundRole and column == WARNINGS and row.held_back:
            return QColor(WARNING_COLOR)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != NAME:
            return False
        client_id = self.rows[index.row()].client_id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.ticked.add(client_id)
        else:
            self.ticked.discard(client_id)
        self.dataChanged.emit(index, index, [role])
        self.ticked_changed.emit()
        return True


class RecipientsPanel(QWidget):
    """The recipients table with Select all / Select none and a running count."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = RecipientsModel(self)
        self.table = QTableView()
        self.table.setObjectName("campaign_recipients")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        # The name, verdict and warnings in full; the reason takes what is left (and its
        # tooltip holds the whole sentence).
        for column in (NAME, VERDICT, WARNINGS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)

        self.count = QLabel()
        self.count.setObjectName("campaign_count")
        self.count.setWordWrap(True)
        self.select_all = QPushButton(self.tr("Select &all"))
        self.select_all.setObjectName("select_all")
        self.select_none = QPushButton(self.tr("Select &none"))
        self.select_none.setObjectName("select_none")
        self.select_all.clicked.connect(lambda: self.model.set_all(True))
        self.select_none.clicked.connect(lambda: self.model.set_all(False))
        self.model.ticked_changed.connect(self._update_count)
        # The shown client's reason and warnings in full: the columns have room for a few words.
        self.details = QLabel()
        self.details.setObjectName("recipient_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setMinimumHeight(self.fontMetrics().height() * 4)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        buttons = QHBoxLayout()
        buttons.addWidget(self.select_all)
        buttons.addWidget(self.select_none)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Recipients (untick those who should get no letter):")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        layout.addWidget(self.count)
        self._update_count()

    def set_rows(self, rows: list[Recipient], kind: str, currency: str) -> None:
        self.model.currency = currency
        self.model.set_rows(rows, kind)

    def show_details(self, client_id: int | None) -> None:
        row = next((r for r in self.model.rows if r.client_id == client_id), None)
        if row is None:
            self.details.clear()
            return
        lines = [f"<b>{html.escape(row.name)}</b>: {html.escape(self.model.why(row))}"]
        warning = f"<span style='color:{WARNING_COLOR}'>{{}}</span>" if row.held_back else "{}"
        lines += [warning.format(html.escape(w)) for w in self.model.warnings(row, full=True)]
        self.details.setText("<br>".join(lines))

    def held_back_ticked(self) -> list[Recipient]:
        return [r for r in self.model.rows if r.held_back and r.client_id in self.model.ticked]

    def _update_count(self) -> None:
        rows = self.model.rows
        ticked = len(self.model.ticked)
        text = self.tr("%n letter(s) to write", "", ticked)
        held = sum(1 for r in rows if r.held_back and r.client_id not in self.model.ticked)
        if held:
            text += self.tr("; %n held back by the ledger or the verdict (unticked)", "", held)
        self.count.setText(text + ".")

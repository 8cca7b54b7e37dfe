"""The result of a triage: which clients the ledger flags, and what it would suggest."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from services.triage import TriageResult
from ui.labels import verdict_label
from ui.reasons import describe_reason
from ui.screen_fit import fit_on_screen


class TriageDialog(QDialog):
    """Lists the flagged clients; "Show in the list" narrows the main list to them, and a row
    (double-click or Enter) opens that client to evaluate it."""

    client_activated = Signal(int)  # a client id: open it and its evaluation wizard

    def __init__(self, result: TriageResult, currency: str = "EUR", parent=None) -> None:
        super().__init__(parent)
        self.triage = result
        self.show_in_list = False
        self.setWindowTitle(self.tr("Triage"))
        counts = ", ".join(
            f"{verdict_label(verdict)}: {count}"
            for verdict, count in result.suggested.items()
            if count  # only the verdicts that occur
        )
        summary = QLabel(
            self.tr(
                "%n client(s) show red flags in the ledger; evaluate them first.",
                "",
                len(result.flagged),
            )
            + "\n"
            + self.tr("What the ledger alone points to, over %1 clients: %2")
            .replace("%1", str(result.clients))
            .replace("%2", counts)
        )
        summary.setObjectName("triage_summary")
        summary.setWordWrap(True)
        self.table = QTableWidget(len(result.flagged), 2)
        self.table.setObjectName("triage_table")
        self.table.setHorizontalHeaderLabels([self.tr("Client"), self.tr("Red flags")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 240)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setToolTip(self.tr("Double-click a client, or press Enter, to evaluate it."))
        # Double-click, or Enter (not "activated": a double-click would also count as one on
        # some platforms, and a row would open twice).
        self.table.doubleClicked.connect(self._activated)
        self.table.installEventFilter(self)
        for row, client in enumerate(result.flagged):
            self.table.setItem(row, 0, QTableWidgetItem(client.name))
            reasons = " ".join(describe_reason(flag, currency=currency) for flag in client.flags)
            item = QTableWidgetItem(reasons)
            item.setToolTip(reasons)
            self.table.setItem(row, 1, item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        show = buttons.addButton(
            self.tr("&Show them in the list"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        show.setObjectName("show_flagged")
        show.setEnabled(bool(result.flagged))
        buttons.accepted.connect(self._show_in_list)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        fit_on_screen(self, 860, 520)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        enter = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        is_key = watched is self.table and event.type() == QEvent.Type.KeyPress
        if is_key and isinstance(event, QKeyEvent) and event.key() in enter:
            self._activated(self.table.currentIndex())
            return True  # not the dialog's default button
        return super().eventFilter(watched, event)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.client_activated.emit(self.triage.flagged[index.row()].client_id)

    def _show_in_list(self) -> None:
        self.show_in_list = True
        self.accept()

    def flagged_ids(self) -> frozenset[int]:
        return frozenset(client.client_id for client in self.triage.flagged)

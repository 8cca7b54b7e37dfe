"""The result of a triage: which clients the ledger flags, and what it would suggest."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
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


class TriageDialog(QDialog):
    """Lists the flagged clients; "Show in the list" narrows the main list to them, and a row
    (double-click or Enter) opens that client to evaluate it."""

    client_activated = Signal(int)  # a client id: open it and its evaluation wizard

    def __init__(self, result: TriageResult, currency: str = "EUR", parent=None) -> None:
        super().__init__(parent)
        self.result = result
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
        self.table.activated.connect(self._activated)
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
        self.resize(860, 520)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.client_activated.emit(self.result.flagged[index.row()].client_id)

    def _show_in_list(self) -> None:
        self.show_in_list = True
        self.accept()

    def flagged_ids(self) -> frozenset[int]:
        return frozenset(client.client_id for client in self.result.flagged)

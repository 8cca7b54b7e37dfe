"""A client's ledger: totals at the top, then sales, payments and returns in tabs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from services import ledger
from services.errors import ClientelaError
from ui.formatting import format_date, format_money, format_quantity
from ui.ledger_dialogs import PaymentDialog, ReturnDialog, SaleDialog
from ui.messages import describe_error


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], str]
    numeric: bool = False


class RowsModel(QAbstractTableModel):
    """A read-only table over a short list of rows (one client's ledger is small)."""

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(self.rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class LedgerTab(QWidget):
    """One kind of ledger entry: a table with Add, Edit and Delete."""

    def __init__(self, columns: Sequence[Column], kind: str, parent=None) -> None:
        super().__init__(parent)
        self.model = RowsModel(columns, self)
        self.table = QTableView()
        self.table.setObjectName(f"{kind}_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        for button, name in (
            (self.add_button, "add"),
            (self.edit_button, "edit"),
            (self.delete_button, "delete"),
        ):
            button.setObjectName(f"{kind}_{name}")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def set_rows(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)


class LedgerWidget(QWidget):
    changed = Signal()

    def __init__(
        self,
        sessions: sessionmaker[Session],
        client_id: int,
        currency: str = "EUR",
        payment_term_days: int = 30,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._client_id = client_id
        self._currency = currency
        self._term = payment_term_days
        money = self._money

        self.totals = QLabel()
        self.totals.setObjectName("ledger_totals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.sales = LedgerTab(
            [
                Column(self.tr("Invoice date"), lambda r: format_date(r.invoice_date)),
                Column(self.tr("Reference"), lambda r: r.reference),
                Column(self.tr("Units"), lambda r: format_quantity(r.units), numeric=True),
                Column(self.tr("Amount"), lambda r: money(r.amount), numeric=True),
                Column(self.tr("Due"), lambda r: format_date(r.due_date)),
                Column(self.tr("Open"), lambda r: money(r.open_balance), numeric=True),
            ],
            "sales",
        )
        self.payments = LedgerTab(
            [
                Column(self.tr("Date"), lambda r: format_date(r.paid_on)),
                Column(self.tr("Amount"), lambda r: money(r.amount), numeric=True),
                Column(self.tr("Invoice"), lambda r: r.invoice_reference or self.tr("on account")),
                Column(self.tr("Reference"), lambda r: r.reference),
            ],
            "payments",
        )
        self.returns = LedgerTab(
            [
                Column(self.tr("Date"), lambda r: format_date(r.returned_on)),
                Column(self.tr("Units"), lambda r: format_quantity(r.units), numeric=True),
                Column(self.tr("Credited"), lambda r: money(r.amount), numeric=True),
                Column(self.tr("Reason"), lambda r: r.reason),
            ],
            "returns",
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.sales, self.tr("&Sales"))
        self.tabs.addTab(self.payments, self.tr("&Payments"))
        self.tabs.addTab(self.returns, self.tr("&Returns"))

        for tab, add, edit, delete in (
            (self.sales, self.add_sale, self.edit_sale, self.delete_sale),
            (self.payments, self.add_payment, self.edit_payment, self.delete_payment),
            (self.returns, self.add_return, self.edit_return, self.delete_return),
        ):
            tab.add_button.clicked.connect(add)
            tab.edit_button.clicked.connect(edit)
            tab.delete_button.clicked.connect(delete)
            tab.table.doubleClicked.connect(lambda _i, edit=edit: edit())
            for key, slot in (
                (Qt.Key.Key_Return, edit),
                (Qt.Key.Key_Enter, edit),
                (Qt.Key.Key_Delete, delete),
                (Qt.Key.Key_Insert, add),
            ):
                shortcut = QShortcut(QKeySequence(key), tab.table)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(slot)
        add_in_tab = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        add_in_tab.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add_in_tab.activated.connect(lambda: self.tabs.currentWidget().add_button.click())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.totals)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def _money(self, value) -> str:
        return format_money(value, self._currency)

    def refresh(self) -> None:
        sessions, client_id = self._sessions, self._client_id
        self.sales.set_rows(ledger.list_sales(sessions, client_id))
        self.payments.set_rows(ledger.list_payments(sessions, client_id))
        self.returns.set_rows(ledger.list_returns(sessions, client_id))
        totals = ledger.ledger_totals(sessions, client_id, date.today())
        overdue_style = "color:#b3261e; font-weight:600" if totals.overdue > 0 else ""
        cells = (
            (self.tr("Revenue, last 12 months"), self._money(totals.revenue_12m), ""),
            (self.tr("Units, last 12 months"), format_quantity(totals.units_12m), ""),
            (self.tr("Outstanding"), self._money(totals.outstanding), ""),
            (self.tr("Overdue"), self._money(totals.overdue), overdue_style),
        )
        html = "".join(
            f"<td style='padding-right:28px'><div style='color:#666'>{label}</div>"
            f"<div style='font-size:14pt; {style}'>{value}</div></td>"
            for label, value, style in cells
        )
        self.totals.setText(f"<table><tr>{html}</tr></table>")

    # -- actions -------------------------------------------------------------------------

    def _run(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()

    def add_sale(self) -> None:
        self._run(self.sale_dialog(None))

    def edit_sale(self) -> None:
        if (row := self.sales.selected()) is not None:
            self._run(self.sale_dialog(row))

    def sale_dialog(self, row) -> SaleDialog:
        return SaleDialog(self._sessions, self._client_id, row, self._term, self._currency, self)

    def add_payment(self) -> None:
        self._run(PaymentDialog(self._sessions, self._client_id, None, self._currency, self))

    def edit_payment(self) -> None:
        if (row := self.payments.selected()) is not None:
            self._run(PaymentDialog(self._sessions, self._client_id, row, self._currency, self))

    def add_return(self) -> None:
        self._run(ReturnDialog(self._sessions, self._client_id, None, self._currency, self))

    def edit_return(self) -> None:
        if (row := self.returns.selected()) is not None:
            self._run(ReturnDialog(self._sessions, self._client_id, row, self._currency, self))

    def delete_sale(self) -> None:
        row = self.sales.selected()
        if row is None:
            return
        question = self.tr("Delete invoice {reference} of {date} for {amount}?").format(
            reference=row.reference or self.tr("(no reference)"),
            date=format_date(row.invoice_date),
            amount=self._money(row.amount),
        )
        self._delete(question, lambda: ledger.delete_sale(self._sessions, self._client_id, row.id))

    def delete_payment(self) -> None:
        row = self.payments.selected()
        if row is None:
            return
        question = self.tr("Delete the payment of {amount} received on {date}?").format(
            amount=self._money(row.amount), date=format_date(row.paid_on)
        )
        self._delete(
            question, lambda: ledger.delete_payment(self._sessions, self._client_id, row.id)
        )

    def delete_return(self) -> None:
        row = self.returns.selected()
        if row is None:
            return
        question = self.tr("Delete the return of {units} units on {date}?").format(
            units=format_quantity(row.units), date=format_date(row.returned_on)
        )
        self._delete(
            question, lambda: ledger.delete_return(self._sessions, self._client_id, row.id)
        )

    def _delete(self, question: str, delete: Callable[[], None]) -> None:
        if not self.confirm(question):
            return
        try:
            delete()
        except ClientelaError as exc:
            QMessageBox.warning(self, self.window().windowTitle(), describe_error(exc))
        self.refresh()
        self.changed.emit()

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.window().windowTitle(),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

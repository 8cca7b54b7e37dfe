"""A client's ledger: totals at the top, then sales, payments and returns in tabs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from services import ledger
from services.errors import ClientelaError
from services.progress import Sessions
from ui import message_box
from ui.formatting import format_date, format_money, format_quantity
from ui.ledger_dialogs import LedgerEntryDialog, PaymentDialog, ReturnDialog, SaleDialog
from ui.messages import describe_error
from ui.questions import ask

_Index = QModelIndex | QPersistentModelIndex
WARNING_COLOR = "#b3261e"  # the same red as field problems (ui/field_message.py)


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    numeric: bool = False
    stretch: bool = False  # takes the width left over (free text such as a reason)
    warn: Callable[[Any], bool] | None = None  # shown in the warning colour when true


class RowsModel(QAbstractTableModel):
    """A read-only table over a short list of rows (one client's ledger is small)."""

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.warn and column.warn(row):
            return QColor(WARNING_COLOR)
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
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for number, column in enumerate(columns):
            if column.stretch:
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
        # Room between a right-aligned amount and the date next to it.
        self._padding = self.fontMetrics().horizontalAdvance("0") * 2

        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setToolTip(self.tr("Add an entry (Insert or Ctrl+Shift+N)"))
        self.edit_button = QPushButton(self.tr("E&dit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected entry (Enter or double-click)"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.setToolTip(self.tr("Delete the selected entry (Delete)"))
        buttons = QHBoxLayout()
        for button, name in (
            (self.add_button, "add"),
            (self.edit_button, "edit"),
            (self.delete_button, "delete"),
        ):
            button.setObjectName(f"{kind}_{name}")
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def on_keys(self, keys: Sequence[QKeySequence | Qt.Key], slot: Callable[[], None]) -> None:
        """Keys that act on the table while it has the focus."""
        for key in keys:
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    def set_rows(self, rows: list[Any], select_id: int | None = None) -> None:
        """Show new rows, keeping the selection on ``select_id`` (else near where it was)."""
        previous = self.table.currentIndex().row()
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for number, column in enumerate(self.model.columns):
            if not column.stretch:
                header.resizeSection(number, header.sectionSize(number) + self._padding)
        ids = [row.id for row in rows]
        if select_id in ids:
            self.table.selectRow(ids.index(select_id))
        elif rows:
            self.table.selectRow(min(max(previous, 0), len(rows) - 1))
        self._update_buttons()

    def selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)


class _Figure(QWidget):
    """One total in the strip: a small caption over a large value."""

    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.value = QLabel()
        self.value.setObjectName(name)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.value.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 24, 0)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)

    def show_value(self, caption: str, value: str, *, warning: bool = False) -> None:
        self.caption.setText(caption)
        self.value.setText(value)
        self.value.setStyleSheet(f"color: {WARNING_COLOR}; font-weight: 600;" if warning else "")


class LedgerWidget(QWidget):
    """The ledger of one client. ``changed`` fires after any entry is added, edited or deleted;
    ``reminder_requested`` when the owner asks for a payment reminder (shown while something
    is overdue)."""

    changed = Signal()
    reminder_requested = Signal()

    def __init__(
        self,
        sessions: Sessions,
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

        self.revenue = _Figure("revenue_12m")
        self.units = _Figure("units_12m")
        self.outstanding = _Figure("outstanding")
        self.overdue = _Figure("overdue")
        strip = QGridLayout()
        strip.setContentsMargins(4, 6, 0, 6)
        for number, figure in enumerate((self.revenue, self.units, self.outstanding, self.overdue)):
            strip.addWidget(figure, 0, number)
        strip.setColumnStretch(4, 1)
        self.reminder_button = QPushButton(self.tr("Write payment re&minder…"))
        self.reminder_button.setObjectName("write_reminder")
        self.reminder_button.setToolTip(
            self.tr("A letter listing the overdue invoices and the date to pay by")
        )
        self.reminder_button.clicked.connect(self.reminder_requested)
        strip.addWidget(self.reminder_button, 0, 5, Qt.AlignmentFlag.AlignVCenter)

        self.sales = LedgerTab(self._sale_columns(), "sales")
        self.payments = LedgerTab(self._payment_columns(), "payments")
        self.returns = LedgerTab(self._return_columns(), "returns")
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
            tab.table.doubleClicked.connect(lambda _index, edit=edit: edit())
            tab.on_keys((Qt.Key.Key_Return, Qt.Key.Key_Enter), edit)
            tab.on_keys((Qt.Key.Key_Delete,), delete)
        for key in (Qt.Key.Key_Insert, QKeySequence("Ctrl+Shift+N")):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.add_in_current_tab)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(strip)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    # -- what the tables show -------------------------------------------------------------

    def _money(self, value) -> str:
        return format_money(value, self._currency)

    def _sale_columns(self) -> list[Column]:
        def late(row: ledger.SaleRow) -> bool:
            return row.open_balance > 0 and row.due_date < date.today()

        money = self._money
        return [
            Column(self.tr("Invoice date"), lambda r: format_date(r.invoice_date)),
            Column(self.tr("Reference"), lambda r: r.reference, stretch=True),
            Column(self.tr("Units"), lambda r: format_quantity(r.units), numeric=True),
            Column(self.tr("Amount"), lambda r: money(r.amount), numeric=True),
            Column(self.tr("Due"), lambda r: format_date(r.due_date), warn=late),
            Column(self.tr("Paid"), lambda r: money(r.paid), numeric=True),
            Column(self.tr("Open"), lambda r: money(r.open_balance), numeric=True, warn=late),
        ]

    def _payment_columns(self) -> list[Column]:
        def invoice(row: ledger.PaymentRow) -> str:
            if row.sale_id is None:
                return self.tr("on account")
            return row.invoice_reference or self.tr("(no reference)")

        return [
            Column(self.tr("Date"), lambda r: format_date(r.paid_on)),
            Column(self.tr("Amount"), lambda r: self._money(r.amount), numeric=True),
            Column(self.tr("Invoice"), invoice),
            Column(self.tr("Reference"), lambda r: r.reference, stretch=True),
        ]

    def _return_columns(self) -> list[Column]:
        return [
            Column(self.tr("Date"), lambda r: format_date(r.returned_on)),
            Column(self.tr("Units"), lambda r: format_quantity(r.units), numeric=True),
            Column(self.tr("Credited"), lambda r: self._money(r.amount), numeric=True),
            Column(self.tr("Invoice"), lambda r: r.invoice_reference),
            Column(self.tr("Reason"), lambda r: r.reason, stretch=True),
        ]

    def refresh(self, select_id: int | None = None) -> None:
        """Reload the entries and totals; ``select_id`` selects that entry in the current tab."""
        sessions, client_id = self._sessions, self._client_id
        current = self.tabs.currentWidget()
        for tab, rows in (
            (self.sales, ledger.list_sales(sessions, client_id)),
            (self.payments, ledger.list_entries(ledger.PAYMENTS, sessions, client_id)),
            (self.returns, ledger.list_entries(ledger.RETURNS, sessions, client_id)),
        ):
            tab.set_rows(rows, select_id if tab is current else None)
        totals = ledger.ledger_totals(sessions, client_id, date.today())
        self.revenue.show_value(self.tr("Revenue, last 12 months"), self._money(totals.revenue_12m))
        self.units.show_value(self.tr("Units, last 12 months"), format_quantity(totals.units_12m))
        self.outstanding.show_value(self.tr("Outstanding"), self._money(totals.outstanding))
        caption = self.tr("Overdue")
        if totals.overdue_invoices:
            caption = self.tr("Overdue (%n invoice(s))", "", totals.overdue_invoices)
        self.overdue.show_value(caption, self._money(totals.overdue), warning=totals.overdue > 0)
        self.reminder_button.setVisible(totals.overdue > 0)

    # -- adding and editing ---------------------------------------------------------------

    def add_in_current_tab(self) -> None:
        tab = self.tabs.currentWidget()
        if tab is self.sales:
            self.add_sale()
        elif tab is self.payments:
            self.add_payment()
        else:
            self.add_return()

    def _run(self, dialog: LedgerEntryDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(dialog.saved_id)
            self.changed.emit()

    def sale_dialog(self, row: ledger.SaleRow | None) -> SaleDialog:
        return SaleDialog(self._sessions, self._client_id, row, self._term, self._currency, self)

    def payment_dialog(self, row: ledger.PaymentRow | None) -> PaymentDialog:
        return PaymentDialog(self._sessions, self._client_id, row, self._currency, self)

    def return_dialog(self, row: ledger.ReturnRow | None) -> ReturnDialog:
        return ReturnDialog(self._sessions, self._client_id, row, self._currency, self)

    def add_sale(self) -> None:
        self.tabs.setCurrentWidget(self.sales)
        self._run(self.sale_dialog(None))

    def add_payment(self) -> None:
        self.tabs.setCurrentWidget(self.payments)
        self._run(self.payment_dialog(None))

    def add_return(self) -> None:
        self.tabs.setCurrentWidget(self.returns)
        self._run(self.return_dialog(None))

    def edit_sale(self) -> None:
        if (row := self.sales.selected()) is not None:
            self._run(self.sale_dialog(row))

    def edit_payment(self) -> None:
        if (row := self.payments.selected()) is not None:
            self._run(self.payment_dialog(row))

    def edit_return(self) -> None:
        if (row := self.returns.selected()) is not None:
            self._run(self.return_dialog(row))

    # -- deleting -------------------------------------------------------------------------

    def delete_sale(self) -> None:
        row: ledger.SaleRow | None = self.sales.selected()
        if row is None:
            return
        question = self.tr("Delete invoice {reference} of {date} for {amount}?").format(
            reference=row.reference or self.tr("(no reference)"),
            date=format_date(row.invoice_date),
            amount=self._money(row.amount),
        )
        if row.paid > 0:
            question += " " + self.tr(
                "The {paid} paid on it will stay recorded as paid on account."
            ).format(paid=self._money(row.paid))
        self._delete(
            question,
            lambda: ledger.delete_sale(self._sessions, self._client_id, row.id, row.version),
        )

    def delete_payment(self) -> None:
        row: ledger.PaymentRow | None = self.payments.selected()
        if row is None:
            return
        question = self.tr("Delete the payment of {amount} received on {date}?").format(
            amount=self._money(row.amount), date=format_date(row.paid_on)
        )
        self._delete(
            question,
            lambda: ledger.delete_entry(
                ledger.PAYMENTS, self._sessions, self._client_id, row.id, row.version
            ),
        )

    def delete_return(self) -> None:
        row: ledger.ReturnRow | None = self.returns.selected()
        if row is None:
            return
        question = self.tr("Delete the return of {units} units on {date}?").format(
            units=format_quantity(row.units), date=format_date(row.returned_on)
        )
        self._delete(
            question,
            lambda: ledger.delete_entry(
                ledger.RETURNS, self._sessions, self._client_id, row.id, row.version
            ),
        )

    def _delete(self, question: str, delete: Callable[[], None]) -> None:
        if not self.confirm(question):
            return
        try:
            delete()
        except ClientelaError as exc:  # deleted elsewhere meanwhile: say so, show what is left
            self.show_error(describe_error(exc))
        self.refresh()
        self.changed.emit()

    def confirm(self, question: str) -> bool:
        """Overridden in tests: a real question box would block them."""
        return ask(self, self.window().windowTitle(), question)

    def show_error(self, text: str) -> None:
        message_box.warning(self, self.window().windowTitle(), text)

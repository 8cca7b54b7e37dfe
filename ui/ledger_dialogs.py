"""Dialogs to enter or correct one sale (invoice), payment or return."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from services import ledger
from services.errors import ClientelaError, Problem, ValidationError
from ui.field_message import FieldMessage
from ui.formatting import (
    date_edit_format,
    format_date,
    format_money,
    from_qdate,
    parse_decimal,
    to_qdate,
)
from ui.messages import describe_error


class LedgerEntryDialog(QDialog):
    """A form whose fields each carry a message line; subclasses say what is stored."""

    def __init__(self, sessions: sessionmaker[Session], client_id: int, currency: str, parent):
        super().__init__(parent)
        self._sessions = sessions
        self._client_id = client_id
        self._currency = currency
        self._messages: dict[str, FieldMessage] = {}
        self._form = QFormLayout()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _row(self, label: str, name: str, field: QWidget) -> None:
        field.setObjectName(name)
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(field)
        message = FieldMessage()
        message.setObjectName(f"{name}_message")
        inner.addWidget(message)
        self._messages[name] = message
        self._form.addRow(label, box)

    def _date_edit(self, value: date) -> QDateEdit:
        edit = QDateEdit(to_qdate(value))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_edit_format(self.locale()))
        return edit

    def _amount_edit(self, value: Decimal | None) -> QLineEdit:
        edit = QLineEdit(self._decimal_text(value))
        edit.setPlaceholderText("0,00" if self.locale().decimalPoint() == "," else "0.00")
        return edit

    def _decimal_text(self, value: Decimal | None) -> str:
        if value is None:
            return ""
        places = 2 if value != value.to_integral_value() else 0
        return (
            self.locale()
            .toString(float(value), "f", places)
            .replace(self.locale().groupSeparator(), "")
        )

    def _read_decimal(self, edit: QLineEdit, name: str, bad: dict[str, list[Problem]]):
        text = edit.text().strip()
        if not text:
            return None
        value = parse_decimal(text, self.locale())
        if value is None:
            bad[name] = [Problem("not_a_number")]
        return value

    def show_problems(self, problems: dict[str, list[Problem]]) -> None:
        for name, message in self._messages.items():
            message.show_problems(problems.get(name, []))

    def save(self) -> None:
        not_numbers: dict[str, list[Problem]] = {}
        data = self.entry(not_numbers)
        if not_numbers:
            self.show_problems(not_numbers)
            return
        try:
            if not self.confirm_unusual(data):
                return
            self.store(data)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        except ClientelaError as exc:
            QMessageBox.warning(self, self.windowTitle(), describe_error(exc))
            return
        self.accept()

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), question)
        return answer == QMessageBox.StandardButton.Yes

    # Subclasses fill these in.
    def entry(self, not_numbers: dict[str, list[Problem]]):
        raise NotImplementedError

    def confirm_unusual(self, data) -> bool:
        return True

    def store(self, data) -> None:
        raise NotImplementedError


def _invoice_label(row: ledger.SaleRow, currency: str) -> str:
    reference = row.reference or QCoreApplication.translate("LedgerDialogs", "no reference")
    text = QCoreApplication.translate("LedgerDialogs", "{reference} of {date} — {open} open")
    return text.format(
        reference=reference,
        date=format_date(row.invoice_date),
        open=format_money(row.open_balance, currency),
    )


class SaleDialog(LedgerEntryDialog):
    def __init__(
        self,
        sessions,
        client_id: int,
        sale: ledger.SaleRow | None = None,
        payment_term_days: int = 30,
        currency: str = "EUR",
        parent=None,
    ) -> None:
        super().__init__(sessions, client_id, currency, parent)
        self._sale = sale
        self.setWindowTitle(self.tr("New sale") if sale is None else self.tr("Edit sale"))
        today = date.today()
        self.invoice_date = self._date_edit(sale.invoice_date if sale else today)
        self.due_date = self._date_edit(
            sale.due_date if sale else today + timedelta(days=payment_term_days)
        )
        self._term = payment_term_days
        if sale is None:
            # Until the owner picks a due date, it follows the invoice date by the agreed term.
            self.invoice_date.dateChanged.connect(self._follow_invoice_date)
        self.reference = QLineEdit(sale.reference if sale else "")
        self.reference.setPlaceholderText("F-2026-001")
        self.units = self._amount_edit(sale.units if sale else None)
        self.amount = self._amount_edit(sale.amount if sale else None)
        self._row(self.tr("Invoice &date:"), "invoice_date", self.invoice_date)
        self._row(self.tr("&Due date:"), "due_date", self.due_date)
        self._row(self.tr("&Reference:"), "reference", self.reference)
        self._row(self.tr("&Units:"), "units", self.units)
        self._row(self.tr("&Amount ({currency}):").format(currency=currency), "amount", self.amount)

    def _follow_invoice_date(self, value: QDate) -> None:
        self.due_date.setDate(value.addDays(self._term))

    def entry(self, not_numbers) -> ledger.SaleInput:
        return ledger.SaleInput(
            invoice_date=from_qdate(self.invoice_date.date()),
            due_date=from_qdate(self.due_date.date()),
            reference=self.reference.text(),
            units=self._read_decimal(self.units, "units", not_numbers) or Decimal(0),
            amount=self._read_decimal(self.amount, "amount", not_numbers),
        )

    def store(self, data: ledger.SaleInput) -> None:
        if self._sale is None:
            ledger.add_sale(self._sessions, self._client_id, data)
        else:
            ledger.update_sale(self._sessions, self._client_id, self._sale.id, data)


class PaymentDialog(LedgerEntryDialog):
    def __init__(
        self,
        sessions,
        client_id: int,
        payment: ledger.PaymentRow | None = None,
        currency: str = "EUR",
        parent=None,
    ) -> None:
        super().__init__(sessions, client_id, currency, parent)
        self._payment = payment
        self.setWindowTitle(self.tr("New payment") if payment is None else self.tr("Edit payment"))
        self.paid_on = self._date_edit(payment.paid_on if payment else date.today())
        self.invoice = QComboBox()
        self._open = {row.id: row for row in ledger.open_invoices(sessions, client_id)}
        for row in self._open.values():
            self.invoice.addItem(_invoice_label(row, currency), row.id)
        if payment is not None and payment.sale_id and payment.sale_id not in self._open:
            self.invoice.addItem(payment.invoice_reference or self.tr("invoice"), payment.sale_id)
        self.invoice.addItem(self.tr("On account (no invoice)"), None)
        self.amount = self._amount_edit(payment.amount if payment else None)
        self.reference = QLineEdit(payment.reference if payment else "")
        if payment is not None:
            self.invoice.setCurrentIndex(self.invoice.findData(payment.sale_id))
        else:
            self.invoice.currentIndexChanged.connect(self._suggest_amount)
            self._suggest_amount()
        self._row(self.tr("&Date:"), "paid_on", self.paid_on)
        self._row(self.tr("&Invoice:"), "sale_id", self.invoice)
        self._row(self.tr("&Amount ({currency}):").format(currency=currency), "amount", self.amount)
        self._row(self.tr("&Reference:"), "reference", self.reference)

    def _suggest_amount(self) -> None:
        row = self._open.get(self.invoice.currentData())
        if row is not None:
            self.amount.setText(self._decimal_text(row.open_balance))

    def entry(self, not_numbers) -> ledger.PaymentInput:
        return ledger.PaymentInput(
            paid_on=from_qdate(self.paid_on.date()),
            amount=self._read_decimal(self.amount, "amount", not_numbers),
            sale_id=self.invoice.currentData(),
            reference=self.reference.text(),
        )

    def confirm_unusual(self, data: ledger.PaymentInput) -> bool:
        owed = ledger.payment_exceeds_owed(
            self._sessions, self._client_id, data, self._payment.id if self._payment else None
        )
        if owed is None:
            return True
        return self.confirm(
            self.tr(
                "This payment ({amount}) is more than the {owed} owed. Record it anyway?"
            ).format(
                amount=format_money(data.amount, self._currency),
                owed=format_money(owed, self._currency),
            )
        )

    def store(self, data: ledger.PaymentInput) -> None:
        if self._payment is None:
            ledger.add_payment(self._sessions, self._client_id, data)
        else:
            ledger.update_payment(self._sessions, self._client_id, self._payment.id, data)


class ReturnDialog(LedgerEntryDialog):
    def __init__(
        self,
        sessions,
        client_id: int,
        entry: ledger.ReturnRow | None = None,
        currency: str = "EUR",
        parent=None,
    ) -> None:
        super().__init__(sessions, client_id, currency, parent)
        self._entry = entry
        self.setWindowTitle(self.tr("New return") if entry is None else self.tr("Edit return"))
        self.returned_on = self._date_edit(entry.returned_on if entry else date.today())
        self.invoice = QComboBox()
        self.invoice.addItem(self.tr("Not linked to an invoice"), None)
        for row in ledger.list_sales(sessions, client_id):
            self.invoice.addItem(
                f"{row.reference or self.tr('no reference')} — {format_date(row.invoice_date)}",
                row.id,
            )
        if entry is not None:
            self.invoice.setCurrentIndex(max(0, self.invoice.findData(entry.sale_id)))
        self.units = self._amount_edit(entry.units if entry else None)
        self.amount = self._amount_edit(entry.amount if entry else None)
        self.reason = QLineEdit(entry.reason if entry else "")
        self.reason.setPlaceholderText(self.tr("Why it came back"))
        self._row(self.tr("&Date:"), "returned_on", self.returned_on)
        self._row(self.tr("&Invoice:"), "sale_id", self.invoice)
        self._row(self.tr("&Units:"), "units", self.units)
        self._row(
            self.tr("&Credited amount ({currency}):").format(currency=currency),
            "amount",
            self.amount,
        )
        self._row(self.tr("&Reason:"), "reason", self.reason)

    def entry(self, not_numbers) -> ledger.ReturnInput:
        return ledger.ReturnInput(
            returned_on=from_qdate(self.returned_on.date()),
            units=self._read_decimal(self.units, "units", not_numbers),
            amount=self._read_decimal(self.amount, "amount", not_numbers) or Decimal(0),
            reason=self.reason.text(),
            sale_id=self.invoice.currentData(),
        )

    def store(self, data: ledger.ReturnInput) -> None:
        if self._entry is None:
            ledger.add_return(self._sessions, self._client_id, data)
        else:
            ledger.update_return(self._sessions, self._client_id, self._entry.id, data)

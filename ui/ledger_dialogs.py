"""Dialogs to enter or correct one sale (invoice), payment or return.

Each dialog stores through services.ledger when the owner presses Save; on invalid input the
problems appear under their fields, the dialog stays open and nothing is stored.
"""

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
    QVBoxLayout,
    QWidget,
)

from services import ledger
from services.errors import ClientelaError, ConcurrentEditError, Problem, ValidationError
from services.plausibility import ledger_entry_doubts
from services.progress import Sessions
from ui import message_box
from ui.conflict_dialog import Choice, Difference, resolve_conflict
from ui.doubts import describe_doubt
from ui.field_message import FieldMessage, with_message
from ui.formatting import (
    date_edit_format,
    format_date,
    format_money,
    from_qdate,
    parse_decimal,
    to_qdate,
)
from ui.messages import describe_error
from ui.questions import ask

Problems = dict[str, list[Problem]]


def _invoice_label(row: ledger.SaleRow, currency: str) -> str:
    reference = row.reference or QCoreApplication.translate("LedgerDialogs", "no reference")
    text = QCoreApplication.translate("LedgerDialogs", "{reference} of {date} — {open} open")
    return text.format(
        reference=reference,
        date=format_date(row.invoice_date),
        open=format_money(row.open_balance, currency),
    )


class LedgerEntryDialog(QDialog):
    """A form whose fields each carry a message line; subclasses say what is stored."""

    def __init__(self, sessions: Sessions, client_id: int, currency: str, parent) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._client_id = client_id
        self._currency = currency
        self._messages: dict[str, FieldMessage] = {}
        self._fields: list[QWidget] = []  # in the order the rows show them
        self.saved_id: int | None = None  # the stored entry, once Save succeeded
        self._editing_id: int | None = None  # the stored entry being corrected, if any
        # Its version when the dialog opened: a colleague's save since is not overwritten.
        self._editing_version: int | None = None
        self._labels: dict[str, str] = {}
        self._form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    # -- building the form ----------------------------------------------------------------

    def _row(self, label: str, name: str, field: QWidget) -> None:
        self._labels[name] = label.replace("&", "").rstrip(":*").strip()
        box, self._messages[name] = with_message(name, field)
        self._form.addRow(label, box)
        # Tab follows the rows as they read, then the buttons, whatever order the fields
        # were made in (the dates are made after the fields that follow them).
        if self._fields:
            QWidget.setTabOrder(self._fields[-1], field)
        QWidget.setTabOrder(field, self.buttons)
        self._fields.append(field)

    def fields_in_order(self) -> list[QWidget]:
        return list(self._fields)

    def _date_edit(self, value: date) -> QDateEdit:
        edit = QDateEdit(to_qdate(value))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_edit_format(self.locale()))
        # The service refuses dates outside these years; the editor cannot reach them.
        edit.setDateRange(to_qdate(ledger.EARLIEST_DATE), to_qdate(ledger.LATEST_DATE))
        return edit

    def _number_edit(self, value: Decimal | None, *, money: bool) -> QLineEdit:
        edit = QLineEdit(self._number_text(value, money=money))
        zero = "0" if not money else self.locale().toString(0.0, "f", 2)
        edit.setPlaceholderText(zero)
        return edit

    def _number_text(self, value: Decimal | None, *, money: bool) -> str:
        """How the number is typed back: the locale's decimal mark, no thousands separator."""
        if value is None:
            return ""
        if value == value.to_integral_value():
            text = str(int(value))
        else:
            text = format(value.quantize(Decimal("0.01")) if money else value.normalize(), "f")
        return text.replace(".", self.locale().decimalPoint())

    def _read_number(self, edit: QLineEdit, name: str, unreadable: Problems) -> Decimal | None:
        text = edit.text().strip()
        if not text:
            return None
        value = parse_decimal(text, self.locale())
        if value is None:
            unreadable[name] = [Problem("not_a_number")]
        return value

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> None:
        """Check, ask about anything unusual, then store; stays open when something is wrong."""
        unreadable: Problems = {}
        data = self.entry(unreadable)
        problems = self.validate(data) | unreadable  # "not a number" beats "required"
        if problems:
            self.show_problems(problems)
            return
        self.show_problems({})
        try:
            if not self.confirm_unusual(data):
                return
            while True:
                try:
                    self.saved_id = self.store(data)
                    break
                except ConcurrentEditError:
                    choice = self._resolve_conflict(data)
                    if choice is Choice.OVERWRITE:
                        continue  # over the version just shown, knowingly
                    if choice is Choice.RELOAD:
                        self.saved_id = self._editing_id  # the list shows theirs
                        self.accept()
                    return
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        except ClientelaError as exc:
            self.show_error(describe_error(exc))
            return
        self.accept()

    def _resolve_conflict(self, data) -> Choice:
        """Someone else saved this entry meanwhile: theirs beside ours, and the choice."""
        theirs = next((row for row in self.stored_rows() if row.id == self._editing_id), None)
        if theirs is None:  # deleted meanwhile
            self.show_error(describe_error(ClientelaError("not_found")))
            return Choice.KEEP_EDITING
        differences: list[Difference] = [
            (self._labels.get(name, name), self._shown(theirs_value), self._shown(mine))
            for name, mine in vars(data).items()
            if hasattr(theirs, name) and (theirs_value := getattr(theirs, name)) != mine
        ]
        intro = QCoreApplication.translate(
            "LedgerDialogs",
            "Someone else saved this entry while you were editing it. Here is what they "
            "saved beside what you typed. Take their version, or save yours over it?",
        )
        choice = resolve_conflict(self, intro, differences)
        if choice is Choice.OVERWRITE:
            self._editing_version = theirs.version
        return choice

    def _shown(self, value: object) -> str:
        if isinstance(value, date):
            return format_date(value, self.locale())
        if isinstance(value, Decimal):
            return self._number_text(value, money=True)
        return "" if value is None else str(value)

    def stored_rows(self) -> list:
        """The client's stored entries of this dialog's kind."""
        raise NotImplementedError

    def show_problems(self, problems: Problems) -> None:
        """Each field's problems under it; the focus goes to the first field to fix."""
        first = None
        for name, message in self._messages.items():
            message.show_problems(problems.get(name, []))
            if first is None and problems.get(name):
                first = self.findChild(QWidget, name)
        if first is not None:
            first.setFocus()

    def confirm(self, question: str) -> bool:
        """Overridden in tests: a real question box would block them."""
        return ask(self, self.windowTitle(), question)

    def show_error(self, text: str) -> None:
        message_box.warning(self, self.windowTitle(), text)

    # Subclasses fill these in.
    def entry(self, unreadable: Problems):
        """The input as typed; numbers that cannot be read are None and noted in unreadable."""
        raise NotImplementedError

    def validate(self, data) -> Problems:
        raise NotImplementedError

    def confirm_unusual(self, data) -> bool:
        """Ask before storing an entry that is allowed but looks like a typo."""
        doubts = ledger_entry_doubts(
            self._sessions, self._client_id, data, date.today(), self._editing_id
        )
        if not doubts:
            return True
        sentences = [describe_doubt(doubt, self._currency) for doubt in doubts]
        anyway = QCoreApplication.translate("LedgerDialogs", "Record it anyway?")
        return self.confirm("\n\n".join([*sentences, anyway]))

    def store(self, data) -> int:
        raise NotImplementedError


class SaleDialog(LedgerEntryDialog):
    """A new invoice (no ``sale``) or a correction of one."""

    def __init__(
        self,
        sessions: Sessions,
        client_id: int,
        sale: ledger.SaleRow | None = None,
        payment_term_days: int = 30,
        currency: str = "EUR",
        parent=None,
    ) -> None:
        super().__init__(sessions, client_id, currency, parent)
        self._sale = sale
        self._editing_id = sale.id if sale else None
        self._editing_version = sale.version if sale else None
        self._term = payment_term_days
        self.setWindowTitle(self.tr("New sale") if sale is None else self.tr("Edit sale"))
        today = date.today()
        self.invoice_date = self._date_edit(sale.invoice_date if sale else today)
        self.due_date = self._date_edit(
            sale.due_date if sale else today + timedelta(days=payment_term_days)
        )
        self._last_invoice_date = self.invoice_date.date()
        self.invoice_date.dateChanged.connect(self._follow_invoice_date)
        self.reference = QLineEdit(sale.reference if sale else "")
        self.reference.setMaxLength(ledger.REFERENCE_LENGTH)
        self.reference.setPlaceholderText("F-2026-001")
        self.units = self._number_edit(sale.units if sale else None, money=False)
        self.amount = self._number_edit(sale.amount if sale else None, money=True)
        # The reference is what the owner types first, so it is the first row: Tab then goes
        # on down through the dates instead of reaching them last, after the buttons.
        self._row(self.tr("&Reference:"), "reference", self.reference)
        self._row(self.tr("Invoice &date:"), "invoice_date", self.invoice_date)
        self._row(self.tr("Due da&te:"), "due_date", self.due_date)
        self._row(self.tr("&Units:"), "units", self.units)
        self._row(self.tr("&Amount ({currency}):").format(currency=currency), "amount", self.amount)
        self.reference.setFocus()

    def _follow_invoice_date(self, value: QDate) -> None:
        # A due date still at the agreed term moves with the invoice date; one the owner
        # chose stays where they put it.
        if self.due_date.date() == self._last_invoice_date.addDays(self._term):
            self.due_date.setDate(value.addDays(self._term))
        self._last_invoice_date = value

    def entry(self, unreadable: Problems) -> ledger.SaleInput:
        units = self._read_number(self.units, "units", unreadable)
        return ledger.SaleInput(
            invoice_date=from_qdate(self.invoice_date.date()),
            due_date=from_qdate(self.due_date.date()),
            reference=self.reference.text(),
            units=Decimal(0) if units is None else units,  # units are optional on an invoice
            amount=self._read_number(self.amount, "amount", unreadable),
        )

    def validate(self, data: ledger.SaleInput) -> Problems:
        return ledger.validate_sale(data)

    def stored_rows(self) -> list:
        return ledger.list_sales(self._sessions, self._client_id)

    def store(self, data: ledger.SaleInput) -> int:
        if self._sale is None:
            return ledger.add_sale(self._sessions, self._client_id, data)
        ledger.update_sale(
            self._sessions, self._client_id, self._sale.id, data, self._editing_version
        )
        return self._sale.id


class PaymentDialog(LedgerEntryDialog):
    """A payment, linked to one of the client's open invoices or received on account."""

    def __init__(
        self,
        sessions: Sessions,
        client_id: int,
        payment: ledger.PaymentRow | None = None,
        currency: str = "EUR",
        parent=None,
    ) -> None:
        super().__init__(sessions, client_id, currency, parent)
        self._payment = payment
        self._editing_id = payment.id if payment else None
        self._editing_version = payment.version if payment else None
        self.setWindowTitle(self.tr("New payment") if payment is None else self.tr("Edit payment"))
        self.paid_on = self._date_edit(payment.paid_on if payment else date.today())
        self.invoice = QComboBox()
        self._open = {row.id: row for row in ledger.open_invoices(sessions, client_id)}
        linked = payment.sale_id if payment else None
        if linked is not None and linked not in self._open:
            # The invoice this payment settles in full is no longer open, but stays choosable.
            for row in ledger.list_sales(sessions, client_id):
                if row.id == linked:
                    self.invoice.addItem(_invoice_label(row, currency), row.id)
        for row in self._open.values():
            self.invoice.addItem(_invoice_label(row, currency), row.id)
        self.invoice.addItem(self.tr("On account (no invoice)"), None)
        self.amount = self._number_edit(payment.amount if payment else None, money=True)
        self.reference = QLineEdit(payment.reference if payment else "")
        self.reference.setMaxLength(ledger.REFERENCE_LENGTH)
        self._suggested = ""
        if payment is not None:
            self.invoice.setCurrentIndex(self.invoice.findData(linked))
        else:
            self.invoice.setCurrentIndex(0)  # the oldest open invoice, if any
            self._suggest_amount()
        self.invoice.currentIndexChanged.connect(self._suggest_amount)
        self._row(self.tr("&Date:"), "paid_on", self.paid_on)
        self._row(self.tr("&Invoice:"), "sale_id", self.invoice)
        self._row(self.tr("&Amount ({currency}):").format(currency=currency), "amount", self.amount)
        self._row(self.tr("&Reference:"), "reference", self.reference)
        self.amount.setFocus()

    def _suggest_amount(self) -> None:
        """Offer the chosen invoice's open balance, unless the owner typed an amount."""
        if self.amount.text() not in ("", self._suggested):
            return
        row = self._open.get(self.invoice.currentData())
        self._suggested = self._number_text(row.open_balance, money=True) if row else ""
        self.amount.setText(self._suggested)

    def entry(self, unreadable: Problems) -> ledger.PaymentInput:
        return ledger.PaymentInput(
            paid_on=from_qdate(self.paid_on.date()),
            amount=self._read_number(self.amount, "amount", unreadable),
            reference=self.reference.text(),
            sale_id=self.invoice.currentData(),
        )

    def validate(self, data: ledger.PaymentInput) -> Problems:
        return ledger.validate_payment(data)

    def confirm_unusual(self, data: ledger.PaymentInput) -> bool:
        if not super().confirm_unusual(data):
            return False
        owed = ledger.payment_exceeds_owed(self._sessions, self._client_id, data, self._editing_id)
        if owed is None:
            return True
        question = self.tr(
            "This payment ({amount}) is more than the {owed} owed. Record it anyway?"
        ).format(
            amount=format_money(data.amount, self._currency),
            owed=format_money(owed, self._currency),
        )
        return self.confirm(question)

    def stored_rows(self) -> list:
        return ledger.list_entries(ledger.PAYMENTS, self._sessions, self._client_id)

    def store(self, data: ledger.PaymentInput) -> int:
        return _store_entry(self, data)


class ReturnDialog(LedgerEntryDialog):
    """Goods sent back, optionally linked to the invoice they came from (any, paid or not)."""

    def __init__(
        self,
        sessions: Sessions,
        client_id: int,
        entry: ledger.ReturnRow | None = None,
        currency: str = "EUR",
        parent=None,
    ) -> None:
        super().__init__(sessions, client_id, currency, parent)
        self._entry = entry
        self._editing_id = entry.id if entry else None
        self._editing_version = entry.version if entry else None
        self.setWindowTitle(self.tr("New return") if entry is None else self.tr("Edit return"))
        self.returned_on = self._date_edit(entry.returned_on if entry else date.today())
        self.invoice = QComboBox()
        self.invoice.addItem(self.tr("Not linked to an invoice"), None)
        for row in ledger.list_sales(sessions, client_id):
            reference = row.reference or QCoreApplication.translate("LedgerDialogs", "no reference")
            self.invoice.addItem(f"{reference} — {format_date(row.invoice_date)}", row.id)
        if entry is not None:
            self.invoice.setCurrentIndex(max(0, self.invoice.findData(entry.sale_id)))
        self.units = self._number_edit(entry.units if entry else None, money=False)
        self.amount = self._number_edit(entry.amount if entry else None, money=True)
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
        self.units.setFocus()

    def entry(self, unreadable: Problems) -> ledger.ReturnInput:
        amount = self._read_number(self.amount, "amount", unreadable)
        return ledger.ReturnInput(
            returned_on=from_qdate(self.returned_on.date()),
            units=self._read_number(self.units, "units", unreadable),
            amount=Decimal(0) if amount is None else amount,  # goods replaced, nothing credited
            reason=self.reason.text(),
            sale_id=self.invoice.currentData(),
        )

    def validate(self, data: ledger.ReturnInput) -> Problems:
        return ledger.validate_return(data)

    def stored_rows(self) -> list:
        return ledger.list_entries(ledger.RETURNS, self._sessions, self._client_id)

    def store(self, data: ledger.ReturnInput) -> int:
        return _store_entry(self, data)


def _store_entry(dialog: LedgerEntryDialog, data: ledger.EntryInput) -> int:
    """A payment's or a return's dialog saves the same way (services.ledger's entries)."""
    sessions, client_id, entry_id = dialog._sessions, dialog._client_id, dialog._editing_id
    if entry_id is None:
        return ledger.add_entry(sessions, client_id, data)
    ledger.update_entry(sessions, client_id, entry_id, data, dialog._editing_version)
    return entry_id

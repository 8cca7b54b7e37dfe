"""The business profile and ideal-client thresholds, as one form (welcome and Settings)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models import Language
from services.business_profile import ProfileData
from services.errors import Problem
from ui.field_message import FieldMessage
from ui.labels import language_label


class ProfileForm(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._edits: dict[str, QLineEdit] = {}
        self._messages: dict[str, FieldMessage] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._business_group(), 1)
        layout.addWidget(self._thresholds_group(), 1)

    # -- construction ---------------------------------------------------------------------

    def _add(self, form: QFormLayout, label: str, name: str, field: QWidget, tip: str = "") -> None:
        field.setObjectName(name)
        if tip:
            field.setToolTip(tip)
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(field)
        message = FieldMessage()
        message.setObjectName(f"{name}_message")
        inner.addWidget(message)
        self._messages[name] = message
        form.addRow(label, box)

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self._edits[name] = edit
        return edit

    def _business_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Your business"))
        outer = QVBoxLayout(group)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # spare height below the fields, not inside the address box
        self._add(form, self.tr("Business &name*:"), "name", self._line("name"))
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self._add(form, self.tr("&Address:"), "address", self.address)
        self._add(form, self.tr("C&ity:"), "city", self._line("city"))
        self._add(form, self.tr("Co&untry:"), "country", self._line("country"))
        self._add(form, self.tr("&Tax id:"), "tax_id", self._line("tax_id"))
        self._add(form, self.tr("&Email:"), "email", self._line("email"))
        self._add(form, self.tr("&Phone:"), "phone", self._line("phone"))

        self.logo_path = QLineEdit()
        self.logo_path.setPlaceholderText(self.tr("PNG or JPEG, shown on your letters"))
        browse = QPushButton(self.tr("Bro&wse…"))
        browse.clicked.connect(self._choose_logo)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(64, 32)
        self.logo_path.textChanged.connect(self._show_logo)
        logo_row = QWidget()
        logo_layout = QHBoxLayout(logo_row)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        logo_layout.addWidget(self.logo_path, 1)
        logo_layout.addWidget(browse)
        logo_layout.addWidget(self.logo_preview)
        self._add(form, self.tr("L&ogo:"), "logo_path", logo_row)

        self._add(form, self.tr("Signed &by:"), "signer_name", self._line("signer_name"))
        self._add(
            form,
            self.tr("Signer's &role:"),
            "signer_role",
            self._line("signer_role", self.tr("Managing director")),
        )
        self.default_language = QComboBox()
        for language in Language:
            self.default_language.addItem(language_label(language), language.value)
        self._add(form, self.tr("Letter lan&guage:"), "default_language", self.default_language)
        self.currency = QLineEdit("EUR")
        self.currency.setMaxLength(3)
        self.currency.setFixedWidth(60)
        self._add(form, self.tr("Cu&rrency:"), "currency", self.currency)
        self.loyalty_offer = QLineEdit()
        self.loyalty_offer.setPlaceholderText(self.tr("e.g. 10 % off your next order"))
        self._add(
            form,
            self.tr("Lo&yalty offer:"),
            "loyalty_offer",
            self.loyalty_offer,
            self.tr("What thank-you letters offer your best clients."),
        )
        return group

    def _days(self, maximum: int = 3650) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, maximum)
        box.setSuffix(self.tr(" days"))
        return box

    def _thresholds_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Your ideal client"))
        outer = QVBoxLayout(group)
        intro = QLabel(
            self.tr(
                "Clientela compares each client's ledger with these figures to suggest "
                "answers when you evaluate them."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #555;")
        outer.addWidget(intro)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        self.payment_term_days = self._days()
        self._add(
            form,
            self.tr("Agreed payment &term:"),
            "payment_term_days",
            self.payment_term_days,
            self.tr("The days you give clients to pay an invoice."),
        )
        self.tolerated_delay_days = self._days()
        self._add(
            form,
            self.tr("Tolerated &delay:"),
            "tolerated_delay_days",
            self.tolerated_delay_days,
            self.tr("Lateness beyond the term you still accept from a good client."),
        )
        self.hard_limit_days = self._days()
        self._add(
            form,
            self.tr("&Hard limit:"),
            "hard_limit_days",
            self.hard_limit_days,
            self.tr("Paying this late, or later, is a red flag on its own."),
        )
        self.max_return_rate_percent = QDoubleSpinBox()
        self.max_return_rate_percent.setRange(0, 100)
        self.max_return_rate_percent.setDecimals(1)
        self.max_return_rate_percent.setSuffix(" %")
        self._add(
            form,
            self.tr("Maximum return &rate:"),
            "max_return_rate_percent",
            self.max_return_rate_percent,
            self.tr("A client who sends back more than this is never satisfied."),
        )
        self.min_units_per_year = QDoubleSpinBox()
        self.min_units_per_year.setRange(0, 10**9)
        self.min_units_per_year.setDecimals(0)
        self._add(
            form,
            self.tr("Minimum &units a year:"),
            "min_units_per_year",
            self.min_units_per_year,
            self.tr("Below this a client buys too little for the effort they take."),
        )
        self.min_revenue_per_year = QDoubleSpinBox()
        self.min_revenue_per_year.setRange(0, 10**11)
        self.min_revenue_per_year.setDecimals(2)
        self.min_revenue_per_year.setGroupSeparatorShown(True)
        self._add(
            form,
            self.tr("Minimum re&venue a year:"),
            "min_revenue_per_year",
            self.min_revenue_per_year,
            self.tr("Below this a client buys too little for the effort they take."),
        )
        self.review_interval_days = self._days()
        self._add(
            form,
            self.tr("Review &every:"),
            "review_interval_days",
            self.review_interval_days,
            self.tr("How often each client should be evaluated again."),
        )
        return group

    # -- data -----------------------------------------------------------------------------

    def set_data(self, data: ProfileData) -> None:
        for name, edit in self._edits.items():
            edit.setText(getattr(data, name))
        self.address.setPlainText(data.address)
        self.logo_path.setText(data.logo_path)
        self.default_language.setCurrentIndex(self.default_language.findData(data.default_language))
        self.currency.setText(data.currency)
        self.loyalty_offer.setText(data.loyalty_offer)
        self.payment_term_days.setValue(data.payment_term_days)
        self.tolerated_delay_days.setValue(data.tolerated_delay_days)
        self.hard_limit_days.setValue(data.hard_limit_days)
        self.max_return_rate_percent.setValue(float(data.max_return_rate_percent))
        self.min_units_per_year.setValue(float(data.min_units_per_year))
        self.min_revenue_per_year.setValue(float(data.min_revenue_per_year))
        self.review_interval_days.setValue(data.review_interval_days)

    def data(self) -> ProfileData:
        def decimal(box: QDoubleSpinBox) -> Decimal:
            return Decimal(str(round(box.value(), box.decimals())))

        return ProfileData(
            **{name: edit.text() for name, edit in self._edits.items()},
            address=self.address.toPlainText(),
            logo_path=self.logo_path.text(),
            default_language=self.default_language.currentData(),
            currency=self.currency.text(),
            loyalty_offer=self.loyalty_offer.text(),
            payment_term_days=self.payment_term_days.value(),
            tolerated_delay_days=self.tolerated_delay_days.value(),
            hard_limit_days=self.hard_limit_days.value(),
            max_return_rate_percent=decimal(self.max_return_rate_percent),
            min_units_per_year=decimal(self.min_units_per_year),
            min_revenue_per_year=decimal(self.min_revenue_per_year),
            review_interval_days=self.review_interval_days.value(),
        )

    def show_problems(self, problems: dict[str, list[Problem]]) -> None:
        first = None
        for name, message in self._messages.items():
            message.show_problems(problems.get(name, []))
            if name in problems and first is None:
                first = self.findChild(QWidget, name)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_problems(self) -> None:
        for message in self._messages.values():
            message.clear_message()

    def _choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose your logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo_path.setText(path)

    def _show_logo(self, path: str) -> None:
        pixmap = QPixmap(path) if path else QPixmap()
        if pixmap.isNull():
            self.logo_preview.clear()
        else:
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    self.logo_preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

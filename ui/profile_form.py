"""The business profile and ideal-client thresholds, as one form (welcome and Settings)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPalette, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
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
    QWhatsThis,
    QWidget,
)

from models import Language
from services.business_profile import ProfileData
from services.errors import Problem
from ui.field_message import FieldMessage
from ui.labels import language_label

# Plain one-line text fields, in ProfileData's names.
_LINE_FIELDS = ("name", "postal_code", "city", "country", "tax_id", "email", "phone", "signer_name")
_LOGO_PREVIEW = (72, 36)
_UNLIMITED = 16777215  # QWIDGETSIZE_MAX: a widget's maximum width when nothing limits it


class ProfileForm(QWidget):
    """Every field of the business profile; ``set_data``/``data`` exchange a ProfileData."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edits: dict[str, QLineEdit] = {}
        self._messages: dict[str, FieldMessage] = {}
        self.labels: dict[str, str] = {}  # field -> its label, plain (a conflict names it)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self._business_group(), 1)
        layout.addWidget(self._thresholds_group(), 1)

    def field(self, name: str) -> QWidget:
        """The input widget of a ProfileData field, for focus and for tests."""
        widget = self.findChild(QWidget, name)
        if widget is None:
            raise KeyError(name)
        return widget

    # -- construction ---------------------------------------------------------------------

    def _add(
        self,
        form: QFormLayout,
        label: str,
        name: str,
        field: QWidget,
        help_text: str = "",
    ) -> None:
        """One row: the field, its (hidden) problem message, then a line on why it matters."""
        if not field.objectName():
            field.setObjectName(name)
        self.labels[name] = label.replace("&", "").rstrip(":*").strip()
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        if field.maximumWidth() < _UNLIMITED or isinstance(field, QComboBox):
            # Narrow fields keep their width; the message and help below may be wider.
            inner.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            inner.addWidget(field)
        message = FieldMessage()
        message.setObjectName(f"{name}_message")
        inner.addWidget(message)
        self._messages[name] = message
        if help_text:
            field.setToolTip(help_text)
            field.setAccessibleDescription(help_text)
            inner.addWidget(self._help(help_text))
        form.addRow(label, box)

    def _help(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        label.setFont(font)
        return label

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        return form

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self._edits[name] = edit
        return edit

    def _business_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Your business"))
        outer = QVBoxLayout(group)
        form = self._form()
        outer.addLayout(form)
        outer.addStretch(1)  # spare height below the fields, not inside the address box
        self._add(
            form,
            self.tr("Business &name*:"),
            "name",
            self._line("name", self.tr("As it appears on your invoices")),
        )
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setPlaceholderText(self.tr("Street and number"))
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        self._add(form, self.tr("Street &address:"), "address", self.address)
        self._add(form, self.tr("Postal &code:"), "postal_code", self._line("postal_code"))
        self._add(form, self.tr("Cit&y:"), "city", self._line("city"))
        self._add(form, self.tr("Co&untry:"), "country", self._line("country"))
        self._add(form, self.tr("Tax &id:"), "tax_id", self._line("tax_id"))
        self._add(form, self.tr("&Email:"), "email", self._line("email"))
        self._add(form, self.tr("&Phone:"), "phone", self._line("phone"))
        self._add(form, self.tr("&Logo:"), "logo_path", self._logo_row())
        self._add(form, self.tr("Signed &by:"), "signer_name", self._line("signer_name"))
        self.signer_role = QLineEdit()
        self.signer_role.setPlaceholderText(self.tr("Managing director"))
        self._add(form, self.tr("&Signer's role:"), "signer_role", self.signer_role)
        self.default_language = QComboBox()
        for language in Language:
            self.default_language.addItem(language_label(language), language.value)
        self._add(
            form,
            self.tr("Letter lan&guage:"),
            "default_language",
            self.default_language,
        )
        self.currency = QLineEdit("EUR")
        self.currency.setMaxLength(3)
        self.currency.setFixedWidth(self.fontMetrics().horizontalAdvance("MMMM") + 16)
        self._add(form, self.tr("Cu&rrency:"), "currency", self.currency)
        # One offer per letter language: a letter never mixes two languages.
        self.loyalty_offer_es = QLineEdit()
        self.loyalty_offer_es.setPlaceholderText("un 10 % de descuento en su próximo pedido")
        self._add(
            form,
            self.tr("Loyalty o&ffer (Spanish):"),
            "loyalty_offer_es",
            self.loyalty_offer_es,
            self.tr(
                "What your thank-you letters in Spanish offer the clients you want to keep. "
                "Empty: no offer."
            ),
        )
        self.loyalty_offer_en = QLineEdit()
        self.loyalty_offer_en.setPlaceholderText("10 % off your next order")
        self._add(
            form,
            self.tr("Loyalty offer (English):"),
            "loyalty_offer_en",
            self.loyalty_offer_en,
            self.tr("What your thank-you letters in English offer. Empty: no offer."),
        )
        return group

    def _logo_row(self) -> QWidget:
        self.logo_path = QLineEdit()
        self.logo_path.setObjectName("logo_path")
        self.logo_path.setPlaceholderText(self.tr("PNG or JPEG image"))
        self.logo_path.textChanged.connect(self._show_logo)
        browse = QPushButton(self.tr("Browse…"))
        browse.setAutoDefault(False)  # Enter in the dialog means Start/Save, never Browse
        browse.clicked.connect(self._choose_logo)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(*_LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.hide()
        row = QWidget()
        row.setObjectName("logo_row")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.logo_path, 1)
        layout.addWidget(browse)
        layout.addWidget(self.logo_preview)
        return row

    def _number_width(self) -> int:
        # Wide enough for "1,000,000.00 EUR" or "3650 días" and an arrow pair, no wider.
        return self.fontMetrics().horizontalAdvance("0" * 16) + 40

    def _days(self, lowest: int = 0) -> QSpinBox:
        box = QSpinBox()
        box.setRange(lowest, 3650)
        box.setSuffix(self.tr(" days"))
        box.setFixedWidth(self._number_width())
        return box

    def _decimal(self, maximum: float, decimals: int, suffix: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0, maximum)
        box.setDecimals(decimals)
        box.setSuffix(suffix)
        box.setGroupSeparatorShown(True)
        box.setFixedWidth(self._number_width())
        box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        return box

    def _thresholds_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Your ideal client"))
        outer = QVBoxLayout(group)
        intro = QLabel(
            self.tr(
                "Clientela compares each client's invoices, payments and returns with these "
                "figures and suggests answers when you evaluate them."
            )
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        outer.addSpacing(4)
        form = self._form()
        outer.addLayout(form)
        outer.addStretch(1)

        self.payment_term_days = self._days()
        self._add(
            form,
            self.tr("Agreed payment &term:"),
            "payment_term_days",
            self.payment_term_days,
            self.tr("The days your invoices give clients to pay; lateness counts from here."),
        )
        self.tolerated_delay_days = self._days()
        self._add(
            form,
            self.tr("T&olerated delay:"),
            "tolerated_delay_days",
            self.tolerated_delay_days,
            self.tr("Extra days you accept before a client counts as a late payer."),
        )
        self.hard_limit_days = self._days(lowest=1)
        self._add(
            form,
            self.tr("&Hard limit:"),
            "hard_limit_days",
            self.hard_limit_days,
            self.tr("Paying this many days after the invoice, or later, is a red flag on its own."),
        )
        self.max_return_rate_percent = self._decimal(100, 1, " %")
        self._add(
            form,
            self.tr("Ma&ximum return rate:"),
            "max_return_rate_percent",
            self.max_return_rate_percent,
            self.tr(
                "A client who sends back more than this share of purchases is rarely satisfied."
            ),
        )
        self.min_units_per_year = self._decimal(10**9, 0, self.tr(" units"))
        self.min_units_per_year.setSpecialValueText(self.tr("No minimum"))
        self._add(
            form,
            self.tr("&Minimum units a year:"),
            "min_units_per_year",
            self.min_units_per_year,
            self.tr("Fewer than this and a client buys too little for the effort they take."),
        )
        self.min_revenue_per_year = self._decimal(10**11, 2, "")
        self.min_revenue_per_year.setSpecialValueText(self.tr("No minimum"))
        self._add(
            form,
            self.tr("Minimum re&venue a year:"),
            "min_revenue_per_year",
            self.min_revenue_per_year,
            self.tr("Less than this in a year and a client may not be worth their time."),
        )
        self.currency.textChanged.connect(self._show_currency)
        self._show_currency(self.currency.text())
        self.review_interval_days = self._days(lowest=1)
        self._add(
            form,
            self.tr("Revie&w every:"),
            "review_interval_days",
            self.review_interval_days,
            self.tr("How soon each evaluation asks to be repeated, so no client is forgotten."),
        )
        self._explain_thresholds()
        guide = QLabel('<a href="#start">' + self.tr("How Clientela uses these figures") + "</a>")
        guide.setObjectName("thresholds_guide_link")
        guide.setToolTip(self.tr("Opens the user guide. Shift+F1 on a field explains it."))
        guide.linkActivated.connect(self._open_guide)
        outer.insertWidget(1, guide)
        return group

    def _explain_thresholds(self) -> None:
        """What's this (Shift+F1) on each threshold: how the verdicts use it, with an example."""
        explanations = {
            self.payment_term_days: self.tr(
                "<b>Agreed payment term</b><p>The days your invoices give a client to pay, as "
                "agreed with them. A client who pays within this term, plus the tolerated "
                "delay, pays on time. Example: with 30 days, an invoice of 1 March is due on "
                "31 March.</p>"
            ),
            self.tolerated_delay_days: self.tr(
                "<b>Tolerated delay</b><p>The extra days you accept after the term before a "
                "client counts as a late payer. A late payer gets <i>Set boundaries</i>: a "
                "reminder of the terms with the facts. Example: term 30 and delay 15, paying "
                "on average 50 days after the invoice is paying late.</p>"
            ),
            self.hard_limit_days: self.tr(
                "<b>Hard limit</b><p>Paying this many days after the invoice or later, or "
                "leaving an invoice unpaid past it, is a red flag: the checklist recommends "
                "<i>Let go</i> whatever the score, except for a strategic or class-A client, "
                "who gets <i>Set boundaries</i> first. The articles behind Clientela name the "
                "client who pays at 160 days or more.</p>"
            ),
            self.max_return_rate_percent: self.tr(
                "<b>Maximum return rate</b><p>The share of what a client buys (in units, or "
                "in value for services) that you accept to see returned in a year. Over it: "
                "<i>Set boundaries</i>; far over it and repeatedly: a red flag.</p>"
            ),
            self.min_units_per_year: self.tr(
                "<b>Minimum units a year</b><p>Below this a client buys too little for the "
                "effort: <i>Watch</i> first, <i>Let go</i> when it persists. Leave it at "
                "<i>No minimum</i> if volume does not matter to you.</p>"
            ),
            self.min_revenue_per_year: self.tr(
                "<b>Minimum revenue a year</b><p>Like the minimum units, in money over the "
                "last 12 months.</p>"
            ),
            self.review_interval_days: self.tr(
                "<b>Review every</b><p>How many days after an evaluation the client is due "
                "for the next one; <i>Watch</i> asks for a review sooner.</p>"
            ),
        }
        for field, text in explanations.items():
            field.setWhatsThis(text)
        # The dialogs this form sits in are modal: the main window's Help → What's this
        # cannot be reached from them, so the form answers Shift+F1 itself.
        ask = QShortcut(QKeySequence.StandardKey.WhatsThis, self)
        ask.activated.connect(QWhatsThis.enterWhatsThisMode)

    def _open_guide(self, _link: str = "") -> None:
        from ui.user_guide import show_user_guide  # loaded on first use

        show_user_guide(self, "start")

    # -- data -----------------------------------------------------------------------------

    def set_data(self, data: ProfileData) -> None:
        for name in _LINE_FIELDS:
            self._edits[name].setText(getattr(data, name))
        self.address.setPlainText(data.address)
        self.logo_path.setText(data.logo_path)
        self.signer_role.setText(data.signer_role)
        self.default_language.setCurrentIndex(
            max(0, self.default_language.findData(data.default_language))
        )
        self.currency.setText(data.currency)
        self.loyalty_offer_es.setText(data.loyalty_offer_es)
        self.loyalty_offer_en.setText(data.loyalty_offer_en)
        self.payment_term_days.setValue(data.payment_term_days)
        self.tolerated_delay_days.setValue(data.tolerated_delay_days)
        self.hard_limit_days.setValue(data.hard_limit_days)
        # The spin boxes hold floats; their few decimals and ranges keep these exact.
        self.max_return_rate_percent.setValue(float(data.max_return_rate_percent))
        self.min_units_per_year.setValue(float(data.min_units_per_year))
        self.min_revenue_per_year.setValue(float(data.min_revenue_per_year))
        self.review_interval_days.setValue(data.review_interval_days)

    def data(self) -> ProfileData:
        def decimal(box: QDoubleSpinBox) -> Decimal:
            return Decimal(f"{box.value():.{box.decimals()}f}")

        return ProfileData(
            **{name: self._edits[name].text() for name in _LINE_FIELDS},
            address=self.address.toPlainText(),
            logo_path=self.logo_path.text(),
            signer_role=self.signer_role.text(),
            default_language=self.default_language.currentData(),
            currency=self.currency.text(),
            loyalty_offer_es=self.loyalty_offer_es.text(),
            loyalty_offer_en=self.loyalty_offer_en.text(),
            payment_term_days=self.payment_term_days.value(),
            tolerated_delay_days=self.tolerated_delay_days.value(),
            hard_limit_days=self.hard_limit_days.value(),
            max_return_rate_percent=decimal(self.max_return_rate_percent),
            min_units_per_year=decimal(self.min_units_per_year),
            min_revenue_per_year=decimal(self.min_revenue_per_year),
            review_interval_days=self.review_interval_days.value(),
        )

    def show_problems(self, problems: dict[str, list[Problem]]) -> None:
        """Show each field's problems under it and put the cursor in the first one."""
        first = None
        for name, message in self._messages.items():
            message.show_problems(problems.get(name, []))
            if name in problems and first is None:
                first = self.field(name)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_problems(self) -> None:
        for message in self._messages.values():
            message.clear_message()

    # -- reactions ------------------------------------------------------------------------

    def _choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose your logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo_path.setText(path)

    def _show_logo(self, path: str) -> None:
        pixmap = QPixmap(path) if path else QPixmap()
        self.logo_preview.setVisible(not pixmap.isNull())
        if pixmap.isNull():
            self.logo_preview.clear()
            return
        self.logo_preview.setPixmap(
            pixmap.scaled(
                self.logo_preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _show_currency(self, code: str) -> None:
        code = code.strip().upper()
        self.min_revenue_per_year.setSuffix(f" {code}" if code else "")

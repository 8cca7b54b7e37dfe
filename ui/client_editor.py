"""The client editor: every field of a client, checked as the owner types."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from models import FormOfAddress, Language, Stage
from services.clients import (
    ClientInput,
    ClientRecord,
    find_duplicates,
    get_client,
    save_client,
    validate_client,
)
from services.errors import ClientelaError, ValidationError
from services.tax_ids import tax_id_warning
from ui import message_box
from ui.field_message import FieldMessage, with_message
from ui.labels import form_of_address_label, language_label, stage_label
from ui.messages import describe_error
from ui.screen_fit import fit_on_screen

_LINE_FIELDS = (
    "name",
    "legal_name",
    "tax_id",
    "contact_person",
    "email",
    "phone",
    "postal_code",
    "city",
    "country",
)


class ClientEditorDialog(QDialog):
    """New client (no ``client_id``) or edit an existing one. ``saved`` holds the result."""

    def __init__(
        self, sessions: sessionmaker[Session], client_id: int | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._client_id = client_id
        self._version: int | None = None
        self.saved: ClientRecord | None = None
        self._edits: dict[str, QLineEdit] = {}
        self._messages: dict[str, FieldMessage] = {}
        self._build()
        if client_id is not None:
            self._load(get_client(sessions, client_id))
        self.setWindowTitle(self.tr("New client") if client_id is None else self.tr("Edit client"))
        self._edits["name"].setFocus()

    # -- layout ---------------------------------------------------------------------------

    def _line(self, name: str, placeholder: str = "") -> QWidget:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.editingFinished.connect(lambda: self._check_field(name))
        self._edits[name] = edit
        return self._with_message(name, edit)

    def _with_message(self, name: str, field: QWidget) -> QWidget:
        box, self._messages[name] = with_message(name, field)
        return box

    def _build(self) -> None:
        who = QGroupBox(self.tr("Who they are"))
        who_form = QFormLayout(who)
        who_form.addRow(self.tr("&Name*:"), self._line("name", self.tr("How you call them")))
        who_form.addRow(
            self.tr("&Company:"), self._line("legal_name", self.tr("Legal or company name"))
        )
        who_form.addRow(self.tr("Ta&x id:"), self._line("tax_id", "B12345678"))
        who_form.addRow(self.tr("Con&tact person:"), self._line("contact_person"))
        self._form_of_address = QComboBox()
        self._form_of_address.setObjectName("form_of_address")
        for form in FormOfAddress:
            self._form_of_address.addItem(form_of_address_label(form), form.value)
        self._form_of_address.setToolTip(
            self.tr(
                "How letters greet the contact person (or the client, when it is a person and "
                "there is no contact). With none, a company without a contact is greeted "
                "as a company."
            )
        )
        who_form.addRow(self.tr("&Form of address:"), self._form_of_address)
        who_form.addRow(self.tr("&Email:"), self._line("email", self.tr("name@example.com")))
        who_form.addRow(self.tr("&Phone:"), self._line("phone", "+34 600 000 000"))

        where = QGroupBox(self.tr("Address"))
        where_form = QFormLayout(where)
        self._address = QPlainTextEdit()
        self._address.setObjectName("address")
        self._address.setTabChangesFocus(True)
        self._address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        where_form.addRow(self.tr("St&reet:"), self._address)
        where_form.addRow(self.tr("Postal co&de:"), self._line("postal_code"))
        where_form.addRow(self.tr("C&ity:"), self._line("city"))
        where_form.addRow(self.tr("Co&untry:"), self._line("country"))

        relation = QGroupBox(self.tr("Relationship"))
        relation_form = QFormLayout(relation)
        self._stage = QComboBox()
        self._stage.setObjectName("stage")
        for stage in Stage:
            self._stage.addItem(stage_label(stage), stage.value)
        self._stage.setCurrentIndex(self._stage.findData(Stage.ACTIVE.value))
        relation_form.addRow(self.tr("&Stage:"), self._stage)
        self._language = QComboBox()
        self._language.setObjectName("language")
        for language in Language:
            self._language.addItem(language_label(language), language.value)
        relation_form.addRow(self.tr("Letter &language:"), self._language)
        self._strategic = QCheckBox(self.tr("Strategic client"))
        self._strategic.setToolTip(
            self.tr("Keep this client whatever the checklist says; never suggested for letting go.")
        )
        self._strategic.setObjectName("strategic")
        relation_form.addRow("", self._strategic)
        self._tags = QLineEdit()
        self._tags.setObjectName("tags")
        self._tags.setPlaceholderText(self.tr("wholesale, Madrid, ... (separated by commas)"))
        relation_form.addRow(self.tr("T&ags:"), self._tags)
        self._notes = QPlainTextEdit()
        self._notes.setObjectName("notes")
        self._notes.setTabChangesFocus(True)
        self._notes.setPlaceholderText(self.tr("Anything worth remembering about this client"))
        relation_form.addRow(self.tr("N&otes:"), self._notes)

        left = QVBoxLayout()
        left.addWidget(who)
        left.addWidget(where)
        left.addStretch(1)  # extra height goes to the notes, not between the fields
        who.setMinimumWidth(400)  # names and emails are the long fields; give them room
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(relation, 1)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self._buttons = buttons

        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        fit_on_screen(self, 900, 520)

    # -- data -----------------------------------------------------------------------------

    def _load(self, record: ClientRecord) -> None:
        for name, edit in self._edits.items():
            edit.setText(getattr(record, name))
        self._address.setPlainText(record.address)
        self._notes.setPlainText(record.notes)
        self._stage.setCurrentIndex(self._stage.findData(record.stage))
        self._language.setCurrentIndex(self._language.findData(record.language))
        self._strategic.setChecked(record.strategic)
        self._form_of_address.setCurrentIndex(
            max(self._form_of_address.findData(record.form_of_address), 0)
        )
        self._tags.setText(", ".join(record.tags))
        self._version = record.version

    def client_input(self) -> ClientInput:
        values = {name: self._edits[name].text() for name in _LINE_FIELDS}
        return ClientInput(
            **values,
            address=self._address.toPlainText(),
            notes=self._notes.toPlainText(),
            stage=self._stage.currentData(),
            language=self._language.currentData(),
            strategic=self._strategic.isChecked(),
            form_of_address=self._form_of_address.currentData(),
            tags=tuple(self._tags.text().split(",")),
        )

    def _check_field(self, name: str) -> None:
        """Show the problem with one field as soon as the owner leaves it."""
        if not self.isVisible():
            return  # focus also leaves fields while the dialog closes
        data = self.client_input()
        problems = validate_client(data).get(name, [])
        if name == "name" and not data.name.strip():
            problems = []  # do not scold an empty name before they tried to save
        if problems:
            self._messages[name].show_problems(problems)
        elif name in ("tax_id", "email"):
            warnings = find_duplicates(self._sessions, data, self._client_id).get(name, [])
            if name == "tax_id":
                # A check digit that does not match: most likely a typo, but the owner knows.
                mistyped = tax_id_warning(data.tax_id, data.country)
                warnings = [mistyped, *warnings] if mistyped else warnings
            self._messages[name].show_problems(warnings, warning=True)
        else:
            self._messages[name].clear_message()
        if name == "country" and data.tax_id:
            self._check_field("tax_id")  # the country decides which rules the tax id follows

    def save(self) -> None:
        data = self.client_input()
        for message in self._messages.values():
            message.clear_message()
        try:
            self.saved = save_client(self._sessions, data, self._client_id, self._version)
        except ValidationError as exc:
            self._show_problems(exc)
            return
        except ClientelaError as exc:
            message_box.warning(self, self.windowTitle(), describe_error(exc))
            return
        self.accept()

    def _show_problems(self, error: ValidationError) -> None:
        first = None
        for name, problems in error.problems.items():
            if name in self._messages:
                self._messages[name].show_problems(problems)
                first = first or self._edits.get(name)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

"""The client editor: every field of a client, checked as the owner types."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models import FormOfAddress, Language, Stage
from services.clients import (
    ClientInput,
    ClientRecord,
    client_version,
    find_duplicates,
    get_client,
    save_client,
    validate_client,
)
from services.errors import ClientelaError, ConcurrentEditError, ValidationError
from services.progress import Sessions
from services.tax_ids import tax_id_warning
from ui import message_box
from ui.conflict_dialog import Choice, Difference, resolve_conflict
from ui.field_message import FieldMessage, with_message
from ui.labels import form_of_address_label, language_label, stage_label
from ui.messages import describe_error
from ui.screen_fit import fit_on_screen

# How often an open editor looks whether someone else saved its client (and whenever its
# window becomes active again): one indexed read of one integer.
STALE_CHECK_MS = 30_000

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

    def __init__(self, sessions: Sessions, client_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._client_id = client_id
        self._version: int | None = None
        self.saved: ClientRecord | None = None
        self._edits: dict[str, QLineEdit] = {}
        self._messages: dict[str, FieldMessage] = {}
        self._build()
        self._stale_timer = QTimer(self, interval=STALE_CHECK_MS)
        self._stale_timer.timeout.connect(self.check_for_changes)
        if client_id is not None:
            self._load(get_client(sessions, client_id))
            self._stale_timer.start()
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

        # Shown when someone else saved this client after it was opened here.
        self.stale_banner = QWidget()
        self.stale_banner.setObjectName("stale_banner")
        self.stale_text = QLabel()
        self.stale_text.setWordWrap(True)
        self.stale_reload = QPushButton(self.tr("&Reload"))
        self.stale_reload.setObjectName("stale_reload")
        self.stale_reload.clicked.connect(self.reload)
        banner = QHBoxLayout(self.stale_banner)
        banner.setContentsMargins(8, 4, 8, 4)
        banner.addWidget(self.stale_text, 1)
        banner.addWidget(self.stale_reload)
        self.stale_banner.setStyleSheet(
            "QWidget#stale_banner { background: palette(tool-tip-base); "
            "border: 1px solid palette(mid); }"
        )
        self.stale_banner.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.stale_banner)
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
        self.stale_banner.hide()

    # -- someone else saving the same client ----------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.check_for_changes()  # back from another window: maybe from a colleague's

    def check_for_changes(self) -> None:
        """Mark the editor stale when the stored client is no longer the one shown."""
        if self._client_id is None or self._version is None:
            return
        try:
            stored = client_version(self._sessions, self._client_id)
        except ClientelaError:
            return  # the server is unreachable for a moment: the next look will tell
        if stored == self._version:
            return
        if stored is None:
            self.stale_text.setText(self.tr("Someone else deleted this client."))
            self.stale_reload.hide()
        else:
            self.stale_text.setText(
                self.tr(
                    "Someone else saved this client after you opened it. Reload to see "
                    "their version, or save to compare it with yours."
                )
            )
            self.stale_reload.show()
        self.stale_banner.show()

    def reload(self) -> None:
        """Show the client as now stored; what was typed here is dropped."""
        try:
            self._load(get_client(self._sessions, self._client_id))  # type: ignore[arg-type]
        except ClientelaError as exc:
            message_box.warning(self, self.windowTitle(), describe_error(exc))

    def _field_labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"),
            "legal_name": self.tr("Company"),
            "tax_id": self.tr("Tax id"),
            "contact_person": self.tr("Contact person"),
            "email": self.tr("Email"),
            "phone": self.tr("Phone"),
            "address": self.tr("Street"),
            "postal_code": self.tr("Postal code"),
            "city": self.tr("City"),
            "country": self.tr("Country"),
            "language": self.tr("Letter language"),
            "stage": self.tr("Stage"),
            "strategic": self.tr("Strategic client"),
            "notes": self.tr("Notes"),
            "tags": self.tr("Tags"),
        }

    def _shown(self, name: str, value: object) -> str:
        if name == "stage":
            return stage_label(str(value))
        if name == "language":
            return language_label(str(value))
        if name == "strategic":
            return self.tr("Yes") if value else self.tr("No")
        if name == "tags":
            return ", ".join(value)  # type: ignore[arg-type]
        return str(value)

    def _differences(self, theirs: ClientRecord, mine: ClientInput) -> list[Difference]:
        mine = mine.normalized()
        return [
            (
                label,
                self._shown(name, getattr(theirs, name)),
                self._shown(name, getattr(mine, name)),
            )
            for name, label in self._field_labels().items()
            if getattr(theirs, name) != getattr(mine, name)
        ]

    def _resolve_conflict(self, data: ClientInput) -> bool:
        """After a refused save: True to save again over the stored version (now known)."""
        try:
            theirs = get_client(self._sessions, self._client_id)  # type: ignore[arg-type]
        except ClientelaError as exc:  # deleted meanwhile
            message_box.warning(self, self.windowTitle(), describe_error(exc))
            return False
        intro = self.tr(
            "Someone else saved {name} while you were editing. Here is what they saved beside "
            "what you typed. Take their version, or save yours over it?"
        ).format(name=theirs.name)
        choice = resolve_conflict(self, intro, self._differences(theirs, data))
        if choice is Choice.OVERWRITE:
            self._version = theirs.version  # knowingly: over exactly what was shown
            return True
        if choice is Choice.RELOAD:
            self._load(theirs)
        return False

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
        while True:
            try:
                self.saved = save_client(self._sessions, data, self._client_id, self._version)
            except ValidationError as exc:
                self._show_problems(exc)
                return
            except ConcurrentEditError:
                if self._resolve_conflict(data):
                    continue  # saved again over their version, which was just shown
                return
            except ClientelaError as exc:
                message_box.warning(self, self.windowTitle(), describe_error(exc))
                return
            break
        self._stale_timer.stop()
        self.accept()

    def _show_problems(self, error: ValidationError) -> None:
        first = None
        for name, problems in error.problems.items():
            if name in self._messages:
                self._messages[name].show_problems(problems)
                first = first or self._edits.get(name)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

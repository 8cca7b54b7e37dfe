"""Settings: the business profile and thresholds, the interface language, and which book
this computer opens (its own file or a team's PostgreSQL server)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from services.authorship import AUTHOR_LENGTH, system_user
from services.business_profile import get_profile, profile_version, save_profile
from services.errors import ConcurrentEditError, ValidationError
from services.progress import Sessions
from services.server_connection import (
    DEFAULT_PORT,
    SSL_MODES,
    ServerAddress,
    ServerCheck,
    check_server,
)
from services.server_password import keyring_available, store_password, stored_password
from ui.author_setting import AUTHOR_SETTING, apply_author
from ui.backup_actions import KEEP_SETTING, MAX_KEEP, backups_to_keep
from ui.conflict_dialog import Choice, resolve_conflict
from ui.database_choice import save_server_address, server_address
from ui.i18n import LANGUAGE_SETTING
from ui.operations import query
from ui.profile_form import ProfileForm
from ui.screen_fit import fit_on_screen

_PREFERRED_SIZE = (1000, 680)


class SettingsDialog(QDialog):
    """Save validates and stores the profile and the language together; Cancel keeps both."""

    def __init__(
        self,
        sessions: Sessions,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))

        self.form = ProfileForm()
        # The version shown: a colleague's save of the profile meanwhile is not overwritten.
        self._profile_version = profile_version(sessions)
        self.form.set_data(get_profile(sessions))
        business = QWidget()
        business_layout = QVBoxLayout(business)
        business_layout.setContentsMargins(12, 12, 12, 12)
        business_layout.addWidget(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(business)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scroll, self.tr("Business"))
        self.tabs.addTab(self._application_tab(), self.tr("Application"))
        self.tabs.addTab(self._database_tab(), self.tr("Database"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        width, height = _PREFERRED_SIZE
        fit_on_screen(self, width, height)

    def _application_tab(self) -> QWidget:
        self.language = QComboBox()
        self.language.setObjectName("interface_language")
        self.language.addItem(self.tr("System default"), "")
        # Each language named in itself, so whoever needs it can find it.
        self.language.addItem("Español", "es")
        self.language.addItem("English", "en")
        current = str(self._settings.value(LANGUAGE_SETTING, "") or "")
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        note = QLabel(self.tr("Takes effect when Clientela restarts."))
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # Stored per computer (QSettings), as backups fill this computer's disk: see
        # ui/backup_actions.py.
        self.backups_to_keep = QSpinBox()
        self.backups_to_keep.setObjectName("backups_to_keep")
        self.backups_to_keep.setRange(1, MAX_KEEP)
        self.backups_to_keep.setValue(backups_to_keep(self._settings))
        backups_note = QLabel(
            self.tr("Older automatic and manual backups are deleted beyond this number.")
        )
        backups_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        # Recorded on the evaluations and letters made here: on a shared book, who did what.
        self.author = QLineEdit(str(self._settings.value(AUTHOR_SETTING, "") or ""))
        self.author.setObjectName("author")
        self.author.setMaxLength(AUTHOR_LENGTH)
        self.author.setPlaceholderText(system_user())
        self.author.setMinimumWidth(260)
        author_note = QLabel(
            self.tr("Recorded on the evaluations and letters you make. Empty: your user name.")
        )
        author_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(16, 16, 16, 16)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Interface &language:"), self.language)
        form.addRow("", note)
        form.addRow(self.tr("Backups to &keep:"), self.backups_to_keep)
        form.addRow("", backups_note)
        form.addRow(self.tr("Your &name:"), self.author)
        form.addRow("", author_note)
        return page

    def _resolve_conflict(self) -> bool:
        """Someone else saved the profile meanwhile: True to save ours over theirs."""
        version = profile_version(self._sessions)
        theirs, mine = get_profile(self._sessions), self.form.data().normalized()
        differences = [
            (self.form.labels.get(name, name), str(getattr(theirs, name)), str(value))
            for name, value in vars(mine).items()
            if getattr(theirs, name) != value
        ]
        intro = self.tr(
            "Someone else saved the business profile while you had Settings open. Here is "
            "what they saved beside yours. Take their version, or save yours over it?"
        )
        choice = resolve_conflict(self, intro, differences)
        if choice is Choice.OVERWRITE:
            self._profile_version = version
            return True
        if choice is Choice.RELOAD:
            self._profile_version = version
            self.tabs.setCurrentIndex(0)
            self.form.set_data(theirs)
        return False

    def _database_tab(self) -> QWidget:
        """The book's place: kept per computer, like the language; the password never."""
        address = server_address(self._settings)
        self.use_file = QRadioButton(self.tr("This computer's &file (one person)"))
        self.use_file.setObjectName("use_file")
        self.use_server = QRadioButton(self.tr("A Postgre&SQL server (a team shares one book)"))
        self.use_server.setObjectName("use_server")
        (self.use_server if address else self.use_file).setChecked(True)
        address = address or ServerAddress("", "clientela", "")
        self.host = QLineEdit(address.host)
        self.host.setObjectName("server_host")
        self.host.setPlaceholderText(self.tr("server name or address"))
        self.port = QSpinBox()
        self.port.setObjectName("server_port")
        self.port.setRange(1, 65535)
        self.port.setValue(address.port or DEFAULT_PORT)
        self.database = QLineEdit(address.database)
        self.database.setObjectName("server_database")
        self.user = QLineEdit(address.user)
        self.user.setObjectName("server_user")
        self.ssl_mode = QComboBox()
        self.ssl_mode.setObjectName("server_ssl_mode")
        labels = {
            "prefer": self.tr("Use SSL when the server offers it"),
            "require": self.tr("Always use SSL"),
            "verify-full": self.tr("Always use SSL and check the server's certificate"),
            "disable": self.tr("Never use SSL"),
        }
        for mode in SSL_MODES:
            self.ssl_mode.addItem(labels[mode], mode)
        self.ssl_mode.setCurrentIndex(max(0, self.ssl_mode.findData(address.ssl_mode)))
        self.password = QLineEdit()
        self.password.setObjectName("server_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: the keyring's, ~/.pgpass, or asked"))
        self.remember = QCheckBox(self.tr("&Remember the password in the system keyring"))
        self.remember.setObjectName("remember_password")
        self.remember.setChecked(keyring_available())
        self.remember.setEnabled(keyring_available())
        if not keyring_available():
            self.remember.setToolTip(
                self.tr("This computer has no system keyring: Clientela asks at every start.")
            )
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("test_connection")
        self.test_button.clicked.connect(self.test_connection)
        self.connection_result = QLabel()
        self.connection_result.setObjectName("connection_result")
        self.connection_result.setWordWrap(True)
        note = QLabel(self.tr("Takes effect when Clientela restarts."))
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(16, 16, 16, 16)
        form.addRow(self.use_file)
        form.addRow(self.use_server)
        form.addRow(self.tr("Ser&ver:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("Data&base:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("SS&L:"), self.ssl_mode)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow("", self.remember)
        form.addRow("", self.test_button)
        form.addRow("", self.connection_result)
        form.addRow("", note)
        self._server_fields = (
            self.host,
            self.port,
            self.database,
            self.user,
            self.ssl_mode,
            self.password,
            self.test_button,
        )
        self.use_server.toggled.connect(self._enable_server_fields)
        self._enable_server_fields(self.use_server.isChecked())
        return page

    def _enable_server_fields(self, on: bool) -> None:
        for field in self._server_fields:
            field.setEnabled(on)
        self.remember.setEnabled(on and keyring_available())

    def server_address(self) -> ServerAddress:
        return ServerAddress(
            host=self.host.text().strip(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            port=self.port.value(),
            ssl_mode=str(self.ssl_mode.currentData()),
        )

    def test_connection(self) -> None:
        """Connect in the background: an unreachable server takes up to the connect timeout
        to answer, and the dialog stays responsive meanwhile."""
        address = self.server_address()
        location = address.url(self.password.text() or stored_password(address))
        self.test_button.setEnabled(False)
        self.connection_result.setText(self.tr("Connecting…"))
        if not query(self, lambda _progress: check_server(location), self._show_check):
            self._show_check(None)

    def _show_check(self, check: ServerCheck | None) -> None:
        from ui.server_check_text import describe_server_check

        if not shiboken6.isValid(self):  # closed while the server was answering
            return
        self.test_button.setEnabled(True)
        self.connection_result.setText(describe_server_check(check) if check else "")

    def save(self) -> None:
        self.form.clear_problems()
        while True:
            try:
                save_profile(self._sessions, self.form.data(), self._profile_version)
                break
            except ValidationError as exc:
                self.tabs.setCurrentIndex(0)
                self.form.show_problems(exc.problems)
                return
            except ConcurrentEditError:
                if not self._resolve_conflict():
                    return
        self._settings.setValue(LANGUAGE_SETTING, self.language.currentData())
        self._settings.setValue(KEEP_SETTING, self.backups_to_keep.value())
        self._settings.setValue(AUTHOR_SETTING, self.author.text().strip())
        address = self.server_address() if self.use_server.isChecked() else None
        save_server_address(self._settings, address)
        if address is not None and self.password.text() and self.remember.isChecked():
            store_password(address, self.password.text())
        self._settings.sync()
        apply_author(self._settings)
        self.accept()

"""Settings: the business profile and thresholds, and the interface language."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from services.authorship import AUTHOR_LENGTH, system_user
from services.business_profile import get_profile, profile_version, save_profile
from services.errors import ConcurrentEditError, ValidationError
from ui.author_setting import AUTHOR_SETTING, apply_author
from ui.backup_actions import KEEP_SETTING, MAX_KEEP, backups_to_keep
from ui.conflict_dialog import Choice, resolve_conflict
from ui.i18n import LANGUAGE_SETTING
from ui.profile_form import ProfileForm
from ui.screen_fit import fit_on_screen

_PREFERRED_SIZE = (1000, 680)


class SettingsDialog(QDialog):
    """Save validates and stores the profile and the language together; Cancel keeps both."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
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
        self._settings.sync()
        apply_author(self._settings)
        self.accept()

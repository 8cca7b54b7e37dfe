"""Settings: the business profile and thresholds, and the interface language."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from services.business_profile import get_profile, save_profile
from services.errors import ValidationError
from ui.i18n import LANGUAGE_SETTING
from ui.profile_form import ProfileForm


class SettingsDialog(QDialog):
    def __init__(self, sessions: sessionmaker[Session], settings: QSettings, parent=None) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))

        self.form = ProfileForm()
        self.form.set_data(get_profile(sessions))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)

        application = QWidget()
        app_form = QFormLayout(application)
        self.language = QComboBox()
        self.language.setObjectName("interface_language")
        self.language.addItem(self.tr("System default"), "")
        self.language.addItem("Español", "es")
        self.language.addItem("English", "en")
        current = str(settings.value(LANGUAGE_SETTING, "") or "")
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        app_form.addRow(self.tr("Interface &language:"), self.language)
        note = QLabel(self.tr("Takes effect when Clientela restarts."))
        note.setStyleSheet("color: #555;")
        app_form.addRow("", note)

        tabs = QTabWidget()
        tabs.addTab(scroll, self.tr("&Business"))
        tabs.addTab(application, self.tr("&Application"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        self._tabs = tabs
        self.resize(980, 640)

    def save(self) -> None:
        self.form.clear_problems()
        try:
            save_profile(self._sessions, self.form.data())
        except ValidationError as exc:
            self._tabs.setCurrentIndex(0)
            self.form.show_problems(exc.problems)
            return
        self._settings.setValue(LANGUAGE_SETTING, self.language.currentData())
        self._settings.sync()
        self.accept()

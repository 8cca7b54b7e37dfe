"""First start: who the business is, what an ideal client looks like, and demo data."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
)
from sqlalchemy.orm import Session, sessionmaker

from services.business_profile import get_profile, save_profile
from services.demo_data import load_demo_data
from services.errors import ClientelaError, ValidationError
from ui.messages import describe_error
from ui.profile_form import ProfileForm


class WelcomeDialog(QDialog):
    def __init__(self, sessions: sessionmaker[Session], parent=None) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self.demo_loaded = 0
        self.setWindowTitle(self.tr("Welcome to Clientela"))

        title = QLabel(self.tr("Welcome to Clientela"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        intro = QLabel(
            self.tr(
                "Clientela keeps your clients and what they buy, pay and return. A few times a "
                "year it helps you decide, client by client, whom to look after, whom to set "
                "limits with, and whom to let go — and writes the letter. Tell it about your "
                "business first; you can change all of this later in Settings."
            )
        )
        intro.setWordWrap(True)
        self.form = ProfileForm()
        self.form.set_data(get_profile(sessions))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)

        self.demo = QCheckBox(self.tr("Load &demo clients so I can try Clientela first"))
        self.demo.setObjectName("load_demo")
        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(
            self.tr("&Start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setDefault(True)
        later = buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setObjectName("later")
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.demo)
        layout.addWidget(buttons)
        self.resize(980, 700)

    def start(self) -> None:
        self.form.clear_problems()
        try:
            save_profile(self._sessions, self.form.data())
        except ValidationError as exc:
            self.form.show_problems(exc.problems)
            return
        if self.demo.isChecked():
            try:
                self.demo_loaded = load_demo_data(self._sessions, date.today())
            except ClientelaError as exc:
                QMessageBox.information(self, self.windowTitle(), describe_error(exc))
        self.accept()

"""First start: who the business is, what an ideal client looks like, and demo data."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from services.business_profile import get_profile, save_profile
from services.client_list import count_all
from services.demo_data import load_demo_data
from services.errors import ClientelaError, ValidationError
from services.progress import Sessions
from ui import message_box
from ui.messages import describe_error
from ui.profile_form import ProfileForm
from ui.screen_fit import fit_on_screen

# Room for both columns of the form without scrolling; smaller screens get a scroll bar.
_PREFERRED_SIZE = (1000, 710)


class WelcomeDialog(QDialog):
    """Start saves the profile (and loads the demo if asked); Later saves nothing.

    ``demo_loaded`` is the number of demo clients added, 0 when none were.
    """

    def __init__(self, sessions: Sessions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self.demo_loaded = 0
        self.setWindowTitle(self.tr("Welcome to Clientela"))

        self.form = ProfileForm()
        self.form.set_data(get_profile(sessions))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)

        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(
            self.tr("Start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setDefault(True)
        self.later_button = buttons.addButton(
            self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.later_button.setToolTip(self.tr("Ask again the next time Clientela starts."))
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addLayout(self._demo_choice(), 1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(self._header())
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self._fit_to_screen()
        self.form.field("name").setFocus()

    def _header(self) -> QVBoxLayout:
        title = QLabel(self.tr("Welcome to Clientela"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setWeight(font.Weight.DemiBold)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Clientela keeps your clients with everything they buy, pay and return. "
                "A few times a year it helps you decide, client by client, whom to look "
                "after, whom to set limits with and whom to let go, and writes the letter."
            )
        )
        intro.setWordWrap(True)
        next_step = QLabel(
            self.tr(
                "First, tell it about your business. Only the name is needed now; "
                "you can change everything later in Settings."
            )
        )
        next_step.setWordWrap(True)
        next_step.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        header = QVBoxLayout()
        header.setSpacing(6)
        header.addWidget(title)
        header.addWidget(intro)
        header.addWidget(next_step)
        return header

    def _demo_choice(self) -> QVBoxLayout:
        self.demo = QCheckBox(self.tr("Load &demo clients so I can try Clientela first"))
        self.demo.setObjectName("load_demo")
        hint = QLabel(
            self.tr(
                "A dozen made-up clients with 18 months of invoices, payments and returns, "
                "each a different kind of client."
            )
        )
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        hint.setIndent(self.demo.iconSize().width() + 8)  # lines up with the box's text
        if count_all(self._sessions):
            # Demo clients only go into an empty book; say so rather than fail on Start.
            self.demo.setEnabled(False)
            hint.setText(self.tr("Your book already has clients, so no demo clients are added."))
        choice = QVBoxLayout()
        choice.setSpacing(2)
        choice.addWidget(self.demo)
        choice.addWidget(hint)
        return choice

    def _fit_to_screen(self) -> None:
        width, height = _PREFERRED_SIZE
        fit_on_screen(self, width, height)

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
            except ClientelaError as exc:  # someone added clients while the dialog was open
                self.inform(describe_error(exc))
        self.accept()

    def inform(self, text: str) -> None:
        """Tell the owner something that does not stop the start; tests replace this."""
        message_box.information(self, self.windowTitle(), text)

"""One client at a glance: who they are, their ledger, evaluations and letters."""

from __future__ import annotations

import html

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
)

from models import LetterKind
from services.business_profile import get_profile
from services.clients import ClientRecord, get_client
from services.progress import Sessions
from ui.client_editor import ClientEditorDialog
from ui.evaluation_history import EvaluationHistory
from ui.evaluation_wizard import EvaluationWizard
from ui.labels import language_label, stage_label
from ui.ledger_widget import LedgerWidget
from ui.letter_dialog import LetterDialog
from ui.letter_history import LetterHistory
from ui.operations import operations_for
from ui.screen_fit import fit_on_screen
from ui.sender_check import letters_can_be_written


class ClientDetailDialog(QDialog):
    def __init__(
        self,
        sessions: Sessions,
        client_id: int,
        parent=None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._settings = settings
        self._client_id = client_id
        profile = get_profile(sessions)
        self._header = QLabel()
        self._header.setObjectName("client_header")
        self._header.setTextFormat(Qt.TextFormat.RichText)
        self._header.setWordWrap(True)
        self._header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        edit = QPushButton(self.tr("&Edit client…"))
        edit.setObjectName("edit_client")
        edit.clicked.connect(self.edit_client)
        evaluate = QPushButton(self.tr("E&valuate…"))
        evaluate.setObjectName("evaluate_client")
        evaluate.clicked.connect(self.evaluate)
        write = QPushButton(self.tr("&Write letter…"))
        write.setObjectName("write_letter")
        write.clicked.connect(lambda: self.write_letter())

        self.ledger = LedgerWidget(
            sessions,
            client_id,
            currency=profile.currency,
            payment_term_days=profile.payment_term_days,
        )
        self.ledger.reminder_requested.connect(
            lambda: self.write_letter(LetterKind.PAYMENT_REMINDER.value)
        )
        self.history = EvaluationHistory(sessions, client_id, profile.currency)
        self.history.evaluate_requested.connect(self.evaluate)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.ledger, self.tr("Led&ger"))
        self.tabs.addTab(self.history, self.tr("Evaluation &history"))
        self.letters = LetterHistory(sessions, client_id)
        self.letters.write_requested.connect(lambda: self.write_letter())
        self.tabs.addTab(self.letters, self.tr("Le&tters"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self._header, 1)
        actions = QVBoxLayout()
        actions.addWidget(evaluate)
        actions.addWidget(write)
        actions.addWidget(edit)
        actions.addStretch(1)
        top.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        fit_on_screen(self, 900, 640)
        # Opened (to read) while a change runs in the background: its edits wait for it.
        operations_for(parent).guard(
            (edit, evaluate, write, self.ledger, self.history, self.letters)
        )
        self._show(get_client(sessions, client_id))

    def _show(self, client: ClientRecord) -> None:
        self.setWindowTitle(client.name)
        e = html.escape
        facts = [stage_label(client.stage)]
        if client.strategic:
            facts.append(self.tr("strategic"))
        facts.append(self.tr("Letter language: %1").replace("%1", language_label(client.language)))
        contact = " · ".join(
            e(x) for x in (client.contact_person, client.email, client.phone, client.city) if x
        )
        subtitle = e(client.legal_name) if client.legal_name else ""
        self._header.setText(
            f"<div style='font-size:16pt; font-weight:600'>{e(client.name)}</div>"
            f"<div>{subtitle}</div>"
            f"<div style='color:#555'>{contact}</div>"
            f"<div style='color:#555'>{e(', '.join(facts))}</div>"
        )

    def evaluate(self) -> None:
        wizard = EvaluationWizard(self._sessions, self._client_id, self, settings=self._settings)
        if wizard.exec():
            self.history.refresh()
            self.tabs.setCurrentWidget(self.history)
            if wizard.letters_recorded:  # the letter it offered was written
                self.letters.refresh()
                self.tabs.setCurrentWidget(self.letters)

    def write_letter(self, kind: str | None = None) -> None:
        if not letters_can_be_written(self, self._sessions, self._settings):
            return
        dialog = LetterDialog(
            self._sessions, self._client_id, self, settings=self._settings, kind=kind
        )
        dialog.exec()
        if dialog.recorded:
            self.letters.refresh()
            self.tabs.setCurrentWidget(self.letters)

    def edit_client(self) -> None:
        dialog = ClientEditorDialog(self._sessions, self._client_id, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self._show(dialog.saved)

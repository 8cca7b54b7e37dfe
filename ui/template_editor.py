"""Letter templates, edited by the owner with a live preview; the shipped text restorable.

A fault (unknown placeholder, stray brace) is listed with its line and column as the owner
types, the cursor can jump to it, and a faulty template cannot be saved, so it never reaches a
printed letter.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models import Language, LetterKind
from services.errors import ClientelaError, ConcurrentEditError
from services.letter_templates import (
    PLACEHOLDERS,
    Template,
    TemplateProblem,
    check_template,
    get_template,
    restore_default,
    save_template,
)
from services.letters import LetterOptions, render_letter, sample_letter
from services.progress import Sessions
from ui.conflict_dialog import Choice, resolve_conflict
from ui.labels import language_label, letter_kind_label
from ui.messages import describe_error
from ui.pdf_preview import PdfPreview
from ui.questions import ask
from ui.screen_fit import fit_on_screen

PREVIEW_DELAY_MS = 300


def placeholder_label(name: str) -> str:
    """What a placeholder stands for, as the editor explains it ("" for one it does not know)."""
    labels = {
        "client_name": QCoreApplication.translate("Placeholders", "client's name"),
        "contact_name": QCoreApplication.translate("Placeholders", "contact person"),
        "business_name": QCoreApplication.translate("Placeholders", "your business's name"),
        "signer_name": QCoreApplication.translate("Placeholders", "who signs"),
        "signer_role": QCoreApplication.translate("Placeholders", "signer's role"),
        "today": QCoreApplication.translate("Placeholders", "today's date"),
        "effective_date": QCoreApplication.translate("Placeholders", "date it applies from"),
        "payment_term": QCoreApplication.translate("Placeholders", "payment term"),
        "loyalty_offer": QCoreApplication.translate("Placeholders", "your loyalty offer"),
        "facts": QCoreApplication.translate("Placeholders", "list of facts from the ledger"),
        "overdue_invoices": QCoreApplication.translate("Placeholders", "table of overdue invoices"),
        "overdue_total": QCoreApplication.translate("Placeholders", "total overdue"),
        "pay_by_date": QCoreApplication.translate("Placeholders", "date to pay by"),
    }
    return labels.get(name, "")


class TemplateEditor(QDialog):
    def __init__(
        self,
        sessions: Sessions,
        parent: QWidget | None = None,
        *,
        kind: str = LetterKind.LOYALTY.value,
        language: str = Language.SPANISH.value,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Letter templates"))
        self._sessions = sessions
        self._today = today or date.today()
        self._preview_dir = tempfile.TemporaryDirectory(prefix="clientela-template-")
        self._previews = 0
        self._stored: Template | None = None
        self.problems: list[TemplateProblem] = []

        self.kind = QComboBox()
        self.kind.setObjectName("template_kind")
        for value in LetterKind:
            self.kind.addItem(letter_kind_label(value), value.value)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.language = QComboBox()
        self.language.setObjectName("template_language")
        for language_value in Language:
            self.language.addItem(language_label(language_value), language_value.value)
        self.language.setCurrentIndex(self.language.findData(language))
        self._shown = (self.kind.currentData(), self.language.currentData())

        self.origin = QLabel()
        self.origin.setObjectName("template_origin")
        self.subject = QLineEdit()
        self.subject.setObjectName("template_subject")
        self.body = QPlainTextEdit()
        self.body.setObjectName("template_body")
        self.body.setTabChangesFocus(True)
        self.placeholders = QListWidget()
        self.placeholders.setObjectName("placeholders")
        # Each placeholder with what it stands for in the owner's language beside it; only
        # the placeholder itself goes into the text.
        for name in PLACEHOLDERS:
            meaning = placeholder_label(name)
            item = QListWidgetItem("{" + name + "}" + (f"  — {meaning}" if meaning else ""))
            item.setData(Qt.ItemDataRole.UserRole, "{" + name + "}")
            self.placeholders.addItem(item)
        self.placeholders.setMaximumHeight(110)
        self.placeholders.itemActivated.connect(
            lambda item: self.body.insertPlainText(item.data(Qt.ItemDataRole.UserRole))
        )
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("template_problems")
        self.problem_list.setMaximumHeight(80)
        self.problem_list.setStyleSheet("color: #a61b1b;")  # faults read as faults
        self.problem_list.itemActivated.connect(lambda _item: self.go_to_problem())

        form = QFormLayout()
        form.addRow(self.tr("&Letter:"), self.kind)
        form.addRow(self.tr("L&anguage:"), self.language)
        form.addRow("", self.origin)
        form.addRow(self.tr("&Subject:"), self.subject)
        side = QVBoxLayout()
        side.addLayout(form)
        body_label = QLabel(self.tr("&Body (blank lines separate paragraphs):"))
        body_label.setBuddy(self.body)
        side.addWidget(body_label)
        side.addWidget(self.body, 1)
        side.addWidget(QLabel(self.tr("Placeholders (double-click to insert):")))
        side.addWidget(self.placeholders)
        side.addWidget(self.problem_list)
        side_widget = QWidget()
        side_widget.setLayout(side)
        self.preview = PdfPreview(self)
        body = QHBoxLayout()
        body.addWidget(side_widget, 1)
        body.addWidget(self.preview, 1)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.restore_button = buttons.addButton(
            self.tr("&Restore the shipped text"), QDialogButtonBox.ButtonRole.ResetRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.clicked.connect(self.save)
        self.restore_button.clicked.connect(self.restore)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        fit_on_screen(self, 1180, 780)

        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.check_and_preview)
        self.subject.textChanged.connect(self._timer.start)
        self.body.textChanged.connect(self._timer.start)
        self.kind.currentIndexChanged.connect(self._switch)
        self.language.currentIndexChanged.connect(self._switch)
        self._load()

    # -- which template -------------------------------------------------------------------

    def _load(self) -> None:
        kind, language = self._shown
        self._stored = get_template(self._sessions, kind, language)
        self.subject.setText(self._stored.subject)
        self.body.setPlainText(self._stored.body)
        self.origin.setText(
            self.tr("The shipped text.")
            if self._stored.is_default
            else self.tr("Your edited text (the shipped one can be restored).")
        )
        self.restore_button.setEnabled(not self._stored.is_default)
        self.check_and_preview()

    def is_dirty(self) -> bool:
        stored = self._stored
        return stored is not None and (
            self.subject.text().strip() != stored.subject
            or self.body.toPlainText().strip() != stored.body.strip()
        )

    def _confirm_discard(self) -> bool:
        return not self.is_dirty() or ask(
            self,
            self.tr("Unsaved changes"),
            self.tr("Your changes to this template are not saved. Discard them?"),
        )

    def _switch(self) -> None:
        wanted = (self.kind.currentData(), self.language.currentData())
        if wanted == self._shown:
            return
        if not self._confirm_discard():
            for combo, value in ((self.kind, self._shown[0]), (self.language, self._shown[1])):
                combo.blockSignals(True)
                combo.setCurrentIndex(combo.findData(value))
                combo.blockSignals(False)
            return
        self._shown = wanted
        self._load()

    # -- checking and preview --------------------------------------------------------------

    def describe(self, problem: TemplateProblem) -> str:
        part = self.tr("Subject") if problem.part == "subject" else self.tr("Body")
        what = {
            "unknown_placeholder": self.tr("unknown placeholder {%1}"),
            "unclosed_brace": self.tr("“{” is not closed; write {{ for a brace"),
            "stray_brace": self.tr("“}” without “{”; write }} for a brace"),
            "empty": self.tr("must not be empty"),
            "too_long": self.tr("is too long (at most %1 characters)"),
            "multi_line": self.tr("must be one line"),
            "list_inline": self.tr("%1 must be a paragraph of its own"),
        }.get(problem.code, problem.code)
        return (
            self.tr("%1, line %2, column %3: %4")
            .replace("%1", part)
            .replace("%2", str(problem.line))
            .replace("%3", str(problem.column))
            .replace("%4", what.replace("%1", problem.name))
        )

    def check_and_preview(self) -> None:
        self._timer.stop()
        subject, body = self.subject.text(), self.body.toPlainText()
        self.problems = check_template(subject, body)
        self.problem_list.clear()
        self.problem_list.addItems([self.describe(p) for p in self.problems])
        self.problem_list.setVisible(bool(self.problems))
        self.save_button.setEnabled(not self.problems and self.is_dirty())
        if self.problems:
            return  # the last good preview stays in view
        kind, language = self._shown
        template = Template(kind, language, subject.strip(), body.strip() + "\n", False)
        self._previews += 1
        path = Path(self._preview_dir.name) / f"template-{self._previews % 2}.pdf"
        try:
            render_letter(
                sample_letter(self._sessions, template, LetterOptions(kind, self._today)), path
            )
        except ClientelaError as error:
            self.problem_list.addItem(describe_error(error))
            self.problem_list.setVisible(True)
            return
        self.preview.load(str(path))

    def go_to_problem(self) -> None:
        """Put the cursor where the selected fault is."""
        row = max(0, self.problem_list.currentRow())
        if row >= len(self.problems):
            return
        problem = self.problems[row]
        if problem.part == "subject":
            self.subject.setFocus()
            self.subject.setCursorPosition(problem.column - 1)
            return
        block = self.body.document().findBlockByNumber(problem.line - 1)
        cursor = QTextCursor(block)
        cursor.movePosition(
            QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.MoveAnchor, problem.column - 1
        )
        self.body.setTextCursor(cursor)
        self.body.setFocus()

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> bool:
        kind, language = self._shown
        revision = self._stored.revision if self._stored is not None else None
        try:
            while True:
                try:
                    save_template(
                        self._sessions,
                        kind,
                        language,
                        self.subject.text(),
                        self.body.toPlainText(),
                        revision,
                    )
                    break
                except ConcurrentEditError:
                    choice, revision = self._resolve_conflict()
                    if choice is not Choice.OVERWRITE:
                        return False
        except ClientelaError as error:
            self.problem_list.addItem(describe_error(error))
            self.problem_list.setVisible(True)
            return False
        self._load()
        return True

    def _resolve_conflict(self) -> tuple[Choice, int]:
        """Someone else saved this template meanwhile: theirs beside ours, and the choice."""
        kind, language = self._shown
        theirs = get_template(self._sessions, kind, language)
        mine = (self.subject.text().strip(), self.body.toPlainText().strip())
        differences = [
            (label, stored, typed)
            for label, stored, typed in (
                (self.tr("Subject"), theirs.subject, mine[0]),
                (self.tr("Text"), theirs.body.strip(), mine[1]),
            )
            if stored != typed
        ]
        intro = self.tr(
            "Someone else saved this template while you were editing it. Here is what they "
            "saved beside what you typed. Take their version, or save yours over it?"
        )
        choice = resolve_conflict(self, intro, differences)
        if choice is Choice.RELOAD:
            self._load()
        return choice, theirs.revision

    def restore(self) -> None:
        if not ask(
            self,
            self.tr("Restore the shipped text"),
            self.tr("Replace your version of this template with the text Clientela ships?"),
        ):
            return
        kind, language = self._shown
        revision = self._stored.revision if self._stored is not None else None
        try:
            restore_default(self._sessions, kind, language, revision)
        except ClientelaError as error:  # saved by someone else meanwhile: theirs is shown
            self._load()
            self.problem_list.addItem(describe_error(error))
            self.problem_list.setVisible(True)
            return
        self._load()

    def reject(self) -> None:
        if self._confirm_discard():
            super().reject()

    def done(self, result: int) -> None:
        self._preview_dir.cleanup()
        super().done(result)

"""The evaluation wizard: the checklist, one group of questions per page, then the verdict."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from models import Verdict
from services.criteria import ANSWERS, Catalogue, Criterion, Group
from services.errors import ClientelaError, ValidationError
from services.evaluation_start import start_evaluation
from services.evaluations import save_evaluation
from services.explanation import explain
from services.letters import kind_for_verdict
from services.progress import Sessions
from services.scoring import Recommendation, Suggestion, next_review
from ui import message_box
from ui.explanation_view import explanation_html
from ui.formatting import date_edit_format, format_money, from_qdate, to_qdate
from ui.labels import answer_label, letter_kind_label, stage_label, verdict_label
from ui.messages import describe_error, describe_problem
from ui.questions import ask
from ui.reasons import describe_reason
from ui.screen_fit import fit_on_screen

_HELP_STYLE = "color: #555;"
_EVIDENCE_STYLE = "color: #1f5f9f;"


def ui_language() -> str:
    language = QLocale().name().split("_")[0]
    return language if language in ("es", "en") else "en"


class QuestionWidget(QFrame):
    """One criterion: the question, why it matters, the answers, the ledger's evidence."""

    def __init__(
        self, criterion: Criterion, suggestion: Suggestion | None, language: str, currency: str
    ) -> None:
        super().__init__()
        self.criterion = criterion
        self.suggestion = suggestion
        self.setObjectName(f"question_{criterion.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        question = QLabel(f"<b>{html.escape(criterion.question(language))}</b>")
        question.setWordWrap(True)
        help_text = QLabel(criterion.help(language))
        help_text.setWordWrap(True)
        help_text.setStyleSheet(_HELP_STYLE)
        layout.addWidget(question)
        layout.addWidget(help_text)

        suggested = suggestion.value if suggestion else None
        self.buttons = QButtonGroup(self)
        self.choice: QComboBox | None = None
        if criterion.kind == "choice":
            self.choice = QComboBox()
            self.choice.setObjectName(f"choice_{criterion.id}")
            for choice in criterion.choices:
                self.choice.addItem(choice.label(language), choice.id)
            self.choice.setCurrentIndex(max(0, self.choice.findData("unknown")))
            layout.addWidget(self.choice)
        else:
            row = QHBoxLayout()
            for value in ANSWERS:
                text = answer_label(value) + (self.tr(" (suggested)") if value == suggested else "")
                button = QRadioButton(text)
                button.setObjectName(f"{criterion.id}_{value}")
                button.setProperty("answer", value)
                self.buttons.addButton(button)
                row.addWidget(button)
                if value == (suggested or "unknown"):
                    button.setChecked(True)
            row.addStretch(1)
            layout.addLayout(row)
        if suggestion is not None:
            prefix = self.tr("From your ledger: ")
            evidence = QLabel(prefix + describe_reason(suggestion.evidence, currency=currency))
            evidence.setObjectName(f"evidence_{criterion.id}")
            evidence.setWordWrap(True)
            evidence.setStyleSheet(_EVIDENCE_STYLE)
            layout.addWidget(evidence)
        # Several lines: Enter starts a new one (in a one-line field it would turn the page).
        self.comment = QPlainTextEdit()
        self.comment.setObjectName(f"comment_{criterion.id}")
        self.comment.setPlaceholderText(self.tr("Comment (optional)"))
        self.comment.setTabChangesFocus(True)
        lines = self.comment.fontMetrics().lineSpacing() * 2
        self.comment.setFixedHeight(lines + 2 * self.comment.frameWidth() + 8)
        layout.addWidget(self.comment)

    def value(self) -> str:
        if self.choice is not None:
            return self.choice.currentData()
        checked = self.buttons.checkedButton()
        return checked.property("answer") if checked else "unknown"

    def set_value(self, value: str) -> None:
        if self.choice is not None:
            self.choice.setCurrentIndex(self.choice.findData(value))
            return
        for button in self.buttons.buttons():
            if button.property("answer") == value:
                button.setChecked(True)


class IntroPage(QWizardPage):
    def __init__(self, wizard: EvaluationWizard) -> None:
        super().__init__()
        client = wizard.client
        self.setTitle(self.tr("Evaluate %1").replace("%1", client.name))
        self.setSubTitle(
            self.tr(
                "A few questions about this client, one group at a time. Where your ledger "
                "already knows the answer it is filled in for you; change it if you know better."
            )
        )
        layout = QVBoxLayout(self)
        facts = QLabel()
        facts.setObjectName("intro_facts")
        facts.setWordWrap(True)
        facts.setTextFormat(Qt.TextFormat.RichText)
        lines = [
            self.tr("Stage: %1").replace("%1", stage_label(client.stage)),
        ]
        if client.strategic:
            lines.append(self.tr("Marked as strategic."))
        metrics = wizard.metrics
        if metrics is not None:
            lines.append(
                self.tr("Revenue in the last 12 months: %1").replace(
                    "%1", format_money(metrics.revenue_12m, wizard.profile.currency)
                )
            )
            if metrics.overdue_amount:
                lines.append(
                    self.tr("Overdue now: %1").replace(
                        "%1", format_money(metrics.overdue_amount, wizard.profile.currency)
                    )
                )
        evidence = [s.evidence for s in wizard.suggestions.values() if s is not None]
        seen = set()
        for reason in evidence:
            text = describe_reason(reason, currency=wizard.profile.currency)
            if text not in seen:
                seen.add(text)
                lines.append(text)
        facts.setText("<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in lines) + "</ul>")
        layout.addWidget(facts)
        layout.addStretch(1)


class QuestionsPage(QWizardPage):
    def __init__(self, wizard: EvaluationWizard, group: Group, criteria: list[Criterion]) -> None:
        super().__init__()
        self.setObjectName(f"page_{group.id}")
        self.group_id = group.id
        language = wizard.language
        self.setTitle(group.title(language))
        self.setSubTitle(group.intro(language))
        self.questions: list[QuestionWidget] = []
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        for criterion in criteria:
            question = QuestionWidget(
                criterion, wizard.suggestions.get(criterion.id), language, wizard.profile.currency
            )
            question.buttons.buttonClicked.connect(lambda _b: wizard.mark_touched())
            if question.choice is not None:
                question.choice.activated.connect(lambda _i: wizard.mark_touched())
            question.comment.textChanged.connect(wizard.mark_touched)
            self.questions.append(question)
            inner_layout.addWidget(question)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)


class ResultPage(QWizardPage):
    def __init__(self, wizard: EvaluationWizard) -> None:
        super().__init__()
        self.setObjectName("page_result")
        self._wizard = wizard
        self.recommendation: Recommendation | None = None
        self.setTitle(self.tr("Recommendation"))
        self.setSubTitle(self.tr("What the checklist suggests, and why. The decision is yours."))
        self.score = QLabel()
        self.score.setObjectName("result_score")
        self.score.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.reasons = QLabel()
        self.reasons.setObjectName("result_reasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)

        self.verdict = QComboBox()
        self.verdict.setObjectName("chosen_verdict")
        for verdict in Verdict:
            self.verdict.addItem(verdict_label(verdict), verdict.value)
        self.verdict.currentIndexChanged.connect(self._verdict_changed)
        self.override_reason = QLineEdit()
        self.override_reason.setObjectName("override_reason")
        self.override_reason.setPlaceholderText(self.tr("Required when you choose another verdict"))
        self.override_reason.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.override_message = QLabel()
        self.override_message.setStyleSheet("color: #b3261e;")
        self.next_review = QDateEdit()
        self.next_review.setObjectName("next_review")
        self.next_review.setCalendarPopup(True)
        self.next_review.setDisplayFormat(date_edit_format(QLocale()))

        form = QFormLayout()
        form.addRow(self.tr("&Your decision:"), self.verdict)
        form.addRow(self.tr("&Why, if different:"), self.override_reason)
        form.addRow("", self.override_message)
        form.addRow(self.tr("Next re&view:"), self.next_review)
        # The explanation scrolls; the decision stays in view below it.
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 8, 0)
        inner_layout.addWidget(self.reasons)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("result_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.score)
        layout.addWidget(scroll, 1)
        layout.addLayout(form)

    def initializePage(self) -> None:
        wizard = self._wizard
        self.recommendation = wizard.recommendation()
        rec = self.recommendation
        score = "—" if rec.score is None else QLocale().toString(float(rec.score), "f", 0)
        self.score.setText(
            self.tr("Score %1 of 100 · Recommended: %2")
            .replace("%1", score)
            .replace("%2", verdict_label(rec.verdict))
        )
        overdue = wizard.metrics.overdue_amount if wizard.metrics is not None else None
        self.explanation = explain(rec, overdue)
        self.reasons.setText(
            explanation_html(
                self.explanation, wizard.catalogue, wizard.language, wizard.profile.currency
            )
        )
        self.verdict.setCurrentIndex(self.verdict.findData(rec.verdict.value))
        self._verdict_changed()

    def _verdict_changed(self) -> None:
        chosen = Verdict(self.verdict.currentData())
        review = next_review(chosen, self._wizard.today, self._wizard.profile.review_interval_days)
        self.next_review.setDate(to_qdate(review))
        self._wizard.update_letter_button()
        self.completeChanged.emit()

    def overriding(self) -> bool:
        return self.recommendation is not None and (
            self.verdict.currentData() != self.recommendation.verdict.value
        )

    def isComplete(self) -> bool:
        missing = self.overriding() and not self.override_reason.text().strip()
        self.override_message.setText(
            self.tr("Say why you choose another verdict.") if missing else ""
        )
        return not missing


class EvaluationWizard(QWizard):
    def __init__(
        self,
        sessions: Sessions,
        client_id: int,
        parent=None,
        *,
        today: date | None = None,
        catalogue: Catalogue | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._settings = settings
        self._letter_wanted = False
        self.letters_recorded: list = []  # letters written from here (services.letters)
        self.today = today or date.today()
        # A read (the kept revenue ranking as last made, never rebuilt here).
        self.start = start_evaluation(sessions, client_id, self.today, catalogue=catalogue)
        self.client, self.profile = self.start.client, self.start.profile
        self.catalogue, self.metrics = self.start.catalogue, self.start.metrics
        self.criteria, self.suggestions = self.start.criteria, self.start.suggestions
        self.language = ui_language()
        self.saved_id: int | None = None
        self._touched = False

        self.setWindowTitle(self.tr("Evaluate %1").replace("%1", self.client.name))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Save evaluation"))
        # The next step after a verdict: its letter, offered beside Save on the last page.
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.letter_button = self.button(QWizard.WizardButton.CustomButton1)
        self.letter_button.setObjectName("save_and_write_letter")
        self.customButtonClicked.connect(lambda _which: self.save_and_write_letter())
        self.currentIdChanged.connect(lambda _id: self.update_letter_button())
        # Help (F1) opens the user guide at the section on the page's questions.
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        self.helpRequested.connect(self.show_guide)
        # Not the button's own shortcut: the wizard sets its text on every page, and a text
        # with a mnemonic ("&Help") replaces the button's shortcut.
        QShortcut(QKeySequence.StandardKey.HelpContents, self, self.show_guide)
        self.addPage(IntroPage(self))
        self.question_pages: list[QuestionsPage] = []
        for group in self.catalogue.groups_for_stage(self.client.stage):
            criteria = [c for c in self.criteria if c.group == group.id]
            page = QuestionsPage(self, group, criteria)
            self.question_pages.append(page)
            self.addPage(page)
        self.result_page = ResultPage(self)
        self.addPage(self.result_page)
        fit_on_screen(self, 860, 660)
        self.update_letter_button()

    def guide_section(self) -> str:
        """The user guide's anchor for the page shown: its group's questions, or the verdicts."""
        page = self.currentPage()
        if isinstance(page, QuestionsPage):
            return f"group-{page.group_id}"
        return "verdicts" if page is self.result_page else "checklist"

    def show_guide(self) -> None:
        from ui.user_guide import show_user_guide  # loaded on first use

        show_user_guide(self, self.guide_section())

    # -- answers --------------------------------------------------------------------------

    def questions(self) -> list[QuestionWidget]:
        return [q for page in self.question_pages for q in page.questions]

    def question(self, criterion_id: str) -> QuestionWidget:
        return next(q for q in self.questions() if q.criterion.id == criterion_id)

    def answers(self) -> dict[str, str]:
        return {q.criterion.id: q.value() for q in self.questions()}

    def recommendation(self) -> Recommendation:
        return self.start.recommend(self.answers())

    def mark_touched(self) -> None:
        self._touched = True

    # -- finishing ------------------------------------------------------------------------

    def letter_kind(self) -> str | None:
        """The letter the chosen verdict calls for (None for Watch)."""
        kind = kind_for_verdict(self.result_page.verdict.currentData())
        return kind.value if kind is not None else None

    def update_letter_button(self) -> None:
        kind = self.letter_kind() if hasattr(self, "result_page") else None
        on_result = hasattr(self, "result_page") and self.currentPage() is self.result_page
        self.letter_button.setVisible(bool(on_result and kind))
        if kind:
            self.letter_button.setText(
                self.tr("Save and write the letter: %1…").replace("%1", letter_kind_label(kind))
            )

    def save_and_write_letter(self) -> None:
        """Save, then open Write letter on the letter the saved verdict calls for."""
        self._letter_wanted = True
        try:
            self.accept()
        finally:
            self._letter_wanted = False

    def open_letter(self) -> None:
        from ui.letter_dialog import LetterDialog  # loaded on first use
        from ui.sender_check import letters_can_be_written

        if not letters_can_be_written(self, self._sessions, self._settings):
            return
        # The client's latest verdict is now the one just saved: the dialog proposes its letter.
        dialog = LetterDialog(
            self._sessions, self.client.id, self, settings=self._settings, today=self.today
        )
        dialog.exec()
        self.letters_recorded = list(dialog.recorded)

    def accept(self) -> None:
        page = self.result_page
        data = self.start.evaluation(
            [
                self.start.answer(q.criterion.id, q.value(), q.comment.toPlainText())
                for q in self.questions()
            ],
            page.recommendation or self.recommendation(),
            page.verdict.currentData(),
            from_qdate(page.next_review.date()),
            page.override_reason.text(),
        )
        try:
            self.saved_id = save_evaluation(self._sessions, data)
        except ValidationError as exc:
            problems = [p for ps in exc.problems.values() for p in ps]
            page.override_message.setText(" ".join(describe_problem(p) for p in problems))
            return
        except ClientelaError as exc:
            message_box.warning(self, self.windowTitle(), describe_error(exc))
            return
        if self._letter_wanted and self.letter_kind():
            self.open_letter()
        super().accept()

    def reject(self) -> None:
        if self._touched and not self.confirm(
            self.tr("Discard this evaluation? The answers you gave are not saved.")
        ):
            return
        super().reject()

    def confirm(self, question: str) -> bool:
        return ask(self, self.windowTitle(), question)

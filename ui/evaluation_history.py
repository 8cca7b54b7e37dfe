"""A client's past evaluations, and one of them read-only with what changed since the last."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from services.criteria import Catalogue, load_catalogue
from services.evaluations import (
    EvaluationDetail,
    EvaluationSummary,
    compare,
    get_evaluation,
    list_evaluations,
)
from services.progress import Sessions
from ui.evaluation_wizard import ui_language
from ui.explanation_view import explanation_html
from ui.formatting import format_date
from ui.labels import answer_label, stage_label, verdict_label
from ui.reasons import describe_reason
from ui.screen_fit import fit_on_screen


def _score(summary: EvaluationSummary) -> str:
    return "—" if summary.score is None else f"{summary.score:.0f}"


def _question(catalogue: Catalogue, criterion_id: str, language: str) -> str:
    # History outlives catalogues: a criterion a later version dropped still shows, by its id.
    try:
        return catalogue.criterion(criterion_id).question(language)
    except KeyError:
        return criterion_id


def _answer_text(catalogue: Catalogue, criterion_id: str, value: str, language: str) -> str:
    try:
        choices = catalogue.criterion(criterion_id).choices
    except KeyError:
        choices = ()
    for choice in choices:
        if choice.id == value:
            return choice.label(language)
    return answer_label(value)


class EvaluationView(QDialog):
    """A finished evaluation, read-only: answers, reasons, and the change since the last one."""

    def __init__(
        self,
        detail: EvaluationDetail,
        previous: EvaluationDetail | None,
        catalogue: Catalogue,
        currency: str = "EUR",
        parent=None,
    ) -> None:
        super().__init__(parent)
        language = ui_language()
        summary = detail.summary
        self.setWindowTitle(
            self.tr("Evaluation of %1").replace("%1", format_date(summary.evaluated_at.date()))
        )
        e = html.escape
        parts = [
            f"<h3>{e(verdict_label(summary.chosen_verdict))} · "
            + e(self.tr("score %1").replace("%1", _score(summary)))
            + "</h3>",
            "<p>"
            + e(self.tr("Stage when evaluated: %1").replace("%1", stage_label(detail.stage)))
            + "</p>",
        ]
        if summary.chosen_verdict != summary.recommended_verdict:
            parts.append(
                "<p>"
                + e(
                    self.tr("Recommended %1; you chose otherwise: %2")
                    .replace("%1", verdict_label(summary.recommended_verdict))
                    .replace("%2", detail.override_reason)
                )
                + "</p>"
            )
        change = compare(previous, detail)
        if previous is not None:
            if change.score_delta is not None and change.score_delta != 0:
                direction = self.tr("up") if change.score_delta > 0 else self.tr("down")
                parts.append(
                    "<p><b>"
                    + e(
                        self.tr("Score %1 by %2 since the previous evaluation.")
                        .replace("%1", direction)
                        .replace("%2", f"{abs(change.score_delta):.0f}")
                    )
                    + "</b></p>"
                )
            if change.answers:
                parts.append("<p><b>" + e(self.tr("Answers that changed:")) + "</b></p><ul>")
                for criterion_id, before, now in change.answers:
                    parts.append(
                        f"<li>{e(_question(catalogue, criterion_id, language))}: "
                        f"{e(_answer_text(catalogue, criterion_id, before, language))} → "
                        f"{e(_answer_text(catalogue, criterion_id, now, language))}</li>"
                    )
                parts.append("</ul>")
        if detail.explanation is not None:  # the explanation the owner read when deciding
            parts.append(explanation_html(detail.explanation, catalogue, language, currency))
        else:  # saved before explanations were kept: the reasons alone
            parts.append("<p><b>" + e(self.tr("Why:")) + "</b></p><ul>")
            for reason in detail.reasons:
                parts.append(
                    f"<li>{e(describe_reason(reason, catalogue, language, currency))}</li>"
                )
            parts.append("</ul>")
        parts.append("<p><b>" + e(self.tr("Answers:")) + "</b></p><ul>")
        for answer in detail.answers:
            cid = answer.criterion_id
            line = (
                f"{e(_question(catalogue, cid, language))} "
                f"<b>{e(_answer_text(catalogue, cid, answer.value, language))}</b>"
            )
            if answer.comment:
                line += f" — <i>{e(answer.comment)}</i>"
            parts.append(f"<li>{line}</li>")
        parts.append("</ul>")
        view = QTextBrowser()
        view.setObjectName("evaluation_text")
        view.setHtml("".join(parts))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
        fit_on_screen(self, 700, 600)


class EvaluationHistory(QWidget):
    """The list of a client's evaluations, newest first."""

    evaluate_requested = Signal()

    def __init__(
        self, sessions: Sessions, client_id: int, currency: str = "EUR", parent=None
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._client_id = client_id
        self._currency = currency
        self._summaries: list[EvaluationSummary] = []
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("evaluation_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Score"), self.tr("Recommended"), self.tr("Chosen")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.empty = QLabel(self.tr("Not evaluated yet."))
        open_button = QPushButton(self.tr("&Open…"))
        open_button.clicked.connect(self.open_selected)
        evaluate = QPushButton(self.tr("Evaluate &now…"))
        evaluate.clicked.connect(self.evaluate_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(evaluate)
        buttons.addWidget(open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self._summaries = list_evaluations(self._sessions, self._client_id)
        self.table.setRowCount(len(self._summaries))
        for row, summary in enumerate(self._summaries):
            for column, text in enumerate(
                (
                    format_date(summary.evaluated_at.date()),
                    _score(summary),
                    verdict_label(summary.recommended_verdict),
                    verdict_label(summary.chosen_verdict),
                )
            ):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.empty.setVisible(not self._summaries)
        if self._summaries:
            self.table.selectRow(0)

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        index = rows[0].row()
        detail = get_evaluation(self._sessions, self._summaries[index].id)
        previous = None
        if index + 1 < len(self._summaries):
            previous = get_evaluation(self._sessions, self._summaries[index + 1].id)
        self.view_dialog(detail, previous).exec()

    def view_dialog(self, detail, previous) -> EvaluationView:
        return EvaluationView(detail, previous, load_catalogue(), self._currency, self)

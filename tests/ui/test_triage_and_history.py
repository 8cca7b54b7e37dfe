from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QTextBrowser
from sqlalchemy import select

from models import Client, Verdict
from services.criteria import load_catalogue
from services.demo_data import load_demo_data
from services.evaluations import (
    AnswerInput,
    EvaluationInput,
    get_evaluation,
    list_evaluations,
    save_evaluation,
)
from services.scoring import Reason, Recommendation
from ui.evaluation_history import EvaluationHistory, EvaluationView
from ui.labels import verdict_label
from ui.main_window import MainWindow
from ui.triage_dialog import TriageDialog


def _shown_names(window) -> list[str]:
    model = window.model
    return [model.index(row, model.COL_NAME).data() for row in range(model.rowCount())]


def test_triage_runs_in_the_background_and_can_narrow_the_list_to_the_flagged(
    qtbot, shown, db, settings, monkeypatch
):
    load_demo_data(db.sessions, date.today())
    window = MainWindow(db, settings)
    shown(window)
    seen = {}

    def look_and_show(dialog: TriageDialog) -> int:
        seen["rows"] = dialog.table.rowCount()
        seen["first"] = dialog.table.item(0, 1).text()
        dialog.show_in_list = True
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TriageDialog, "exec", look_and_show)
    window.act_triage.trigger()
    qtbot.waitUntil(lambda: "rows" in seen)  # the triage ran in the background
    assert seen["rows"] == 2
    assert "Red flag" in seen["first"]
    assert window.flagged_filter.isVisible() and window.flagged_filter.isChecked()
    assert sorted(_shown_names(window)) == ["Construcciones Ibáñez", "Moda Peñalver"]
    window.flagged_filter.setChecked(False)
    assert len(_shown_names(window)) == 12


def _evaluation(db, client_id, answers, verdict, score):
    recommendation = Recommendation(
        Verdict(verdict),
        Decimal(score),
        Decimal(1),
        (Reason("score", {"score": score}),),
        (),
    )
    return save_evaluation(
        db.sessions,
        EvaluationInput(
            client_id=client_id,
            stage="active",
            catalogue_version="2026.1",
            answers=tuple(AnswerInput(k, v) for k, v in answers.items()),
            recommendation=recommendation,
            chosen_verdict=verdict,
            next_review_on=date(2027, 5, 1),
        ),
    )


def test_history_lists_evaluations_newest_first_and_opens_one_with_its_predecessor(
    qtbot, db, monkeypatch
):
    from services.clients import ClientInput, save_client

    client_id = save_client(db.sessions, ClientInput(name="Zoë")).id
    older = _evaluation(db, client_id, {"pays_on_time": "yes"}, "retain", 80)
    newer = _evaluation(db, client_id, {"pays_on_time": "no"}, "watch", 55)
    history = EvaluationHistory(db.sessions, client_id)
    qtbot.addWidget(history)
    assert [history.table.item(r, 3).text() for r in range(2)] == ["Watch", "Retain"]

    opened = []

    class Shown:
        def exec(self) -> int:
            return 0

    def remember(detail, previous):
        opened.append((detail.summary.id, previous.summary.id if previous else None))
        return Shown()

    monkeypatch.setattr(history, "view_dialog", remember)
    history.table.selectRow(0)
    history.open_selected()
    history.table.selectRow(1)
    history.open_selected()
    assert opened == [(newer, older), (older, None)]


def test_the_view_of_an_evaluation_says_score_down_and_which_answer_changed(qtbot, db):
    from PySide6.QtWidgets import QTextBrowser

    from services.clients import ClientInput, save_client

    client_id = save_client(db.sessions, ClientInput(name="Zoë")).id
    first = _evaluation(db, client_id, {"pays_on_time": "yes"}, "retain", 80)
    second = _evaluation(db, client_id, {"pays_on_time": "no"}, "watch", 55)
    view = EvaluationView(
        get_evaluation(db.sessions, second), get_evaluation(db.sessions, first), load_catalogue()
    )
    qtbot.addWidget(view)
    text = view.findChild(QTextBrowser, "evaluation_text").toPlainText()
    assert "Score down by 25 since the previous evaluation." in text
    assert load_catalogue().criterion("pays_on_time").question("en") in text
    assert "Yes → No" in text


def test_the_triage_summary_lists_only_the_verdicts_that_occur(qtbot, db):
    from services.triage import triage

    load_demo_data(db.sessions, date.today())
    result = triage(db.sessions, date.today())
    assert 0 in result.suggested.values()  # some verdict does not occur in the demo's ledger
    dialog = TriageDialog(result)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QLabel, "triage_summary").text()
    assert ": 0" not in text
    for verdict, count in result.suggested.items():
        assert (f"{verdict_label(verdict)}: {count}" in text) is bool(count)


def test_a_triage_row_opens_the_client_and_its_wizard(qtbot, shown, db, settings, monkeypatch):
    from ui.client_detail import ClientDetailDialog
    from ui.evaluation_wizard import EvaluationWizard

    load_demo_data(db.sessions, date.today())
    window = MainWindow(db, settings)
    shown(window)
    opened = []
    monkeypatch.setattr(EvaluationWizard, "exec", lambda self: opened.append(self.client.name))

    def detail_exec(self) -> int:
        qtbot.waitUntil(lambda: len(opened) == len(clicked))  # started once the client shows
        return 0

    monkeypatch.setattr(ClientDetailDialog, "exec", detail_exec)
    clicked = []

    def activate_rows(dialog: TriageDialog) -> int:
        dialog.show()
        table = dialog.table
        table.setFocus()
        table.setCurrentCell(0, 0)
        clicked.append(0)
        qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter
        rect = table.visualItemRect(table.item(1, 0))
        clicked.append(1)
        # As a person double-clicks: a click, then the double-click.
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(TriageDialog, "exec", activate_rows)
    window.act_triage.trigger()
    qtbot.waitUntil(lambda: len(clicked) == 2)
    assert opened == ["Construcciones Ibáñez", "Moda Peñalver"]


def test_the_view_of_an_evaluation_shows_its_stored_explanation(qtbot, db):
    from services.demo_evaluations import evaluate_demo_book

    load_demo_data(db.sessions, date.today())
    evaluate_demo_book(db.sessions, load_catalogue(), date.today())
    with db.sessions() as session:
        client_id = session.scalar(select(Client.id).where(Client.name == "Hospital San Rafael"))
    (summary,) = list_evaluations(db.sessions, client_id)
    detail = get_evaluation(db.sessions, summary.id)
    view = EvaluationView(detail, None, load_catalogue())
    qtbot.addWidget(view)
    text = view.findChild(QTextBrowser, "evaluation_text").toPlainText()
    assert "Paying late or sending back too much gets boundaries first" in text
    assert "Late payer: pays on average 91 days" in text
    assert "allow 60 days" in text
    assert "What would change it" in text


def test_the_triage_dialog_keeps_qts_result(qtbot, db):
    """Its triage must not shadow QDialog.result()."""
    from services.triage import triage

    dialog = TriageDialog(triage(db.sessions, date.today()))
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.triage.clients == 0

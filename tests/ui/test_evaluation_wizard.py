"""Stepping through the evaluation wizard as an owner would."""

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QRadioButton, QWizard
from sqlalchemy import select

from models import Client
from services.business_profile import ProfileData, save_profile
from services.client_list import ClientQuery, search_ids
from services.clients import get_client
from services.demo_data import load_demo_data
from services.evaluations import get_evaluation, list_evaluations
from tests.sender import SENDER
from ui.evaluation_history import EvaluationHistory
from ui.evaluation_wizard import EvaluationWizard
from ui.main_window import MainWindow

TODAY = date.today()


@pytest.fixture
def demo(db):
    save_profile(db.sessions, ProfileData(name="Aranda", **SENDER))
    load_demo_data(db.sessions, TODAY)
    with db.sessions() as session:
        return {c.name: c.id for c in session.scalars(select(Client))}


def _wizard(qtbot, db, client_id) -> EvaluationWizard:
    wizard = EvaluationWizard(db.sessions, client_id, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _click(qtbot, wizard, which) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def _answer(qtbot, wizard, criterion_id, value) -> None:
    button = wizard.findChild(QRadioButton, f"{criterion_id}_{value}")
    # On the round indicator, where a person clicks; the button is wider than its text.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()


def _next_until_result(qtbot, wizard) -> None:
    while wizard.currentPage() is not wizard.result_page:
        _click(qtbot, wizard, QWizard.WizardButton.NextButton)


def test_a_class_a_client_past_the_limit_gets_boundaries_and_the_page_says_why(qtbot, db, demo):
    client_id = demo["Construcciones Ibáñez"]
    wizard = _wizard(qtbot, db, client_id)
    assert wizard.findChild(QRadioButton, "pays_on_time_no").isChecked()
    assert "(suggested)" in wizard.findChild(QRadioButton, "pays_on_time_no").text()
    evidence = wizard.findChild(QLabel, "evidence_pays_on_time").text()
    assert "days after the invoice" in evidence and "hard limit 160" in evidence

    _next_until_result(qtbot, wizard)
    page = wizard.result_page
    assert page.recommendation.verdict == "set_boundaries"
    text = page.reasons.text()
    assert "Red flag" in text and "your limit is 160" in text
    assert "boundaries first, and letting go follows if nothing changes" in text
    assert "Class A" in text
    assert "Score by group" in text and "What would change it" in text
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    (saved,) = list_evaluations(db.sessions, client_id)
    assert saved.chosen_verdict == "set_boundaries"
    assert get_client(db.sessions, client_id).latest_verdict == "set_boundaries"
    assert get_evaluation(db.sessions, saved.id).explanation.rule == "red_flag_protected"


def test_a_red_flag_decides_whatever_the_score(qtbot, db, demo):
    wizard = _wizard(qtbot, db, demo["Moda Peñalver"])
    _next_until_result(qtbot, wizard)
    page = wizard.result_page
    assert page.recommendation.verdict == "let_go"
    text = page.reasons.text()
    assert "A red flag decides, whatever the score." in text
    assert "Red flag: sends back 33" in text and "your maximum is 10" in text
    if page.explanation.differs:
        assert "Why the score says otherwise" in text


def test_saving_offers_the_letter_the_verdict_calls_for(qtbot, db, demo, monkeypatch):
    from ui.letter_dialog import LetterDialog

    opened = []
    monkeypatch.setattr(
        LetterDialog, "exec", lambda self: opened.append(self.kind.currentData()) or 0
    )
    wizard = _wizard(qtbot, db, demo["Moda Peñalver"])
    assert not wizard.letter_button.isVisible()  # not before the verdict
    _next_until_result(qtbot, wizard)
    assert wizard.letter_button.isVisible()
    assert "Polite termination" in wizard.letter_button.text()
    qtbot.mouseClick(wizard.letter_button, Qt.MouseButton.LeftButton)
    assert opened == ["termination"]
    assert list_evaluations(db.sessions, demo["Moda Peñalver"])  # saved first
    assert not wizard.isVisible()


def test_no_letter_is_offered_for_watch(qtbot, db, demo):
    wizard = _wizard(qtbot, db, demo["Estudio Gómez-Ruiz"])
    _next_until_result(qtbot, wizard)
    assert wizard.result_page.recommendation.verdict == "watch"
    assert not wizard.letter_button.isVisible()
    page = wizard.result_page
    page.verdict.setCurrentIndex(page.verdict.findData("retain"))
    assert wizard.letter_button.isVisible()  # follows the owner's own choice


def test_an_abusive_valuable_client_gets_boundaries(qtbot, db, demo):
    client_id = demo["Distribuciones Løvgren"]
    wizard = _wizard(qtbot, db, client_id)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    _answer(qtbot, wizard, "demands_beyond_terms", "yes")
    _answer(qtbot, wizard, "accepts_terms_when_explained", "no")
    for criterion in ("values_our_work", "reasonable_to_deal_with", "good_for_business"):
        _answer(qtbot, wizard, criterion, "yes")
    wizard.question("is_satisfied").set_value("yes")
    wizard.question("buys_enough").set_value("yes")
    _next_until_result(qtbot, wizard)
    assert wizard.result_page.recommendation.verdict == "set_boundaries"
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    detail = get_evaluation(db.sessions, list_evaluations(db.sessions, client_id)[0].id)
    answers = {a.criterion_id: a.value for a in detail.answers}
    assert answers["demands_beyond_terms"] == "yes"


def test_overriding_the_verdict_needs_a_reason(qtbot, keyboard, db, demo):
    client_id = demo["Café Zoë"]
    wizard = _wizard(qtbot, db, client_id)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    _answer(qtbot, wizard, "matches_ideal_profile", "yes")
    _answer(qtbot, wizard, "expected_volume_enough", "yes")
    _answer(qtbot, wizard, "likely_to_pay_on_time", "yes")
    _next_until_result(qtbot, wizard)
    page = wizard.result_page
    assert page.recommendation.verdict == "acquire"
    page.verdict.setCurrentIndex(page.verdict.findData("watch"))
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    keyboard.type(page.override_reason, "Esperamos a que abran la segunda tienda")
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    detail = get_evaluation(db.sessions, list_evaluations(db.sessions, client_id)[0].id)
    assert (detail.summary.recommended_verdict, detail.summary.chosen_verdict) == (
        "acquire",
        "watch",
    )
    assert detail.override_reason == "Esperamos a que abran la segunda tienda"


def test_cancel_after_answering_asks_first_and_saves_nothing(qtbot, db, demo, monkeypatch):
    client_id = demo["Talleres Çelik"]
    wizard = _wizard(qtbot, db, client_id)
    asked = []
    monkeypatch.setattr(wizard, "confirm", lambda q: asked.append(q) or True)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    _answer(qtbot, wizard, "values_our_work", "no")
    _click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert asked
    assert list_evaluations(db.sessions, client_id) == []


def test_cancel_before_answering_closes_without_asking(qtbot, db, demo, monkeypatch):
    wizard = _wizard(qtbot, db, demo["Talleres Çelik"])
    monkeypatch.setattr(wizard, "confirm", lambda q: pytest.fail("should not ask"))
    _click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert not wizard.isVisible()


def test_history_lists_the_evaluation_and_the_list_shows_the_verdict(
    qtbot, shown, db, demo, settings
):
    client_id = demo["Ferretería Núñez e Hijos"]
    wizard = _wizard(qtbot, db, client_id)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    for criterion in (
        "buys_enough",
        "values_our_work",
        "reasonable_to_deal_with",
        "good_for_business",
        "is_satisfied",
        "accepts_terms_when_explained",
    ):
        wizard.question(criterion).set_value("yes")
    wizard.question("demands_beyond_terms").set_value("no")
    _next_until_result(qtbot, wizard)
    verdict = wizard.result_page.recommendation.verdict
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    history = EvaluationHistory(db.sessions, client_id)
    qtbot.addWidget(history)
    assert history.table.rowCount() == 1
    assert history.table.item(0, 3).text() == "Retain" == history.table.item(0, 2).text()

    window = MainWindow(db, settings)
    shown(window)
    row = window.model.row_of(client_id)
    assert window.model.index(row, window.model.COL_VERDICT).data() == "Retain"
    assert verdict == "retain"
    ids = search_ids(db.sessions, ClientQuery(verdict="retain"))
    assert ids == [client_id]


def test_answers_are_reachable_from_the_keyboard(qtbot, shown, db, demo, monkeypatch):
    wizard = EvaluationWizard(db.sessions, demo["Talleres Çelik"], today=TODAY)
    monkeypatch.setattr(wizard, "confirm", lambda question: True)  # closing at teardown
    shown(wizard)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    suggested = wizard.findChild(QRadioButton, "values_our_work_unknown")
    suggested.setFocus()
    qtbot.keyClick(suggested, Qt.Key.Key_Left)  # arrows move within one question's answers
    assert wizard.question("values_our_work").value() == "no"
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Left)
    assert wizard.question("values_our_work").value() == "partly"


def test_the_list_opens_the_wizard_on_the_selected_client_with_ctrl_shift_e(
    qtbot, shown, db, demo, settings, monkeypatch
):
    opened = []
    monkeypatch.setattr(EvaluationWizard, "exec", lambda self: opened.append(self.client.name))
    window = MainWindow(db, settings)
    shown(window)
    window.table.selectRow(window.model.row_of(demo["Café Zoë"]))
    qtbot.keyClick(
        window.table,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert opened == ["Café Zoë"]


def test_opening_the_wizard_never_rebuilds_the_revenue_ranking(qtbot, db, demo, monkeypatch):
    """A ranking left stale (as an import of the whole book leaves it): the wizard reads the
    last one kept, and the rebuild is left to the background."""
    from services import revenue_ranking
    from services.ledger_change import ledger_change

    revenue_ranking.rebuild_stale_ranking(db.sessions, TODAY)
    with db.sessions.begin() as session, ledger_change(session, whole_book=True):
        pass  # stale now

    def refuse(*_args, **_kwargs):
        raise AssertionError("opening the wizard rebuilt the ranking")

    monkeypatch.setattr(revenue_ranking, "_bring_up_to_date", refuse)
    wizard = _wizard(qtbot, db, demo["Moda Peñalver"])
    assert wizard.metrics.abc_class is not None

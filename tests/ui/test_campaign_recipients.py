"""The campaign's recipients: listed with their warnings, ticked or not, stepped through."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from services.business_profile import ProfileData, save_profile
from tests.demo_book import evaluated_demo_book
from tests.ledger_cases import punctual_and_late
from tests.pdf import pdf_text
from tests.sender import SENDER
from tests.ui.waiting import wait_for_operations
from ui.campaign_dialog import CampaignDialog
from ui.recipients_table import NAME, WARNINGS, WHY

TODAY = date(2026, 11, 23)


@pytest.fixture
def asked(monkeypatch):
    """The owner's answers to the dialog's questions, and the questions asked."""
    questions: list[str] = []
    answers: list[bool] = []

    def ask(parent, title, question):
        questions.append(question)
        return answers.pop(0) if answers else True

    monkeypatch.setattr("ui.campaign_dialog.ask", ask)
    return questions, answers


@pytest.fixture
def two_retained(db):
    save_profile(db.sessions, ProfileData(**SENDER, name="Suministros Aranda", city="Zaragoza"))
    return punctual_and_late(db, TODAY)


@pytest.fixture
def demo(db):
    evaluated_demo_book(db, TODAY)


def _dialog(qtbot, db, kind="loyalty"):
    dialog = CampaignDialog(db.sessions, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    return dialog


def _cell(dialog, row, column, role=Qt.ItemDataRole.DisplayRole):
    model = dialog.recipients.model
    return model.data(model.index(row, column), role)


def _row(dialog, name) -> int:
    return [r.name for r in dialog.recipients.model.rows].index(name)


def _tick(dialog, name, on=True):
    model = dialog.recipients.model
    state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
    model.setData(model.index(_row(dialog, name), NAME), state, Qt.ItemDataRole.CheckStateRole)


def _run(qtbot, dialog, tmp_path, name="out.pdf"):
    dialog.combined_path.setText(str(tmp_path / name))
    dialog.run_button.click()
    wait_for_operations(qtbot, dialog)  # the letters are written in the background
    return tmp_path / name


def test_the_list_shows_every_recipient_with_its_warnings(qtbot, db, two_retained):
    dialog = _dialog(qtbot, db)
    assert [r.name for r in dialog.recipients.model.rows] == ["Puntual, S.L.", "Tardía, S.A."]
    late = _row(dialog, "Tardía, S.A.")
    assert _cell(dialog, late, WARNINGS) == "late payer, overdue balance"
    assert "pays on average" in _cell(dialog, late, WARNINGS, Qt.ItemDataRole.ToolTipRole)
    assert _cell(dialog, late, NAME, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert _cell(dialog, _row(dialog, "Puntual, S.L."), WARNINGS) == ""
    assert dialog.count.text() == (
        "1 letter(s) to write; 1 held back by the ledger or the verdict (unticked)."
    )


def test_the_late_payer_gets_no_thank_you_unless_ticked_and_confirmed(
    qtbot, db, two_retained, tmp_path, messages, asked
):
    dialog = _dialog(qtbot, db)
    text = pdf_text(_run(qtbot, dialog, tmp_path, "first.pdf"))
    assert "Puntual" in text and "Tardía" not in text
    assert not asked[0]  # nobody held back was ticked: nothing to confirm

    dialog = _dialog(qtbot, db)
    _tick(dialog, "Tardía, S.A.")
    questions, answers = asked
    answers.append(False)  # the owner thinks again
    assert not _run(qtbot, dialog, tmp_path, "declined.pdf").exists()
    assert "Tardía, S.A.: late payer" in questions[-1]
    text = pdf_text(_run(qtbot, dialog, tmp_path, "knowingly.pdf"))  # and then agrees
    assert "Tardía" in text and "Puntual" in text


def test_an_unticked_client_gets_no_letter(qtbot, db, demo, tmp_path, messages):
    dialog = _dialog(qtbot, db, "termination")
    _tick(dialog, "Moda Peñalver", on=False)
    text = pdf_text(_run(qtbot, dialog, tmp_path))
    # Construcciones Ibáñez is class A: boundaries first, so not in a termination campaign.
    assert "Moda Peñalver" not in text and "Óptica Müller" in text
    assert messages[0].startswith("1 letter(s) written")


def test_clients_already_let_go_are_left_out_of_a_termination_campaign(
    qtbot, db, demo, tmp_path, messages, asked
):
    dialog = _dialog(qtbot, db, "termination")
    former = _row(dialog, "Reformas Ordóñez")
    assert _cell(dialog, former, NAME, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert "already let go" in _cell(dialog, former, WARNINGS)
    assert "Reformas Ordóñez" not in pdf_text(_run(qtbot, dialog, tmp_path, "bye.pdf"))
    dialog = _dialog(qtbot, db, "termination")
    _tick(dialog, "Reformas Ordóñez")  # asked for: written, after one more question
    assert "Reformas Ordóñez" in pdf_text(_run(qtbot, dialog, tmp_path, "again.pdf"))
    assert "already let go" in asked[0][-1]


def test_a_thank_you_to_the_active_clients_holds_back_those_advised_to_be_let_go(qtbot, db, demo):
    # Óptica Müller's ledger says nothing against them; the owner's own verdict does.
    dialog = _dialog(qtbot, db, "loyalty")
    dialog.by_stage.setChecked(True)
    dialog.stage.setCurrentIndex(dialog.stage.findData("active"))
    qtbot.waitUntil(lambda: "Óptica Müller" in [r.name for r in dialog.recipients.model.rows])
    let_go = _row(dialog, "Óptica Müller")
    assert _cell(dialog, let_go, NAME, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert _cell(dialog, let_go, WARNINGS) == "let go advised"
    # The answer that decided it comes with its question, not as a bare "you answered no".
    question, answer = _cell(dialog, let_go, WHY).split(" — ")
    assert question.endswith("?") and answer == "Red flag: you answered no."
    for row, recipient in enumerate(dialog.recipients.model.rows):
        if recipient.verdict is not None and recipient.verdict.value == "let_go":
            state = _cell(dialog, row, NAME, Qt.ItemDataRole.CheckStateRole)
            assert state == Qt.CheckState.Unchecked, recipient.name


def test_select_none_and_all(qtbot, db, two_retained):
    dialog = _dialog(qtbot, db)
    qtbot.mouseClick(dialog.recipients.select_none, Qt.MouseButton.LeftButton)
    assert dialog.ticked_ids() == [] and not dialog.run_button.isEnabled()
    assert dialog.count.text().startswith("0 letter(s) to write")
    qtbot.mouseClick(dialog.recipients.select_all, Qt.MouseButton.LeftButton)
    assert len(dialog.ticked_ids()) == 2 and dialog.run_button.isEnabled()


def test_the_preview_steps_through_each_ticked_letter(qtbot, db, demo):
    dialog = _dialog(qtbot, db, "termination")
    qtbot.waitUntil(lambda: dialog.preview.page_count() == 1)
    ticked = dialog.ticked_ids()
    assert len(ticked) == 2  # Construcciones Ibáñez is class A: boundaries first
    assert dialog.letter_label.text() == "Letter 1 of 2: Moda Peñalver"
    assert not dialog.previous_letter.isEnabled()
    assert "Moda Peñalver" in pdf_text(dialog.preview.document_path)
    qtbot.mouseClick(dialog.next_letter, Qt.MouseButton.LeftButton)
    assert dialog.letter_label.text() == "Letter 2 of 2: Óptica Müller"
    assert "Óptica Müller" in pdf_text(dialog.preview.document_path)
    assert not dialog.next_letter.isEnabled()
    qtbot.mouseClick(dialog.previous_letter, Qt.MouseButton.LeftButton)
    assert dialog.letter_label.text() == "Letter 1 of 2: Moda Peñalver"
    # Choosing a row shows that client's letter, ticked or not.
    dialog.recipients.table.selectRow(_row(dialog, "Reformas Ordóñez"))
    assert "Reformas Ordóñez" in pdf_text(dialog.preview.document_path)
    assert "not ticked" in dialog.letter_label.text()
    assert "already let go" in dialog.recipients.details.text()


def test_a_reminder_campaign_goes_to_clients_with_overdue_invoices(
    qtbot, db, two_retained, tmp_path, messages
):
    dialog = _dialog(qtbot, db, "payment_reminder")
    assert dialog.by_overdue.isChecked()
    assert [r.name for r in dialog.recipients.model.rows] == ["Tardía, S.A."]
    assert dialog.effective.date().toPython() == date(2026, 12, 8)
    text = pdf_text(_run(qtbot, dialog, tmp_path))
    assert "F-2026-031" in text and "8 de diciembre de 2026" in text


def test_the_dialog_fits_a_1366_by_768_screen(qtbot, db, demo):
    dialog = _dialog(qtbot, db)
    for size in (dialog.size(), dialog.minimumSizeHint()):
        assert size.width() <= 1366 - 20 and size.height() <= 768 - 90

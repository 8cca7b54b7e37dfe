"""Several clients selected in the list: stage, tags, evaluate in turn, campaign, export."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from models import Stage
from services.clients import ClientInput, get_client, save_client
from ui import bulk_actions
from ui.main_window import MainWindow

NAMES = ("Óptica Núñez", "Łuczak Sp. z o.o.", "山田商店", "Zapatería Ruiz")


@pytest.fixture(autouse=True)
def _english():
    """The English translation, as a user sees it: its plural forms ("1 client", "4 clients")."""
    from ui.i18n import install_translators

    translators = install_translators(QApplication.instance(), "en")
    yield
    for translator in translators:
        QApplication.instance().removeTranslator(translator)


@pytest.fixture
def window(qtbot, shown, db, settings):
    for name in NAMES:
        save_client(db.sessions, ClientInput(name=name))
    window = MainWindow(db, settings)
    shown(window)
    return window


def _select_rows(qtbot, window, rows) -> list[int]:
    """Click the first row, Ctrl+click the others, as a person picks clients."""
    table = window.table
    for n, row in enumerate(rows):
        rect = table.visualRect(window.model.index(row, 0))
        modifier = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    return window.selected_client_ids()


def _answer_input(qtbot, text: str) -> None:
    """Type ``text`` into the next input dialog and press OK."""

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(text)
        dialog.accept()

    QTimer.singleShot(0, answer)


def test_selecting_several_enables_the_bulk_menu_and_not_the_single_client_actions(qtbot, window):
    ids = _select_rows(qtbot, window, [0, 2])
    assert len(ids) == 2
    assert window.bulk_menu.isEnabled()
    assert "(2)" in window.bulk_menu.title()
    assert not window.act_edit.isEnabled() and not window.act_delete.isEnabled()
    assert window.act_evaluate.isEnabled()  # one after another
    _select_rows(qtbot, window, [1])
    assert window.act_edit.isEnabled() and "(1)" in window.bulk_menu.title()


def test_ctrl_a_then_change_stage_asks_with_the_number_and_moves_them(
    qtbot, window, db, monkeypatch, messages
):
    asked = []
    monkeypatch.setattr(bulk_actions, "ask", lambda _p, _t, q: asked.append(q) or True)
    qtbot.keyClick(window.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    ids = window.selected_client_ids()
    assert len(ids) == len(NAMES)
    window.act_bulk_stage[Stage.LOST].trigger()
    assert "Move 4 clients" in asked[0]
    assert {get_client(db.sessions, c).stage for c in ids} == {"lost"}
    assert messages == ["4 clients changed."]
    assert window.model.client_row(0).stage == "lost"  # the list shows it


def test_no_to_the_question_changes_nothing(qtbot, window, db, monkeypatch):
    monkeypatch.setattr(bulk_actions, "ask", lambda *_: False)
    ids = _select_rows(qtbot, window, [0, 1])
    window.act_bulk_stage[Stage.FORMER].trigger()
    assert {get_client(db.sessions, c).stage for c in ids} == {"active"}


def test_a_tag_typed_in_the_dialog_goes_to_exactly_the_selected(qtbot, window, db, messages):
    ids = _select_rows(qtbot, window, [0, 3])
    _answer_input(qtbot, "feria 2027")
    window.act_bulk_tag.trigger()
    every = [window.model.client_id(row) for row in range(window.model.rowCount())]
    tagged = [c for c in every if "feria 2027" in get_client(db.sessions, c).tags]
    assert sorted(tagged) == sorted(ids)
    _select_rows(qtbot, window, [3])
    _answer_input(qtbot, "feria 2027")
    window.act_bulk_untag.trigger()
    assert get_client(db.sessions, ids[1]).tags == ()
    assert get_client(db.sessions, ids[0]).tags == ("feria 2027",)


def test_a_bad_tag_is_explained_and_nothing_is_tagged(qtbot, window, db, messages):
    ids = _select_rows(qtbot, window, [0, 1])
    _answer_input(qtbot, "x" * 80)
    window.act_bulk_tag.trigger()
    assert "At most 60 characters" in messages[0]
    assert all(get_client(db.sessions, c).tags == () for c in ids)


def test_evaluate_in_turn_opens_each_and_stops_when_asked(qtbot, window, monkeypatch):
    seen = []

    def evaluate(client_id, place):
        seen.append((client_id, place))
        return len(seen) == 1  # the first is saved, the second closed unsaved

    questions = []
    monkeypatch.setattr(bulk_actions, "ask", lambda _p, _t, q: questions.append(q) or False)
    ids = [11, 12, 13]
    assert bulk_actions.evaluate_in_turn(window, ids, evaluate) == 1
    assert seen == [(11, "1 of 3"), (12, "2 of 3")]  # stopped: the third never opened
    assert "1 client still to evaluate" in questions[0]


def test_evaluate_with_several_selected_opens_the_wizard_for_each_in_list_order(
    qtbot, window, monkeypatch
):
    from ui.evaluation_wizard import EvaluationWizard

    opened = []
    monkeypatch.setattr(
        EvaluationWizard, "exec", lambda w: opened.append((w.client.name, w.windowTitle())) or 0
    )
    monkeypatch.setattr(bulk_actions, "ask", lambda *_: True)
    _select_rows(qtbot, window, [0, 2])
    qtbot.keyClick(
        window.table,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    names = [window.model.client_row(r).name for r in (0, 2)]
    assert [name for name, _ in opened] == names
    assert opened[1][1].endswith("(2 of 2)")


def test_the_campaign_for_the_selected_starts_with_exactly_them(qtbot, window, monkeypatch):
    from ui.campaign_dialog import CampaignDialog

    dialogs = []
    monkeypatch.setattr(CampaignDialog, "exec", lambda d: dialogs.append(d) or 0)
    ids = _select_rows(qtbot, window, [1, 3])
    window.act_bulk_campaign.trigger()
    (dialog,) = dialogs
    qtbot.addWidget(dialog)
    assert dialog.by_selection.isChecked()
    assert dialog.by_selection.text() == "The 2 clients selected in the list"
    assert sorted(dialog.client_ids) == sorted(ids)
    dialog.kind.setCurrentIndex(dialog.kind.findData("payment_reminder"))
    assert sorted(dialog.client_ids) == sorted(ids), "the kind does not change whom"


def test_export_the_selected_writes_only_them(qtbot, window, monkeypatch, tmp_path, settle):
    import csv

    from PySide6.QtWidgets import QDialogButtonBox

    from ui.export_dialog import ExportDialog

    def export(dialog):
        monkeypatch.setattr(dialog, "inform", lambda _text: None)
        assert dialog.filtered.isChecked() and "selected" in dialog.filtered.text()
        dialog.format.setCurrentIndex(dialog.format.findData("csv"))
        dialog.delimiter.setCurrentIndex(dialog.delimiter.findData(","))
        dialog.machine.setChecked(True)
        for sheet, box in dialog.sheets.items():
            box.setChecked(sheet.value == "clients")
        dialog.path.setText(str(tmp_path / "chosen.csv"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        settle(dialog)  # written in the background
        return 1

    monkeypatch.setattr(ExportDialog, "exec", export)
    _select_rows(qtbot, window, [0, 2])
    names = sorted(window.model.client_row(r).name for r in (0, 2))
    window.act_bulk_export.trigger()
    with (tmp_path / "chosen.csv").open(encoding="utf-8-sig", newline="") as f:
        assert sorted(row["Name"] for row in csv.DictReader(f)) == names


def test_selecting_a_row_from_the_program_while_ctrl_is_held_does_not_toggle_it(qtbot, window):
    """Ctrl still down from Ctrl+S or Ctrl+N when the list selects the saved client must not
    toggle that client off (nor add it to the rows selected before)."""
    ids = _select_rows(qtbot, window, [0, 1])
    qtbot.keyPress(window.table, Qt.Key.Key_Control, Qt.KeyboardModifier.ControlModifier)
    try:
        window.table.selectRow(1)
        assert window.selected_client_ids() == [ids[1]]
        window.refresh(ids[0])
        assert window.selected_client_ids() == [ids[0]]
    finally:
        qtbot.keyRelease(window.table, Qt.Key.Key_Control)

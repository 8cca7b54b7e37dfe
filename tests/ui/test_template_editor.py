"""Template editor: faults shown with their place as the owner types; save and restore."""

import pytest

from services.business_profile import ProfileData, save_profile
from services.letter_templates import get_template, shipped_template
from tests.pdf import pdf_text
from tests.sender import SENDER
from ui.template_editor import TemplateEditor


@pytest.fixture
def editor(qtbot, db):
    save_profile(db.sessions, ProfileData(**SENDER, name="Suministros Aranda", city="Zaragoza"))
    dialog = TemplateEditor(db.sessions, kind="loyalty", language="es")
    qtbot.addWidget(dialog)
    return dialog


def test_it_opens_on_the_shipped_text_with_a_preview(editor):
    shipped = shipped_template("loyalty", "es")
    assert editor.subject.text() == shipped.subject
    assert editor.body.toPlainText() == shipped.body
    assert editor.preview.page_count() == 1
    assert "shipped" in editor.origin.text()
    assert not editor.save_button.isEnabled() and not editor.restore_button.isEnabled()


def test_a_typo_is_listed_with_line_and_column_and_cannot_be_saved(qtbot, keyboard, editor, db):
    editor.body.setPlainText("Hola {contact_name}.\n\nGracias, {clinet_name}.\n\nAdiós,")
    editor.check_and_preview()
    assert editor.problem_list.isVisible() or editor.problem_list.count() == 1
    assert editor.problem_list.item(0).text() == (
        "Body, line 3, column 10: unknown placeholder {clinet_name}"
    )
    assert not editor.save_button.isEnabled()
    editor.problem_list.setCurrentRow(0)
    editor.go_to_problem()
    cursor = editor.body.textCursor()
    assert (cursor.blockNumber(), cursor.positionInBlock()) == (2, 9)
    assert get_template(db.sessions, "loyalty", "es").is_default  # nothing was stored


def test_saving_an_edit_stores_it_and_the_preview_shows_it(qtbot, editor, db, tmp_path):
    editor.subject.setText("Un detalle para {client_name}")
    editor.body.setPlainText("Querido cliente: gracias.\n\nHasta pronto,")
    editor.check_and_preview()
    assert editor.save_button.isEnabled()
    editor.save_button.click()
    stored = get_template(db.sessions, "loyalty", "es")
    assert not stored.is_default and stored.subject == "Un detalle para {client_name}"
    assert "Querido cliente: gracias." in pdf_text(editor.preview.document_path)
    assert editor.restore_button.isEnabled()


def test_restore_asks_then_brings_back_the_shipped_text(qtbot, editor, db, monkeypatch):
    editor.body.setPlainText("Hola.\n\nAdiós,")
    editor.check_and_preview()
    editor.save()
    monkeypatch.setattr("ui.template_editor.ask", lambda *a: False)
    editor.restore_button.click()
    assert not get_template(db.sessions, "loyalty", "es").is_default
    monkeypatch.setattr("ui.template_editor.ask", lambda *a: True)
    editor.restore_button.click()
    assert get_template(db.sessions, "loyalty", "es").is_default
    assert editor.body.toPlainText() == shipped_template("loyalty", "es").body


def test_switching_template_with_unsaved_changes_asks_first(qtbot, editor, monkeypatch):
    editor.body.setPlainText("Cambiado.\n\nAdiós,")
    monkeypatch.setattr("ui.template_editor.ask", lambda *a: False)
    editor.language.setCurrentIndex(editor.language.findData("en"))
    assert editor.language.currentData() == "es"  # kept, the edit is still there
    assert editor.body.toPlainText() == "Cambiado.\n\nAdiós,"
    monkeypatch.setattr("ui.template_editor.ask", lambda *a: True)
    editor.language.setCurrentIndex(editor.language.findData("en"))
    assert editor.subject.text() == shipped_template("loyalty", "en").subject


@pytest.mark.parametrize(
    ("button", "stored"), [("reload_button", "Theirs {client_name}"), ("overwrite_button", "Mine")]
)
def test_a_template_saved_elsewhere_meanwhile_shows_both_and_the_choice_decides(
    qtbot, editor, db, monkeypatch, button, stored
):
    from services.letter_templates import save_template
    from ui.conflict_dialog import ConflictDialog

    shown = []

    def answer(conflict: ConflictDialog) -> int:
        shown.append(conflict.differences())
        getattr(conflict, button).click()
        return conflict.result()

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    body = editor.body.toPlainText()
    save_template(db.sessions, "loyalty", "es", "Theirs {client_name}", body, 0)
    editor.subject.setText("Mine")
    editor.check_and_preview()
    editor.save_button.click()
    assert shown == [[("Subject", "Theirs {client_name}", "Mine")]]
    assert get_template(db.sessions, "loyalty", "es").subject == stored
    assert editor.subject.text() == stored


def test_restoring_over_a_colleagues_edit_is_refused_and_shows_theirs(
    qtbot, editor, db, monkeypatch
):
    from services.letter_templates import save_template

    body = editor.body.toPlainText()
    save_template(db.sessions, "loyalty", "es", "Theirs {client_name}", body, 0)
    monkeypatch.setattr("ui.template_editor.ask", lambda *a: True)
    editor.restore()
    assert get_template(db.sessions, "loyalty", "es").subject == "Theirs {client_name}"
    assert editor.subject.text() == "Theirs {client_name}"
    assert editor.problem_list.count() == 1

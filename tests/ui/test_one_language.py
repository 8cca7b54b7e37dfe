"""One language at a time: counts, dates and amounts in the import wizard speak the
interface's language."""

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from ui.i18n import install_translators
from ui.import_wizard import _shown, import_summary, read_summary


@pytest.fixture
def spanish(qapp):
    app = QCoreApplication.instance()
    translators = install_translators(app, "es")
    yield
    for translator in translators:
        app.removeTranslator(translator)


@pytest.fixture
def english(qapp):
    app = QCoreApplication.instance()
    translators = install_translators(app, "en")
    yield
    for translator in translators:
        app.removeTranslator(translator)


def test_one_row_is_singular_in_spanish(spanish):
    text = import_summary(inserted=1, updated=2, rejected=1, skipped=0)
    assert "1 fila no se pudo importar" in text
    assert "2 filas no se pudieron importar" in import_summary(0, 0, 2, 0)
    assert read_summary(1, 1, 0, 0).startswith("1 fila leída")


def test_one_row_is_singular_in_english(english):
    assert import_summary(1, 0, 1, 1) == (
        "1 new, 0 updated. 1 row could not be imported; 1 duplicate was skipped."
    )


def test_the_preview_shows_dates_and_amounts_as_the_language_writes_them():
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    assert _shown("invoice_date", "2026-12-02") == "02/12/2026"
    assert _shown("amount", "1234.5") == "1.234,50"
    assert _shown("units", "2400") == "2.400"
    assert _shown("reference", "F-1") == "F-1"


def test_the_client_editor_suggests_an_email_in_spanish(qtbot, db, spanish):
    from ui.client_editor import ClientEditorDialog

    dialog = ClientEditorDialog(db.sessions)
    qtbot.addWidget(dialog)
    assert dialog._edits["email"].placeholderText() == "nombre@ejemplo.es"


def test_the_template_editor_says_what_each_placeholder_stands_for(qtbot, db, spanish):
    from ui.template_editor import TemplateEditor

    editor = TemplateEditor(db.sessions)
    qtbot.addWidget(editor)
    item = editor.placeholders.item(0)
    assert item.text() == "{client_name}  — nombre del cliente"
    editor.body.clear()
    editor.placeholders.itemActivated.emit(item)
    assert editor.body.toPlainText() == "{client_name}"  # only the placeholder goes in

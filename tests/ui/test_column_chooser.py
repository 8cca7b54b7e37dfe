"""The list's header menu hides and shows columns, and the choice is remembered; the empty
book's explanation shows whole."""

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel

from services.clients import ClientInput, save_client
from ui.client_table_model import ClientTableModel as Model
from ui.i18n import install_translators
from ui.main_window import MainWindow


def _window(qtbot, db, settings) -> MainWindow:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def _action(window: MainWindow, title: str):
    return next(a for a in window.column_menu().actions() if a.text() == title)


def test_unticking_a_column_in_the_header_menu_hides_it_until_ticked_again(qtbot, db, settings):
    save_client(db.sessions, ClientInput(name="Zoë"))
    window = _window(qtbot, db, settings)
    header = window.table.horizontalHeader()
    titles = [a.text() for a in window.column_menu().actions()]
    assert "Name" not in titles and "Phone" in titles  # the name always shows
    assert all(a.isChecked() for a in window.column_menu().actions())

    _action(window, "Phone").setChecked(False)
    assert header.isSectionHidden(Model.COL_PHONE)
    assert not _action(window, "Phone").isChecked()
    _action(window, "Phone").setChecked(True)
    assert not header.isSectionHidden(Model.COL_PHONE)


def test_hidden_columns_stay_hidden_the_next_time_the_window_opens(qtbot, db, settings):
    window = _window(qtbot, db, settings)
    _action(window, "Email").setChecked(False)
    window.close()

    again = _window(qtbot, db, settings)
    assert again.table.horizontalHeader().isSectionHidden(Model.COL_EMAIL)
    assert not _action(again, "Email").isChecked()


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_empty_book_explains_itself_in_whole_lines(qtbot, db, settings, language):
    app = QCoreApplication.instance()
    translators = install_translators(app, language)
    try:
        window = _window(qtbot, db, settings)
        qtbot.waitExposed(window)
        text = window.findChild(QLabel, "empty_text")
        assert text.isVisible() and text.text()
        assert text.height() >= text.heightForWidth(text.width())  # no line cut off
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))

"""No two controls a window shows together share an Alt key, in either language."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from tests.ui.every_window import every_window, fill_demo_book
from tests.ui.mnemonics import clashes, menu_clashes
from ui.i18n import install_translators


@pytest.fixture(params=["en", "es"])
def language(request) -> Iterator[str]:
    app = QCoreApplication.instance()
    translators = install_translators(app, request.param)
    yield request.param
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_every_window_gives_each_alt_key_to_one_control(qtbot, db, db_path, settings, language):
    client_id = fill_demo_book(db)
    found = {}
    for name, make in every_window(db, settings, client_id, db_path):
        window = make()
        qtbot.addWidget(window)
        window.show()
        if shared := clashes(window):
            found[name] = shared
        window.close()
    assert found == {}


def test_no_menu_gives_one_alt_key_to_two_actions(qtbot, db, settings, language):
    from ui.main_window import MainWindow

    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    assert menu_clashes(window) == []

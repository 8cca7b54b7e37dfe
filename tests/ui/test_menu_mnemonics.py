"""No two entries of one menu share an Alt key, in either language."""

import pytest
from PySide6.QtWidgets import QApplication, QMenu

from ui.i18n import install_translators
from ui.main_window import MainWindow


def _mnemonics(menu: QMenu) -> list[str]:
    texts = [a.text() for a in menu.actions() if a.text()]
    return [t[t.index("&") + 1].lower() for t in texts if "&" in t.replace("&&", "")]


@pytest.mark.parametrize("language", ["es", "en"])
def test_every_menu_has_unique_mnemonics(qtbot, db, settings, language):
    translators = install_translators(QApplication.instance(), language)
    try:
        window = MainWindow(db, settings)
        qtbot.addWidget(window)
        menus = [a.menu() for a in window.menuBar().actions()] + [window.bulk_menu]
        menus += [a.menu() for m in menus for a in m.actions() if a.menu() is not None]
        for menu in menus:
            keys = _mnemonics(menu)
            assert len(keys) == len(set(keys)), (language, menu.title(), keys)
        bar = _mnemonics_of_bar(window)
        assert len(bar) == len(set(bar)), bar
    finally:
        for translator in translators:
            QApplication.instance().removeTranslator(translator)


def _mnemonics_of_bar(window) -> list[str]:
    texts = [a.text() for a in window.menuBar().actions()]
    return [t[t.index("&") + 1].lower() for t in texts if "&" in t]

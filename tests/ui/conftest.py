from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


@pytest.fixture(scope="session", autouse=True)
def _collection_on_the_ui_thread(qapp):
    """As in the app (ui/app.py): the cyclic garbage collector never runs on a worker."""
    from ui.garbage_collection import collect_on_ui_thread

    collect_on_ui_thread(qapp)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """A QSettings file of the test's own, so tests never read or write the user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


class Keyboard:
    """Types any text into a widget, key by key, as a person would.

    QTest.keyClicks only knows ASCII (it aborts on 'ñ'); Spanish names need real key
    events carrying their text, which is what a keyboard sends for them.
    """

    def __init__(self, qtbot) -> None:
        self._qtbot = qtbot

    def type(self, widget: QWidget, text: str) -> None:
        widget.setFocus()
        for char in text:
            if char.isascii():
                self._qtbot.keyClick(widget, char)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )


@pytest.fixture
def keyboard(qtbot) -> Keyboard:
    return Keyboard(qtbot)


@pytest.fixture(autouse=True)
def _known_locale():
    """Tests read dates and money in one locale, whatever the machine's language."""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def show_active(qtbot, widget: QWidget) -> None:
    """Show a widget as the active window: keyboard shortcuts only reach that one."""
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


@pytest.fixture
def shown(qtbot):
    return lambda widget: show_active(qtbot, widget)


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    """The information and warning boxes a dialog shows, in order, instead of showing them."""
    from ui import message_box

    shown: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(message_box, name, lambda parent, title, text: shown.append(text))
    return shown


@pytest.fixture
def settle(qtbot):
    """settle(widget): wait until the work started from the widget's window has ended."""
    from tests.ui.waiting import wait_for_operations

    return lambda widget=None: wait_for_operations(qtbot, widget)

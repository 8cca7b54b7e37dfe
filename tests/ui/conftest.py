from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


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

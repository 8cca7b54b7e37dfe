"""Opening windows at a size that fits the screen they open on, down to a 1366×768 laptop."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What the window's size leaves out and the screen must still hold: the title bar and the
# frame around it, and the taskbar where the system does not already count it out.
TITLE_BAR = 32
TASKBAR = 40
SIDE_FRAMES = 16


def room_on_screen(window: QWidget) -> tuple[int, int]:
    """The largest inner size a window can have and still show whole on its screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    return available.width() - SIDE_FRAMES, available.height() - TITLE_BAR - TASKBAR


def fit_on_screen(window: QWidget, width: int, height: int) -> None:
    """Open at the size the window would like, or smaller where the screen is smaller, so
    its buttons never sit under the screen's edge."""
    room_width, room_height = room_on_screen(window)
    window.resize(min(width, room_width), min(height, room_height))

"""Waiting for background work (ui/operations.py) as a user does: until it has ended."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from ui.operations import operations_for


def wait_for_operations(qtbot, widget: QWidget | None = None) -> None:
    """Until the work started from a widget's window (or the whole app's) has ended."""
    qtbot.waitUntil(lambda: operations_for(widget).idle(), timeout=30_000)


def press_cancel() -> bool:
    """Press Cancel on the progress dialog showing, as the user does; False when none is."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QProgressDialog) and widget.isVisible():
            widget.cancel()
            return True
    return False

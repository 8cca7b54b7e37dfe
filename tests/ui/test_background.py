import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from ui.background import Cancelled, run_with_progress


def test_the_result_comes_back_and_the_work_ran_off_the_ui_thread(qapp):
    ui_thread = threading.get_ident()
    result = run_with_progress(None, "working", lambda progress: threading.get_ident())
    assert result != ui_thread


def test_cancel_stops_the_work_within_a_second(qapp):
    stopped = {}

    def endless(progress) -> None:
        started = time.monotonic()
        step = 0
        while progress(step, 1000):
            step += 1
            time.sleep(0.01)
        stopped["after"] = time.monotonic() - started
        raise RuntimeError("stopped")  # what a service does: Cancelled of its own

    def press_cancel() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog):
                widget.cancel()

    QTimer.singleShot(200, press_cancel)
    started = time.monotonic()
    with pytest.raises(Cancelled):
        run_with_progress(None, "working", endless)
    assert time.monotonic() - started < 5  # generous: CI machines are busy; "never" is the bug
    assert "after" in stopped


def test_an_error_in_the_work_reaches_the_caller(qapp):
    def broken(progress):
        raise ValueError("bad row")

    with pytest.raises(ValueError, match="bad row"):
        run_with_progress(None, "working", broken)

"""A probe for bench/bundle.py, which times the frozen app from start to first window.

With $CLIENTELA_QUIT_WHEN_SHOWN set, the app prints the wall-clock time once its main window
is up (the first pass of the event loop, after the window's show and paint events) and quits.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QCoreApplication, QTimer

ENV_VAR = "CLIENTELA_QUIT_WHEN_SHOWN"
MARKER = "window shown at"


def quit_when_shown_if_asked(app: QCoreApplication) -> None:
    if not os.environ.get(ENV_VAR):
        return

    def report() -> None:
        print(f"{MARKER} {time.time():.6f}", flush=True)
        app.quit()

    QTimer.singleShot(0, report)

"""Python's cyclic garbage collector runs on the UI thread only, from the event loop.

Left automatic, a collection runs on whichever thread happens to allocate when a threshold is
crossed, and one run from a worker thread frees the UI thread's unreachable Qt wrappers there:
a QObject destroyed off its thread crashes the process (a segfault in CI, "Garbage-collecting"
on a worker's stack, even on the instant a pause of the collector ended in the worker). So the
automatic collector is off for the whole life of the application, and a timer on the UI
thread does its work: the same generations, chosen by the same counts and thresholds Python
uses. Nothing is collected while the triage or an import pauses the collector for speed
(services.collector); reference counting frees almost everything meanwhile.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from services.collector import is_paused

INTERVAL_MS = 250  # often enough that cyclic garbage never piles up between two ticks


class _UiThreadCollector(QObject):
    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> None:
        if is_paused():
            return
        counts, thresholds = gc.get_count(), gc.get_threshold()
        # The oldest generation whose count passed its threshold, as Python's own collector.
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return


def collect_on_ui_thread(app: QCoreApplication) -> None:
    """Switch the automatic collector off for good and collect from ``app``'s event loop."""
    if app.findChild(_UiThreadCollector) is not None:
        return
    gc.disable()
    _UiThreadCollector(app)

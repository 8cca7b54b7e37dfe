"""Long work off the UI thread, with a progress dialog and a Cancel that works.

One helper for every long job (triage today; imports and campaigns later). The rule, as in
Picard's thread helper: the worker never touches a widget; it reports through signals, which
Qt delivers on the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from services.progress import Cancelled  # raised when the user pressed Cancel

Work = Callable[[Callable[[int, int], bool]], Any]


class _Worker(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, cancel: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._cancel = cancel

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancel.is_set()

    def run(self) -> None:
        try:
            self.succeeded.emit(self._work(self._progress))
        except BaseException as exc:  # handed to the UI thread, which decides what to show
            self.failed.emit(exc)


def run_with_progress(parent: QWidget | None, label: str, work: Work) -> Any:
    """Run ``work(progress)`` in a thread while a progress dialog shows; returns its result.

    ``progress(done, total)`` returns False once the user cancelled; the work should then
    stop, usually by raising. Raises Cancelled if cancelled, or whatever the work raised.
    """
    cancel = threading.Event()
    cancel_text = QCoreApplication.translate("Background", "Cancel")
    dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
    dialog.setObjectName("progress_dialog")
    dialog.setMinimumDuration(300)  # quick jobs finish before any dialog flashes up
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    worker = _Worker(work, cancel)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def show_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))

    worker.progressed.connect(show_progress)
    worker.succeeded.connect(lambda result: outcome.setdefault("result", result))
    worker.failed.connect(lambda error: outcome.setdefault("error", error))
    worker.finished.connect(loop.quit)
    # Polled rather than connected to ``canceled``: with PySide 6.12 that connection ended in
    # a crash (bool_dealloc) while the worker was reading the flag.
    poll = QTimer(dialog, interval=50)
    poll.timeout.connect(lambda: cancel.set() if dialog.wasCanceled() else None)
    poll.start()
    worker.start()
    loop.exec()
    worker.wait()
    poll.stop()
    cancelled = cancel.is_set()
    dialog.close()
    if cancelled:
        raise Cancelled()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")

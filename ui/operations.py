"""The one way to run work off the UI thread, in the spirit of Anki's QueryOp/CollectionOp.

An Operation names its work (a callable given ``progress(done, total)``, which returns False
once the user pressed Cancel), the progress dialog's label, what to do with the result or the
error, and whether it changes the book. ``start(parent, operation)`` runs the work in a thread
and returns at once: the caller's code goes on in the callbacks, which run on the UI thread.
There is no nested event loop, so no action can start a second job inside the first.

The rule, as in Picard's thread helper: the work never touches a widget.

While an operation that changes the book runs, the actions guarded by ``guard()`` (everything
that changes data) are disabled and a second such start is refused; the actions guarded as
``exclusive`` (Restore, which replaces the file under every reader) wait for every operation.
When a change ends well, ``BookEvents.changed`` is emitted once: views refresh on that signal.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QWidget

from services.about import APP_NAME
from services.collector import collector_paused
from services.errors import ClientelaError
from services.progress import Cancelled, Progress
from ui import message_box
from ui.messages import describe_error

log = logging.getLogger(__name__)

Work = Callable[[Progress], Any]


@dataclass(frozen=True)
class Operation:
    """What to run and what to do when it ends. Callbacks run on the UI thread.

    ``label`` empty: no progress dialog (a quiet check). ``on_failure`` missing: the error is
    shown in a message box, never as a traceback. ``select_id``: the client the list selects
    after a change (a new client), sent with BookEvents.changed.
    """

    work: Work
    label: str = ""
    on_success: Callable[[Any], None] | None = None
    on_failure: Callable[[BaseException], None] | None = None
    on_cancel: Callable[[], None] | None = None
    changes_book: bool = False
    exclusive: bool = False  # replaces the book under every reader: waits for all the others
    select_id: int | None = None


class BookEvents(QObject):
    """What views listen to, instead of each dialog calling refresh()."""

    changed = Signal(object)  # the client to select afterwards, or None
    busy_changed = Signal(bool)  # an operation that changes the book started (True) or ended


class _Worker(QThread):
    progressed = Signal(int, int)

    def __init__(self, work: Work, cancel: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._cancel = cancel
        self.result: Any = None
        self.error: BaseException | None = None

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancel.is_set()

    def run(self) -> None:
        try:
            # The UI thread does not collect while a worker runs (ui/garbage_collection.py):
            # nothing the worker made is destroyed from another thread meanwhile.
            with collector_paused():
                self.result = self._work(self._progress)
        except BaseException as exc:  # handed to the UI thread, which decides what to show
            self.error = exc


class _Running(QObject):
    """One operation under way: its thread, its dialog, its Cancel.

    A QObject living on the UI thread, so the worker's signals reach its slots there.
    """

    ended = Signal(object)

    def __init__(self, operation: Operation, parent: QWidget | None) -> None:
        super().__init__()
        self.operation = operation
        self.owner = parent  # not "parent": that is QObject.parent()
        self.cancel = threading.Event()
        self.worker = _Worker(operation.work, self.cancel)
        self.dialog: QProgressDialog | None = None
        self.poll: QTimer | None = None
        self.worker.finished.connect(self._worker_finished)
        if operation.label:
            self._show_progress(operation.label, parent)

    def _worker_finished(self) -> None:
        self.ended.emit(self)

    def _show(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, total))

    def _show_progress(self, label: str, parent: QWidget | None) -> None:
        cancel_text = QCoreApplication.translate("Operations", "Cancel")
        dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
        dialog.setObjectName("progress_dialog")
        # The main window stays usable (its data actions are guarded); a dialog's own buttons
        # are not, so a dialog waits behind its progress, as the whole app waits for a restore.
        if isinstance(parent, QDialog) or self.operation.exclusive:
            modality = Qt.WindowModality.ApplicationModal
            if not self.operation.exclusive:
                modality = Qt.WindowModality.WindowModal
            dialog.setWindowModality(modality)
        else:
            dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setMinimumDuration(300)  # quick jobs finish before any dialog flashes up
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.worker.progressed.connect(self._show)
        # Polled rather than connected to ``canceled``, which QProgressDialog also emits when
        # it closes: closing it after the work ended would turn a success into a cancel.
        self.poll = QTimer(dialog, interval=50)
        self.poll.timeout.connect(lambda: self.cancel.set() if dialog.wasCanceled() else None)
        self.poll.start()
        self.dialog = dialog

    def close(self) -> None:
        if self.poll is not None:
            self.poll.stop()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()


class Operations(QObject):
    """Runs operations for one open book (the main window owns one)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.events = BookEvents(self)
        self._running: list[_Running] = []
        self._guarded: list[tuple[QAction | QWidget, bool]] = []

    # -- state ----------------------------------------------------------------------------

    def changing_book(self) -> bool:
        return any(r.operation.changes_book for r in self._running)

    def idle(self) -> bool:
        return not self._running

    def running_labels(self) -> list[str]:
        return [r.operation.label for r in self._running]

    def guard(self, items: Iterable[QAction | QWidget], *, exclusive: bool = False) -> None:
        """Disable these while a change runs (``exclusive``: while anything runs).

        Their own enabled state (no client selected, a server's book) is kept apart: an item
        is enabled again only if it was enabled when the operation began.
        """
        for item in items:
            self._guarded.append((item, exclusive))
            item.destroyed.connect(lambda *_a, item=item: self._forget(item))
        self._apply_guard()

    def allowed(self, item: QAction | QWidget) -> bool:
        """Whether a guarded item may run now (for code that sets items' enabled state)."""
        for guarded, exclusive in self._guarded:
            if guarded is item:
                return not (self._running if exclusive else self.changing_book())
        return True

    def may_start(self, *, changes_book: bool = True, exclusive: bool = False) -> bool:
        if exclusive:
            return not self._running
        return not (changes_book and self.changing_book()) and not self._exclusive_running()

    def _exclusive_running(self) -> bool:
        return any(r.operation.exclusive for r in self._running)

    def _forget(self, item: object) -> None:
        self._guarded = [(g, e) for g, e in self._guarded if g is not item]

    def _apply_guard(self) -> None:
        for item, exclusive in self._guarded:
            if not shiboken6.isValid(item):  # being destroyed: forgotten on its signal
                continue
            blocked = bool(self._running) if exclusive else self.changing_book()
            held = item.property("_held_by_operation")
            if blocked and not held:
                item.setProperty("_held_by_operation", True)
                item.setProperty("_enabled_before_operation", item.isEnabled())
                item.setEnabled(False)
            elif not blocked and held:
                item.setProperty("_held_by_operation", False)
                item.setEnabled(bool(item.property("_enabled_before_operation")))

    # -- running --------------------------------------------------------------------------

    def refuse_if_busy(
        self, parent: QWidget | None, *, changes_book: bool = True, exclusive: bool = False
    ) -> bool:
        """True (after saying why) when such an operation may not start now."""
        if self.may_start(changes_book=changes_book, exclusive=exclusive):
            return False
        busy = ", ".join(label for label in self.running_labels() if label)
        text = QCoreApplication.translate(
            "Operations", "Please wait until the work under way has finished."
        )
        if busy:
            text += "\n\n" + busy
        message_box.information(parent, APP_NAME, text)
        return True

    def start(self, parent: QWidget | None, operation: Operation) -> bool:
        """Start the work in the background; False (after a short message) when refused."""
        if self.refuse_if_busy(
            parent, changes_book=operation.changes_book, exclusive=operation.exclusive
        ):
            return False
        running = _Running(operation, parent)
        self._running.append(running)
        running.ended.connect(self._finished)
        self._apply_guard()
        if operation.changes_book or operation.exclusive:
            self.events.busy_changed.emit(True)
        running.worker.start()
        return True

    def _finished(self, running: _Running) -> None:
        if running not in self._running:  # dropped by wait(): nobody is left to tell
            return
        self._end(running)
        operation, worker = running.operation, running.worker
        changed = operation.changes_book
        if changed or operation.exclusive:
            self.events.busy_changed.emit(False)
        # A change the work finished despite a late Cancel is done: it is reported as done.
        # A read whose Cancel came in time is dropped, whatever it returned.
        cancelled = running.cancel.is_set() and (worker.error is not None or not changed)
        if cancelled:
            if operation.on_cancel is not None:
                operation.on_cancel()
        elif worker.error is not None:
            self._fail(running.owner, operation, worker.error)
        else:
            if operation.on_success is not None:
                operation.on_success(worker.result)
            if changed:  # once the caller has set its view of the book (a restore forgets)
                self.events.changed.emit(operation.select_id)

    def _fail(self, parent: QWidget | None, operation: Operation, error: BaseException) -> None:
        if operation.on_failure is not None:
            operation.on_failure(error)
            return
        message_box.warning(parent, APP_NAME, failure_text(error))

    def _end(self, running: _Running) -> None:
        running.worker.wait()
        running.close()
        self._running.remove(running)
        running.worker.deleteLater()
        running.deleteLater()
        self._apply_guard()

    def wait(self) -> None:
        """Stop the running work and wait for it, dropping its callbacks: the window is
        closing, and the work's connections use the book about to close."""
        for running in list(self._running):
            running.cancel.set()
            self._end(running)


def failure_text(error: BaseException) -> str:
    """An error in the user's words; an unexpected one is logged with its traceback."""
    if isinstance(error, ClientelaError):
        return describe_error(error)
    log.error("Background work failed", exc_info=error)
    return QCoreApplication.translate("Operations", "Something went wrong: {error}").format(
        error=error
    )


_fallback: Operations | None = None


def operations_for(widget: QObject | None) -> Operations:
    """The Operations of the window a widget belongs to, so any dialog can start one.

    A widget without such a window (a dialog opened on its own, in a test or at start-up)
    gets one Operations for the whole application.
    """
    node = widget
    while node is not None:
        found = getattr(node, "operations", None)
        if isinstance(found, Operations):
            return found
        node = node.parent()
    global _fallback
    if _fallback is None:
        _fallback = Operations(QApplication.instance())
    return _fallback


def start(parent: QWidget | None, operation: Operation) -> bool:
    """Start an operation from any widget (see operations_for); False when refused."""
    return operations_for(parent).start(parent, operation)


def query(
    parent: QWidget | None,
    work: Work,
    on_success: Callable[[Any], None],
    *,
    label: str = "",
    on_failure: Callable[[BaseException], None] | None = None,
) -> bool:
    """A read in the background (QueryOp): rebuilding derived data, counting, previews."""
    return start(parent, Operation(work, label, on_success=on_success, on_failure=on_failure))


def wait_for(parent: QWidget | None, operation: Operation) -> Any:
    """Run an operation and wait for its result; raises Cancelled or the work's error.

    Only for a caller that cannot go on in a callback: opening a damaged book before any
    window exists (its answer decides whether a window opens at all). The wait spins an event
    loop, but the operation is registered like any other, so the guards hold meanwhile.
    """
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def end(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    waited = replace(
        operation,
        on_success=lambda result: end("result", result),
        on_failure=lambda error: end("error", error),
        on_cancel=lambda: end("cancelled", True),
    )
    if not start(parent, waited):
        raise Cancelled()
    if not outcome:
        loop.exec()
    if "cancelled" in outcome:
        raise Cancelled()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]

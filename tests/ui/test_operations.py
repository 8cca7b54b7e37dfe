"""Background operations (ui/operations.py), driven as the user meets them in the main window."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

import services.importing
import ui.import_wizard
from services.clients import ClientInput, save_client
from services.errors import ClientelaError
from services.metrics import Cancelled
from tests.ui.waiting import press_cancel, wait_for_operations
from ui.import_wizard import ImportWizard
from ui.main_window import MainWindow
from ui.operations import Operation, operations_for, query, start

# Restore needs a book in a file.
pytestmark = pytest.mark.sqlite_file


class Gate:
    """Holds a piece of work in the middle until the test lets it go."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.opened = threading.Event()
        self.calls = 0

    def hold(self) -> None:
        self.calls += 1
        self.entered.set()
        assert self.opened.wait(20), "the test never let the work go"


@pytest.fixture
def window(qtbot, shown, db, settings):
    save_client(db.sessions, ClientInput(name="Ana Peña"))
    created = MainWindow(db, settings)
    shown(created)
    yield created
    wait_for_operations(qtbot, created)


@pytest.fixture
def held_import(monkeypatch) -> Gate:
    """The import's writing waits at the gate (the check before it runs freely)."""
    gate = Gate()
    real = services.importing.run_import

    def run_import(*args, dry_run: bool = False, **kwargs):
        if not dry_run:
            gate.hold()
        return real(*args, dry_run=dry_run, **kwargs)

    monkeypatch.setattr(ui.import_wizard, "run_import", run_import)
    return gate


def start_import(qtbot, window: MainWindow, tmp_path, gate: Gate) -> ImportWizard:
    """Through the wizard to Import, clicked; returns while the rows are being written."""
    path = tmp_path / "clients.csv"
    path.write_text("Name,City\nLuis Gil,Cádiz\nMarta Ruiz,Sevilla\n", encoding="utf-8")
    wizard = ImportWizard(window._db.sessions, window, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    for _page in ("options", "mapping", "preview", "confirm"):
        wizard.next()
        wait_for_operations(qtbot, wizard)
    assert wizard.currentId() == ImportWizard.PAGE_CONFIRM
    wizard.next()  # Import
    qtbot.waitUntil(gate.entered.is_set)
    return wizard


def test_a_second_triage_or_a_restore_cannot_start_while_an_import_runs(
    qtbot, window, tmp_path, held_import, messages, monkeypatch
):
    from ui.restore_dialog import RestoreDialog
    from ui.triage_dialog import TriageDialog

    opened = []
    monkeypatch.setattr(TriageDialog, "exec", lambda d: opened.append("triage") or 0)
    monkeypatch.setattr(RestoreDialog, "exec", lambda d: opened.append("restore") or 0)
    wizard = start_import(qtbot, window, tmp_path, held_import)

    for action in (window.act_triage, window.act_restore, window.act_import, window.act_new):
        assert not action.isEnabled(), action.objectName()
    assert window.act_find.isEnabled() and window.act_export.isEnabled()  # reading goes on
    window.act_triage.trigger()  # a disabled action does nothing
    window.run_triage()  # nor does the code behind it, started some other way
    window.restore_from_backup()
    assert len(messages) == 2 and all(text.startswith("Please wait") for text in messages)

    held_import.opened.set()
    wait_for_operations(qtbot, window)
    assert wizard.currentId() == ImportWizard.PAGE_SUMMARY
    assert opened == []  # neither dialog was ever opened
    assert window.act_triage.isEnabled() and window.act_restore.isEnabled()
    assert window.model.rowCount() == 3


def test_ctrl_t_during_a_triage_does_not_start_a_second_one(qtbot, window, monkeypatch, messages):
    import services.triage
    from ui.triage_dialog import TriageDialog

    gate = Gate()
    real = services.triage.triage

    def held_triage(sessions, today, progress):
        gate.hold()
        return real(sessions, today, progress)

    monkeypatch.setattr(services.triage, "triage", held_triage)
    shown_dialogs = []
    monkeypatch.setattr(TriageDialog, "exec", lambda d: shown_dialogs.append(d) or 0)

    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(gate.entered.is_set)
    assert not window.act_triage.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    gate.opened.set()
    qtbot.waitUntil(lambda: len(shown_dialogs) == 1)
    wait_for_operations(qtbot, window)
    assert gate.calls == 1 and len(shown_dialogs) == 1
    assert window.act_triage.isEnabled()


def test_a_client_opened_during_a_change_can_be_read_but_not_edited_until_it_ends(
    qtbot, window, monkeypatch
):
    from ui.client_detail import ClientDetailDialog

    gate = Gate()
    start(window, Operation(lambda _p: gate.hold(), "Changing…", changes_book=True))
    qtbot.waitUntil(gate.entered.is_set)
    detail = ClientDetailDialog(window._db.sessions, window.selected_client_id(), window)
    qtbot.addWidget(detail)
    assert detail.windowTitle() == "Ana Peña"
    assert not detail.ledger.isEnabled()
    gate.opened.set()
    wait_for_operations(qtbot, window)
    assert detail.ledger.isEnabled()


def test_the_book_changed_signal_refreshes_the_list_once_per_finished_change(
    qtbot, window, tmp_path, held_import, monkeypatch
):
    refreshes = []
    real = window.model.refresh
    monkeypatch.setattr(window.model, "refresh", lambda: refreshes.append(1) or real())
    start_import(qtbot, window, tmp_path, held_import)
    assert refreshes == []  # nothing while the rows are being written
    with qtbot.waitSignal(window.events.changed):
        held_import.opened.set()
    wait_for_operations(qtbot, window)
    assert len(refreshes) == 1
    assert window.model.rowCount() == 3

    # A change that is not finished (it failed) refreshes nothing.
    def broken(_progress):
        raise ClientelaError("unreadable", path="x")

    start(window, Operation(broken, "Changing…", changes_book=True, on_failure=lambda e: None))
    wait_for_operations(qtbot, window)
    assert len(refreshes) == 1


def test_a_failure_is_shown_as_a_message_not_a_traceback(qtbot, window, messages):
    def broken(_progress):
        raise ValueError("row 7 is bad")

    assert start(window, Operation(broken, "Working…", changes_book=True))
    wait_for_operations(qtbot, window)
    assert messages == ["Something went wrong: row 7 is bad"]
    assert window.act_new.isEnabled()  # and the window is usable again

    def refused(_progress):
        raise ClientelaError("not_found", client_id=99)

    start(window, Operation(refused, "Working…"))
    wait_for_operations(qtbot, window)
    assert len(messages) == 2 and "Something went wrong" not in messages[1]


def test_cancel_stops_the_work_and_reaches_the_caller(qtbot, window, messages):
    stopped, outcome = {}, []

    def endless(progress) -> None:
        started = time.monotonic()
        step = 0
        while progress(step, 1000):
            step += 1
            time.sleep(0.01)
        stopped["after"] = time.monotonic() - started
        raise Cancelled()  # what a service does

    start(
        window,
        Operation(
            endless,
            "Working…",
            on_success=lambda _r: outcome.append("done"),
            on_cancel=lambda: outcome.append("cancelled"),
            changes_book=True,
        ),
    )
    qtbot.waitUntil(press_cancel)  # the progress dialog shows after a moment
    wait_for_operations(qtbot, window)
    assert outcome == ["cancelled"] and "after" in stopped
    assert messages == []  # a Cancel is not an error


def test_a_query_returns_its_result_on_the_ui_thread_from_work_done_off_it(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    ui_thread = threading.get_ident()
    seen = []
    query(
        parent,
        lambda _progress: threading.get_ident(),
        lambda worker_thread: seen.append((worker_thread, threading.get_ident())),
    )
    wait_for_operations(qtbot, parent)
    ((worker_thread, callback_thread),) = seen
    assert worker_thread != ui_thread and callback_thread == ui_thread


def test_any_dialog_of_the_window_shares_its_operations(qtbot, window):
    from ui.export_dialog import ExportDialog

    dialog = ExportDialog(window._db.sessions, None, window)
    qtbot.addWidget(dialog)
    assert operations_for(dialog) is window.operations
    assert operations_for(QWidget()) is not window.operations  # a window of its own: the app's


def test_the_triage_in_worker_processes_is_one_operation(qtbot, window, monkeypatch):
    """The big book's triage (worker processes) ends through the same path: one dialog."""
    import services.triage
    from services.triage import triage as real_triage
    from ui.triage_dialog import TriageDialog

    ran = []

    def in_processes(sessions, today, progress):
        result = real_triage(sessions, today, progress, in_processes=True)
        ran.append(result.worker_processes)
        return result

    monkeypatch.setattr(services.triage, "triage", in_processes)
    shown_dialogs = []
    monkeypatch.setattr(TriageDialog, "exec", lambda d: shown_dialogs.append(d) or 0)
    window.act_triage.trigger()
    qtbot.waitUntil(lambda: len(shown_dialogs) == 1, timeout=60_000)
    assert ran and ran[0] > 0


def test_closing_the_window_stops_the_work_and_drops_what_would_follow(qtbot, window, messages):
    outcome = []

    def endless(progress) -> None:
        while progress(0, 1):
            time.sleep(0.01)
        raise Cancelled()

    start(
        window,
        Operation(
            endless,
            "Working…",
            on_success=outcome.append,
            on_failure=outcome.append,
            on_cancel=lambda: outcome.append("cancelled"),
            changes_book=True,
        ),
    )
    window.close()
    assert window.operations.idle()
    qtbot.wait(50)  # any late signal from the ended thread has been delivered
    assert outcome == [] and messages == []


def test_no_garbage_collection_runs_while_a_worker_runs_and_it_resumes_after(qtbot, window) -> None:
    # A collection run from a worker destroyed the UI thread's Qt objects off their thread:
    # the automatic collector is off, and the UI thread's own waits for the workers.
    import gc

    from services.collector import is_paused

    wait_for_operations(qtbot, window)
    qtbot.waitUntil(lambda: not is_paused())  # the window's start-up workers have ended
    seen: list[tuple[bool, bool]] = []
    query(
        window,
        lambda _progress: seen.append((gc.isenabled(), is_paused())),
        on_success=lambda _r: None,
    )
    wait_for_operations(qtbot, window)
    assert seen == [(False, True)]
    assert not gc.isenabled()
    qtbot.waitUntil(lambda: not is_paused())

"""On a shared book the list shows what colleagues changed: on F5 and every little while,
without losing the selected client or the scroll position."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from services.clients import ClientInput, get_client, save_client
from services.database import Database, location_of, open_database
from ui.main_window import MainWindow

CLIENTS = 200


@pytest.fixture
def colleague(db) -> Iterator[Database]:
    """Another person's app on the same book: its own engine and connections."""
    other = open_database(location_of(db.engine), upgrade=False)
    yield other
    other.close()


@pytest.fixture
def book(db) -> list[int]:
    return [
        save_client(db.sessions, ClientInput(name=f"Client {n:03}", city="Bilbao")).id
        for n in range(CLIENTS)
    ]


def _window(shown, db, settings) -> MainWindow:
    window = MainWindow(db, settings)
    window.resize(900, 400)  # a few dozen rows on screen: the list scrolls
    shown(window)
    return window


def _select(window: MainWindow, client_id: int) -> int:
    row = window.model.row_of(client_id)
    assert row is not None
    window.table.selectRow(row)
    window.table.scrollTo(window.model.index(row, 0))
    return row


def _city_shown(window: MainWindow, client_id: int) -> str:
    row = window.model.row_of(client_id)
    return window.model.index(row, window.model.COL_CITY).data()


def test_f5_shows_a_colleagues_change_and_keeps_selection_and_scroll(
    qtbot, shown, db, settings, book, colleague
):
    window = _window(shown, db, settings)
    target = book[150]
    _select(window, target)
    scrolled = window.table.verticalScrollBar().value()
    assert scrolled > 0
    assert _city_shown(window, target) == "Bilbao"
    record = get_client(colleague.sessions, target)
    save_client(colleague.sessions, ClientInput(name=record.name, city="Madrid"), target, 1)
    assert _city_shown(window, target) == "Bilbao"  # not seen until the list looks again

    qtbot.keyClick(window.table, Qt.Key.Key_F5)

    assert _city_shown(window, target) == "Madrid"
    assert window.selected_client_id() == target
    assert window.table.verticalScrollBar().value() == scrolled


def test_a_client_added_elsewhere_appears_and_the_count_follows(
    qtbot, shown, db, settings, book, colleague
):
    window = _window(shown, db, settings)
    target = book[10]
    _select(window, target)
    save_client(colleague.sessions, ClientInput(name="Client 000a"))  # sorts above the target
    qtbot.keyClick(window.table, Qt.Key.Key_F5)
    assert window.count_label.text() == f"{CLIENTS + 1} client(s)"
    assert window.selected_client_id() == target


def test_a_deleted_selected_client_gives_its_place_to_the_next(
    qtbot, shown, db, settings, book, colleague
):
    from services.clients import delete_client

    window = _window(shown, db, settings)
    _select(window, book[20])
    delete_client(colleague.sessions, book[20])
    qtbot.keyClick(window.table, Qt.Key.Key_F5)
    assert window.selected_client_id() == book[21]


def test_the_list_looks_again_on_its_own_while_the_window_is_active(
    qtbot, shown, db, settings, book, colleague
):
    window = _window(shown, db, settings)
    target = book[5]
    _select(window, target)
    window._auto_refresh.setInterval(50)
    window._auto_refresh.start()
    save_client(colleague.sessions, ClientInput(name="Client 005", city="Madrid"), target, 1)
    qtbot.waitUntil(lambda: _city_shown(window, target) == "Madrid", timeout=3000)
    assert window.selected_client_id() == target


def test_f5_on_the_dashboard_computes_its_figures_again(
    qtbot, shown, db, settings, book, monkeypatch
):
    window = _window(shown, db, settings)
    window.tabs.setCurrentIndex(1)
    window.dashboard.wait()
    computed = []
    monkeypatch.setattr(window.dashboard, "refresh", lambda: computed.append(True))
    qtbot.keyClick(window.dashboard, Qt.Key.Key_F5)
    assert computed == [True]

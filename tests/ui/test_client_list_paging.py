"""The client list reads its ids a page at a time (issue #17.7): a keystroke on 100,000
clients costs one page, and scrolling reaches every match; the count shown is all of them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import insert

from bench.client_list import synthetic_clients
from models import Client
from services.client_list import ClientQuery, search_ids
from ui.client_table_model import PAGE_SIZE, ClientTableModel
from ui.main_window import MainWindow

CLIENTS = 1_100  # four pages and more


def _book(db, count: int = CLIENTS) -> None:
    with db.sessions.begin() as session:
        session.execute(insert(Client), list(synthetic_clients(count)))


def _window(shown, db, settings) -> MainWindow:
    window = MainWindow(db, settings)
    window.resize(900, 400)  # a few dozen rows on screen: the list scrolls
    shown(window)
    return window


def test_a_search_reads_one_page_and_fetching_more_reads_the_rest_in_order(qapp, db):
    _book(db)
    model = ClientTableModel(db.sessions)
    model.set_query(ClientQuery())
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    assert model.known_match_count() is None  # a full page cannot tell how many there are
    while model.canFetchMore():
        model.fetchMore()
    every = search_ids(db.sessions, ClientQuery())
    assert [model.client_id(row) for row in range(model.rowCount())] == every
    assert model.known_match_count() == CLIENTS  # known once the last page is read


def test_a_short_result_is_complete_and_counted_without_asking_again(qapp, db):
    _book(db)
    model = ClientTableModel(db.sessions)
    model.set_query(ClientQuery(text="b00000123"))  # the tax id of one client
    assert model.rowCount() == 1
    assert not model.canFetchMore()
    assert model.known_match_count() == 1


def test_the_match_count_comes_from_the_database_not_from_the_pages_read(qapp, db):
    _book(db)
    model = ClientTableModel(db.sessions)
    query = ClientQuery(text="asociados")
    model.set_query(query)
    assert model.match_count() == len(search_ids(db.sessions, query)) > PAGE_SIZE
    assert model.rowCount() == PAGE_SIZE


def test_the_thousandth_match_is_reached_by_scrolling_and_the_count_is_right(
    qtbot, shown, db, settings
):
    _book(db)
    window = _window(shown, db, settings)
    every = search_ids(db.sessions, window.model.query)
    thousandth = every[999]
    qtbot.waitUntil(lambda: window.count_label.text() == f"{CLIENTS} client(s)")
    assert window.model.rowCount() < 1000
    for _ in range(20):  # the view fetches the next page when scrolled to the end
        window.table.scrollToBottom()
        qtbot.wait(10)
        if window.model.row_of(thousandth) is not None:
            break
    assert window.model.row_of(thousandth) == 999
    assert window.model.client_id(999) == thousandth
    assert window.count_label.text() == f"{CLIENTS} client(s)"


def test_a_search_shows_how_many_match_beyond_the_first_page(qtbot, shown, db, settings):
    _book(db)
    window = _window(shown, db, settings)
    window.search.setText("asociados")
    window.apply_search()
    found = len(search_ids(db.sessions, window.model.query))
    assert found > PAGE_SIZE
    qtbot.waitUntil(lambda: window.count_label.text() == f"{found} of {CLIENTS} clients match")


def test_refreshing_keeps_a_client_selected_far_down_the_list_and_the_scroll(
    qtbot, shown, db, settings
):
    _book(db)
    window = _window(shown, db, settings)
    while window.model.rowCount() < 900:
        window.model.fetchMore()
    target = window.model.client_id(850)
    window.table.selectRow(850)
    window.table.scrollTo(window.model.index(850, 0))
    scrolled = window.table.verticalScrollBar().value()

    window.refresh_in_place()

    assert window.selected_client_id() == target
    assert window.model.row_of(target) == 850
    assert window.table.verticalScrollBar().value() == scrolled


def test_pages_of_clients_with_equal_names_neither_overlap_nor_skip(qapp, db):
    with db.sessions.begin() as session:
        session.execute(
            insert(Client),
            [{"name": "Same", "sort_name": "same", "search_text": "same"}] * (2 * PAGE_SIZE + 7),
        )
    model = ClientTableModel(db.sessions)
    model.set_query(ClientQuery(text="same"))
    pages = [
        search_ids(db.sessions, model.query, offset=start, limit=PAGE_SIZE)
        for start in range(0, 3 * PAGE_SIZE, PAGE_SIZE)
    ]
    listed = [client_id for page in pages for client_id in page]
    assert sorted(listed) == sorted(search_ids(db.sessions, model.query))
    assert len(set(listed)) == 2 * PAGE_SIZE + 7


def test_select_all_selects_every_match_not_only_the_pages_read(qtbot, shown, db, settings):
    _book(db)
    window = _window(shown, db, settings)
    assert window.model.rowCount() < CLIENTS
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert window.selected_client_ids() == search_ids(db.sessions, window.model.query)
    assert len(window.selected_client_ids()) == CLIENTS

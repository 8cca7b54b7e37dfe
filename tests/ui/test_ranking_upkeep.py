"""The revenue ranking is brought up to date in the background after a change, never in a
read (ui/ranking_upkeep.py wired to the window's one book-changed signal)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from models import Sale
from services.clients import ClientInput, save_client
from services.ledger_change import ledger_change
from services.revenue_ranking import is_current
from tests.ui.waiting import wait_for_operations
from ui.main_window import MainWindow


def ranking_is_current(db) -> bool:
    with db.sessions() as session:
        return is_current(session, date.today())


def stale_ledger_write(db, client_id: int) -> None:
    """A change too broad to follow client by client: it leaves the ranking stale."""
    with db.sessions.begin() as session, ledger_change(session, whole_book=True):
        today = date.today()
        session.add(
            Sale(client_id=client_id, invoice_date=today, due_date=today, amount=Decimal(900))
        )


def test_a_stale_ranking_is_rebuilt_when_the_window_opens_and_after_each_change(
    qtbot, shown, db, settings
) -> None:
    client = save_client(db.sessions, ClientInput(name="Ana Peña"))
    stale_ledger_write(db, client.id)
    assert not ranking_is_current(db)
    window = MainWindow(db, settings)
    shown(window)
    wait_for_operations(qtbot, window)
    assert ranking_is_current(db)
    stale_ledger_write(db, client.id)
    assert not ranking_is_current(db)
    window.book_changed(client.id)
    window.book_changed(client.id)  # asked twice while one runs: run again once, not twice
    wait_for_operations(qtbot, window)
    assert ranking_is_current(db)


def test_the_dashboard_waits_for_the_upkeep_and_then_reads_the_kept_data(
    qtbot, shown, db, settings
) -> None:
    """Not summing the ledger beside a running rebuild: it counts once the upkeep ended."""
    client = save_client(db.sessions, ClientInput(name="Ana Peña"))
    window = MainWindow(db, settings)
    shown(window)
    with qtbot.waitSignal(window.dashboard.updated, timeout=10_000):
        window.tabs.setCurrentWidget(window.dashboard)
    wait_for_operations(qtbot, window)
    qtbot.waitUntil(lambda: window.dashboard.current_figures() is not None)  # all settled
    kept_when_counted: list[bool] = []
    window.dashboard.updated.connect(lambda: kept_when_counted.append(ranking_is_current(db)))
    stale_ledger_write(db, client.id)
    with qtbot.waitSignal(window.dashboard.updated, timeout=10_000):
        window.book_changed(client.id)
        assert window.ranking.running
        assert not window.dashboard.counting  # waits for the upkeep, not beside it
        assert window.dashboard.current_figures() is None  # not the book's yet
    wait_for_operations(qtbot, window)
    window.dashboard.wait()
    assert kept_when_counted == [True]
    assert window.dashboard.portfolio is not None
    assert window.dashboard.portfolio.pareto.revenue == Decimal(900)

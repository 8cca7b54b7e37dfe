"""The dashboard draws the book's figures, drills down to the list, and prints its report."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from sqlalchemy import update

from models import Client
from services.business_profile import ProfileData, save_profile
from services.clients import ClientInput, save_client
from services.ledger import SaleInput, add_sale
from services.portfolio_selection import Selection
from tests.pdf import pdf_text
from ui.chart_widget import OKABE_ITO, ChartItem, ChartKind, ChartWidget
from ui.main_window import MainWindow
from ui.report_dialog import ReportDialog

TODAY = date(2026, 6, 30)
BUSINESS = 'Talleres <b>Ñandú</b> & "Hijos"'


def _book(db) -> dict[str, int]:
    save_profile(db.sessions, ProfileData(name=BUSINESS))
    ids = {}
    for name, verdict, amount in (
        ("Alba", "let_go", 1000),
        ("Bruno", "let_go", 3000),
        ("Carmen", "retain", 16000),
        ("Dario", None, 0),
    ):
        ids[name] = save_client(db.sessions, ClientInput(name=name)).id
        with db.sessions.begin() as session:
            session.execute(
                update(Client).where(Client.id == ids[name]).values(latest_verdict=verdict)
            )
        if amount:
            invoice = TODAY - timedelta(days=100)
            add_sale(
                db.sessions,
                ids[name],
                SaleInput(invoice, invoice + timedelta(days=30), amount=Decimal(amount)),
            )
    return ids


def _chart(items: int = 3) -> ChartWidget:
    chart = ChartWidget(ChartKind.BARS)
    chart.set_items(
        ChartItem(f"bar {n}", n + 1, str(n + 1), f"tip {n}", key=f"key {n}", colour=n)
        for n in range(items)
    )
    chart.resize(300, 180)
    return chart


def test_chart_paints_its_bars_offscreen_in_the_palette_colours(qtbot):
    chart = _chart()
    qtbot.addWidget(chart)
    image = chart.grab().toImage()
    centre = chart.item_rects()[2].center().toPoint()
    assert image.pixelColor(centre) == QColor(OKABE_ITO[2])


def test_chart_follows_a_dark_palette(qtbot):
    chart = _chart()
    palette = chart.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    chart.setPalette(palette)
    chart.setAutoFillBackground(True)
    qtbot.addWidget(chart)
    image = chart.grab().toImage()
    assert image.pixelColor(QPoint(2, 2)) == QColor("#202020")


def test_a_click_or_enter_on_a_bar_activates_it(qtbot):
    chart = _chart()
    qtbot.addWidget(chart)
    chart.show()
    centre = chart.item_rects()[1].center().toPoint()
    with qtbot.waitSignal(chart.activated) as clicked:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=centre)
    assert clicked.args == ["key 1"]
    chart.setFocus()
    chart.current = 0
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    with qtbot.waitSignal(chart.activated) as entered:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert entered.args == ["key 2"]


def test_tooltip_names_the_item_under_the_mouse(qtbot):
    chart = _chart()
    qtbot.addWidget(chart)
    assert chart.item_at(chart.item_rects()[0].center()) == 0
    assert chart.items[chart.item_at(chart.item_rects()[0].center())].tooltip == "tip 0"


def _window(qtbot, db, settings) -> MainWindow:
    window = MainWindow(db, settings)
    window.dashboard.today_override = TODAY
    qtbot.addWidget(window)
    window.show()
    return window


def test_dashboard_draws_the_figures_and_drills_down_to_the_list(qtbot, db, settings):
    ids = _book(db)
    window = _window(qtbot, db, settings)
    with qtbot.waitSignal(window.dashboard.updated, timeout=10_000):
        window.tabs.setCurrentWidget(window.dashboard)
    verdicts = {item.label: item.text for item in window.dashboard.verdicts.items}
    assert verdicts["Let go"] == "2" and verdicts["Retain"] == "1"
    assert verdicts["Not evaluated"] == "1"
    assert window.dashboard.pareto.note == "Top 20 %: 80 % of revenue"  # 16000 of 20000

    chart = window.dashboard.verdicts
    let_go = next(n for n, i in enumerate(chart.items) if i.key == Selection("verdict", "let_go"))
    centre = chart.item_rects()[let_go].center().toPoint()
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: window.drill_bar.isVisible())
    assert window.tabs.currentIndex() == 0
    assert window.drill_banner.text() == "Showing: Let go (2 client(s))"  # no translator
    shown = {window.model.client_id(row) for row in range(window.model.rowCount())}
    assert shown == {ids["Alba"], ids["Bruno"]}

    qtbot.mouseClick(window.drill_clear, Qt.MouseButton.LeftButton)
    assert not window.drill_bar.isVisible()
    assert window.model.rowCount() == 4
    window.dashboard.wait()


def test_dashboard_refreshes_after_the_book_changes(qtbot, db, settings):
    _book(db)
    window = _window(qtbot, db, settings)
    with qtbot.waitSignal(window.dashboard.updated, timeout=10_000):
        window.tabs.setCurrentWidget(window.dashboard)
    save_client(db.sessions, ClientInput(name="Elena"))
    with qtbot.waitSignal(window.dashboard.updated, timeout=10_000):
        window.refresh()  # what every dialog that changes the book ends with
    verdicts = {item.label: item.text for item in window.dashboard.verdicts.items}
    assert verdicts["Not evaluated"] == "2"
    window.dashboard.wait()


def test_report_preview_and_saved_pdf_hold_the_figures(qtbot, db, tmp_path, settle):
    _book(db)
    dialog = ReportDialog(db.sessions, today=TODAY)
    qtbot.addWidget(dialog)
    settle(dialog)  # written in the background
    assert dialog.preview.page_count() >= 1
    saved = dialog.save_as(str(tmp_path / "report"))
    assert saved == tmp_path / "report.pdf"
    text = pdf_text(saved)
    assert BUSINESS in text  # escaped for the markup, printed literally
    assert "30 June 2026" in text or "30 de junio de 2026" in text
    assert "80 %" in text
    for name in ("Alba", "Bruno", "Carmen", "Dario"):
        assert name in text


def test_the_report_reuses_the_dashboards_figures_while_they_are_current(
    qtbot, db, settings, settle
):
    _book(db)
    window = _window(qtbot, db, settings)
    with qtbot.waitSignal(window.dashboard.updated, timeout=10_000):
        window.tabs.setCurrentWidget(window.dashboard)
    # Current once the worker has ended too (its end is signalled just after the figures).
    qtbot.waitUntil(lambda: window.dashboard.current_figures() is not None)
    figures = window.dashboard.current_figures()
    assert figures is window.dashboard.portfolio
    window.tabs.setCurrentIndex(0)
    window.refresh()  # the book changed while the dashboard is hidden: not counted yet
    assert window.dashboard.current_figures() is None
    window.dashboard.wait()

    # Given figures are printed as they are, not counted again from the book.
    marked = replace(figures, business_name="Counted once")
    dialog = ReportDialog(db.sessions, today=TODAY, figures=marked)
    qtbot.addWidget(dialog)
    settle(dialog)
    assert "Counted once" in pdf_text(dialog.path)
    stale = replace(marked, today=TODAY - timedelta(days=1))  # yesterday's: counted again
    dialog = ReportDialog(db.sessions, today=TODAY, figures=stale)
    qtbot.addWidget(dialog)
    settle(dialog)
    assert "Counted once" not in pdf_text(dialog.path)


def test_the_dashboard_only_reads_the_kept_ranking_and_receivables(qtbot, db):
    """Its worker never rebuilds them (ui/ranking_upkeep.py does, in the background): while
    they are stale it shows the same figures, summed from the ledger."""
    from services.revenue_ranking import is_current, rebuild_stale_ranking
    from ui.dashboard import Dashboard

    def kept() -> bool:
        with db.sessions() as session:
            return is_current(session, TODAY)

    _book(db)
    dashboard = Dashboard(db.sessions)
    qtbot.addWidget(dashboard)
    dashboard.today_override = TODAY
    shown = []
    for rebuilt in (False, True):
        if rebuilt:
            rebuild_stale_ranking(db.sessions, TODAY)
        with qtbot.waitSignal(dashboard.updated, timeout=10_000):
            dashboard.refresh()
        dashboard.wait()
        assert kept() == rebuilt  # the refresh left it as it was
        shown.append((dashboard.portfolio, dashboard.pareto.note))
    assert shown[0] == shown[1]
    assert shown[0][1] == "Top 20 %: 80 % of revenue"  # 16000 of 20000
    assert shown[0][0].overdue == Decimal(20000)  # every invoice was due 70 days ago

"""The portfolio dashboard: the whole book at a glance, a tab beside the client list.

The figures come from services.portfolio, computed in a worker thread so the window never
waits; this view only words and draws them. Clicking (or Enter on) a bar, band or point asks
the main window to show exactly those clients in the list (``drill_down``); a row of the
"due for review" and "new red flags" lists opens the client (``open_client``).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.numbers import format_currency
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.collector import collector_paused
from services.portfolio import NOT_EVALUATED, ClientLine, Portfolio, portfolio
from services.portfolio_selection import Selection
from services.progress import Sessions
from ui.chart_widget import ChartItem, ChartKind, ChartWidget
from ui.formatting import babel_locale, format_date
from ui.labels import letter_kind_label, stage_label, verdict_label
from ui.ranking_upkeep import RankingUpkeep

# Colours (indexes into chart_widget.OKABE_ITO) that keep one meaning across the charts.
VERDICT_COLOURS = {
    "retain": 2,
    "set_boundaries": 1,
    "recover": 4,
    "let_go": 5,
    "acquire": 0,
    "watch": 3,
    NOT_EVALUATED: 7,
}
BAND_COLOURS = (2, 6, 1, 5, 3)


def verdict_name(key: str) -> str:
    return verdict_label(key) if key else QCoreApplication.translate("Dashboard", "Not evaluated")


def band_label(key: str) -> str:
    return {
        "not_due": QCoreApplication.translate("Dashboard", "Not due"),
        "1_30": QCoreApplication.translate("Dashboard", "1–30 days"),
        "31_60": QCoreApplication.translate("Dashboard", "31–60 days"),
        "61_159": QCoreApplication.translate("Dashboard", "61–159 days"),
        "160_plus": QCoreApplication.translate("Dashboard", "160+ days"),
    }[key]


def percent(share: float, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(share * 100, "f", 0) + " %"


def whole_money(amount, currency: str, locale: QLocale | None = None) -> str:
    """Money without cents: what a chart label has room for."""
    # The locale's money pattern without its decimals: grouped as every other figure.
    where = babel_locale(locale or QLocale())
    pattern = where.currency_formats["standard"].pattern.split(";")[0].replace(".00", "")
    return format_currency(Decimal(str(amount)), currency, pattern, where, currency_digits=False)


class _Worker(QThread):
    """Computes the figures off the UI thread; it never touches a widget."""

    computed = Signal(object)
    failed = Signal(object)

    def __init__(self, sessions: Sessions, today: date) -> None:
        super().__init__()
        self._sessions, self._today = sessions, today

    def run(self) -> None:
        try:
            # Only reads: the kept ranking and receivables are brought up to date by
            # ui/ranking_upkeep.py on the same book-changed signal (``follow``: a refresh
            # waits for a running one). Still stale, portfolio() sums the same figures from
            # the ledger, only slower.
            with collector_paused():  # see ui/operations.py, _Worker.run
                figures = portfolio(self._sessions, self._today)
            self.computed.emit(figures)
        except Exception as exc:  # shown in the dashboard's status line
            self.failed.emit(exc)


class Dashboard(QScrollArea):
    drill_down = Signal(str, object)  # what the list will say it shows, the Selection
    open_client = Signal(int)
    print_report = Signal()
    updated = Signal()  # the figures on screen are new

    def __init__(self, sessions: Sessions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self._sessions = sessions
        self._worker: _Worker | None = None
        self._pending = False
        self._upkeep: RankingUpkeep | None = None
        self._after_upkeep = False
        self.stale = True
        self.portfolio: Portfolio | None = None
        self.today_override: date | None = None  # tests fix the day

        self.title = QLabel()
        self.title.setObjectName("dashboard_title")
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.summary = QLabel()
        self.summary.setObjectName("dashboard_summary")
        self.summary.setWordWrap(False)  # wrapping made the scroll area ask for more height
        self.status = QLabel()
        self.status.setObjectName("dashboard_status")
        self.report_button = QPushButton(self.tr("Portfolio &report…"))
        self.report_button.setObjectName("report_button")
        self.report_button.clicked.connect(self.print_report)

        self.verdicts = self._chart("verdict_chart", ChartKind.BARS)
        self.stages = self._chart("stage_chart", ChartKind.BARS)
        self.scores = self._chart("score_chart", ChartKind.BARS)
        self.pareto = self._chart("pareto_chart", ChartKind.PARETO)
        self.classes = self._chart("abc_chart", ChartKind.STACKED)
        self.receivables = self._chart("receivables_chart", ChartKind.BARS)
        self.letters = self._chart("letters_chart", ChartKind.BARS)
        self.stake = self._tree("stake_table", 6)
        self.stake.itemActivated.connect(self._stake_activated)
        self.due = self._tree("due_list", 3)
        self.flags = self._tree("flags_list", 3)
        for tree in (self.due, self.flags):
            tree.itemActivated.connect(
                lambda item, _c: self.open_client.emit(item.data(0, Qt.ItemDataRole.UserRole))
            )

        self.headings: dict[str, QLabel] = {}
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.summary)
        head.addLayout(titles, 1)
        head.addWidget(self.status)
        head.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignTop)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        pareto_box = QVBoxLayout()
        pareto_box.addWidget(self.pareto, 1)
        pareto_box.addWidget(self.classes)
        cells = (
            ("verdicts", self.verdicts, 0, 0),
            ("stages", self.stages, 0, 1),
            ("scores", self.scores, 0, 2),
            ("pareto", pareto_box, 1, 0),
            ("receivables", self.receivables, 1, 1),
            ("letters", self.letters, 1, 2),
            ("stake", self.stake, 2, 0),
            ("due", self.due, 2, 1),
            ("flags", self.flags, 2, 2),
        )
        for name, content, row, column in cells:
            self.headings[name] = heading = QLabel()
            heading.setStyleSheet("font-weight: 600;")
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(heading)
            if isinstance(content, QVBoxLayout):
                box.addLayout(content, 1)
            else:
                box.addWidget(content, 1)
            grid.addLayout(box, row, column)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(0, 2)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(2, 3)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(head)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        layout.addLayout(grid, 1)
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._word_headings()

    def _chart(self, name: str, kind: ChartKind) -> ChartWidget:
        chart = ChartWidget(kind)
        chart.setObjectName(name)
        chart.activated.connect(lambda key, c=chart: self._activated(c, key))
        return chart

    def _tree(self, name: str, columns: int) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName(name)
        tree.setColumnCount(columns)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setMinimumHeight(96)
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, columns):
            tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return tree

    def _word_headings(self) -> None:
        words = {
            "verdicts": self.tr("Clients per verdict"),
            "stages": self.tr("Clients per stage"),
            "scores": self.tr("Score distribution"),
            "pareto": self.tr("Revenue concentration (last 12 months)"),
            "receivables": self.tr("Receivables by days overdue"),
            "letters": self.tr("Letters in the last 30 days"),
            "stake": self.tr("Revenue at stake per verdict"),
            "due": self.tr("Due for review"),
            "flags": self.tr("New red flags since the last evaluation"),
        }
        for name, text in words.items():
            self.headings[name].setText(text)
        self.stake.setHeaderLabels(
            [
                self.tr("Verdict"),
                self.tr("Clients"),
                self.tr("Revenue"),
                self.tr("% rev."),
                self.tr("Overdue"),
                self.tr("% overdue"),
            ]
        )
        self.due.setHeaderLabels([self.tr("Client"), self.tr("Verdict"), self.tr("Review")])
        self.flags.setHeaderLabels([self.tr("Client"), self.tr("Invoices"), self.tr("Open")])

    # -- refreshing ---------------------------------------------------------------------------

    def today(self) -> date:
        return self.today_override or date.today()

    def follow(self, upkeep: RankingUpkeep) -> None:
        """Wait for a running upkeep of the kept ranking and receivables before counting:
        once it ends they are current and cheap to read, rather than summed from the ledger
        by both at once."""
        self._upkeep = upkeep
        upkeep.finished.connect(self._upkeep_finished)

    def _upkeep_finished(self) -> None:
        if self._after_upkeep:
            self._after_upkeep = False
            self.refresh()

    def refresh(self) -> None:
        """Compute the figures again in the background; the current ones stay meanwhile."""
        self.stale = False
        if self._upkeep is not None and self._upkeep.running:
            self._after_upkeep = True
            self.status.setText(self.tr("Updating…"))
            return
        if self._worker is not None:
            self._pending = True  # once the running one ends: it may have missed the change
            return
        self.status.setText(self.tr("Updating…"))
        worker = _Worker(self._sessions, self.today())
        worker.computed.connect(self._computed)
        worker.failed.connect(self._failed)
        worker.finished.connect(self._finished)
        self._worker = worker
        worker.start()

    @property
    def counting(self) -> bool:
        """Whether its worker is computing the figures now."""
        return self._worker is not None

    def current_figures(self) -> Portfolio | None:
        """The figures on screen when they are still the book's (the report reuses them
        rather than counting the whole book again); None while a change is not counted yet."""
        busy = self._worker is not None or self._pending or self._after_upkeep or self.stale
        p = self.portfolio
        return None if busy or p is None or p.today != self.today() else p

    def mark_stale(self) -> None:
        """The book changed: refresh now if shown, else when next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def wait(self) -> None:
        """Block until the running computation ends (closing the window, tests)."""
        if self._worker is not None:
            self._worker.wait()

    def _finished(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.deleteLater()
        if self._pending:
            self._pending = False
            self.refresh()

    def _failed(self, error: Exception) -> None:
        from services.errors import ClientelaError
        from ui.messages import describe_error

        text = describe_error(error) if isinstance(error, ClientelaError) else str(error)
        self.status.setText(self.tr("The figures could not be computed: %1").replace("%1", text))

    def _computed(self, figures: Portfolio) -> None:
        self.status.setText("")
        self.show_portfolio(figures)
        self.updated.emit()

    # -- drawing ------------------------------------------------------------------------------

    def show_portfolio(self, p: Portfolio) -> None:
        self.portfolio = p
        locale = QLocale()
        money = lambda amount: whole_money(amount, p.currency, locale)  # noqa: E731
        count = lambda n: locale.toString(n)  # noqa: E731
        clients = lambda n: self.tr("%n client(s)", "", n)  # noqa: E731
        self.title.setText(
            self.tr("Your client book on %1").replace("%1", format_date(p.today, locale))
        )
        self.summary.setText(
            self.tr("%1 · revenue in the last 12 months %2 · outstanding %3, of which overdue %4")
            .replace("%1", clients(p.clients))
            .replace("%2", money(p.pareto.revenue))
            .replace("%3", money(p.outstanding))
            .replace("%4", money(p.overdue))
        )
        self.verdicts.set_items(
            ChartItem(
                verdict_name(c.key),
                c.clients,
                count(c.clients),
                f"{verdict_name(c.key)}: {clients(c.clients)}",
                Selection("verdict", c.key),
                VERDICT_COLOURS[c.key],
            )
            for c in p.by_verdict
        )
        self.stages.set_items(
            ChartItem(
                stage_label(c.key),
                c.clients,
                count(c.clients),
                f"{stage_label(c.key)}: {clients(c.clients)}",
                Selection("stage", c.key),
                n,
            )
            for n, c in enumerate(p.by_stage)
        )
        self.scores.set_items(
            ChartItem(
                c.key,
                c.clients,
                count(c.clients),
                self.tr("Score %1–%2: %3")
                .replace("%1", c.key)
                .replace("%2", "100" if c.key == "90" else str(int(c.key) + 9))
                .replace("%3", clients(c.clients)),
                Selection("score", str(n)),
                0,
            )
            for n, c in enumerate(p.scores)
        )
        self._show_pareto(p, locale)
        self.receivables.set_items(
            ChartItem(
                band_label(c.key),
                float(c.amount),
                money(c.amount),
                f"{band_label(c.key)}: {money(c.amount)} · {clients(c.clients)}",
                Selection("band", c.key),
                BAND_COLOURS[n],
            )
            for n, c in enumerate(p.receivables)
        )
        self.letters.set_items(
            ChartItem(
                letter_kind_label(c.key),
                c.clients,
                count(c.clients),
                self.tr("%1: %n letter(s)", "", c.clients).replace("%1", letter_kind_label(c.key)),
                Selection("letters", c.key),
                n,
            )
            for n, c in enumerate(p.letters)
        )
        self._show_stake(p, locale)
        self._show_lines(self.due, p.due_list, p.due_for_review, self._due_row)
        self._show_lines(self.flags, p.new_flags_list, p.new_flags, self._flag_row)

    def _show_pareto(self, p: Portfolio, locale: QLocale) -> None:
        pareto = p.pareto
        points: list[ChartItem] = []
        last_top = ""  # the clients the last point stands for, a point per distinct count
        # A point for every tenth of the clients: few enough to walk with the arrows.
        for tenth in range(1, 11):
            index = min(
                range(len(pareto.points)), key=lambda i: abs(pareto.points[i][0] - tenth / 10)
            )
            x, y = pareto.points[index]
            top = pareto.point_clients[index]
            if top == 0 or str(top) == last_top:
                continue
            last_top = str(top)
            points.append(
                ChartItem(
                    percent(x, locale),
                    y,
                    percent(y, locale),
                    self.tr("The top %1 of clients (%2) make %3 of the revenue")
                    .replace("%1", percent(x, locale))
                    .replace("%2", locale.toString(top))
                    .replace("%3", percent(y, locale)),
                    Selection("top", str(top)),
                    0 if x > 0.2 + 1e-9 else 5,
                    x,
                )
            )
        note = (
            self.tr("Top 20 %: %1 of revenue").replace("%1", percent(pareto.top20_share, locale))
            if pareto.clients
            else self.tr("No revenue in the last 12 months")
        )
        self.pareto.set_items(points, pareto.points, note)
        money = lambda amount: whole_money(amount, p.currency, locale)  # noqa: E731
        self.classes.set_items(
            ChartItem(
                c.key,
                float(c.amount),
                f"({locale.toString(c.clients)})",
                self.tr("Class %1: %n client(s), %2 of revenue", "", c.clients)
                .replace("%1", c.key)
                .replace("%2", money(c.amount)),
                Selection("abc", c.key),
                n,
            )
            for n, c in enumerate(pareto.classes)
        )

    def _show_stake(self, p: Portfolio, locale: QLocale) -> None:
        self.stake.clear()
        for row in p.at_stake:
            if not row.clients:
                continue
            item = QTreeWidgetItem(
                [
                    verdict_name(row.verdict),
                    locale.toString(row.clients),
                    whole_money(row.revenue, p.currency, locale),
                    percent(row.revenue_share, locale),
                    whole_money(row.overdue, p.currency, locale),
                    percent(row.overdue_share, locale),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, row.verdict)
            for column in range(1, 6):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            item.setToolTip(
                0,
                self.tr("%1: %2, %3 of revenue, %4 of the overdue balance")
                .replace("%1", verdict_name(row.verdict))
                .replace("%2", self.tr("%n client(s)", "", row.clients))
                .replace("%3", percent(row.revenue_share, locale))
                .replace("%4", percent(row.overdue_share, locale)),
            )
            self.stake.addTopLevelItem(item)

    def _due_row(self, line: ClientLine) -> list[str]:
        when = format_date(line.on) if line.on else self.tr("never evaluated")
        return [line.name, verdict_label(line.verdict), when]

    def _flag_row(self, line: ClientLine) -> list[str]:
        currency = self.portfolio.currency if self.portfolio else "EUR"
        return [line.name, QLocale().toString(line.invoices), whole_money(line.amount, currency)]

    def _show_lines(self, tree: QTreeWidget, lines, total: int, words) -> None:
        tree.clear()
        for line in lines:
            item = QTreeWidgetItem(words(line))
            item.setData(0, Qt.ItemDataRole.UserRole, line.client_id)
            item.setToolTip(0, self.tr("Enter or double-click to open %1").replace("%1", line.name))
            tree.addTopLevelItem(item)
        name = "due" if tree is self.due else "flags"
        base = self.headings[name].text().split(" (")[0]
        self.headings[name].setText(f"{base} ({QLocale().toString(total)})")

    # -- drill-down ---------------------------------------------------------------------------

    def _activated(self, chart: ChartWidget, selection: Selection) -> None:
        item = next(i for i in chart.items if i.key == selection)
        self.drill_down.emit(self._describe(chart, item), selection)

    def _describe(self, chart: ChartWidget, item: ChartItem) -> str:
        """What the list's banner says it shows: "Let go (4 clients)"."""
        if chart is self.pareto:
            return item.tooltip
        if chart is self.scores:
            return item.tooltip
        if chart is self.classes:
            return self.tr("Class %1").replace("%1", item.label)
        if chart is self.receivables:
            return self.tr("Receivables %1").replace("%1", item.label)
        if chart is self.letters:
            return self.tr("Letters: %1").replace("%1", item.label)
        return item.label

    def _stake_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        verdict = item.data(0, Qt.ItemDataRole.UserRole)
        self.drill_down.emit(verdict_name(verdict), Selection("verdict", verdict))

    def drill_to_due(self) -> None:
        self.drill_down.emit(self.tr("Due for review"), Selection("due"))

"""The main window: the client book as a searchable, sortable list."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWhatsThis,
    QWidget,
)

from models import Stage, Verdict
from services.about import APP_NAME
from services.client_list import ClientQuery, count_all, search_ids
from services.clients import delete_client
from services.database import Database
from services.errors import ClientelaError
from ui import message_box
from ui.client_editor import ClientEditorDialog
from ui.client_table_model import ClientTableModel
from ui.client_table_view import ClientTableView
from ui.labels import stage_label, verdict_label
from ui.messages import describe_error
from ui.operations import Operation, Operations
from ui.questions import ask
from ui.ranking_upkeep import RankingUpkeep
from ui.screen_fit import fit_on_screen
from ui.sender_check import letters_can_be_written

# Search runs this long after the last keystroke, so fast typing costs one query, not ten.
SEARCH_DELAY_MS = 120
# How many clients match is counted this long after the rows are shown (when the first page
# of the search does not already tell): the rows a keystroke finds come first, the count then.
COUNT_DELAY_MS = 30
# On a shared book others change clients too: the list looks again this often while the
# window is the active one (and on F5), keeping the owner's selection and scroll position.
AUTO_REFRESH_MS = 30_000


class MainWindow(QMainWindow):
    def __init__(self, db: Database, settings: QSettings, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._settings = settings
        self.setWindowTitle(APP_NAME)
        # Background work for this book (ui/operations.py); views refresh on its one signal.
        self.operations = Operations(self)
        self.events = self.operations.events
        # The ranking's upkeep first: the dashboard, refreshed with the views, waits for it.
        self.ranking = RankingUpkeep(self, db.sessions)
        self.events.changed.connect(self.ranking.request)
        self.events.changed.connect(self.refresh)
        self.events.busy_changed.connect(lambda _busy: self._update_actions())
        self.model = ClientTableModel(db.sessions, self)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self._count_timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._count_matches)
        self._auto_refresh = QTimer(self, interval=AUTO_REFRESH_MS)
        self._auto_refresh.timeout.connect(self._refresh_if_idle)
        self._auto_refresh.timeout.connect(self.ranking.new_day)
        self._build_list()
        self._build_actions()
        self._build_menus_and_toolbar()
        self._guard_data_actions()
        self._restore_layout()
        self.refresh()
        self._auto_refresh.start()
        self.ranking.request()  # a book imported or edited elsewhere may have left it stale

    # -- construction ---------------------------------------------------------------------

    def _build_list(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search name, company, contact, email, city or tax id  (Ctrl+F)")
        )
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_search)
        # From the search box: Down goes to the list, Escape clears the search.
        for key, slot in (
            (Qt.Key.Key_Down, self.table_focus),
            (Qt.Key.Key_Escape, self.search.clear),
        ):
            shortcut = QShortcut(QKeySequence(key), self.search)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        self.stage_filter = QComboBox()
        self.stage_filter.setObjectName("stage_filter")
        self.stage_filter.addItem(self.tr("All stages"), None)
        for stage in Stage:
            self.stage_filter.addItem(stage_label(stage), stage.value)
        self.stage_filter.currentIndexChanged.connect(lambda _i: self.apply_search())
        self.verdict_filter = QComboBox()
        self.verdict_filter.setObjectName("verdict_filter")
        self.verdict_filter.addItem(self.tr("Any verdict"), None)
        for verdict in Verdict:
            self.verdict_filter.addItem(verdict_label(verdict), verdict.value)
        self.verdict_filter.currentIndexChanged.connect(lambda _i: self.apply_search())
        self.due_filter = QCheckBox(self.tr("Due for &review"))
        self.due_filter.setObjectName("due_filter")
        self.due_filter.setToolTip(
            self.tr("Clients never evaluated, or whose review date has come")
        )
        self.due_filter.toggled.connect(lambda _on: self.apply_search())
        self.flagged_filter = QCheckBox(self.tr("Red flags (&triage)"))
        self.flagged_filter.setObjectName("flagged_filter")
        self.flagged_filter.setToolTip(self.tr("Only the clients the last triage flagged"))
        self.flagged_filter.hide()  # appears once a triage has run
        self.flagged_filter.toggled.connect(lambda _on: self.apply_search())
        self._flagged: frozenset[int] = frozenset()
        # A dashboard drill-down: what the banner says, and the clients it stands for.
        self._drill: tuple[str, frozenset[int]] | None = None
        self.drill_banner = QLabel()
        self.drill_banner.setObjectName("drill_banner")
        self.drill_clear = QPushButton(self.tr("&Clear"))
        self.drill_clear.setObjectName("drill_clear")
        self.drill_clear.clicked.connect(self.clear_drill_down)
        banner = QHBoxLayout()
        banner.addWidget(self.drill_banner, 1)
        banner.addWidget(self.drill_clear)
        self.drill_bar = QWidget()
        self.drill_bar.setLayout(banner)
        self.drill_bar.setStyleSheet("QWidget#drill_bar { border-bottom: 1px solid palette(mid); }")
        self.drill_bar.setObjectName("drill_bar")
        self.drill_bar.hide()

        # Several clients (Ctrl/Shift+click, Ctrl+A) for the bulk actions (ui/bulk_actions.py).
        self.table = ClientTableView()
        self.table.setObjectName("client_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        # A sort (or refresh) moves the selected client to another row: follow it there.
        self.model.layoutChanged.connect(self._scroll_to_selection)
        self.table.sortByColumn(ClientTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed row heights let the view skip measuring 100,000 rows.
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_context_menu)
        # Narrow enough that Verdict, Score and Next review show without scrolling on a
        # laptop; longer names are elided, and the header's menu hides what is not needed.
        widths = (170, 130, 120, 85, 150, 110, 95, 105, 80)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda position: self.column_menu().exec(header.mapToGlobal(position))
        )

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(QLabel(self.tr("Stage:")))
        top.addWidget(self.stage_filter)
        top.addWidget(QLabel(self.tr("Verdict:")))
        top.addWidget(self.verdict_filter)
        top.addWidget(self.due_filter)
        top.addWidget(self.flagged_filter)

        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.addLayout(top)
        list_layout.addWidget(self.drill_bar)
        list_layout.addWidget(self.table)

        from ui.dashboard import Dashboard

        self.dashboard = Dashboard(self._db.sessions)
        self.dashboard.follow(self.ranking)
        self.dashboard.drill_down.connect(self.drill_down)
        self.dashboard.open_client.connect(self.open_client)
        self.dashboard.print_report.connect(self.open_report)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("main_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(list_page, self.tr("Clien&ts"))
        self.tabs.addTab(self.dashboard, self.tr("&Dashboard"))

        self.pages = QStackedWidget()
        self.pages.addWidget(self.tabs)
        self.pages.addWidget(self._build_empty_page())
        self.setCentralWidget(self.pages)
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        self.statusBar().addPermanentWidget(self.count_label)

    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        title = QLabel(self.tr("Your client book is empty"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        text = QLabel(
            self.tr(
                "Add the clients you work with, record what they buy, pay and return, "
                "and Clientela will help you decide which ones to keep, look after or let go."
            )
        )
        text.setObjectName("empty_text")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        text.setMaximumWidth(520)
        # Centred between stretches rather than by alignment: an aligned label gets its
        # height from its size hint and loses the lines a narrower wrap adds.
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(text, 10)
        centred.addStretch(1)
        self.empty_add = add = QPushButton(self.tr("Add your first client"))
        add.setObjectName("empty_add")
        add.clicked.connect(self.new_client)
        self.empty_demo = demo = QPushButton(self.tr("Try Clientela with demo clients"))
        demo.setObjectName("empty_demo")
        demo.clicked.connect(self.load_demo)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(add)
        buttons.addWidget(demo)
        buttons.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(centred)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return page

    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.act_new = self._action(self.tr("&New client…"), self.new_client, "Ctrl+N", "new")
        self.act_open = self._action(self.tr("&Open client"), self.open_selected, None, "open")
        self.act_open.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.act_evaluate = self._action(
            self.tr("E&valuate client…"), self.evaluate_selected, "Ctrl+Shift+E", "evaluate"
        )
        self.act_triage = self._action(
            self.tr("&Triage the whole book…"), self.run_triage, "Ctrl+T", "triage"
        )
        self.act_write_letter = self._action(
            self.tr("&Write letter…"), self.write_letter_selected, "Ctrl+L", "write_letter"
        )
        self.act_campaign = self._action(
            self.tr("Letter &campaign…"), self.open_campaign, "Ctrl+Shift+L", "campaign"
        )
        self.act_templates = self._action(
            self.tr("Letter &templates…"), self.open_templates, None, "templates"
        )
        self.act_edit = self._action(self.tr("&Edit client…"), self.edit_selected, "Ctrl+E", "edit")
        self.act_delete = self._action(
            self.tr("&Delete client…"),
            self.delete_selected,
            QKeySequence.StandardKey.Delete,
            "delete",
        )
        # Enter and Delete belong to the list; in the search box they keep their usual meaning.
        for action in (self.act_open, self.act_delete):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)
        self.act_find = self._action(
            self.tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find, "find"
        )
        self.act_refresh = self._action(
            self.tr("&Refresh"), self.refresh_in_place, QKeySequence.StandardKey.Refresh, "refresh"
        )
        if self.act_refresh.shortcut().isEmpty():  # F5 everywhere, whatever the platform says
            self.act_refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.act_settings = self._action(
            self.tr("&Settings…"),
            self.open_settings,
            QKeySequence.StandardKey.Preferences,
            "settings",
        )
        if self.act_settings.shortcut().isEmpty():
            self.act_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.act_backup = self._action(self.tr("&Back up now"), self.back_up_now, None, "backup")
        self.act_restore = self._action(
            self.tr("Restore from bac&kup…"), self.restore_from_backup, None, "restore"
        )
        for action in (self.act_backup, self.act_restore):
            action.setEnabled(self._db.path is not None)  # a server keeps its own backups
        self.act_quit = self._action(
            self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quit"
        )
        self.act_about = self._action(self.tr("&About Clientela"), self.show_about, None, "about")
        self.act_guide = self._action(
            self.tr("User &guide"), self.show_guide, QKeySequence.StandardKey.HelpContents, "guide"
        )
        self.act_whats_this = QWhatsThis.createAction(self)
        self.act_whats_this.setObjectName("whats_this")
        self.act_import = self._action(self.tr("&Import…"), self.import_file, None, "import")
        self.act_export = self._action(self.tr("E&xport…"), self.export_book, None, "export")
        self.act_client_data = self._action(
            self.tr("E&xport client data…"), self.export_client_data, None, "client_data"
        )
        self.act_erase = self._action(self.tr("E&rase client…"), self.erase_selected, None, "erase")
        self.act_anonymise = self._action(
            self.tr("&Anonymise client…"), self.anonymise_selected, None, "anonymise"
        )
        self._personal_data_actions = (self.act_client_data, self.act_erase, self.act_anonymise)
        self._build_bulk_actions()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

    def _build_bulk_actions(self) -> None:
        self.bulk_menu = QMenu(self.tr("&Selected clients"), self)
        self.bulk_menu.setObjectName("bulk_menu")
        stage_menu = self.bulk_menu.addMenu(self.tr("Change &stage"))
        self.act_bulk_stage: dict[Stage, QAction] = {}
        for stage in Stage:
            action = stage_menu.addAction(stage_label(stage))
            action.setObjectName(f"bulk_stage_{stage.value}")
            action.triggered.connect(lambda _checked=False, s=stage: self.bulk_change_stage(s))
            self.act_bulk_stage[stage] = action
        self.act_bulk_tag = self._action(self.tr("&Add a tag…"), self.bulk_tag, None, "bulk_tag")
        self.act_bulk_untag = self._action(
            self.tr("&Remove a tag…"), self.bulk_untag, None, "bulk_untag"
        )
        self.act_bulk_evaluate = self._action(
            self.tr("&Evaluate in turn…"), self.bulk_evaluate, None, "bulk_evaluate"
        )
        self.act_bulk_campaign = self._action(
            self.tr("Letter &campaign for them…"), self.bulk_campaign, None, "bulk_campaign"
        )
        self.act_bulk_export = self._action(
            self.tr("E&xport them…"), self.bulk_export, None, "bulk_export"
        )
        for action in (self.act_bulk_tag, self.act_bulk_untag):
            self.bulk_menu.addAction(action)
        self.bulk_menu.addSeparator()
        for action in (self.act_bulk_evaluate, self.act_bulk_campaign, self.act_bulk_export):
            self.bulk_menu.addAction(action)

    def _guard_data_actions(self) -> None:
        """Everything that changes data waits while a change runs in the background."""
        self.operations.guard(
            (
                self.act_new,
                self.act_evaluate,
                self.act_triage,
                self.act_write_letter,
                self.act_campaign,
                self.act_templates,
                self.act_edit,
                self.act_delete,
                self.act_import,
                self.act_settings,
                self.act_erase,
                self.act_anonymise,
                *self.act_bulk_stage.values(),
                self.act_bulk_tag,
                self.act_bulk_untag,
                self.act_bulk_evaluate,
                self.act_bulk_campaign,
                self.empty_add,
                self.empty_demo,
            )
        )
        # Restore replaces the file under every reader: it waits for any work at all.
        self.operations.guard((self.act_restore,), exclusive=True)

    def _build_menus_and_toolbar(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.act_new)
        file_menu.addSeparator()
        file_menu.addAction(self.act_import)
        file_menu.addAction(self.act_export)
        file_menu.addSeparator()
        file_menu.addAction(self.act_settings)
        file_menu.addSeparator()
        file_menu.addAction(self.act_backup)
        file_menu.addAction(self.act_restore)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        client_menu = self.menuBar().addMenu(self.tr("&Client"))
        for action in self._client_actions():
            client_menu.addAction(action)
        client_menu.addMenu(self.bulk_menu)
        client_menu.addSeparator()
        client_menu.addAction(self.act_triage)
        client_menu.addSeparator()
        for action in self._personal_data_actions:
            client_menu.addAction(action)
        letters_menu = self.menuBar().addMenu(self.tr("&Letters"))
        for action in (self.act_write_letter, self.act_campaign, self.act_templates):
            letters_menu.addAction(action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.act_find)
        view_menu.addAction(self.act_refresh)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_guide)
        help_menu.addAction(self.act_whats_this)
        help_menu.addSeparator()
        help_menu.addAction(self.act_about)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.act_new,
            self.act_open,
            self.act_evaluate,
            self.act_edit,
            self.act_delete,
        ):
            toolbar.addAction(action)

    # -- list -----------------------------------------------------------------------------

    def current_query(self) -> ClientQuery:
        only = self._flagged if self.flagged_filter.isChecked() else None
        if self._drill is not None:
            only = self._drill[1] if only is None else only & self._drill[1]
        return replace(
            self.model.query,
            text=self.search.text(),
            stage=self.stage_filter.currentData(),
            verdict=self.verdict_filter.currentData(),
            review_due_by=date.today() if self.due_filter.isChecked() else None,
            only_ids=only,
        )

    def drill_down(self, label: str, selection) -> None:
        """Show in the list exactly the clients behind a dashboard bar, band or point."""
        from services.portfolio_selection import selection_ids

        today = self.dashboard.today()
        self.operations.start(
            self,
            Operation(
                lambda _progress: selection_ids(self._db.sessions, today, selection),
                self.tr("Finding the clients…"),
                on_success=lambda ids: self._show_drill_down(label, ids),
            ),
        )

    def _show_drill_down(self, label: str, ids) -> None:
        self._drill = (label, frozenset(ids))
        self.drill_banner.setText(
            self.tr("Showing: %1 (%n client(s))", "", len(ids)).replace("%1", label)
        )
        self.drill_bar.show()
        self.tabs.setCurrentIndex(0)
        self.apply_search()
        self.table_focus()

    def clear_drill_down(self) -> None:
        self._drill = None
        self.drill_bar.hide()
        self.apply_search()

    def apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_query(self.current_query())
        self._after_list_change()

    def refresh(self, select_id: int | None = None) -> None:
        """Search again after the book changed; the total is counted only here, not per key.

        Without `select_id`, the client selected before stays selected (the model moves the
        selection with it), or the first row when that client is gone.
        """
        self._total = count_all(self._db.sessions)
        self.model.refresh()
        self._after_list_change(select_id if select_id is not None else self.selected_client_id())
        self.dashboard.mark_stale()  # after an evaluation, import, campaign or ledger edit

    def refresh_in_place(self) -> None:
        """F5, and the timer: show what others changed without losing the owner's place.

        The selected client stays selected (found again by id: a colleague's rename may
        have moved it) and the list stays scrolled where it was; a client deleted meanwhile
        gives its place to the row that is now there.
        """
        selected = self.selected_client_id()
        rows = self.table.selectionModel().selectedRows()
        old_row = rows[0].row() if rows else None
        vertical = self.table.verticalScrollBar().value()
        horizontal = self.table.horizontalScrollBar().value()
        self._total = count_all(self._db.sessions)
        self.model.refresh()
        self._after_list_change(scroll=False, select_id=selected, fallback_row=old_row)
        self.table.verticalScrollBar().setValue(vertical)
        self.table.horizontalScrollBar().setValue(horizontal)
        self.dashboard.mark_stale()

    def _refresh_if_idle(self) -> None:
        """The timer's look: only when the owner is on this window, between actions."""
        busy = (
            QApplication.activeModalWidget() is not None
            or self._search_timer.isActive()
            or not self.operations.idle()
        )
        if self.isActiveWindow() and not busy:
            self.refresh_in_place()

    def _after_list_change(
        self,
        select_id: int | None = None,
        *,
        scroll: bool = True,
        fallback_row: int | None = None,
    ) -> None:
        total = self._total
        shown = self.model.rowCount()
        self.pages.setCurrentIndex(0 if total else 1)
        self._show_count()
        row = self.model.row_of(select_id) if select_id is not None else None
        if row is None and shown:
            row = min(fallback_row, shown - 1) if fallback_row is not None else 0
        if row is not None:
            self.table.selectRow(row)
            if scroll:
                self.table.scrollTo(self.model.index(row, 0))
        self._update_actions()

    def _show_count(self) -> None:
        """The number of matches when known; else "Counting…" until _count_matches runs."""
        found = self.model.known_match_count()
        if found is None:
            self.count_label.setText(self.tr("Counting the clients that match…"))
            self._count_timer.start()
        elif found == self._total:
            self.count_label.setText(self.tr("%n client(s)", "", found))
        else:
            self.count_label.setText(
                self.tr("%n of %1 clients match", "", found).replace("%1", str(self._total))
            )

    def _count_matches(self) -> None:
        # Still typing: the next search counts its own matches.
        if self._search_timer.isActive():
            return
        self.count_now()

    def count_pending(self) -> bool:
        """Whether the count of matches is still to come (for tests and bench/)."""
        return self._count_timer.isActive()

    def count_now(self) -> None:
        self._count_timer.stop()
        self.model.match_count()
        self._show_count()

    def _client_actions(self) -> tuple[QAction, ...]:
        """The actions on the selected client."""
        return (
            self.act_open,
            self.act_evaluate,
            self.act_write_letter,
            self.act_edit,
            self.act_delete,
        )

    def _update_actions(self) -> None:
        selected = len(self.table.selectionModel().selectedRows())
        allowed = self.operations.allowed
        for action in self._client_actions():
            action.setEnabled(selected == 1 and allowed(action))
        # Several: one after another.
        self.act_evaluate.setEnabled(selected >= 1 and allowed(self.act_evaluate))
        for action in self._personal_data_actions:
            action.setEnabled(selected == 1 and allowed(action))
        self.bulk_menu.setEnabled(selected >= 1)
        self.bulk_menu.setTitle(self.tr("&Selected clients (%n)", "", selected))

    def _scroll_to_selection(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.table.scrollTo(rows[0])

    def selected_client_id(self) -> int | None:
        """The client the single-client actions work on: None unless exactly one is selected."""
        ids = self.selected_client_ids()
        return ids[0] if len(ids) == 1 else None

    def selected_client_ids(self) -> list[int]:
        """The selected clients, in the list's order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [client_id for row in rows if (client_id := self.model.client_id(row)) is not None]

    def table_focus(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def column_menu(self) -> QMenu:
        """The header's menu: a tick for each column shown (the name always is).

        Hidden columns are part of the header's state, remembered with the window's layout.
        """
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.setObjectName("column_menu")
        for column in range(1, self.model.columnCount()):
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(
                lambda shown, column=column: header.setSectionHidden(column, not shown)
            )
        return menu

    def _show_context_menu(self, position) -> None:
        if not self.table.indexAt(position).isValid():
            return
        menu = QMenu(self)
        for action in self._client_actions():
            menu.addAction(action)
        menu.addAction(self.act_campaign)
        menu.addSeparator()
        menu.addMenu(self.bulk_menu)
        menu.exec(self.table.viewport().mapToGlobal(position))

    # -- client actions -------------------------------------------------------------------

    def book_changed(self, select_id: int | None = None) -> None:
        """A dialog changed the book here, on the UI thread: every view refreshes on the one
        signal, as after a change run in the background (ui/operations.py)."""
        self.events.changed.emit(select_id)

    def new_client(self) -> None:
        dialog = ClientEditorDialog(self._db.sessions, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self.book_changed(dialog.saved.id)

    def load_demo(self) -> None:
        from services.demo_data import load_demo_data

        try:
            load_demo_data(self._db.sessions, date.today())
        except ClientelaError as exc:
            self.show_error(exc)
        self.book_changed()

    def edit_selected(self) -> None:
        self._on_selected(lambda client_id: ClientEditorDialog(self._db.sessions, client_id, self))

    def open_selected(self) -> None:
        from ui.client_detail import ClientDetailDialog  # loaded on first use, not at start

        self._on_selected(
            lambda client_id: ClientDetailDialog(
                self._db.sessions, client_id, self, settings=self._settings
            )
        )

    def write_letter_selected(self) -> None:
        from ui.letter_dialog import LetterDialog  # loaded on first use, not at start

        if self.selected_client_id() is None:
            return
        if not letters_can_be_written(self, self._db.sessions, self._settings):
            return
        self._on_selected(
            lambda client_id: LetterDialog(
                self._db.sessions, client_id, self, settings=self._settings
            )
        )

    def open_campaign(self) -> None:
        from ui.campaign_dialog import CampaignDialog  # loaded on first use, not at start

        if not letters_can_be_written(self, self._db.sessions, self._settings):
            return
        # "The clients shown in the list": search and filters are how the owner picks a group.
        shown = tuple(search_ids(self._db.sessions, self.current_query()))
        # The letters it records refresh the list through the book-changed signal.
        CampaignDialog(self._db.sessions, self, shown_ids=shown).exec()

    def open_templates(self) -> None:
        from ui.template_editor import TemplateEditor  # loaded on first use, not at start

        TemplateEditor(self._db.sessions, self).exec()

    def evaluate_selected(self) -> None:
        from ui.evaluation_wizard import EvaluationWizard  # loaded on first use, not at start

        if len(self.selected_client_ids()) > 1:
            self.bulk_evaluate()
            return
        self._on_selected(
            lambda client_id: EvaluationWizard(
                self._db.sessions, client_id, self, settings=self._settings
            )
        )

    def evaluate_client(self, client_id: int, parent: QWidget | None = None) -> None:
        """Open the client with its evaluation wizard already started (from the triage)."""
        from ui.client_detail import ClientDetailDialog  # loaded on first use, not at start

        try:
            detail = ClientDetailDialog(
                self._db.sessions, client_id, parent or self, settings=self._settings
            )
        except ClientelaError as exc:  # deleted since the triage
            self.show_error(exc)
            return
        QTimer.singleShot(0, detail.evaluate)  # once the client's window is shown
        detail.exec()
        self.book_changed(client_id)

    # -- several clients at once (ui/bulk_actions.py) ----------------------------------------

    def bulk_change_stage(self, stage: Stage) -> None:
        from ui import bulk_actions

        ids = self.selected_client_ids()
        if ids and bulk_actions.change_stage(self, self._db.sessions, ids, stage):
            self.book_changed(ids[0])

    def bulk_tag(self) -> None:
        from ui import bulk_actions

        if (ids := self.selected_client_ids()) and bulk_actions.tag(self, self._db.sessions, ids):
            self.book_changed(ids[0])

    def bulk_untag(self) -> None:
        from ui import bulk_actions

        if (ids := self.selected_client_ids()) and bulk_actions.untag(self, self._db.sessions, ids):
            self.book_changed(ids[0])

    def bulk_evaluate(self) -> None:
        from ui import bulk_actions
        from ui.evaluation_wizard import EvaluationWizard

        def evaluate(client_id: int, place: str) -> bool:
            try:
                wizard = EvaluationWizard(
                    self._db.sessions, client_id, self, settings=self._settings
                )
            except ClientelaError as exc:  # deleted meanwhile
                self.show_error(exc)
                return False
            wizard.setWindowTitle(f"{wizard.windowTitle()} ({place})")
            wizard.exec()
            return wizard.saved_id is not None

        ids = self.selected_client_ids()
        if ids:
            bulk_actions.evaluate_in_turn(self, ids, evaluate)
            self.book_changed(ids[0])

    def bulk_campaign(self) -> None:
        from ui.campaign_dialog import CampaignDialog

        ids = tuple(self.selected_client_ids())
        if ids:
            CampaignDialog(self._db.sessions, self, shown_ids=ids, selected=True).exec()

    def bulk_export(self) -> None:
        from ui.export_dialog import ExportDialog

        ids = self.selected_client_ids()
        if ids:
            query = ClientQuery(only_ids=frozenset(ids))
            ExportDialog(self._db.sessions, query, self, shown_count=len(ids), selected=True).exec()

    def open_client(self, client_id: int) -> None:
        """Open a client chosen elsewhere than in the list (the dashboard's lists)."""
        from ui.client_detail import ClientDetailDialog

        self._on_client(
            client_id,
            lambda cid: ClientDetailDialog(self._db.sessions, cid, self, settings=self._settings),
        )

    def open_report(self) -> None:
        from ui.report_dialog import ReportDialog  # loaded on first use: it brings reportlab

        figures = self.dashboard.current_figures()  # not counted again when they are current
        ReportDialog(self._db.sessions, self, settings=self._settings, figures=figures).exec()

    def _on_selected(self, make_dialog: Callable[[int], QDialog]) -> None:
        client_id = self.selected_client_id()
        if client_id is not None:
            self._on_client(client_id, make_dialog)

    def _on_client(self, client_id: int, make_dialog: Callable[[int], QDialog]) -> None:
        """Run a dialog on a client, then show the list as it now is.

        A client someone deleted meanwhile is explained rather than opened.
        """
        try:
            dialog = make_dialog(client_id)
        except ClientelaError as exc:
            self.show_error(exc)
            self.book_changed()
            return
        dialog.exec()
        self.book_changed(client_id)

    def run_triage(self) -> None:
        """In the background (worker processes on a big book); it brings the ranking up to
        date, so it counts as a change: no second triage, import or restore meanwhile."""
        from services.triage import triage

        today = date.today()
        self.operations.start(
            self,
            Operation(
                lambda progress: triage(self._db.sessions, today, progress),
                self.tr("Reading the ledger of every client…"),
                # Shown once the operation has ended and the list refreshed.
                on_success=lambda result: QTimer.singleShot(0, lambda: self._show_triage(result)),
                changes_book=True,
            ),
        )

    def _show_triage(self, result) -> None:
        from services.business_profile import get_profile
        from ui.triage_dialog import TriageDialog

        if not self.isVisible():  # quit while the triage ended: nobody is left to read it
            return
        dialog = TriageDialog(result, get_profile(self._db.sessions).currency, self)
        dialog.client_activated.connect(lambda client_id: self.evaluate_client(client_id, dialog))
        dialog.exec()
        self._flagged = dialog.flagged_ids()
        self.flagged_filter.setVisible(True)
        if dialog.show_in_list:
            self.flagged_filter.setChecked(True)
        self.apply_search()

    def delete_selected(self) -> None:
        client_id = self.selected_client_id()
        if client_id is None:
            return
        row = self.model.client_row(self.model.row_of(client_id) or 0)
        name = row.name if row else ""
        question = self.tr(
            "Delete {name}?\n\nTheir sales, payments, returns, evaluations and letters "
            "are deleted too. This cannot be undone."
        ).format(name=name)
        if not self.confirm(question):
            return
        try:
            delete_client(self._db.sessions, client_id)
        except ClientelaError as exc:
            self.show_error(exc)
        self.book_changed()

    def confirm(self, question: str) -> bool:
        return ask(self, APP_NAME, question)

    def show_error(self, error: ClientelaError) -> None:
        message_box.warning(self, APP_NAME, describe_error(error))

    # -- data in and out (ui/import_wizard.py, ui/export_dialog.py, ui/personal_data_actions.py)

    def import_file(self) -> None:
        from ui.import_wizard import ImportWizard  # loaded on first use, not at start

        # The import is an operation: the list refreshes on its book-changed signal.
        ImportWizard(self._db.sessions, self).exec()

    def export_book(self) -> None:
        from ui.export_dialog import ExportDialog  # loaded on first use, not at start

        ExportDialog(
            self._db.sessions, self.current_query(), self, shown_count=self.model.match_count()
        ).exec()

    def _selected_name(self) -> tuple[int, str] | None:
        client_id = self.selected_client_id()
        if client_id is None:
            return None
        row = self.model.client_row(self.model.row_of(client_id) or 0)
        return client_id, row.name if row else ""

    def export_client_data(self) -> None:
        from ui import personal_data_actions

        if (selected := self._selected_name()) is not None:
            personal_data_actions.export_data(self, self._db.sessions, *selected)

    def erase_selected(self) -> None:
        from ui import personal_data_actions

        selected = self._selected_name()
        if selected is not None and personal_data_actions.erase(self, self._db.sessions, *selected):
            self.book_changed()

    def anonymise_selected(self) -> None:
        from ui import personal_data_actions

        selected = self._selected_name()
        if selected is not None and personal_data_actions.anonymise(
            self, self._db.sessions, *selected
        ):
            self.book_changed(selected[0])

    def back_up_now(self) -> None:
        from ui.backup_actions import back_up_now

        back_up_now(self, self._db, self._settings)

    def restore_from_backup(self) -> None:
        from ui.backup_actions import restore_from_backup

        # The list refreshes on the book-changed signal that follows.
        restore_from_backup(self, self._db, self._settings, lambda _r: self._forget_old_book())

    def database_replaced(self) -> None:
        """The file under the window was replaced (a restore): forget what came from the old."""
        self._forget_old_book()
        self.book_changed()

    def _forget_old_book(self) -> None:
        self._flagged = frozenset()
        self._drill = None
        self.drill_bar.hide()
        self.flagged_filter.setChecked(False)
        self.flagged_filter.hide()

    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        SettingsDialog(self._db.sessions, self._settings, parent=self).exec()

    def show_guide(self) -> None:
        from ui.user_guide import show_user_guide  # loaded on first use, not at start

        show_user_guide(self)

    def show_about(self) -> None:
        from ui.about_dialog import AboutDialog  # loaded on first use, not at start

        AboutDialog(self._db.display_name, self).exec()

    # -- remembered layout ----------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            fit_on_screen(self, 1180, 720)
        header = self._settings.value("main_window/header")
        if isinstance(header, QByteArray) and not header.isEmpty():
            self.table.horizontalHeader().restoreState(header)

    def save_layout(self) -> None:
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        self._settings.setValue("main_window/header", self.table.horizontalHeader().saveState())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.operations.wait()
        self.dashboard.wait()  # its worker reads the database about to be closed
        super().closeEvent(event)

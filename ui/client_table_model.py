"""The client list's model: ids from a SQL search, rows fetched only when they are shown.

Like Anki's browser, the model holds the ordered list of matching ids and asks the database
for a block of rows the first time one of them is painted. The ids themselves come a page at
a time, through Qt's canFetchMore/fetchMore: a keystroke reads the first page only (the view
asks for the next when the owner scrolls to the end), so searching 100,000 clients costs what
one screenful costs, not 100,000 ids. How many clients match is known for free when the page
is not full; otherwise it is counted on demand (``match_count``), which the main window does
after the rows are painted. Sorting and filtering are new SQL searches, never Python work
over the whole book.

Sorting and refreshing keep Qt's model/view contract: they are layout changes that move the
persistent indexes (the view's selection and current row) with their client, so the client
under the user's hand stays selected. A new search (`set_query`) is a reset: other rows.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from services.client_list import (
    ClientQuery,
    ClientRow,
    SortKey,
    count_matches,
    fetch_rows,
    search_ids,
)
from services.progress import Sessions
from ui.formatting import format_date
from ui.labels import stage_label, verdict_label

_Index = QModelIndex | QPersistentModelIndex
# The overload of the layout signals that carries a hint (PySide6 picks it by signature):
# a sort hint spares the horizontal header from laying out its sections again.
_PARENTS, _HINT = "QList<QPersistentModelIndex>", "QAbstractItemModel::LayoutChangeHint"

# Ids read per trip to the database: a few screenfuls. A keystroke reads one page.
PAGE_SIZE = 250
# Rows fetched per trip to the database: a screenful or two.
BLOCK_SIZE = 120
# Past this many cached rows the cache starts over; it only ever holds what was on screen.
CACHE_LIMIT = 5_000


class ClientTableModel(QAbstractTableModel):
    COL_NAME, COL_COMPANY, COL_CONTACT, COL_CITY, COL_EMAIL, COL_PHONE = range(6)
    COL_STAGE, COL_VERDICT, COL_SCORE, COL_NEXT_REVIEW = range(6, 10)

    _SORT_KEYS = (
        SortKey.NAME,
        SortKey.LEGAL_NAME,
        SortKey.CONTACT,
        SortKey.CITY,
        SortKey.EMAIL,
        SortKey.PHONE,
        SortKey.STAGE,
        SortKey.VERDICT,
        SortKey.SCORE,
        SortKey.NEXT_REVIEW,
    )

    _RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __init__(self, sessions: Sessions, parent=None) -> None:
        super().__init__(parent)
        self._BOLD = QFont()
        self._BOLD.setBold(True)
        self._sessions = sessions
        self._query = ClientQuery()
        self._ids: list[int] = []  # the pages read so far
        self._complete = True  # every matching id is in _ids
        self._count: int | None = 0  # how many match, once known
        # id -> row, built on first need: a keystroke's search should not pay for it.
        self._row_by_id: dict[int, int] | None = None
        self._rows: dict[int, ClientRow] = {}

    # -- what the list shows -------------------------------------------------------------

    @property
    def query(self) -> ClientQuery:
        return self._query

    def set_query(self, query: ClientQuery) -> None:
        """Run a new search: other rows, so the view starts over (a model reset)."""
        self._query = query
        self.beginResetModel()
        self._read_first_pages(PAGE_SIZE)
        self.endResetModel()

    def refresh(self) -> None:
        """Search again after the book changed; the selection stays on its client."""
        self._relayout(self._query, QAbstractItemModel.LayoutChangeHint.NoLayoutChangeHint)

    def _read_first_pages(self, rows: int) -> None:
        """Read the first ``rows`` ids of the query (one more, to know whether that is all)."""
        ids = search_ids(self._sessions, self._query, limit=rows + 1)
        self._complete = len(ids) <= rows
        self._ids = ids[:rows]
        self._count = len(self._ids) if self._complete else None
        self._row_by_id = None
        self._rows.clear()  # the book may have changed under the cached rows

    def match_count(self) -> int:
        """How many clients the search finds, loaded or not: counted by the database the
        first time it is asked when the pages read so far do not tell."""
        if self._count is None:
            self._count = count_matches(self._sessions, self._query)
        return self._count

    def known_match_count(self) -> int | None:
        """The number of matches if known without asking the database, else None."""
        return self._count

    def _relayout(self, query: ClientQuery, hint: QAbstractItemModel.LayoutChangeHint) -> None:
        """Search again and tell the views, moving each persistent index to its client's new
        row (or making it invalid when the client is gone): Qt's layout-change contract."""
        # The overload with a hint, picked by its signature (PySide6's stubs cannot index it).
        self.layoutAboutToBeChanged[_PARENTS, _HINT].emit([], hint)  # type: ignore[index]
        held = self.persistentIndexList()
        held_ids = [self.client_id(index.row()) for index in held]
        self._query = query
        # As many rows as were read before: the owner's scroll position and the rows the
        # persistent indexes point at stay within reach.
        self._read_first_pages(max(len(self._ids), PAGE_SIZE))
        moved = []
        for index, client_id in zip(held, held_ids, strict=True):
            row = None if client_id is None else self.row_of(client_id)
            moved.append(QModelIndex() if row is None else self.index(row, index.column()))
        self.changePersistentIndexList(held, moved)
        self.layoutChanged[_PARENTS, _HINT].emit([], hint)  # type: ignore[index]

    def client_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, client_id: int) -> int | None:
        """The client's row among those read so far."""
        return self._row_map().get(client_id)

    def _row_map(self) -> dict[int, int]:
        if self._row_by_id is None:
            self._row_by_id = dict(zip(self._ids, range(len(self._ids)), strict=True))
        return self._row_by_id

    def client_row(self, row: int) -> ClientRow | None:
        client_id = self.client_id(row)
        if client_id is None:
            return None
        if client_id not in self._rows:
            self._load_block(row)
        return self._rows.get(client_id)

    def _load_block(self, row: int) -> None:
        if len(self._rows) > CACHE_LIMIT:
            self._rows.clear()
        start = max(0, row - BLOCK_SIZE // 4)  # a little above, for scrolling up
        ids = [i for i in self._ids[start : start + BLOCK_SIZE] if i not in self._rows]
        self._rows.update(fetch_rows(self._sessions, ids))

    # -- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """The rows read so far (the view asks for more with fetchMore as it scrolls)."""
        return 0 if parent.isValid() else len(self._ids)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        page = search_ids(self._sessions, self._query, offset=len(self._ids), limit=PAGE_SIZE + 1)
        added = self._append(page[:PAGE_SIZE])
        if len(page) <= PAGE_SIZE:
            self._complete, self._count = True, len(self._ids)
        elif not added:  # a page of ids already listed: stop rather than ask again forever
            self._complete = True

    def fetch_all(self) -> None:
        """Read every id not read yet, in one query: selecting all is selecting every match,
        and the bulk actions then work on each of them, not on the pages scrolled through."""
        if self._complete:
            return
        rest = search_ids(self._sessions, self._query, offset=len(self._ids))
        self._append(rest)
        self._complete, self._count = True, len(self._ids)

    def _append(self, ids: list[int]) -> int:
        """Add the ids not listed yet; returns how many. A colleague's new client may have
        shifted the pages: never list an id twice."""
        rows = self._row_map()
        new = [client_id for client_id in ids if client_id not in rows]
        if not new:
            return 0
        first = len(self._ids)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._ids.extend(new)
        rows.update(zip(new, range(first, first + len(new)), strict=True))
        self.endInsertRows()
        return len(new)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._SORT_KEYS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name"),
            self.tr("Company"),
            self.tr("Contact"),
            self.tr("City"),
            self.tr("Email"),
            self.tr("Phone"),
            self.tr("Stage"),
            self.tr("Verdict"),
            self.tr("Score"),
            self.tr("Next review"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks each cell for a dozen roles on every paint: answer the ones we
        # do not use before looking anything up.
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.client_row(index.row())
            return None if row is None else self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._RIGHT if column == self.COL_SCORE else None
        if column != self.COL_NAME or role not in (
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.client_row(index.row())
        if row is None or not row.strategic:
            return None
        # Strategic clients stand out: the owner keeps them no matter what.
        return self._BOLD if role == Qt.ItemDataRole.FontRole else self.tr("Strategic client")

    def _display(self, row: ClientRow, column: int) -> str:
        if column == self.COL_STAGE:
            return stage_label(row.stage)
        if column == self.COL_VERDICT:
            return verdict_label(row.latest_verdict)
        if column == self.COL_SCORE:
            return "" if row.latest_score is None else f"{row.latest_score:.0f}"
        if column == self.COL_NEXT_REVIEW:
            return format_date(row.next_review_on)
        return getattr(row, self._SORT_KEYS[column].value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        key = self._SORT_KEYS[column]
        if (key, descending) == (self._query.sort, self._query.descending):
            return
        self._relayout(
            replace(self._query, sort=key, descending=descending),
            QAbstractItemModel.LayoutChangeHint.VerticalSortHint,
        )

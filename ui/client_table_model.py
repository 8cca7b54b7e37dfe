"""The client list's model: ids from a SQL search, rows fetched only when they are shown.

Like Anki's browser, the model holds the ordered list of matching ids (a few hundred KB for
100,000 clients) and asks the database for a block of rows the first time one of them is
painted. Sorting and filtering are new SQL searches, never Python work over the whole book.

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

from services.client_list import ClientQuery, ClientRow, SortKey, fetch_rows, search_ids
from services.progress import Sessions
from ui.formatting import format_date
from ui.labels import stage_label, verdict_label

_Index = QModelIndex | QPersistentModelIndex
# The overload of the layout signals that carries a hint (PySide6 picks it by signature):
# a sort hint spares the horizontal header from laying out its sections again.
_PARENTS, _HINT = "QList<QPersistentModelIndex>", "QAbstractItemModel::LayoutChangeHint"

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
        self._ids: list[int] = []
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
        self._set_ids(search_ids(self._sessions, self._query))
        self.endResetModel()

    def refresh(self) -> None:
        """Search again after the book changed; the selection stays on its client."""
        self._relayout(self._query, QAbstractItemModel.LayoutChangeHint.NoLayoutChangeHint)

    def _set_ids(self, ids: list[int]) -> None:
        self._ids = ids
        self._row_by_id = None
        self._rows.clear()  # the book may have changed under the cached rows

    def _relayout(self, query: ClientQuery, hint: QAbstractItemModel.LayoutChangeHint) -> None:
        """Search again and tell the views, moving each persistent index to its client's new
        row (or making it invalid when the client is gone): Qt's layout-change contract."""
        # The overload with a hint, picked by its signature (PySide6's stubs cannot index it).
        self.layoutAboutToBeChanged[_PARENTS, _HINT].emit([], hint)  # type: ignore[index]
        held = self.persistentIndexList()
        held_ids = [self.client_id(index.row()) for index in held]
        self._query = query
        self._set_ids(search_ids(self._sessions, query))
        moved = []
        for index, client_id in zip(held, held_ids, strict=True):
            row = None if client_id is None else self.row_of(client_id)
            moved.append(QModelIndex() if row is None else self.index(row, index.column()))
        self.changePersistentIndexList(held, moved)
        self.layoutChanged[_PARENTS, _HINT].emit([], hint)  # type: ignore[index]

    def client_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, client_id: int) -> int | None:
        if self._row_by_id is None:
            self._row_by_id = dict(zip(self._ids, range(len(self._ids)), strict=True))
        return self._row_by_id.get(client_id)

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
        return 0 if parent.isValid() else len(self._ids)

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

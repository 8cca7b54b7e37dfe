"""The client list's view: several rows can be selected, by hand, for the bulk actions."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QAbstractItemView, QTableView

_Flag = QItemSelectionModel.SelectionFlag


class ClientTableView(QTableView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def selectAll(self) -> None:
        # Ctrl+A selects every client the search found, not only the pages read so far
        # (the model reads its ids a page at a time as the list scrolls).
        fetch_all = getattr(self.model(), "fetch_all", None)
        if fetch_all is not None:
            fetch_all()
        super().selectAll()

    def selectionCommand(
        self, index: QModelIndex | QPersistentModelIndex, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        # Extended selection reads the keyboard's modifiers even when the program selects a
        # row (after a save, a search): with Ctrl still held from Ctrl+S, that row would be
        # toggled off. Only a person's click or key extends a selection.
        if event is None:
            return _Flag.ClearAndSelect | _Flag.Rows
        return super().selectionCommand(index, event)

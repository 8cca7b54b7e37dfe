"""Fast executemany of a Core insert(): the statement is compiled once, rows go as tuples.

SQLAlchemy's own executemany builds a parameter dict per row and runs each value through
its type's processor: a third of a 100,000-row import. Here the insert() is compiled once,
each column's processor is looked up once (and skipped for types that need none, like text),
values the same for every row (timestamps) are converted once, and the DB-API cursor gets
plain tuples. What is stored is what SQLAlchemy would store: the same processors convert it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, Table, insert


class BulkInsert:
    def __init__(
        self,
        connection: Connection,
        table: Table,
        columns: Sequence[str],
        constants: Mapping[str, Any] | None = None,
    ) -> None:
        dialect = connection.dialect
        constants = dict(constants or {})
        names = [*columns, *constants]
        compiled = insert(table).compile(dialect=dialect, column_keys=names)
        self._connection = connection
        self._sql = str(compiled)
        order = list(compiled.positiontup or ())
        self._positional = bool(order)
        self._names = order or names

        def processor(name: str) -> Callable[[Any], Any] | None:
            convert = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
            return _faster_equivalent(convert)

        index = {name: i for i, name in enumerate(columns)}
        # Per output position: (index in the given row, None) or (-1, converted constant).
        self._layout: list[tuple[int, Any]] = []
        self._processors: list[tuple[int, Callable[[Any], Any]]] = []
        for position, name in enumerate(self._names):
            if name in constants:
                convert, value = processor(name), constants[name]
                converted = convert(value) if convert and value is not None else value
                self._layout.append((-1, converted))
                continue
            self._layout.append((index[name], None))
            convert = processor(name)
            if convert is not None:
                self._processors.append((position, convert))

    def _process(self, row: Sequence[Any]) -> list[Any]:
        values = [row[i] if i >= 0 else constant for i, constant in self._layout]
        for position, convert in self._processors:
            if values[position] is not None:
                values[position] = convert(values[position])
        return values

    def execute(self, rows: Sequence[Sequence[Any]]) -> None:
        """Insert ``rows``, each a sequence in the order of ``columns``."""
        if not rows:
            return
        if self._positional:
            self._connection.exec_driver_sql(self._sql, [tuple(self._process(r)) for r in rows])
        else:
            names = self._names
            params = [dict(zip(names, self._process(r), strict=True)) for r in rows]
            self._connection.exec_driver_sql(self._sql, params)


_PROBE_DATES = (date(2025, 3, 1), date(1, 1, 1), date(9999, 12, 31))


def _faster_equivalent(convert: Callable[[Any], Any] | None) -> Callable[[Any], Any] | None:
    """date.isoformat in place of a processor that writes dates the same way (SQLite's DATE
    formats each date through a dict: a tenth of a million-row import), else the processor."""
    if convert is None:
        return None
    try:
        same = all(convert(day) == day.isoformat() for day in _PROBE_DATES)
    except (TypeError, ValueError, AttributeError):  # not a date column
        return convert
    return date.isoformat if same else convert

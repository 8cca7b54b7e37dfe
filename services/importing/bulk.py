"""Fast executemany of a Core insert(): the statement is compiled once, rows go as tuples.

SQLAlchemy's own executemany builds a parameter dict per row and runs each value through
its type's processor: a third of a 100,000-row import. Here the insert() is compiled once,
each column's processor is looked up once (and skipped for types that need none, like text),
values the same for every row (timestamps) are converted once, and each column of a batch is
converted in one pass (map) rather than value by value. The DB-API cursor gets plain tuples.
What is stored is what SQLAlchemy would store: the same processors convert it.

On PostgreSQL the rows go by COPY rather than one INSERT each: the driver's work per row
(adapting, binding, a round in the pipeline) and the server's (parsing, planning each
execution) were most of a 100,000-client import there. COPY takes the same values in one
stream, inside the same transaction, with the same constraints and triggers checked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from itertools import repeat
from typing import Any

from sqlalchemy import Connection, Date, Table, insert
from sqlalchemy.exc import DBAPIError

Convert = Callable[[Any], Any]


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
        self._copy = (
            _copy_statement(connection, table, names) if dialect.name == "postgresql" else None
        )
        order = list(compiled.positiontup or ())
        self._positional = bool(order)
        self._names = order or names

        def processor(name: str) -> Convert | None:
            kind = table.c[name].type
            convert = kind.dialect_impl(dialect).bind_processor(dialect)
            return _faster_for_dates(convert) if isinstance(kind, Date) else convert

        index = {name: i for i, name in enumerate(columns)}
        # Per output position: (index in the given row, its processor) or (-1, the constant
        # already converted).
        self._layout: list[tuple[int, Any]] = []
        for name in self._names:
            if name in constants:
                convert, value = processor(name), constants[name]
                self._layout.append(
                    (-1, convert(value) if convert and value is not None else value)
                )
            else:
                self._layout.append((index[name], processor(name)))

    def _columns(self, rows: Sequence[Sequence[Any]]) -> list[Iterable[Any]]:
        given = list(zip(*rows, strict=True))
        columns: list[Iterable[Any]] = []
        for i, how in self._layout:
            if i < 0:
                columns.append(repeat(how, len(rows)))
                continue
            column: Iterable[Any] = given[i]
            if how is not None:
                # A processor is never given None, as in SQLAlchemy (NULL stays NULL).
                column = map(how if None not in column else _none_kept(how), column)
            columns.append(column)
        return columns

    def execute(self, rows: Sequence[Sequence[Any]]) -> None:
        """Insert ``rows``, each a sequence in the order of ``columns``."""
        if not rows:
            return
        values = zip(*self._columns(rows), strict=True)
        if self._copy is not None:
            self._copy_rows(values)
        elif self._positional:
            self._connection.exec_driver_sql(self._sql, list(values))
        else:
            names = self._names
            self._connection.exec_driver_sql(
                self._sql, [dict(zip(names, v, strict=True)) for v in values]
            )

    def _copy_rows(self, values: Iterable[Sequence[Any]]) -> None:
        assert self._copy is not None
        driver = self._connection.connection.driver_connection
        assert driver is not None
        dbapi = self._connection.dialect.loaded_dbapi
        try:
            with driver.cursor() as cursor, cursor.copy(self._copy) as copy:
                for row in values:
                    copy.write_row(row)
        except dbapi.Error as exc:
            # As SQLAlchemy wraps what its own statements meet (a broken constraint, a server
            # gone), so the import's callers see one kind of database error whichever way the
            # rows went.
            raise DBAPIError.instance(self._copy, None, exc, dbapi.Error) from exc


def _copy_statement(connection: Connection, table: Table, names: Sequence[str]) -> str:
    quote = connection.dialect.identifier_preparer
    columns = ", ".join(quote.quote(name) for name in names)
    return f"COPY {quote.format_table(table)} ({columns}) FROM STDIN"


def _none_kept(convert: Convert) -> Convert:
    return lambda value: None if value is None else convert(value)


_PROBE_DATES = (date(2025, 3, 1), date(1, 1, 1), date(9999, 12, 31))


def _faster_for_dates(convert: Convert | None) -> Convert | None:
    """date.isoformat in place of a DATE column's processor when that writes dates the same
    way (SQLite's formats each date through a dict: a tenth of a million-row import)."""
    if convert is None:
        return None
    try:
        same = all(convert(day) == day.isoformat() for day in _PROBE_DATES)
    except Exception:  # a processor with other ideas about dates keeps its own way
        return convert
    return date.isoformat if same else convert

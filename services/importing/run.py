"""The import itself: read, check, find duplicates, then write everything in one transaction.

A dry run (the wizard's preview, ``import --dry-run``) walks the same path and writes nothing.
A real run inserts in batches with SQLAlchemy Core's executemany (on PostgreSQL by COPY, each
batch written while the next is read: batch_writer.py) inside a single transaction, so a
cancel, an error or a killed process leaves the database exactly as it was.
"""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from models import Client, ClientTag, Payment, Return, Sale
from services.clients import ClientInput, validate_client
from services.collector import collector_paused
from services.concurrency import one_import_at_a_time
from services.errors import ClientelaError, Problem
from services.importing.batch_writer import BatchWriter
from services.importing.bulk import BulkInsert
from services.importing.client_columns import STORED_FIELDS, ClientColumns, stored_values
from services.importing.detection import BookKeys, ClientMatch, detect
from services.importing.fields import Kind, MatchBy, missing_fields
from services.importing.issue_log import IssueLog
from services.importing.ledger_columns import (
    CLIENT_ID,
    PAYMENT_REFERENCE,
    LedgerColumns,
    with_sale,
)
from services.importing.ledger_doubts import LedgerDoubts
from services.importing.ledger_duplicates import LedgerDuplicates
from services.importing.matching import (
    AMBIGUOUS,
    DuplicateIndex,
    Existing,
    existing_ids,
    invoice_ids,
)
from services.importing.postal import padded_postal_code
from services.importing.rows import (
    ClientRowData,
    RowProblem,
    client_from_row,
    ledger_from_row,
    mapped_values,
    provided_fields,
)
from services.importing.table import SourceRow, TableInfo, iter_batches
from services.importing.values import ValueFormat
from services.ledger import PaymentInput, ReturnInput, SaleInput
from services.ledger_change import LedgerChange, ledger_change
from services.progress import Cancelled, Progress, Sessions
from services.validation import tax_id_warnings

BATCH_ROWS = 5000  # rows per executemany: large enough to be fast, small enough for Cancel
PREVIEW_ROWS = 20
SHOWN_SHARING = 3  # clients listed when a row's key names several
IMPORT_CACHE_KIB = -65536  # negative: KiB, not pages (SQLite's convention)
# An import adding this many rows tells PostgreSQL's planner about them at once.
ANALYZE_AFTER_ROWS = 1000


class Duplicates(enum.StrEnum):
    SKIP = "skip"  # keep the client already there (or the file's first row)
    UPDATE = "update"  # the row's non-empty values replace the existing client's
    NEW = "new"  # import the row as another client anyway


@dataclass(frozen=True)
class ImportOptions:
    kind: Kind
    mapping: dict[int, str]  # column index -> field
    value_format: ValueFormat = field(default_factory=ValueFormat)
    duplicates: Duplicates = Duplicates.SKIP
    match_by: MatchBy = MatchBy.AUTO  # ledger rows: what the "client" column holds
    default_language: str = "es"  # clients without a language column
    home_country: str = ""  # the business's: where a client row without a country is
    payment_term_days: int = 30  # sales without a due date
    today: date | None = None  # what "a year from today" counts from; None: the real today
    currency: str = "EUR"  # the book's: the amounts of a warning are written in it


@dataclass(frozen=True)
class RowIssue:
    """A row not imported: rejected for its problems, or a duplicate skipped by choice."""

    line: int
    cells: tuple[str, ...]
    problems: tuple[RowProblem, ...]
    skipped: bool = False


@dataclass(frozen=True)
class PreviewRow:
    line: int
    values: dict[str, str]  # field -> the value as it will be stored
    problems: tuple[RowProblem, ...] = ()


@dataclass
class ImportResult:
    kind: Kind
    dry_run: bool
    rows: int = 0  # non-blank rows read after the header
    inserted: int = 0
    updated: int = 0
    issues: IssueLog = field(default_factory=IssueLog)  # in line order; most on disk
    preview: list[PreviewRow] = field(default_factory=list)
    client_match: ClientMatch | None = None  # ledger imports: how rows found their client
    padded_postal_codes: list[int] = field(default_factory=list)  # lines given back their 0
    # Rows imported all the same with a value to look at again (a tax id failing its check).
    warnings: IssueLog = field(default_factory=IssueLog)

    @property
    def rejected(self) -> int:
        return self.issues.rejected

    @property
    def skipped(self) -> int:
        return self.issues.skipped

    @property
    def accepted(self) -> int:
        return self.inserted + self.updated


class MappingError(ClientelaError):
    """Required fields are mapped to no column."""

    code = "import_missing_fields"


def run_import(
    sessions: Sessions,
    table: TableInfo,
    options: ImportOptions,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Import the table (or, ``dry_run``, only say what would happen).

    Raises MappingError, ImportFileError, or services.progress.Cancelled when ``progress``
    returns False; in every such case nothing was written.
    """
    options = replace(options, kind=Kind(options.kind))  # rows.py compares with "is"
    missing = missing_fields(options.mapping, options.kind)
    if missing:
        raise MappingError(fields=[" / ".join(group) for group in missing])
    result = ImportResult(kind=options.kind, dry_run=dry_run)

    def report(done: int, total: int) -> bool:
        if progress is not None and not progress(done, total):
            raise Cancelled()
        return True

    def damaged(row: SourceRow, problem: Problem) -> None:
        """A row with a byte the file's encoding cannot decode: rejected, never stored."""
        result.rows += 1
        job._issue(row, [RowProblem("", problem)])

    batches = iter_batches(table, BATCH_ROWS, progress=report, damaged=damaged)
    if table.format == "xlsx":
        batches = map(_apostrophes_kept, batches)
    with collector_paused(), sessions.begin() as session, ledger_change(session) as change:
        if not dry_run:
            one_import_at_a_time(session)  # before looking for duplicates in the book
        with _larger_page_cache(session.connection()):
            job: _ClientImport | _LedgerImport = (
                _ClientImport(session, options, result)
                if options.kind == Kind.CLIENTS
                else _LedgerImport(session, options, result, table, change)
            )
            with job.writer:  # a batch still being written is waited for, even on a cancel
                for batch in batches:
                    if result.rows < PREVIEW_ROWS:  # the file's first rows, whatever they give
                        job.preview_lines.update(
                            row.line for row in batch[: PREVIEW_ROWS - result.rows]
                        )
                    result.rows += len(batch)
                    job.take_batch(batch)
                report(1, 1)  # a cancel pressed during the last batch still counts
                job.finish()
        if dry_run:
            session.rollback()
            change.discard()
        elif result.accepted >= ANALYZE_AFTER_ROWS:
            fresh_statistics(job.connection, job.inserted_into)
    result.preview.sort(key=lambda row: row.line)
    return result


def _apostrophes_kept(batch: list[SourceRow]) -> list[SourceRow]:
    """An XLSX cell is text as typed (the export writes no formula guard there, and a
    spreadsheet keeps its own "'" out of the value): a leading apostrophe is doubled, so
    that rows.clean_cell, which takes the CSV's guard off, gives it back as it was."""
    kept = []
    for row in batch:
        cells = row.cells
        if any(cell.lstrip()[:1] == "'" for cell in cells if "'" in cell):
            cells = tuple(
                "'" + cell.strip() if cell.lstrip()[:1] == "'" else cell for cell in cells
            )
            row = SourceRow(row.line, cells)
        kept.append(row)
    return kept


def fresh_statistics(connection: Connection, tables: set[str]) -> None:
    """PostgreSQL plans each query from statistics that autovacuum refreshes only a while
    after a large import; meanwhile the client list's search is planned for the table as it
    was (often empty), and picks the wrong index: 80 ms a keystroke instead of 1. ANALYZE
    samples the table now (a fraction of a second at 100,000 clients). SQLite plans from its
    indexes' shape, with no statistics unless asked: nothing to do there."""
    if connection.dialect.name != "postgresql":
        return
    for table in sorted(tables):
        connection.exec_driver_sql(f'ANALYZE "{table}"')


@contextlib.contextmanager
def _larger_page_cache(connection: Connection) -> Iterator[None]:
    """SQLite's default 2 MB page cache makes a large import re-read index pages it has
    just written (a third of the time for a million rows); 64 MB for the import, then back.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA cache_size={IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        with contextlib.suppress(Exception):  # the connection may be gone after a failure
            connection.exec_driver_sql(f"PRAGMA cache_size={int(before)}")


def _drop_indexes(connection: Connection, table: str) -> list[str]:
    """Into an empty SQLite table, inserting without its indexes and building them after
    is cheaper (at 100,000 clients and 9 indexes: 1.6 s against 2.7 s). Returns the
    statements that build them again; the whole import being one transaction, a cancel or
    a crash before the end puts them back as they were.

    SQLite only: on a shared server, dropping an index would lock the table for everyone.
    And only inside a transaction already begun: Python's sqlite3 begins one at the first
    INSERT, not before DDL, so a DROP INDEX first would be committed at once (and a crash
    would leave the book without its indexes).
    """
    if (
        connection.dialect.name != "sqlite"
        or connection.connection.dbapi_connection is None
        or not connection.connection.dbapi_connection.in_transaction
    ):
        return []
    found = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
        " AND sql IS NOT NULL",  # NULL: the indexes of constraints, which stay
        (table,),
    ).all()
    for name, _ in found:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    return [sql for _, sql in found]


# How long an import into an empty book waits to set its search index aside (see below)
# before it gives up and fills the table with the index kept up row by row.
SET_ASIDE_WAIT = "200ms"


def _search_indexes_set_aside(connection: Connection, table: str) -> list[str]:
    """PostgreSQL: into an empty table, the trigram (GIN) index is built after the rows
    rather than kept up row by row: 2.6 s against 4.1 s of the server's time at 100,000
    clients, nearly half of the whole import. Returns the statements that build it again
    (run in the same transaction: a cancel, an error or a killed app puts it back as it was).

    Dropping an index locks the table for everyone until the import commits; that is only
    asked of an empty book, where the others have nothing to read yet, and only when the
    lock comes at once: someone inside a transaction on the table (a list being read) keeps
    the index as it is, and the import goes on the slower way instead of making them, and
    everyone queued behind, wait. B-tree indexes stay: the server keeps them up while this
    process reads the next batch (batch_writer.py), which costs no more than building them
    after (measured at 100,000 clients).
    """
    if connection.dialect.name != "postgresql":
        return []
    found = connection.execute(
        text(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
            " AND tablename = :table AND indexdef LIKE '% USING gin %'"
        ),
        {"table": table},
    ).all()
    if not found:
        return []
    quote = connection.dialect.identifier_preparer.quote
    wait = connection.scalar(text("SELECT current_setting('lock_timeout')"))
    savepoint = connection.begin_nested()
    try:
        connection.execute(
            text("SELECT set_config('lock_timeout', :wait, true)"), {"wait": SET_ASIDE_WAIT}
        )
        for name, _ in found:
            connection.exec_driver_sql(f"DROP INDEX {quote(name)}")
    except DBAPIError:  # the lock did not come in time (or this user may not drop it)
        savepoint.rollback()
        return []
    savepoint.commit()
    connection.execute(text("SELECT set_config('lock_timeout', :wait, true)"), {"wait": wait})
    return [statement for _, statement in found]


def _preview_values(values: dict[str, object]) -> dict[str, str]:
    return {
        name: "" if value is None else str(value)
        for name, value in values.items()
        if not isinstance(value, tuple)
    } | {name: ", ".join(value) for name, value in values.items() if isinstance(value, tuple)}


class _Job:
    """What the client and the ledger imports share: the result with its preview, and the
    indexes of an empty table set aside while it fills (see _drop_indexes)."""

    def __init__(self, session: Session, options: ImportOptions, result: ImportResult) -> None:
        self.session = session
        self.connection = session.connection()
        self.options = options
        self.result = result
        self.now = datetime.now(UTC)
        self.preview_lines: set[int] = set()  # the file's first rows (run_import says which)
        self.set_aside: list[str] = []  # the statements that build the indexes again
        self.inserted_into: set[str] = set()  # the tables this import added rows to
        self.writer = BatchWriter(overlapped=self.connection.dialect.name == "postgresql")

    def _issue(self, row: SourceRow, problems: list[RowProblem], skipped: bool = False) -> None:
        self.result.issues.append(RowIssue(row.line, row.cells, tuple(problems), skipped))
        if row.line in self.preview_lines:
            self.result.preview.append(PreviewRow(row.line, {}, tuple(problems)))

    def _after_insert(self, table: str, was_empty: bool) -> None:
        """Call after each insert: the first one into a table that was empty begins the
        transaction, and its indexes can then be set aside."""
        self.inserted_into.add(table)
        if was_empty and not self.set_aside:
            self.set_aside = _drop_indexes(self.connection, table)

    def _indexes_back(self) -> None:
        for statement in self.set_aside:
            self.connection.exec_driver_sql(statement)


class _ClientImport(_Job):
    def __init__(self, session: Session, options: ImportOptions, result: ImportResult) -> None:
        super().__init__(session, options, result)
        self.index = DuplicateIndex.of_book(self.connection)
        self.book_was_empty = self.index.is_empty()
        self.columns = ClientColumns(options.mapping, options.default_language)
        # Rows to insert: the file's line, the values to store (stored_values), the tags.
        self.batch: list[tuple[int, tuple[Any, ...], tuple[str, ...]]] = []
        self.updates: list[tuple[Existing, ClientRowData, SourceRow]] = []
        self.line_ids: dict[int, int] = {}  # file line -> new client id, for in-file updates
        self.next_id: int | None = None
        self.sequence: str | None = None  # PostgreSQL: the sequence that numbers clients
        self.client_insert: BulkInsert | None = None
        columns = {name: index for index, name in options.mapping.items()}
        self.postal_code = columns.get("postal_code")
        self.country = columns.get("country")

    def take_batch(self, rows: list[SourceRow]) -> None:
        """The plainly valid rows are read column by column; the others, and the duplicates,
        are left to take(), which says what is wrong or what to do with them."""
        if self.postal_code is not None:
            rows = self._postal_codes_padded(rows)
        read = self.columns.read([row.cells for row in rows])
        claim, add = self.index.claim, self.index.add
        new_anyway = self.options.duplicates == Duplicates.NEW
        for row, taken in zip(rows, read, strict=True):
            if taken is None:
                self.take(row)
                continue
            record, tags, keys = taken
            if new_anyway:
                add(keys, record[_NAME], row.line)
            elif claim(keys, record[_NAME], row.line) is not None:
                self.take(row)  # a duplicate: skipped or updating, take() says which
                continue
            if row.line in self.preview_lines:
                self._preview(row, record, tags)
            self.batch.append((row.line, record, tags))
        if len(self.batch) >= BATCH_ROWS:
            self._flush()

    def _postal_codes_padded(self, rows: list[SourceRow]) -> list[SourceRow]:
        """The rows with a Spanish postal code of four digits given its leading zero back
        (see postal.py), and their lines noted for the summary."""
        at, country_at = self.postal_code, self.country
        assert at is not None
        home = self.options.home_country
        padded = list(rows)
        for i, row in enumerate(rows):
            cells = row.cells
            code = cells[at] if at < len(cells) else ""
            if len(code) != 4 and (len(code) < 4 or len(code.strip()) != 4):
                continue  # most codes: nothing to look at further
            country = (
                cells[country_at].strip()
                if country_at is not None and country_at < len(cells)
                else ""
            )
            fixed = padded_postal_code(code, country or home)
            if fixed is not None:
                padded[i] = SourceRow(row.line, (*cells[:at], fixed, *cells[at + 1 :]))
                self.result.padded_postal_codes.append(row.line)
        return padded

    def take(self, row: SourceRow) -> None:
        values = mapped_values(row.cells, self.options.mapping)
        parsed, problems = client_from_row(values, self.options.default_language)
        if parsed is None:
            self._issue(row, problems)
            return
        keys = self.index.keys(parsed.data)
        existing = self.index.find(keys)
        duplicates = self.options.duplicates
        if existing is not None and duplicates != Duplicates.NEW:
            if duplicates == Duplicates.SKIP:
                problem = (
                    Problem("duplicate_in_file", {"line": existing.line, "name": existing.name})
                    if existing.line is not None
                    else Problem("duplicate_in_book", {"name": existing.name})
                )
                self._issue(row, [RowProblem("", problem)], skipped=True)
            else:
                self.updates.append((existing, parsed, row))
                if row.line in self.preview_lines:
                    self._preview(row, stored_values(parsed.data), parsed.data.tags)
            return
        self.index.add(keys, parsed.data.name, row.line)
        record = stored_values(parsed.data)
        if row.line in self.preview_lines:
            self._preview(row, record, parsed.data.tags)
        self.batch.append((row.line, record, parsed.data.tags))

    def _preview(self, row: SourceRow, record: tuple[Any, ...], tags: tuple[str, ...]) -> None:
        # strict=False: the record goes on with the sort name and search text, not previewed.
        values = dict(zip(STORED_FIELDS, record, strict=False)) | {"tags": tags}
        self.result.preview.append(PreviewRow(row.line, _preview_values(values)))

    def _flush(self) -> None:
        batch, self.batch = self.batch, []
        if not batch:
            return
        self.result.inserted += len(batch)
        checked = ((line, record[_TAX_ID], record[_COUNTRY]) for line, record, _ in batch)
        for line, problem in tax_id_warnings(checked):
            self.result.warnings.append(RowIssue(line, (), (RowProblem("tax_id", problem),)))
        if self.result.dry_run:
            return
        first = self.result.inserted == len(batch)
        if self.book_was_empty and first and len(batch) >= BATCH_ROWS:
            # The first batch of a large import into an empty book: nothing is being written
            # yet, and a small import never takes the lock this needs.
            self.set_aside = _search_indexes_set_aside(self.connection, Client.__tablename__)
        self.writer.write(self._write, batch)

    def _write(self, batch: list[tuple[int, tuple[Any, ...], tuple[str, ...]]]) -> None:
        ids = self._new_ids(len(batch))
        records = []
        tags: list[tuple[int, str]] = []
        for (line, record, tags_of), client_id in zip(batch, ids, strict=True):
            self.line_ids[line] = client_id
            records.append((client_id, *record))
            if tags_of:
                tags.extend((client_id, tag) for tag in tags_of)
        self._clients().execute(records)
        self._after_insert(Client.__tablename__, self.book_was_empty)
        if tags:
            self._tags().execute(tags)

    def _new_ids(self, count: int) -> list[int]:
        """Ids for the next rows, numbered here so that tags and in-file updates know them.

        On SQLite the transaction holds the file's write lock from its first insert on; had
        another writer slipped in before, the clash on the primary key would fail the whole
        import rather than mix rows. PostgreSQL's sequence hands the numbers out itself.
        """
        if self.connection.dialect.name == "postgresql":
            if self.sequence is None:  # looked up once: per row, it was 0.9 s of 1 s
                self.sequence = self.connection.scalar(
                    text("SELECT pg_get_serial_sequence('client', 'id')")
                )
            # One array rather than a row per id: half the time, and the driver reads it in C.
            statement = text(
                "SELECT array_agg(nextval(CAST(:seq AS regclass))) FROM generate_series(1, :n)"
            )
            return self.connection.scalar(statement, {"seq": self.sequence, "n": count})
        if self.next_id is None:
            self.next_id = (self.connection.scalar(select(func.max(Client.id))) or 0) + 1
        ids = list(range(self.next_id, self.next_id + count))
        self.next_id += count
        return ids

    def _clients(self) -> BulkInsert:
        if self.client_insert is None:
            columns = ("id", *STORED_FIELDS, "sort_name", "search_text")
            constants = {"created_at": self.now, "updated_at": self.now, "version": 1}
            self.client_insert = BulkInsert(self.connection, Client.__table__, columns, constants)
        return self.client_insert

    def _tags(self) -> BulkInsert:
        return BulkInsert(self.connection, ClientTag.__table__, ("client_id", "tag"))

    def finish(self) -> None:
        self._flush()
        self.writer.wait()
        self._indexes_back()
        for existing, parsed, row in self.updates:
            self._update(existing, parsed, row)

    def _update(self, existing: Existing, parsed: ClientRowData, row: SourceRow) -> None:
        client_id = existing.client_id
        if client_id is None and existing.line is not None:
            client_id = self.line_ids.get(existing.line)
        self.result.updated += 1
        if self.result.dry_run or client_id is None:
            return
        client = self.session.get(Client, client_id)
        assert client is not None  # found in this same transaction
        changes = {name: getattr(parsed.data, name) for name in provided_fields(parsed)}
        changes.pop("tags", None)
        current = ClientInput(
            **{f.name: getattr(client, f.name) for f in fields(ClientInput) if f.name != "tags"},
            tags=tuple(t.tag for t in client.tags),
        )
        merged = replace(current, **changes, tags=tuple(sorted({*current.tags, *parsed.data.tags})))
        problems = validate_client(merged)
        if problems:  # each half was valid; only a combination can fail, and rarely
            self.result.updated -= 1
            found = [RowProblem(name, p) for name, items in problems.items() for p in items]
            self._issue(row, found)
            return
        for name, value in changes.items():
            setattr(client, name, value)
        for tag in sorted(set(merged.tags) - set(current.tags)):
            client.tags.append(ClientTag(tag=tag))
        self.session.flush()


_NAME = STORED_FIELDS.index("name")
_TAX_ID, _COUNTRY = STORED_FIELDS.index("tax_id"), STORED_FIELDS.index("country")


_LEDGER_TABLES = {Kind.SALES: Sale, Kind.PAYMENTS: Payment, Kind.RETURNS: Return}


class _LedgerImport(_Job):
    def __init__(
        self,
        session: Session,
        options: ImportOptions,
        result: ImportResult,
        table: TableInfo,
        change: LedgerChange,
    ) -> None:
        super().__init__(session, options, result)
        # Told of every batch's clients and invoices: the rows go in by Core INSERTs, which
        # it does not see. When it closes, only these clients' rows of the kept ranking are
        # recomputed (a few clients' invoices); past its limit the ranking goes stale.
        self.change = change
        self.book = BookKeys(self.connection)
        if options.match_by == MatchBy.AUTO:
            column = next(i for i, name in options.mapping.items() if name == "client")
            match = detect(self.book, table, options.kind, column)
            if match.column != column:  # another of the file's client columns does better
                mapping = {i: name for i, name in options.mapping.items() if name != "client"}
                self.options = options = replace(
                    options, mapping=mapping | {match.column: "client"}
                )
        else:
            match = ClientMatch(options.match_by, detected=False)
        result.client_match = match
        self.book.keep_only(match.by)
        self.match_by = match.by
        self.keys = self.book.keys(match.by)
        self._sharing: dict[str, str] = {}  # key -> the clients that share it, for messages
        self.columns = LedgerColumns(
            options.kind,
            options.mapping,
            options.value_format,
            options.payment_term_days,
            self.keys.lookup,
        )
        # Rows to insert: the row, the invoice it points at and its record (LedgerColumns.read).
        self.batch: list[tuple[SourceRow, tuple[str, tuple[Any, ...]]]] = []
        self.insert: BulkInsert | None = None
        entry_type = {Kind.SALES: SaleInput, Kind.PAYMENTS: PaymentInput}.get(
            options.kind, ReturnInput
        )
        self.entry_fields = tuple(f.name for f in fields(entry_type))
        self.table = _LEDGER_TABLES[options.kind].__table__
        # Into an empty table, the indexes are built at the end (see _drop_indexes); not for
        # payments, whose settling after each batch looks them up by invoice.
        # Entries already stored or earlier in the file are skipped unless the owner asks
        # for them anyway (Duplicates.NEW); a ledger entry has nothing to update, so UPDATE
        # skips them too.
        self.duplicates = LedgerDuplicates(self.connection, options.kind, self.table)
        # Implausible rows (a year typed wrong, an extra zero) are imported, with a warning.
        self.doubts = LedgerDoubts(self.connection, options.kind, options.today or date.today())
        self.skip_duplicates = options.duplicates != Duplicates.NEW
        self.table_was_empty = (
            options.kind != Kind.PAYMENTS and not self.duplicates.book_has_entries
        )

    def take_batch(self, rows: list[SourceRow]) -> None:
        """The plainly valid rows are read column by column; the others are left to
        take(), which says what is wrong with them."""
        read = self.columns.read([row.cells for row in rows])
        for row, taken in zip(rows, read, strict=True):
            if taken is None:
                self.take(row)
            else:
                self.batch.append((row, taken))
        if len(self.batch) >= BATCH_ROWS:
            self._flush()

    def take(self, row: SourceRow) -> None:
        values = mapped_values(row.cells, self.options.mapping)
        parsed, problems = ledger_from_row(
            self.options.kind, values, self.options.value_format, self.options.payment_term_days
        )
        if parsed is None:
            self._issue(row, problems)
            return
        client_id = self.keys.lookup(parsed.client_key)
        if client_id is None or client_id == AMBIGUOUS:
            problem = (
                self._unknown(parsed.client_key)
                if client_id is None
                else self._ambiguous(parsed.client_key)
            )
            self._issue(row, [RowProblem("client", problem)])
            return
        record = (client_id, *[getattr(parsed.entry, name) for name in self.entry_fields])
        self.batch.append((row, (parsed.invoice, record)))

    def _flush(self) -> None:
        batch, self.batch = self.batch, []
        if self.match_by == MatchBy.ID and batch:
            batch = self._clients_present(batch)
        invoices: set[int] = set()  # that payments (or returns) of this batch point at
        kind = self.options.kind
        if kind == Kind.PAYMENTS or (
            kind == Kind.RETURNS and any(invoice for _, (invoice, _) in batch)
        ):
            batch = self._with_invoices(batch, invoices)
        if self.skip_duplicates and batch:
            batch = self._without_duplicates(batch)
        # The rows of the preview are among the first: a batch is in the file's order.
        for row, (invoice, record) in batch[:PREVIEW_ROWS]:
            if row.line in self.preview_lines:
                self._preview(row, invoice, record)
        records = [record for _, (_, record) in batch]
        for i, field_name, doubt in self.doubts.of_batch(records):
            problem = Problem(doubt.code, doubt.params | {"currency": self.options.currency})
            self.result.warnings.append(
                RowIssue(batch[i][0].line, (), (RowProblem(field_name, problem),))
            )
        self.change.touched(clients=[record[CLIENT_ID] for record in records])
        self.result.inserted += len(records)
        if records and not self.result.dry_run:
            if self.insert is None:
                columns = ("client_id", *self.entry_fields)
                constants = {"created_at": self.now, "version": 1}
                self.insert = BulkInsert(self.connection, self.table, columns, constants)
            self.insert.execute(records)
            self._after_insert(self.table.name, self.table_was_empty)
            if self.options.kind == Kind.PAYMENTS:
                self.change.touched(invoices=invoices)
                self.change.settle()  # one UPDATE per chunk of this batch's invoices

    def _clients_present(self, batch: list) -> list:
        """Matched by id: the rows whose client id is one of the book's."""
        present = existing_ids(self.connection, {record[CLIENT_ID] for _, (_, record) in batch})
        for row, (_, record) in batch:
            if record[CLIENT_ID] not in present:
                problem = self._unknown(self._client_key(row))
                self._issue(row, [RowProblem("client", problem)])
        return [(row, read) for row, read in batch if read[1][CLIENT_ID] in present]

    def _with_invoices(self, batch: list, invoices: set[int]) -> list:
        """The rows whose invoice is found, pointing at it (and its id added to ``invoices``).

        A payment without an invoice column whose own reference is one of its client's
        invoice numbers ("F-1", as a bank statement writes it) pays that invoice, not the
        oldest ones on account; any other reference leaves it on account.
        """
        wanted = {(record[CLIENT_ID], invoice) for _, (invoice, record) in batch if invoice}
        named: dict[int, str] = {}  # line -> the reference a payment without invoice may name
        if self.options.kind == Kind.PAYMENTS:
            for row, (invoice, record) in batch:
                if not invoice and record[PAYMENT_REFERENCE]:
                    named[row.line] = record[PAYMENT_REFERENCE]
                    wanted.add((record[CLIENT_ID], record[PAYMENT_REFERENCE]))
        sales = invoice_ids(self.connection, wanted) if wanted else {}
        kept = []
        for row, (invoice, record) in batch:
            if invoice:
                sale_id = sales.get((record[CLIENT_ID], invoice))
                if sale_id is None:
                    problem = Problem("invoice_not_found", {"reference": invoice})
                    self._issue(row, [RowProblem("invoice", problem)])
                    continue
            else:
                sale_id = sales.get((record[CLIENT_ID], named.get(row.line, "")))
            if sale_id is not None:
                invoices.add(sale_id)
                record = with_sale(record, sale_id)
            kept.append((row, (invoice, record)))
        return kept

    def _without_duplicates(self, batch: list) -> list:
        """The rows whose entry is neither stored already nor earlier in the file; the
        others are skipped, and counted, like duplicate clients (LedgerDuplicates says
        which)."""
        found = self.duplicates.sort_out(
            [record for _, (_, record) in batch], [row.line for row, _ in batch]
        )
        if not found:
            return batch
        for i, earlier in found:
            problem = (
                Problem("duplicate_entry_in_book")
                if earlier is None
                else Problem("duplicate_entry_in_file", {"line": earlier})
            )
            self._issue(batch[i][0], [RowProblem("", problem)], skipped=True)
        skipped = {i for i, _ in found}
        return [taken for i, taken in enumerate(batch) if i not in skipped]

    def _unknown(self, key: str) -> Problem:
        """No client has this key: with what would likely fix it (another key that does
        name a client, or a book with no clients yet)."""
        other = self.book.other_key(key, self.match_by)
        params: dict[str, object] = {
            "key": key,
            "by": self.match_by.value,
            "other": other.value if other else "",
            "empty_book": self.book.is_empty(),
        }
        return Problem("unknown_client", params)

    def _ambiguous(self, key: str) -> Problem:
        """Several clients share this key: which ones, so the owner can tell them apart."""
        sharing = self.keys.sharing(key)
        if key not in self._sharing:
            shown = sharing[:SHOWN_SHARING]
            statement = select(Client.id, Client.name).where(Client.id.in_(shown))
            names = {client_id: name for client_id, name in self.connection.execute(statement)}
            listed = ", ".join(f"{names.get(i, '')} (#{i})" for i in shown)
            self._sharing[key] = listed + (", …" if len(sharing) > len(shown) else "")
        params = {"key": key, "count": len(sharing), "clients": self._sharing[key]}
        return Problem("ambiguous_client", params)

    def _client_key(self, row: SourceRow) -> str:
        return mapped_values(row.cells, self.options.mapping).get("client", "")

    def _preview(self, row: SourceRow, invoice: str, record: tuple[Any, ...]) -> None:
        values: dict[str, object] = {"client": self._client_key(row), "invoice": invoice}
        values |= dict(zip(self.entry_fields, record[CLIENT_ID + 1 :], strict=True))
        values.pop("sale_id", None)
        self.result.preview.append(PreviewRow(row.line, _preview_values(values)))

    def finish(self) -> None:
        self._flush()
        self._indexes_back()

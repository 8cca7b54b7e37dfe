"""BulkInsert stores exactly what SQLAlchemy's own insert would store."""

from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    create_engine,
    insert,
    select,
    text,
)

from services.importing.bulk import BulkInsert

ROWS = [
    (date(2025, 3, 1), Decimal("12.50"), "Peña", None),
    (None, Decimal("0.01"), "", date(1, 1, 1)),
    (date(9999, 12, 31), None, "x", date(2026, 11, 23)),
]
COLUMNS = ("day", "amount", "name", "maybe_day")
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def table(metadata: MetaData, name: str) -> Table:
    return Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True),
        Column("day", Date),
        Column("amount", Numeric(14, 2)),
        Column("name", String(20)),
        Column("maybe_day", Date),
        Column("created_at", DateTime(timezone=True)),
    )


def test_bulk_insert_stores_what_sqlalchemy_stores_nulls_included(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'bulk.sqlite3'}")
    metadata = MetaData()
    ours, theirs = table(metadata, "ours"), table(metadata, "theirs")
    metadata.create_all(engine)
    with engine.begin() as connection:
        BulkInsert(connection, ours, COLUMNS, {"created_at": NOW}).execute(ROWS)
        connection.execute(
            insert(theirs),
            [dict(zip(COLUMNS, row, strict=True)) | {"created_at": NOW} for row in ROWS],
        )
    with engine.connect() as connection:
        raw = [
            connection.execute(
                text(f"SELECT day, amount, name, maybe_day, created_at FROM {t}")
            ).all()
            for t in ("ours", "theirs")
        ]
        read_back = connection.execute(select(ours.c.day, ours.c.maybe_day)).all()
    assert raw[0] == raw[1]
    assert raw[0][1][0] is None and raw[0][0][3] is None  # NULL stays NULL
    assert read_back == [(r[0], r[3]) for r in ROWS]

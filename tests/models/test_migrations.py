"""The migrations build exactly the schema the models describe, and upgrading a user's file
keeps their data, keeps a copy from before, and never leaves the file half-migrated."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from models import Base, Sale
from models.migrations import HEAD_REVISION, MIGRATIONS_DIR
from services.clients import ClientInput, get_client, save_client
from services.database import open_database
from services.errors import DatabaseError
from services.migrations import MigrationSet
from services.paths import backup_dir_for

# SQLite cannot reflect indexes on expressions (lower(city)); SQLAlchemy and Alembic warn and
# skip them, and test_expression_indexes_exist checks them by name instead.
pytestmark = [
    pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index"),
    pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based"),
]

EXPRESSION_INDEXES = {"ix_client_city_lower", "ix_client_legal_name_lower"}

ADD_NICKNAME = """
import sqlalchemy as sa
from alembic import op

revision = "0002_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("client") as batch:
        batch.add_column(sa.Column("test_nickname", sa.String(60), nullable=True))


def downgrade():
    pass
"""

FAIL_HALFWAY = """
import sqlalchemy as sa
from alembic import op

revision = "0002_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    raise RuntimeError("synthetic failure in the middle of a migration")


def downgrade():
    pass
"""


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def revision_of(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def migration_set_with(tmp_path: Path, revision_source: str) -> MigrationSet:
    """Our real migrations plus one synthetic revision on top, in a folder of the test's own."""
    directory = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, directory, ignore=shutil.ignore_patterns("__pycache__"))
    source = revision_source.replace("{head}", HEAD_REVISION)  # chained after our real head
    (directory / "versions" / "0002_test.py").write_text(source, encoding="utf-8")
    return MigrationSet(directory, "0002_test")


def test_head_revision_constant_is_the_head_of_the_script_directory():
    assert ScriptDirectory(str(MIGRATIONS_DIR)).get_heads() == [HEAD_REVISION]


def test_every_migration_file_is_named_after_its_revision_id():
    scripts = list(ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions())
    files = sorted((MIGRATIONS_DIR / "versions").glob("*.py"))
    assert sorted(Path(script.path).stem for script in scripts) == [f.stem for f in files]
    for script in scripts:
        assert Path(script.path).stem == script.revision


@pytest.fixture
def fresh_db(tmp_path):
    db = open_database(tmp_path / "fresh.sqlite3")
    yield db
    db.close()


def test_upgrading_an_empty_database_creates_every_model_table_with_its_columns(fresh_db):
    inspector = inspect(fresh_db.engine)
    assert set(inspector.get_table_names()) == set(Base.metadata.tables) | {"alembic_version"}
    for name, table in Base.metadata.tables.items():
        reflected = {c["name"]: c["nullable"] for c in inspector.get_columns(name)}
        assert reflected == {c.name: c.nullable for c in table.columns}, name


def test_autogenerate_finds_no_difference_between_migrations_and_models(fresh_db):
    with fresh_db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_expression_indexes_exist(fresh_db):
    with fresh_db.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index'")
        sql_by_name = dict(rows.all())
    for name in EXPRESSION_INDEXES:
        assert "lower(" in sql_by_name[name].lower()


def _clients_and_sales(path: Path) -> tuple[list[tuple], list[tuple]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        clients = conn.execute("SELECT id, name, city, stage, version FROM client ORDER BY id")
        sales = conn.execute("SELECT id, client_id, reference, amount FROM sale ORDER BY id")
        return clients.fetchall(), sales.fetchall()
    finally:
        conn.close()


def test_upgrading_keeps_the_data_and_a_copy_from_before(tmp_path, db_path):
    db = open_database(db_path)
    nandu = save_client(db.sessions, ClientInput(name="Ñandú Peña", city="Cádiz")).id
    save_client(db.sessions, ClientInput(name="Zoë Müller", stage="lost"))
    with db.sessions.begin() as session:
        invoice = Sale(client_id=nandu, invoice_date=date(2025, 3, 1), due_date=date(2025, 4, 1))
        invoice.reference, invoice.amount = "F-001", Decimal("1234.56")
        session.add(invoice)
    db.close()
    before = _clients_and_sales(db_path)

    db = open_database(db_path, migrations=migration_set_with(tmp_path, ADD_NICKNAME))
    try:
        assert get_client(db.sessions, nandu).name == "Ñandú Peña"
        columns = {c["name"] for c in inspect(db.engine).get_columns("client")}
    finally:
        db.close()

    assert _clients_and_sales(db_path) == before
    assert before[1] == [(1, nandu, "F-001", 1234.56)]
    assert "test_nickname" in columns
    assert revision_of(db_path) == "0002_test"
    (backup,) = backup_dir_for(db_path).iterdir()
    assert HEAD_REVISION in backup.name
    assert revision_of(backup) == HEAD_REVISION
    assert _clients_and_sales(backup) == before
    with sqlite3.connect(f"file:{backup}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_a_failing_migration_leaves_the_file_untouched_at_its_old_revision(tmp_path, db_path):
    before = sha256(db_path)

    with pytest.raises(DatabaseError) as raised:
        open_database(db_path, migrations=migration_set_with(tmp_path, FAIL_HALFWAY))

    assert raised.value.code == "migration_failed"
    assert "synthetic failure" in str(raised.value.params["detail"])
    assert sha256(db_path) == before
    assert revision_of(db_path) == HEAD_REVISION
    assert list(tmp_path.glob("*.migrating*")) == []


def test_a_database_from_a_newer_version_is_refused(db_path):
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.close()

    with pytest.raises(DatabaseError) as raised:
        open_database(db_path)

    assert raised.value.code == "newer_schema"
    assert raised.value.params["revision"] == "0099_from_the_future"
    assert revision_of(db_path) == "0099_from_the_future"


@pytest.mark.parametrize(
    ("language", "spanish", "english"),
    [("es", "un 10 % de descuento", ""), ("en", "", "un 10 % de descuento")],
)
def test_the_one_loyalty_offer_becomes_the_offer_of_the_profiles_letter_language(
    tmp_path, language, spanish, english
):
    path = tmp_path / "book.sqlite3"
    open_database(path, migrations=MigrationSet(MIGRATIONS_DIR, "0002_revenue_ranking")).close()
    with sqlite3.connect(path) as conn:
        columns = conn.execute("PRAGMA table_info(business_profile)").fetchall()
        values = {
            name: "2026-11-23 00:00:00.000000"
            if kind == "DATETIME"
            else 30
            if kind == "INTEGER"
            else 0
            if kind.startswith("NUMERIC")
            else ""
            for _, name, kind, *_ in columns
            if name != "id"
        } | {"name": "Acme", "default_language": language, "loyalty_offer": "un 10 % de descuento"}
        conn.execute(
            f"INSERT INTO business_profile ({', '.join(values)}) "
            f"VALUES ({', '.join('?' for _ in values)})",
            list(values.values()),
        )

    open_database(path).close()

    assert revision_of(path) == HEAD_REVISION
    with sqlite3.connect(path) as conn:
        row = conn.execute("SELECT loyalty_offer_es, loyalty_offer_en FROM business_profile")
        assert row.fetchall() == [(spanish, english)]


def test_an_older_book_gets_each_invoices_settlement_from_its_payments(tmp_path):
    path = tmp_path / "book.sqlite3"
    before = MigrationSet(MIGRATIONS_DIR, "0003_loyalty_offer_per_language")
    open_database(path, migrations=before).close()
    stamp = "2026-11-23 00:00:00.000000"
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO client (id, name, legal_name, tax_id, contact_person, email, phone,"
            " address, postal_code, city, country, language, stage, strategic, notes,"
            " sort_name, search_text, version, created_at, updated_at)"
            " VALUES (1, 'Alfa', '', '', '', '', '', '', '', '', '', 'es', 'active', 0, '',"
            " 'alfa', 'alfa', 1, ?, ?)",
            (stamp, stamp),
        )
        conn.executemany(
            "INSERT INTO sale (id, client_id, invoice_date, due_date, reference, units, amount,"
            " created_at) VALUES (?, 1, '2026-01-01', '2026-02-01', '', 1, ?, ?)",
            [(1, 100, stamp), (2, 50, stamp)],
        )
        conn.executemany(
            "INSERT INTO payment (client_id, sale_id, paid_on, amount, reference, created_at)"
            " VALUES (1, ?, ?, ?, '', ?)",
            [
                (1, "2026-01-10", 60, stamp),
                (1, "2026-01-20", 40, stamp),
                (None, "2026-01-05", 7, stamp),
            ],
        )

    open_database(path).close()

    assert revision_of(path) == HEAD_REVISION
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT id, paid, paid_on FROM sale ORDER BY id").fetchall()
    assert rows == [(1, 100, "2026-01-20"), (2, 0, None)]


def test_an_older_book_keeps_no_receivables_yet_so_its_ranking_goes_stale(tmp_path):
    """0011_kept_receivables: the new table starts empty, so a ranking that was current
    must not be trusted with it; the upkeep rebuilds both, reads meanwhile use the ledger."""
    from services.ledger import SaleInput, add_sale
    from services.receivables import client_receivables
    from services.revenue_ranking import is_current, rebuild_stale_ranking

    path = tmp_path / "book.sqlite3"
    today = date(2026, 6, 30)
    open_database(path, migrations=MigrationSet(MIGRATIONS_DIR, "0009_version_counters")).close()
    with sqlite3.connect(path) as conn:  # an empty ranking, current for today's ledger
        conn.execute(
            "INSERT INTO revenue_ranking_state VALUES (1, ?, 0, 0, 0, 0)", (today.isoformat(),)
        )

    db = open_database(path)
    try:
        with db.sessions() as session:
            assert not is_current(session, today)
        client_id = save_client(db.sessions, ClientInput(name="Alfa")).id
        add_sale(
            db.sessions,
            client_id,
            SaleInput(date(2026, 1, 1), date(2026, 2, 1), amount=Decimal(80)),
        )
        assert rebuild_stale_ranking(db.sessions, today) is True
        with db.sessions() as session:
            assert client_receivables(session, today, kept=True)[client_id].bands == [
                0,
                0,
                0,
                8000,
                0,
            ]
    finally:
        db.close()

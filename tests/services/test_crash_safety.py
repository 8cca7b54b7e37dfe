"""SIGKILL in the middle of a migration, a restore or a backup leaves a database that passes
SQLite's integrity check and holds all of the operation or none of it; the next start
recovers by itself.

Each scenario first runs to the end once, to prove every kill point is really reached (a
renamed function would otherwise turn a test into one that kills nothing).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import insert

from bench.metrics import client_rows
from models import Client
from models.migrations import HEAD_REVISION, MIGRATIONS_DIR
from services.backups import list_backups, make_backup
from services.database import open_database
from services.integrity import quick_check
from services.migrations import MigrationSet
from tests.crash_harness import integrity_problems, run_killed_at

CLIENTS = 300  # enough pages for "half of the copy" to be a real middle

# Every copy made through the backup API stops once at its middle: "backup-copy-half" for a
# backup, "work-copy-half" for the migration's working copy.
COPY_POINTS = """
import services.backups as backups
backups.PAGES_PER_STEP = 1
_real_copy = backups.sqlite_copy

def _copy(source, target, progress=None):
    kind = "backup" if target.name.endswith(".partial") else "work"
    stopped = []

    def step(done, total):
        if not stopped and done * 2 >= total:
            stopped.append(True)
            checkpoint(kind + "-copy-half")
        return progress(done, total) if progress else True

    _real_copy(source, target, step)

backups.sqlite_copy = _copy
"""

MIGRATION_WORK = (
    COPY_POINTS
    + """
import sys
from pathlib import Path
import services.migrations as migrations
from services.database import open_database

_real_sidecars = migrations._remove_sqlite_sidecars

def _sidecars(path):
    swapping = not path.name.endswith(".migrating")
    if swapping:
        checkpoint("before-swap")
    _real_sidecars(path)
    if swapping:
        checkpoint("sidecars-removed")

migrations._remove_sqlite_sidecars = _sidecars

from sqlalchemy import Engine, event

@event.listens_for(Engine, "before_cursor_execute")
def _before_checkpoint(conn, cursor, statement, *args):
    if "wal_checkpoint" in statement:  # the working copy's migration is committed
        checkpoint("work-committed")
target = migrations.MigrationSet(Path(sys.argv[2]), "0002_crash")
open_database(sys.argv[1], migrations=target).close()
checkpoint("done")
"""
)

SLOW_MIGRATION = """
import sqlalchemy as sa
from alembic import op

revision = "0002_crash"  # on top of whatever is the head today
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    import __main__

    with op.batch_alter_table("client") as batch:
        batch.add_column(sa.Column("test_nickname", sa.String(60), nullable=True))
    getattr(__main__, "checkpoint", print)("migration-half")  # print: when run by the test
    op.execute("UPDATE client SET test_nickname = 'n-' || id")
    op.create_table("crash_marker", sa.Column("id", sa.Integer, primary_key=True))


def downgrade():
    pass
"""

MIGRATION_POINTS = [
    "backup-copy-half",
    "work-copy-half",
    "migration-half",
    "work-committed",
    "before-swap",
    "sidecars-removed",
]


def fill(path: Path, count: int = CLIENTS) -> None:
    db = open_database(path)
    try:
        with db.sessions.begin() as session:
            session.execute(insert(Client), list(client_rows(count)))
    finally:
        db.close()


def read_state(path: Path) -> tuple[str, int, bool, bool]:
    """(revision, clients, nickname column present, every client has a nickname)."""
    conn = sqlite3.connect(path)
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        count = conn.execute("SELECT count(*) FROM client").fetchone()[0]
        columns = {row[1] for row in conn.execute("PRAGMA table_info(client)")}
        has_column = "test_nickname" in columns
        filled = (
            has_column
            and not conn.execute(
                "SELECT count(*) FROM client WHERE test_nickname IS NULL"
            ).fetchone()[0]
        )
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert ("crash_marker" in tables) == (revision == "0002_crash")
        return revision, count, has_column, bool(filled)
    finally:
        conn.close()


def assert_every_backup_is_whole(db_path: Path) -> None:
    for backup in list_backups(db_path):
        assert quick_check(backup.path, immutable=True) is None, backup.path


@pytest.fixture
def migration_set(tmp_path: Path) -> Path:
    directory = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, directory, ignore=shutil.ignore_patterns("__pycache__"))
    script = SLOW_MIGRATION.replace("{head}", HEAD_REVISION)
    (directory / "versions" / "0002_crash.py").write_text(script, encoding="utf-8")
    return directory


def test_the_migration_run_reaches_every_kill_point(db_path, migration_set):
    fill(db_path)
    run = run_killed_at(MIGRATION_WORK, None, args=[str(db_path), str(migration_set)])
    assert run.returncode == 0, run.stderr
    assert run.points == [*MIGRATION_POINTS, "done"]
    assert read_state(db_path) == ("0002_crash", CLIENTS, True, True)


@pytest.mark.parametrize("point", MIGRATION_POINTS)
def test_a_migration_killed_midway_leaves_the_old_whole_file_and_the_next_start_migrates(
    db_path, migration_set, point
):
    fill(db_path)
    run = run_killed_at(MIGRATION_WORK, point, args=[str(db_path), str(migration_set)])
    assert run.killed, (run.points, run.stderr)

    assert integrity_problems(db_path) is None
    # None of the migration: the copy it worked on never replaced the file.
    assert read_state(db_path) == (HEAD_REVISION, CLIENTS, False, False)
    assert_every_backup_is_whole(db_path)

    # The next start finds what the killed run left (a half copy, its WAL) and migrates.
    migrations = MigrationSet(migration_set, "0002_crash")
    open_database(db_path, migrations=migrations).close()
    assert integrity_problems(db_path) is None
    assert read_state(db_path) == ("0002_crash", CLIENTS, True, True)
    assert_every_backup_is_whole(db_path)


# -- the very first migration, which creates a new file ------------------------------------

NEW_FILE_WORK = """
import sys
from sqlalchemy import Engine, event
from services.database import open_database

created = []

@event.listens_for(Engine, "after_cursor_execute")
def _after(conn, cursor, statement, *args):
    if statement.lstrip().upper().startswith("CREATE TABLE") and not created:
        created.append(True)
        checkpoint("first-table-created")

open_database(sys.argv[1]).close()
checkpoint("done")
"""


def test_creating_a_new_file_reaches_its_kill_point(tmp_path):
    path = tmp_path / "new.sqlite3"
    run = run_killed_at(NEW_FILE_WORK, None, args=[str(path)])
    assert run.returncode == 0, run.stderr
    assert run.points == ["first-table-created", "done"]


def test_a_new_file_killed_while_its_tables_are_created_is_made_again_at_the_next_start(
    tmp_path,
):
    path = tmp_path / "new.sqlite3"
    run = run_killed_at(NEW_FILE_WORK, "first-table-created", args=[str(path)])
    assert run.killed, (run.points, run.stderr)
    # Half a schema is never left where the book belongs: no file, or one with no table.
    if path.exists():
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0

    open_database(path).close()
    assert integrity_problems(path) is None
    assert not list(tmp_path.glob("*.migrating*"))  # the killed run's half file is gone
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            HEAD_REVISION
        )
        assert conn.execute("SELECT count(*) FROM client").fetchone()[0] == 0


# -- restore -----------------------------------------------------------------------------------

# The app crashed after committing "Acme" (the commit is in the WAL, not yet in the file).
CRASH_AFTER_COMMIT = """
import sys
from services.clients import ClientInput, save_client
from services.database import open_database

db = open_database(sys.argv[1])
save_client(db.sessions, ClientInput(name="Acme"))
checkpoint("committed")
"""

RESTORE_WORK = (
    COPY_POINTS
    + """
import os
import sys
from pathlib import Path

_real_fsync = backups._fsync
_real_replace = os.replace

def _fsync(path):
    _real_fsync(path)
    if path.name.endswith(".restoring"):
        checkpoint("restore-copy-written")

def _replace(source, target):
    if str(source).endswith(".restoring"):
        checkpoint("before-swap")
    _real_replace(source, target)

backups._fsync = _fsync
os.replace = _replace
backups.restore_backup(Path(sys.argv[1]), Path(sys.argv[2]))
checkpoint("done")
"""
)

RESTORE_POINTS = ["backup-copy-half", "restore-copy-written", "before-swap"]


def client_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM client").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def crashed_book(db_path: Path) -> tuple[Path, Path]:
    """A database whose last commit sits in the WAL of a killed process, and an older backup."""
    fill(db_path)
    backup = make_backup(db_path).path
    run = run_killed_at(CRASH_AFTER_COMMIT, "committed", args=[str(db_path)])
    assert run.killed, run.stderr
    assert Path(f"{db_path}-wal").stat().st_size > 0
    return db_path, backup


def test_the_restore_run_reaches_every_kill_point(crashed_book):
    db_path, backup = crashed_book
    run = run_killed_at(RESTORE_WORK, None, args=[str(db_path), str(backup)])
    assert run.returncode == 0, run.stderr
    assert run.points == [*RESTORE_POINTS, "done"]
    assert client_count(db_path) == CLIENTS


@pytest.mark.parametrize("point", RESTORE_POINTS)
def test_a_restore_killed_midway_leaves_the_current_database_whole_with_its_last_commit(
    crashed_book, point
):
    db_path, backup = crashed_book
    run = run_killed_at(RESTORE_WORK, point, args=[str(db_path), str(backup)])
    assert run.killed, (run.points, run.stderr)

    assert integrity_problems(db_path) is None
    assert client_count(db_path) == CLIENTS + 1  # still the current one, "Acme" included
    assert_every_backup_is_whole(db_path)
    open_database(db_path).close()  # the next start opens it as usual


def test_a_backup_killed_midway_leaves_no_file_that_looks_like_a_backup(db_path):
    fill(db_path)
    work = COPY_POINTS + "\nimport sys\nfrom pathlib import Path\n"
    work += "backups.make_backup(Path(sys.argv[1]))\ncheckpoint('done')\n"
    run = run_killed_at(work, "backup-copy-half", args=[str(db_path)])
    assert run.killed, (run.points, run.stderr)

    assert list_backups(db_path) == []
    assert integrity_problems(db_path) is None
    assert make_backup(db_path).path.exists()  # and the next backup goes ahead

"""Backups: complete copies of a database in use, rotation, checks, restore, damaged files."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from models.migrations import HEAD_REVISION
from services import backups
from services.backups import (
    BackupError,
    check_backup,
    daily_backup_due,
    latest_good_backup,
    list_backups,
    make_backup,
    restore_backup,
    rotate,
)
from services.clients import ClientInput, save_client
from services.database import open_database
from services.integrity import quick_check
from services.paths import backup_dir_for
from services.progress import Cancelled


def names_in(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM client ORDER BY name")]
    finally:
        conn.close()


def add_clients(path: Path, *names: str) -> None:
    db = open_database(path)
    try:
        for name in names:
            save_client(db.sessions, ClientInput(name=name))
    finally:
        db.close()


def damage(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a failing disk would."""
    size = path.stat().st_size
    with path.open("r+b") as f:
        f.seek(size // 2)
        f.write(b"\xde\xad\xbe\xef" * 2048)


@pytest.fixture
def book(db_path: Path) -> Path:
    add_clients(db_path, "Ñandú Peña", "Zoë Müller")
    return db_path


def test_a_backup_of_a_database_in_use_holds_everything_committed_including_the_wal(db, book):
    save_client(db.sessions, ClientInput(name="Acme"))  # committed, still in the WAL
    assert Path(f"{book}-wal").stat().st_size > 0

    backup = make_backup(book)

    assert backup.path.parent == backup_dir_for(book)
    assert backup.kind == "manual"
    assert names_in(backup.path) == ["Acme", "Zoë Müller", "Ñandú Peña"]
    assert quick_check(backup.path, immutable=True) is None
    assert list(backup.path.parent.glob("*.partial*")) == []


def test_rotation_keeps_the_newest_n_and_touches_nothing_else(book):
    folder = backup_dir_for(book)
    made = [make_backup(book, kind, keep=3) for kind in ("daily", "manual", "exit", "manual")]
    (folder / "my own copy.sqlite3").write_bytes(b"keep me")
    (folder / "other-manual-20200101-000000-000000.sqlite3").write_bytes(b"another database")

    removed = rotate(book, 2)

    kept = list_backups(book)
    assert [b.path for b in kept] == [made[3].path, made[2].path]
    assert removed == [made[1].path]  # made[0] already went when made[3] came with keep=3
    assert (folder / "my own copy.sqlite3").exists()
    assert (folder / "other-manual-20200101-000000-000000.sqlite3").exists()


def test_an_unchanged_database_is_not_backed_up_twice_when_asked(book):
    first = make_backup(book, "exit", skip_if_unchanged=True)
    again = make_backup(book, "exit", skip_if_unchanged=True)
    assert again.path == first.path
    add_clients(book, "Acme")
    changed = make_backup(book, "exit", skip_if_unchanged=True)
    assert changed.path != first.path
    assert len(list_backups(book)) == 2


def test_a_cancelled_backup_leaves_no_file(book, monkeypatch):
    monkeypatch.setattr(backups, "PAGES_PER_STEP", 1)
    with pytest.raises(Cancelled):
        make_backup(book, progress=lambda done, total: done < 3)
    assert list(backup_dir_for(book).iterdir()) == []


def test_a_backup_of_a_damaged_database_is_refused_and_not_kept(book):
    damage(book)
    with pytest.raises(BackupError) as raised:
        make_backup(book)
    assert raised.value.code == "backup_failed"
    assert list(backup_dir_for(book).iterdir()) == []


def test_the_daily_backup_is_due_until_one_is_made_today(book):
    today = date.today()
    assert daily_backup_due(book, today)
    make_backup(book, "manual")
    assert daily_backup_due(book, today)  # another kind does not count
    make_backup(book, "daily")
    assert not daily_backup_due(book, today)
    assert daily_backup_due(book, today + timedelta(days=1))


def test_restore_checks_the_backup_keeps_the_current_file_then_replaces_it(book):
    backup = make_backup(book)
    add_clients(book, "Acme")  # a change after the backup, which the restore undoes

    restored = restore_backup(book, backup.path)

    assert names_in(book) == ["Zoë Müller", "Ñandú Peña"]
    assert restored.previous is not None
    assert restored.previous.parent == backup_dir_for(book)
    assert "before-restore" in restored.previous.name
    assert names_in(restored.previous) == ["Acme", "Zoë Müller", "Ñandú Peña"]
    assert not Path(f"{book}-wal").exists()
    db = open_database(book)  # and the restored file opens as usual
    db.close()


def _not_sqlite(path: Path, _book: Path) -> None:
    path.write_text("name;city\nAcme;Sevilla\n")


def _damaged_copy(path: Path, book: Path) -> None:
    shutil.copyfile(make_backup(book).path, path)
    damage(path)


def _another_program(path: Path, _book: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipe (id INTEGER PRIMARY KEY)")
    conn.close()


def _newer_version(path: Path, book: Path) -> None:
    shutil.copyfile(make_backup(book).path, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.close()


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (_not_sqlite, "not_a_database"),
        (_damaged_copy, "backup_damaged"),
        (_another_program, "not_clientela"),
        (_newer_version, "newer_schema"),
    ],
)
def test_a_backup_that_cannot_be_used_is_refused_and_the_database_left_alone(
    book, tmp_path, make, code
):
    candidate = tmp_path / "candidate.sqlite3"
    make(candidate, book)
    before = book.read_bytes()
    backups_before = sorted(backup_dir_for(book).glob("*"))

    with pytest.raises(BackupError) as raised:
        restore_backup(book, candidate)

    assert raised.value.code == code
    assert book.read_bytes() == before
    assert sorted(backup_dir_for(book).glob("*")) == backups_before


def test_a_damaged_database_is_set_aside_unchanged_and_the_latest_good_backup_restored(book):
    older = make_backup(book, "daily")
    time.sleep(0.01)
    newest = make_backup(book, "exit")
    damage(newest.path)  # the newest backup is bad too: the one before it is taken
    damage(book)
    damaged_bytes = book.read_bytes()

    good = latest_good_backup(book)
    assert good is not None and good.path == older.path
    restored = restore_backup(book, good.path, damaged=True)

    assert names_in(book) == ["Zoë Müller", "Ñandú Peña"]
    assert restored.previous is not None
    assert restored.previous.parent == book.parent
    assert ".damaged-" in restored.previous.name
    assert restored.previous.read_bytes() == damaged_bytes


def test_no_good_backup_means_none(book):
    assert latest_good_backup(book) is None
    damage(make_backup(book).path)
    assert latest_good_backup(book) is None


def test_a_stale_temporary_copy_from_a_killed_backup_is_ignored_then_cleaned(book):
    folder = backup_dir_for(book)
    folder.mkdir()
    stale = folder / "clientela-daily-20260101-000000-000000.sqlite3.partial"
    stale.write_bytes(b"half a copy")
    old = time.time() - 2 * backups.STALE_PARTIAL_SECONDS
    os.utime(stale, (old, old))

    assert list_backups(book) == []
    make_backup(book, keep=5)
    assert not stale.exists()


def test_a_migration_backup_is_one_of_the_backups(book):
    backup = make_backup(book, f"before-migration-{HEAD_REVISION}")
    (listed,) = list_backups(book)
    assert listed.path == backup.path
    assert listed.kind == f"before-migration-{HEAD_REVISION}"
    assert check_backup(backup.path) == HEAD_REVISION


def test_restoring_the_oldest_backup_with_a_small_rotation_does_not_delete_it_first(book):
    oldest = make_backup(book)
    make_backup(book)
    add_clients(book, "Acme")

    restore_backup(book, oldest.path, keep=2)

    assert names_in(book) == ["Zoë Müller", "Ñandú Peña"]
    assert len(list_backups(book)) == 2  # rotated afterwards: the copy from before the restore
    assert list_backups(book)[0].kind == "before-restore"


def test_a_restore_cancelled_before_the_swap_leaves_the_database_as_it_was(book):
    backup = make_backup(book)
    add_clients(book, "Acme")

    with pytest.raises(Cancelled):
        restore_backup(book, backup.path, progress=lambda done, total: done < total)

    assert names_in(book) == ["Acme", "Zoë Müller", "Ñandú Peña"]
    assert not book.with_name(book.name + ".restoring").exists()


def _altered_copy(book: Path, path: Path, *statements: str) -> None:
    shutil.copyfile(make_backup(book).path, path)
    with sqlite3.connect(path) as conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()


@pytest.mark.parametrize(
    ("statements", "code", "words"),
    [
        pytest.param(
            ("DROP INDEX ix_client_email", "ALTER TABLE client DROP COLUMN email"),
            "backup_lacks_column",
            "the table client lacks the column email",
            id="a column",
        ),
        pytest.param(
            ("DROP TABLE revenue_ranking",),
            "backup_lacks_table",
            "the table revenue_ranking is missing",
            id="a table",
        ),
        pytest.param(
            ("DROP INDEX ix_client_city_lower",),
            "backup_lacks_index",
            "the table client lacks the index ix_client_city_lower",
            id="an expression index",
        ),
        pytest.param(
            ("DROP INDEX ix_sale_client_date",),
            "backup_lacks_index",
            "the table sale lacks the index ix_sale_client_date",
            id="an index",
        ),
    ],
)
def test_a_backup_lacking_part_of_its_schema_is_refused_with_the_reason(
    book, tmp_path, statements, code, words
):
    from ui.messages import describe_error

    candidate = tmp_path / "candidate.sqlite3"
    _altered_copy(book, candidate, *statements)
    before = book.read_bytes()

    with pytest.raises(BackupError) as raised:
        restore_backup(book, candidate)

    assert raised.value.code == code
    assert words in describe_error(raised.value)
    assert book.read_bytes() == before


def test_a_backup_with_more_than_its_schema_is_still_a_book(book, tmp_path):
    candidate = tmp_path / "candidate.sqlite3"
    _altered_copy(book, candidate, "CREATE INDEX my_own ON client (city)", "ANALYZE")
    assert check_backup(candidate) == HEAD_REVISION


def test_a_backup_of_every_older_revision_is_accepted(tmp_path):
    from models.migrations import MIGRATIONS_DIR
    from services.migrations import MigrationSet

    for revision in sorted(MigrationSet(MIGRATIONS_DIR, HEAD_REVISION).known_revisions()):
        path = tmp_path / f"{revision}.sqlite3"
        open_database(path, migrations=MigrationSet(MIGRATIONS_DIR, revision)).close()
        assert check_backup(path) == revision

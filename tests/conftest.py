"""Every test gets its own real SQLite file, and nothing touches the user's real data."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from services.database import Database, open_database


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTELA_DATA_DIR", str(tmp_path / "user-data"))
    monkeypatch.delenv("CLIENTELA_DB", raising=False)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """The user-data folder of a command-line run in a subprocess (the one set above)."""
    return tmp_path / "user-data"


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrating once and copying the file keeps per-test databases cheap."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(path).close()
    return path


@pytest.fixture
def db_path(tmp_path: Path, _migrated_template: Path) -> Path:
    path = tmp_path / "clientela.sqlite3"
    shutil.copyfile(_migrated_template, path)
    return path


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()

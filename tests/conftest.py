"""Every test gets its own real SQLite file, and nothing touches the user's real data."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from services.database import Database, open_database
from tests import server
from tests.keyring_stub import MemoryKeyring


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTELA_DATA_DIR", str(tmp_path / "user-data"))
    # Where QSettings keeps this computer's choices (the team's server among them): never
    # the developer's own in a command-line run.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user-config"))
    monkeypatch.delenv("CLIENTELA_DB", raising=False)


@pytest.fixture(autouse=True)
def system_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets an empty keyring of its own instead of the user's real one."""
    import keyring

    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


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
def db(request: pytest.FixtureRequest) -> Iterator[Database]:
    """The book a service or widget test works on: a SQLite file, or, in the PostgreSQL run
    (``--engine postgresql``), a fresh database on the test server."""
    if request.config.getoption("engine") == "postgresql":
        database = open_database(request.getfixturevalue("_server_book"))
    else:
        database = open_database(request.getfixturevalue("db_path"))
    yield database
    database.close()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--engine",
        choices=("sqlite", "postgresql"),
        default="sqlite",
        help="postgresql: run only the tests that use the `db` book, each on a fresh database "
        f"on the server named by ${server.SERVER_ENV}",
    )


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("engine") == "postgresql":
        base = server.server_url()
        if base is None:
            raise pytest.UsageError(f"--engine postgresql needs ${server.SERVER_ENV}")
        server.prepare_template(base)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In the PostgreSQL run, only what works on the `db` book runs again: tests of files,
    paths and the command line (which reach the book through its file) ran in the SQLite run."""
    if config.getoption("engine") != "postgresql":
        return
    keep, drop = [], []
    for item in items:
        names = getattr(item, "fixturenames", ())
        on_book = "db" in names and "db_path" not in names and "data_dir" not in names
        on_book = on_book and item.get_closest_marker("sqlite_file") is None
        on_server = {"server_url", "empty_server_book", "password_server"} & set(names)
        (keep if on_book or on_server else drop).append(item)
    config.hook.pytest_deselected(items=drop)
    items[:] = keep


@pytest.fixture
def _server_book() -> str:
    """A fresh database on the server; earlier tests' are dropped a few tests later."""
    base = server.server_url()
    assert base is not None
    server.drop_old(base)
    return server.new_database(base)


@pytest.fixture
def server_url(request: pytest.FixtureRequest) -> str:
    """The test server's address (tests of the server itself: connecting, locks, pg_dump);
    they run in the PostgreSQL run only."""
    if request.config.getoption("engine") != "postgresql":
        pytest.skip("needs the test server: tools/test-on-postgresql")
    base = server.server_url()
    assert base is not None
    return base


@pytest.fixture
def empty_server_book(server_url: str) -> str:
    """The URL of a new, empty database on the test server (no schema at all)."""
    server.drop_old(server_url)
    return server.new_database(server_url, empty=True)


@pytest.fixture(scope="session")
def password_server(request: pytest.FixtureRequest) -> Iterator[str]:
    """A second test server that asks every connection for ``server.PASSWORD``: its URL,
    without the password (to try wrong, missing, stored and ~/.pgpass passwords)."""
    if request.config.getoption("engine") != "postgresql":
        pytest.skip("needs the test server: tools/test-on-postgresql")
    # Not under pytest's folders: the server's own user (as root, postgres) must reach it.
    folder = Path(tempfile.mkdtemp(prefix="clientela-pgpw."))
    url = server.start_password_server(folder)
    yield url
    server.stop_server(folder)

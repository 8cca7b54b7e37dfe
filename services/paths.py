"""Where Clientela keeps its files, and how the user points it elsewhere."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from services.about import APP_ID

DB_ENV_VAR = "CLIENTELA_DB"
DATA_DIR_ENV_VAR = "CLIENTELA_DATA_DIR"
DEFAULT_DB_NAME = "clientela.sqlite3"
SQLITE_URL_PREFIX = "sqlite:///"


def default_data_dir(env: Mapping[str, str] = os.environ) -> Path:
    """The per-user data folder (for example ~/.local/share/clientela on Linux)."""
    override = env.get(DATA_DIR_ENV_VAR)
    if override:
        return Path(override).expanduser()
    import platformdirs  # only needed when no explicit path was given

    return platformdirs.user_data_path(APP_ID, appauthor=False)


def is_server_url(location: str) -> bool:
    """True for a database server URL such as postgresql://host/db rather than a file path."""
    return "://" in location


def resolve_database_location(cli_value: str | None, env: Mapping[str, str] = os.environ) -> str:
    """``--db`` wins, then $CLIENTELA_DB, then the file in the per-user data folder."""
    for candidate in (cli_value, env.get(DB_ENV_VAR)):
        if candidate:
            # A sqlite:/// URL names a file: opened as one, it gets the file checks, the
            # connection settings and the migrate-a-copy safety that a URL would bypass.
            candidate = candidate.removeprefix(SQLITE_URL_PREFIX)
            return candidate if is_server_url(candidate) else str(Path(candidate).expanduser())
    return str(default_data_dir(env) / DEFAULT_DB_NAME)


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit in a folder beside the database they copy."""
    return db_path.parent / "backups"


def server_backup_dir(env: Mapping[str, str] = os.environ) -> Path:
    """A server's book has no folder beside it: its dumps go to this computer's data folder."""
    return default_data_dir(env) / "backups"


def default_letters_dir(env: Mapping[str, str] = os.environ) -> Path:
    """Where letters printed or opened from the app are kept (Save as lets the owner choose)."""
    return default_data_dir(env) / "letters"

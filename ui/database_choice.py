"""Which book this computer opens: its own file (the default) or a team's PostgreSQL server.

The choice lives in this computer's settings (File → Settings → Database), the password never:
it comes from the system keyring, from libpq's password file (~/.pgpass, $PGPASSFILE), or from
the person at start (ui/password_dialog.py). ``--db`` and $CLIENTELA_DB still win over it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from PySide6.QtCore import QSettings

from services.about import APP_NAME, ORGANIZATION
from services.paths import DB_ENV_VAR, resolve_database_location
from services.server_connection import DEFAULT_PORT, SSL_MODES, ServerAddress
from services.server_password import stored_password

KIND_SETTING = "database/kind"  # "file" or "server"
HOST_SETTING = "database/host"
PORT_SETTING = "database/port"
NAME_SETTING = "database/name"
USER_SETTING = "database/user"
SSL_SETTING = "database/ssl_mode"
SERVER = "server"
FILE = "file"


def server_address(settings: QSettings) -> ServerAddress | None:
    """The server chosen in Settings, or None when this computer uses its own file."""
    if str(settings.value(KIND_SETTING, FILE) or FILE) != SERVER:
        return None
    try:
        port = int(str(settings.value(PORT_SETTING, DEFAULT_PORT)))
    except (TypeError, ValueError):
        port = DEFAULT_PORT
    ssl_mode = str(settings.value(SSL_SETTING, SSL_MODES[0]) or SSL_MODES[0])
    return ServerAddress(
        host=str(settings.value(HOST_SETTING, "") or ""),
        database=str(settings.value(NAME_SETTING, "") or ""),
        user=str(settings.value(USER_SETTING, "") or ""),
        port=port,
        ssl_mode=ssl_mode if ssl_mode in SSL_MODES else SSL_MODES[0],
    )


def save_server_address(settings: QSettings, address: ServerAddress | None) -> None:
    """Keep the choice; the password is not among what is kept."""
    if address is None:
        settings.setValue(KIND_SETTING, FILE)
        return
    settings.setValue(KIND_SETTING, SERVER)
    settings.setValue(HOST_SETTING, address.host)
    settings.setValue(PORT_SETTING, address.port)
    settings.setValue(NAME_SETTING, address.database)
    settings.setValue(USER_SETTING, address.user)
    settings.setValue(SSL_SETTING, address.ssl_mode)


def chosen_server(
    cli_value: str | None, settings: QSettings, env: Mapping[str, str] = os.environ
) -> ServerAddress | None:
    """The server from Settings when neither --db nor $CLIENTELA_DB names another book."""
    if cli_value or env.get(DB_ENV_VAR):
        return None
    return server_address(settings)


def choose_location(
    cli_value: str | None, settings: QSettings, env: Mapping[str, str] = os.environ
) -> str:
    """``--db``, then $CLIENTELA_DB, then the server chosen in Settings (with the keyring's
    password when it keeps one), then the file in the user's data folder."""
    address = chosen_server(cli_value, settings, env)
    if address is not None:
        return address.url(stored_password(address))
    return resolve_database_location(cli_value, env)


def command_line_location(cli_value: str | None) -> str:
    """The book a command works on: the window's own choice, so a command run on a computer
    set up for the team's server works on that server's book."""
    return choose_location(cli_value, QSettings(ORGANIZATION, APP_NAME))

"""The server's password, kept by the system keyring and never by Clientela.

The settings hold the server's address only. The password lives in the operating system's
keyring (Windows Credential Manager, macOS Keychain, the Secret Service on Linux) when one is
there; without one the app asks at start and keeps it in memory for that run only. A URL with
no password also lets libpq read ~/.pgpass (or $PGPASSFILE), which needs nothing from us.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
from typing import Any

from services.about import APP_NAME
from services.server_connection import ServerAddress

_log = logging.getLogger(__name__)


def _keyring() -> Any | None:
    """The keyring module when it has a usable backend; None when passwords cannot be kept."""
    try:
        keyring = importlib.import_module("keyring")
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration: as if there were none
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def keyring_available() -> bool:
    return _keyring() is not None


def stored_password(address: ServerAddress) -> str | None:
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(APP_NAME, address.key)
    except Exception as exc:  # a locked or broken keyring: ask instead
        _log.warning("The system keyring could not be read: %s", type(exc).__name__)
        return None


def store_password(address: ServerAddress, password: str) -> bool:
    """Keep the password in the system keyring; False when there is none (or it refused)."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(APP_NAME, address.key, password)
    except Exception as exc:
        _log.warning("The system keyring refused the password: %s", type(exc).__name__)
        return False
    return True


def forget_password(address: ServerAddress) -> None:
    keyring = _keyring()
    if keyring is None:
        return
    # Nothing stored, or a keyring that cannot delete: nothing to forget.
    with contextlib.suppress(Exception):
        keyring.delete_password(APP_NAME, address.key)

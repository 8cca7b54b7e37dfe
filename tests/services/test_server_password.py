"""The server's password goes to the system keyring when there is one, and nowhere else."""

from __future__ import annotations

import keyring
from keyring.backends import fail

from services.server_connection import ServerAddress
from services.server_password import (
    forget_password,
    keyring_available,
    store_password,
    stored_password,
)

ADDRESS = ServerAddress("db.office.lan", "book", "ana")


def test_a_password_is_kept_by_the_keyring_per_user_server_and_database(system_keyring):
    assert keyring_available()
    assert store_password(ADDRESS, "s3cret")
    assert stored_password(ADDRESS) == "s3cret"
    assert stored_password(ServerAddress("db.office.lan", "other", "ana")) is None
    assert list(system_keyring.kept) == [("Clientela", "ana@db.office.lan:5432/book")]
    forget_password(ADDRESS)
    assert stored_password(ADDRESS) is None


def test_without_a_keyring_nothing_is_kept():
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert not keyring_available()
        assert not store_password(ADDRESS, "s3cret")
        assert stored_password(ADDRESS) is None
    finally:
        keyring.set_keyring(before)

"""A team's book on a PostgreSQL server: its address, and never showing its password.

The password may reach a URL (``--db``, $CLIENTELA_DB) or the driver's connection string, and
from there an exception's text: everything this app prints, logs or shows about a server
passes through ``masked_url`` or ``hide_password`` first.
"""

from __future__ import annotations

import re
from urllib.parse import quote, quote_plus

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

MASK = "***"

# user:secret@ in any URL, and password=secret in a libpq connection string.
_URL_PASSWORD = re.compile(r"(://[^:/?#@\s]*:)([^@\s]*)(@)")
_CONNINFO_PASSWORD = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", re.IGNORECASE)


def password_of(location: str) -> str | None:
    try:
        return make_url(location).password
    except (ArgumentError, ValueError):
        return None


def masked_url(location: str) -> str:
    """A server URL as the user may read it: the password, if any, replaced by ***."""
    try:
        return make_url(location).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return hide_password(location, None)


def hide_password(message: str, location: str | None = None, password: str | None = None) -> str:
    """``message`` without the password of ``location`` (or ``password``) anywhere in it."""
    secrets = {password, password_of(location) if location else None}
    for secret in sorted(filter(None, secrets), key=len, reverse=True):
        for form in {secret, quote(secret, safe=""), quote_plus(secret)}:
            message = message.replace(form, MASK)
    message = _URL_PASSWORD.sub(rf"\g<1>{MASK}\g<3>", message)
    return _CONNINFO_PASSWORD.sub(rf"\g<1>{MASK}", message)

"""A team's book on a PostgreSQL server: its address, and never showing its password.

The password may reach a URL (``--db``, $CLIENTELA_DB) or the driver's connection string, and
from there an exception's text: everything this app prints, logs or shows about a server
passes through ``masked_url`` or ``hide_password`` first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, quote_plus

from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import NullPool

from services.errors import ClientelaError
from services.migrations import DEFAULT_MIGRATIONS, MigrationSet, revision_on

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


# -- where the server is --------------------------------------------------------------------

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
SSL_MODES = ("prefer", "require", "verify-full", "disable")


@dataclass(frozen=True)
class ServerAddress:
    """What File → Settings keeps about a team's server: everything but the password."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    ssl_mode: str = "prefer"

    def url(self, password: str | None = None) -> str:
        """The SQLAlchemy URL; without a password, libpq looks in ~/.pgpass (or $PGPASSFILE)."""
        query = {"sslmode": self.ssl_mode} if self.ssl_mode else {}
        host: str | None = self.host or None
        port: int | None = self.port or None
        if self.host.startswith("/"):  # a folder with the server's socket, as libpq allows
            query |= {"host": self.host, "port": str(self.port)}
            host = port = None
        url = URL.create(
            DRIVER,
            username=self.user or None,
            password=password or None,
            host=host,
            port=port,
            database=self.database,
            query=query,
        )
        return url.render_as_string(hide_password=False)

    @property
    def key(self) -> str:
        """Whose password the system keyring keeps: one per user, server and database."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


# -- why a connection failed ----------------------------------------------------------------

UNREACHABLE = "server_unreachable"
WRONG_PASSWORD = "wrong_password"
PASSWORD_NEEDED = "password_needed"
NO_SUCH_DATABASE = "no_such_database"
NOT_CLIENTELA = "not_clientela"
NEWER_SCHEMA = "newer_schema"
SSL_FAILED = "ssl_failed"
OTHER = "server_failed"

# libpq's and the server's words (English, and the server's in Spanish): libpq reports a
# failed connection as text only, without the SQLSTATE the server sent.
_PATTERNS = (
    (PASSWORD_NEEDED, ("no password supplied", "no se entregó una contraseña")),
    (
        WRONG_PASSWORD,
        (
            "password authentication failed",
            "authentication failed for user",
            "la autentificación password falló",
            "falló la autentificación",
        ),
    ),
    (NO_SUCH_DATABASE, ("does not exist", "no existe la base de datos")),
    (
        SSL_FAILED,
        ("ssl", "certificate", "certificado"),
    ),
    (
        UNREACHABLE,
        (
            "connection refused",
            "could not translate host name",
            "failed to resolve host",
            "name or service not known",
            "no such file or directory",
            "timeout expired",
            "timed out",
            "no route to host",
            "network is unreachable",
            "could not connect",
            "server closed the connection",
        ),
    ),
)


def classify_failure(error: BaseException) -> str:
    """Why connecting to (or opening) a server's book failed, as one of the codes above.

    A pure function over the exception, whatever wraps it: our DatabaseError, SQLAlchemy's,
    or the driver's own.
    """
    seen: set[int] = set()
    current: BaseException | None = error
    texts = []
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ClientelaError) and current.code in (NOT_CLIENTELA, NEWER_SCHEMA):
            return current.code
        texts.append(str(current))
        current = getattr(current, "orig", None) or current.__cause__
    text = " ".join(texts).lower()
    for code, needles in _PATTERNS:
        if any(needle in text for needle in needles):
            return code
    return OTHER


@dataclass(frozen=True)
class ServerCheck:
    """The answer to Test connection: ``code`` says what was found, ``detail`` the driver's
    words (with the password masked) when the code alone cannot say it."""

    code: str
    detail: str = ""

    @property
    def usable(self) -> bool:
        return self.code in (BOOK_READY, BOOK_TO_UPDATE, EMPTY_DATABASE)


BOOK_READY = "book_ready"
BOOK_TO_UPDATE = "book_to_update"  # an older Clientela's book: this app updates it on opening
EMPTY_DATABASE = "empty_database"  # the first start (or clientela init) creates the book


def check_server(location: str, migrations: MigrationSet = DEFAULT_MIGRATIONS) -> ServerCheck:
    """Connect to the server's database and say what is there, changing nothing."""
    engine = create_engine(location, poolclass=NullPool, connect_args={"connect_timeout": 10})
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            revision = revision_on(conn)
    except Exception as exc:  # the driver's, SQLAlchemy's, a bad option in the URL
        return ServerCheck(classify_failure(exc), hide_password(_first_line(exc), location))
    finally:
        engine.dispose()
    if not tables:
        return ServerCheck(EMPTY_DATABASE)
    if not {"alembic_version", "client"} <= tables:
        return ServerCheck(NOT_CLIENTELA)
    if revision == migrations.head:
        return ServerCheck(BOOK_READY)
    if revision not in migrations.known_revisions():
        return ServerCheck(NEWER_SCHEMA, str(revision))
    return ServerCheck(BOOK_TO_UPDATE)


def _first_line(exc: BaseException) -> str:
    # SQLAlchemy appends the SQL and a link on further lines: the driver's words come first.
    orig = getattr(exc, "orig", None) or exc
    return " ".join(str(orig).split("\n")[0].split()) or type(orig).__name__

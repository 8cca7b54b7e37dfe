"""Alembic environment. The app passes an open connection in ``config.attributes``;
developers running ``alembic`` by hand get the URL from ``alembic.ini`` or CLIENTELA_DB."""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import create_engine

from models import Base

config = context.config
target_metadata = Base.metadata


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode copies the table, and is a no-op
        # wrapper on PostgreSQL, so the same migration serves both.
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _configure(connection)
else:
    url = os.environ.get("CLIENTELA_DB_URL") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("Set CLIENTELA_DB_URL or sqlalchemy.url to run migrations by hand.")
    with create_engine(url).connect() as conn:
        _configure(conn)

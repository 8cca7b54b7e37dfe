"""On PostgreSQL, indexes for the client list's search-as-you-type: trigrams, and ids: h21.

Revision ID: 0010_trigram_search
Revises: 0009_version_counters
Create Date: 2026-12-03 09:40:00

The list finds clients with ``search_text LIKE '%word%'`` over the folded search column
(services.client_list): accent- and case-insensitive because the column is stored folded,
the same on both engines. A B-tree cannot serve a substring, so on a server each keystroke
read the whole table. pg_trgm's GIN index on that column serves LIKE '%word%' for words of
three letters or more: the matches are found in the index, and only they are sorted.

Only on PostgreSQL, and only when pg_trgm can be had. CREATE EXTENSION needs the right to
create it (a managed server may refuse, or not ship contrib); then this migration leaves the
book without the index, logs why, and the search works as before, only slower. It is tried
in a savepoint, so a refusal does not abort the migration's transaction. An administrator can
add it later (CREATE EXTENSION pg_trgm; then the CREATE INDEX below) and nothing else changes.

The list reads its first page of ids in name order from ix_client_list, filtering on the
search_text it holds, and stops at the page's end. On SQLite the index holds the rowid (the
id), so that reads the index alone; on PostgreSQL it did not hold the id, and every entry
looked at cost a visit to the table. ix_client_list is made again there with the id INCLUDEd:
an index-only scan. SQLite keeps its index as it is (nothing to do there).
"""

import logging
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_trigram_search"
down_revision: str | None = "0009_version_counters"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger(__name__)

INDEX = "ix_client_search_trigram"


def _has_trigrams(connection: sa.Connection) -> bool:
    """Whether pg_trgm is installed in this database, installing it when allowed."""
    installed = sa.text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
    if connection.execute(installed).first():
        return True
    available = sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
    if not connection.execute(available).first():
        log.warning("pg_trgm is not available on this server: the search goes without its index")
        return False
    try:
        with connection.begin_nested():
            connection.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError as exc:
        log.warning("pg_trgm could not be created (%s): the search goes without its index", exc)
        return False
    return True


LIST_COLUMNS = ["sort_name", "stage", "search_text"]


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    op.drop_index("ix_client_list", table_name="client")
    op.create_index("ix_client_list", "client", LIST_COLUMNS, postgresql_include=["id"])
    if not _has_trigrams(connection):
        return
    op.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON client USING gin (search_text gin_trgm_ops)")
    # Fresh statistics, so the planner weighs this index against the name-ordered scan.
    op.execute("ANALYZE client")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
    op.drop_index("ix_client_list", table_name="client")
    op.create_index("ix_client_list", "client", LIST_COLUMNS)

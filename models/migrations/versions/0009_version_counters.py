"""Version counters on everything people edit, and who wrote each letter: team mode.

Revision ID: 0009_version_counters
Revises: 0008_open_invoice_indexes
Create Date: 2026-12-03 02:00:00

Several people may now edit one book on a server. Invoices, payments, returns, letter
templates and the business profile get the optimistic-locking counter the client has had
from the start (models.base.version_counter): an edit based on an old copy is refused instead
of silently overwriting someone else's. Letters record their author, as evaluations do.

Plain ADD COLUMN with a server default, which fills the existing rows: the same statements on
SQLite and PostgreSQL.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_version_counters"
down_revision: str | None = "0008_open_invoice_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = ("sale", "payment", "product_return", "letter_template", "business_profile")


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    op.add_column(
        "letter", sa.Column("author", sa.String(length=120), nullable=False, server_default="")
    )


def downgrade() -> None:
    with op.batch_alter_table("letter") as batch:
        batch.drop_column("author")
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")

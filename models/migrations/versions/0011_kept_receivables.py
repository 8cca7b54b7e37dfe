"""Receivables by age band kept per client, beside the revenue ranking.

Revision ID: 0011_kept_receivables
Revises: 0010_trigram_search
Create Date: 2026-12-03 09:30:00

The dashboard's receivables summed every open invoice on each refresh; they are now kept per
client, valid for the ranking's day and ledger version (models.revenue_ranking). The new
table starts empty, so the kept ranking is marked stale: the background upkeep rebuilds
both, and until then reads compute from the ledger as before.

Plain create_table and UPDATE: the same script runs on SQLite and PostgreSQL.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_kept_receivables"
down_revision: str | None = "0010_trigram_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "kept_receivable",
        sa.Column("client_id", sa.Integer(), nullable=False),
        *(sa.Column(f"b{band}", sa.BigInteger(), nullable=False) for band in range(5)),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_kept_receivable_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_kept_receivable")),
    )
    # No ledger version is ever -1: the ranking (and now the receivables) must be rebuilt.
    op.execute("UPDATE revenue_ranking_state SET ledger_version = -1")


def downgrade() -> None:
    op.drop_table("kept_receivable")

"""Revenue ranking kept between metric calls, and the ledger version that tells when it is stale.

Revision ID: 0002_revenue_ranking
Revises: 0001_initial
Create Date: 2026-11-23 12:20:00

Plain create_table/create_index (no batch mode): new tables only, so the same script runs
on SQLite and PostgreSQL without copying any existing table.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_revenue_ranking"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    ledger_version = op.create_table(
        "ledger_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_version")),
    )
    # The one row every ledger write bumps; existing ledgers start at version 0.
    op.bulk_insert(ledger_version, [{"id": 1, "version": 0}])
    op.create_table(
        "revenue_ranking_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("ledger_version", sa.Integer(), nullable=False),
        sa.Column("book_cents", sa.BigInteger(), nullable=False),
        sa.Column("clients", sa.Integer(), nullable=False),
        sa.Column("middle_cents", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revenue_ranking_state")),
    )
    op.create_table(
        "revenue_ranking",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("revenue_cents", sa.BigInteger(), nullable=False),
        sa.Column("oldest_invoice_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_revenue_ranking_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_revenue_ranking")),
    )
    op.create_index(
        "ix_revenue_ranking_rank", "revenue_ranking", ["revenue_cents", "client_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_revenue_ranking_rank", table_name="revenue_ranking")
    op.drop_table("revenue_ranking")
    op.drop_table("revenue_ranking_state")
    op.drop_table("ledger_version")

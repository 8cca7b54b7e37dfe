"""The loyalty offer in each letter language: an English letter no longer offers in Spanish.

Revision ID: 0003_loyalty_offer_per_language
Revises: 0002_revenue_ranking
Create Date: 2026-11-23 15:40:00

The one offer there was is kept as the offer in the profile's letter language; the other
language starts empty, so its letters leave the offer paragraph out until the owner writes
one. batch_alter_table renames on SQLite (by copying the one-row table) and alters in place
on PostgreSQL.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_loyalty_offer_per_language"
down_revision: str | None = "0002_revenue_ranking"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("business_profile") as batch:
        batch.alter_column("loyalty_offer", new_column_name="loyalty_offer_es")
        batch.add_column(
            sa.Column("loyalty_offer_en", sa.Text(), nullable=False, server_default="")
        )
    profile = sa.table(
        "business_profile",
        sa.column("default_language", sa.String),
        sa.column("loyalty_offer_es", sa.Text),
        sa.column("loyalty_offer_en", sa.Text),
    )
    op.execute(
        profile.update()
        .where(profile.c.default_language == "en")
        .values(loyalty_offer_en=profile.c.loyalty_offer_es, loyalty_offer_es="")
    )
    with op.batch_alter_table("business_profile") as batch:
        batch.alter_column("loyalty_offer_en", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("business_profile") as batch:
        batch.drop_column("loyalty_offer_en")
        batch.alter_column("loyalty_offer_es", new_column_name="loyalty_offer")

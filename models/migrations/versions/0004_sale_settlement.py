"""Each invoice keeps what its payments add up to and when the last came: triage speed.

Revision ID: 0004_sale_settlement
Revises: 0003_loyalty_offer_per_language
Create Date: 2026-11-23 17:10:00

Summing every invoice's payments for every triage was half of its database time. The two
columns are kept by services.settlement in the same transaction as each payment write; here
they are filled from the payments already there. Plain ADD COLUMN and a correlated UPDATE:
the same statements on SQLite and PostgreSQL.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_sale_settlement"
down_revision: str | None = "0003_loyalty_offer_per_language"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "sale",
        sa.Column("paid", sa.Numeric(precision=14, scale=2), nullable=False, server_default="0"),
    )
    op.add_column("sale", sa.Column("paid_on", sa.Date(), nullable=True))
    sale = sa.table(
        "sale",
        sa.column("id", sa.Integer),
        sa.column("paid", sa.Numeric(14, 2)),
        sa.column("paid_on", sa.Date),
    )
    payment = sa.table(
        "payment",
        sa.column("sale_id", sa.Integer),
        sa.column("amount", sa.Numeric(14, 2)),
        sa.column("paid_on", sa.Date),
    )
    linked = payment.c.sale_id == sale.c.id
    op.execute(
        sale.update().values(
            paid=sa.select(sa.func.coalesce(sa.func.sum(payment.c.amount), 0))
            .where(linked)
            .scalar_subquery(),
            paid_on=sa.select(sa.func.max(payment.c.paid_on)).where(linked).scalar_subquery(),
        )
    )


def downgrade() -> None:
    with op.batch_alter_table("sale") as batch:
        batch.drop_column("paid_on")
        batch.drop_column("paid")

"""Indexes for the portfolio's receivables: the open invoices, and payments on account by client.

Revision ID: 0008_open_invoice_indexes
Revises: 0007_profile_postal_code
Create Date: 2026-12-03 02:15:00

The dashboard's age bands and new red flags read every open invoice of the book, grouped by
client (services.receivables, services.portfolio). Nine invoices in ten are settled, so:

- ``ix_sale_open``: a partial index on the invoices not settled exactly
  (``amount != paid``, the WHERE those queries use), holding the columns they read, in
  client order, so they read a tenth of the table's size with no sort;
- ``ix_payment_sale_client`` replaces ``ix_payment_sale``: (sale_id, client_id, amount)
  still finds an invoice's payments and those on account, and now sums one client's
  payments on account without reading the table.

Plain CREATE INDEX ... WHERE and DROP INDEX: SQLite and PostgreSQL both have partial indexes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_open_invoice_indexes"
down_revision: str | None = "0007_profile_postal_code"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN = sa.text("amount != paid")


def upgrade() -> None:
    op.create_index(
        "ix_sale_open",
        "sale",
        ["client_id", "due_date", "invoice_date", "amount", "paid"],
        sqlite_where=OPEN,
        postgresql_where=OPEN,
    )
    op.create_index("ix_payment_sale_client", "payment", ["sale_id", "client_id", "amount"])
    op.drop_index("ix_payment_sale", table_name="payment")


def downgrade() -> None:
    op.create_index("ix_payment_sale", "payment", ["sale_id"])
    op.drop_index("ix_payment_sale_client", table_name="payment")
    op.drop_index("ix_sale_open", table_name="sale")

"""The business's postal code in a field of its own, so the letterhead lays the address out
as the post expects (street; postal code and city; country).

Revision ID: 0007_profile_postal_code
Revises: 0006_contact_form_of_address
Create Date: 2026-12-03 02:40:00

It starts empty: an owner who typed the postal code into the address keeps it there, and the
letterhead does not repeat a city the address already names.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_profile_postal_code"
down_revision: str | None = "0006_contact_form_of_address"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "business_profile",
        sa.Column("postal_code", sa.String(20), nullable=False, server_default=""),
    )


def downgrade() -> None:
    with op.batch_alter_table("business_profile") as batch:
        batch.drop_column("postal_code")

"""The contact's form of address (Sr./Sra./Dr./Dra.), so a letter greets them as they expect.

Revision ID: 0006_contact_form_of_address
Revises: 0005_transliterated_search
Create Date: 2026-12-03 02:30:00

Every client starts with none: their letters greet the contact with a neutral form, or the
company with "Estimados señores:" when there is no contact, until the owner chooses one. The
server default fills the existing rows (and stays: it is what an empty choice is).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_contact_form_of_address"
down_revision: str | None = "0005_transliterated_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN on both engines: no copy of the client table (and its expression
    # indexes) as a batch operation would make on SQLite.
    op.add_column(
        "client", sa.Column("form_of_address", sa.String(10), nullable=False, server_default="")
    )


def downgrade() -> None:
    with op.batch_alter_table("client") as batch:
        batch.drop_column("form_of_address")

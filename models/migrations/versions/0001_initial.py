"""Initial schema: clients, ledger, evaluations, letters, business profile.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-23 06:26:56.684045
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "business_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("city", sa.String(length=120), nullable=False),
        sa.Column("country", sa.String(length=120), nullable=False),
        sa.Column("tax_id", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("logo_path", sa.Text(), nullable=False),
        sa.Column("signer_name", sa.String(length=200), nullable=False),
        sa.Column("signer_role", sa.String(length=200), nullable=False),
        sa.Column("default_language", sa.String(length=5), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("loyalty_offer", sa.Text(), nullable=False),
        sa.Column("payment_term_days", sa.Integer(), nullable=False),
        sa.Column("tolerated_delay_days", sa.Integer(), nullable=False),
        sa.Column("hard_limit_days", sa.Integer(), nullable=False),
        sa.Column("max_return_rate_percent", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("min_units_per_year", sa.Numeric(precision=14, scale=3), nullable=False),
        sa.Column("min_revenue_per_year", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("review_interval_days", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_business_profile")),
    )
    op.create_table(
        "client",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("legal_name", sa.String(length=200), nullable=False),
        sa.Column("tax_id", sa.String(length=40), nullable=False),
        sa.Column("contact_person", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("postal_code", sa.String(length=20), nullable=False),
        sa.Column("city", sa.String(length=120), nullable=False),
        sa.Column("country", sa.String(length=120), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("strategic", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("sort_name", sa.String(length=200), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("latest_verdict", sa.String(length=20), nullable=True),
        sa.Column("latest_score", sa.Numeric(precision=5, scale=1), nullable=True),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client")),
    )
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.create_index("ix_client_email", ["email"], unique=False)
        batch_op.create_index("ix_client_list", ["sort_name", "stage", "search_text"], unique=False)
        batch_op.create_index("ix_client_latest_verdict", ["latest_verdict"], unique=False)
        batch_op.create_index("ix_client_next_review_on", ["next_review_on"], unique=False)
        batch_op.create_index("ix_client_stage", ["stage"], unique=False)
        batch_op.create_index("ix_client_tax_id", ["tax_id"], unique=False)
        batch_op.create_index("ix_client_updated_at", ["updated_at"], unique=False)

    op.create_table(
        "letter_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_template")),
    )
    with op.batch_alter_table("letter_template", schema=None) as batch_op:
        batch_op.create_index("ix_letter_template_kind_lang", ["kind", "language"], unique=True)

    op.create_table(
        "client_tag",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_client_tag_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("client_id", "tag", name=op.f("pk_client_tag")),
    )
    with op.batch_alter_table("client_tag", schema=None) as batch_op:
        batch_op.create_index("ix_client_tag_tag", ["tag"], unique=False)

    op.create_table(
        "evaluation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("evaluated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("evaluator", sa.String(length=120), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("catalogue_version", sa.String(length=40), nullable=False),
        sa.Column("score", sa.Numeric(precision=5, scale=1), nullable=True),
        sa.Column("confidence", sa.Numeric(precision=4, scale=3), nullable=True),
        sa.Column("recommended_verdict", sa.String(length=20), nullable=False),
        sa.Column("chosen_verdict", sa.String(length=20), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.Column("reasons_json", sa.Text(), nullable=False),
        sa.Column("metrics_json", sa.Text(), nullable=False),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_evaluation_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation")),
    )
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.create_index(
            "ix_evaluation_client_at", ["client_id", "evaluated_at"], unique=False
        )

    op.create_table(
        "sale",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("invoice_date", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("reference", sa.String(length=60), nullable=False),
        sa.Column("units", sa.Numeric(precision=14, scale=3), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_sale_client_id_client"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sale")),
    )
    with op.batch_alter_table("sale", schema=None) as batch_op:
        batch_op.create_index("ix_sale_client_date", ["client_id", "invoice_date"], unique=False)

    op.create_table(
        "evaluation_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evaluation_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.String(length=60), nullable=False),
        sa.Column("value", sa.String(length=60), nullable=False),
        sa.Column("suggested_value", sa.String(length=60), nullable=True),
        sa.Column("was_suggested", sa.Boolean(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluation.id"],
            name=op.f("fk_evaluation_answer_evaluation_id_evaluation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation_answer")),
        sa.UniqueConstraint(
            "evaluation_id", "criterion_id", name=op.f("uq_evaluation_answer_evaluation_id")
        ),
    )
    op.create_table(
        "letter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("evaluation_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("template_version", sa.String(length=80), nullable=False),
        sa.Column("file_path", sa.Text(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("page_count", sa.Integer(), nullable=False),
        sa.Column("printed", sa.Boolean(), nullable=False),
        sa.Column("campaign", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_letter_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluation.id"],
            name=op.f("fk_letter_evaluation_id_evaluation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter")),
    )
    with op.batch_alter_table("letter", schema=None) as batch_op:
        batch_op.create_index("ix_letter_client_created", ["client_id", "created_at"], unique=False)

    op.create_table(
        "payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=True),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("reference", sa.String(length=60), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_payment_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["sale_id"], ["sale.id"], name=op.f("fk_payment_sale_id_sale"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index("ix_payment_client_date", ["client_id", "paid_on"], unique=False)
        batch_op.create_index("ix_payment_sale", ["sale_id"], unique=False)

    op.create_table(
        "product_return",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=True),
        sa.Column("returned_on", sa.Date(), nullable=False),
        sa.Column("units", sa.Numeric(precision=14, scale=3), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_product_return_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["sale_id"],
            ["sale.id"],
            name=op.f("fk_product_return_sale_id_sale"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product_return")),
    )
    with op.batch_alter_table("product_return", schema=None) as batch_op:
        batch_op.create_index(
            "ix_product_return_client_date", ["client_id", "returned_on"], unique=False
        )

    # Expression indexes for case-insensitive sorting of the client list; written by hand
    # because autogenerate cannot reflect them on SQLite. Both SQLite and PostgreSQL accept them.
    op.create_index("ix_client_city_lower", "client", [sa.text("lower(city)")])
    op.create_index("ix_client_legal_name_lower", "client", [sa.text("lower(legal_name)")])


def downgrade() -> None:
    op.drop_index("ix_client_legal_name_lower", table_name="client")
    op.drop_index("ix_client_city_lower", table_name="client")

    with op.batch_alter_table("product_return", schema=None) as batch_op:
        batch_op.drop_index("ix_product_return_client_date")

    op.drop_table("product_return")
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index("ix_payment_sale")
        batch_op.drop_index("ix_payment_client_date")

    op.drop_table("payment")
    with op.batch_alter_table("letter", schema=None) as batch_op:
        batch_op.drop_index("ix_letter_client_created")

    op.drop_table("letter")
    op.drop_table("evaluation_answer")
    with op.batch_alter_table("sale", schema=None) as batch_op:
        batch_op.drop_index("ix_sale_client_date")

    op.drop_table("sale")
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.drop_index("ix_evaluation_client_at")

    op.drop_table("evaluation")
    with op.batch_alter_table("client_tag", schema=None) as batch_op:
        batch_op.drop_index("ix_client_tag_tag")

    op.drop_table("client_tag")
    with op.batch_alter_table("letter_template", schema=None) as batch_op:
        batch_op.drop_index("ix_letter_template_kind_lang")

    op.drop_table("letter_template")
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index("ix_client_updated_at")
        batch_op.drop_index("ix_client_tax_id")
        batch_op.drop_index("ix_client_stage")
        batch_op.drop_index("ix_client_next_review_on")
        batch_op.drop_index("ix_client_latest_verdict")
        batch_op.drop_index("ix_client_list")
        batch_op.drop_index("ix_client_email")

    op.drop_table("client")
    op.drop_table("business_profile")

"""remission: ledger of grants, per-inmate flags, ceremonies and their proposal lines

Revision ID: 0004_remission
Revises: 0003_inmates
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_remission"
down_revision = "0003_inmates"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "remission_ceremonies",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=2), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("venue", sa.String(length=200), nullable=False),
        sa.Column("religion", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("computed_at", sa.DateTime(), nullable=True),
        sa.Column("approved_by", sa.String(length=64), nullable=False),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.Column("locked_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_remission_ceremonies")),
    )
    with op.batch_alter_table("remission_ceremonies", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_remission_ceremonies_date"), ["date"], unique=False)

    op.create_table(
        "remission_ceremony_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ceremony_id", sa.String(length=36), nullable=False),
        sa.Column("inmate_id", sa.String(length=36), nullable=False),
        sa.Column("eligible", sa.Boolean(), nullable=False),
        sa.Column("susulan", sa.Boolean(), nullable=False),
        sa.Column("child", sa.Boolean(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("additional_days", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=3), nullable=False),
        sa.Column("release_before", sa.Date(), nullable=True),
        sa.Column("release_after", sa.Date(), nullable=True),
        sa.Column("substitute_days", sa.Integer(), nullable=False),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.Column("digest", sa.String(length=32), nullable=False),
        sa.Column("overridden", sa.Boolean(), nullable=False),
        sa.Column("override_granted", sa.Boolean(), nullable=False),
        sa.Column("override_days", sa.Integer(), nullable=False),
        sa.Column("override_additional_days", sa.Integer(), nullable=False),
        sa.Column("override_category", sa.String(length=3), nullable=False),
        sa.Column("override_release_after", sa.Date(), nullable=True),
        sa.Column("override_justification", sa.Text(), nullable=False),
        sa.Column("override_by", sa.String(length=64), nullable=False),
        sa.Column("sk_number", sa.String(length=100), nullable=False),
        sa.Column("sk_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["ceremony_id"],
            ["remission_ceremonies.id"],
            name=op.f("fk_remission_ceremony_lines_ceremony_id_remission_ceremonies"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["inmate_id"],
            ["inmates.id"],
            name=op.f("fk_remission_ceremony_lines_inmate_id_inmates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_remission_ceremony_lines")),
        sa.UniqueConstraint(
            "ceremony_id", "inmate_id", name=op.f("uq_remission_ceremony_lines_ceremony_id")
        ),
    )
    op.create_table(
        "remission_flags",
        sa.Column("inmate_id", sa.String(length=36), nullable=False),
        sa.Column("donor", sa.Boolean(), nullable=False),
        sa.Column("pemuka", sa.Boolean(), nullable=False),
        sa.Column("escaped", sa.Boolean(), nullable=False),
        sa.Column("corruption_fines_paid", sa.Boolean(), nullable=False),
        sa.Column("terrorism_programme_done", sa.Boolean(), nullable=False),
        sa.Column("cuti_menjelang_bebas", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["inmate_id"],
            ["inmates.id"],
            name=op.f("fk_remission_flags_inmate_id_inmates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("inmate_id", name=op.f("pk_remission_flags")),
    )
    op.create_table(
        "remission_grants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inmate_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=3), nullable=False),
        sa.Column("basis_kind", sa.String(length=2), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("sk_number", sa.String(length=100), nullable=False),
        sa.Column("sk_date", sa.Date(), nullable=True),
        sa.Column("category", sa.String(length=3), nullable=False),
        sa.Column("ceremony_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("voided", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ceremony_id"],
            ["remission_ceremonies.id"],
            name=op.f("fk_remission_grants_ceremony_id_remission_ceremonies"),
        ),
        sa.ForeignKeyConstraint(
            ["inmate_id"],
            ["inmates.id"],
            name=op.f("fk_remission_grants_inmate_id_inmates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_remission_grants")),
    )
    with op.batch_alter_table("remission_grants", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_remission_grants_ceremony_id"), ["ceremony_id"], unique=False
        )
        batch_op.create_index("ix_remission_grants_inmate", ["inmate_id", "date"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("remission_grants", schema=None) as batch_op:
        batch_op.drop_index("ix_remission_grants_inmate")
        batch_op.drop_index(batch_op.f("ix_remission_grants_ceremony_id"))

    op.drop_table("remission_grants")
    op.drop_table("remission_flags")
    op.drop_table("remission_ceremony_lines")
    with op.batch_alter_table("remission_ceremonies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_remission_ceremonies_date"))

    op.drop_table("remission_ceremonies")

"""rule tables: the admin-edited remission rule table, append-only with its history

Revision ID: 0005_rule_tables
Revises: 0004_remission
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_rule_tables"
down_revision = "0004_remission"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rule_tables",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("data", sa.Text(), nullable=True),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("shipped_digest", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rule_tables")),
    )
    with op.batch_alter_table("rule_tables", schema=None) as batch_op:
        batch_op.create_index("ix_rule_tables_name", ["name", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("rule_tables", schema=None) as batch_op:
        batch_op.drop_index("ix_rule_tables_name")
    op.drop_table("rule_tables")

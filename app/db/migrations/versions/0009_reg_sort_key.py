"""inmates: reg_sort_key, the registration number in reading order (B.I-2 before B.I-10)

Revision ID: 0009_reg_sort_key
Revises: 0008_ceremony_locked_by

The key of every recorded number is computed as app.domain.inmates.regnumber.number_sort_key
did when this revision was written (kept here, so the revision means the same later on).
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0009_reg_sort_key"
down_revision = "0008_ceremony_locked_by"
branch_labels = None
depends_on = None


def _sort_key(number: str) -> str:
    return re.sub(r"\d+", lambda m: m.group().zfill(12), number.strip().upper())


def upgrade() -> None:
    with op.batch_alter_table("inmates", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("reg_sort_key", sa.String(length=120), nullable=False, server_default="")
        )
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, reg_number FROM inmates")).all()
    if rows:
        connection.execute(
            sa.text("UPDATE inmates SET reg_sort_key = :key WHERE id = :id"),
            [{"id": row.id, "key": _sort_key(row.reg_number)} for row in rows],
        )
    op.create_index("ix_inmates_reg_sort_key", "inmates", ["reg_sort_key"])


def downgrade() -> None:
    op.drop_index("ix_inmates_reg_sort_key", table_name="inmates")
    with op.batch_alter_table("inmates", schema=None) as batch_op:
        batch_op.drop_column("reg_sort_key")

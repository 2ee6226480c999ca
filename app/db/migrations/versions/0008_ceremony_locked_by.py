"""ceremonies: who recorded the grants in the register and locked the ceremony (locked_by)

Revision ID: 0008_ceremony_locked_by
Revises: 0007_line_digest_dropped

A ceremony locked before this revision takes the name from its audit event (the commit of the
grants), which names the user who did it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_ceremony_locked_by"
down_revision = "0007_line_digest_dropped"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("remission_ceremonies", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("locked_by", sa.String(length=64), nullable=False, server_default="")
        )
    op.execute(
        "UPDATE remission_ceremonies SET locked_by = COALESCE(("
        " SELECT a.username FROM audit_events a"
        " WHERE a.action = 'remission_grants_committed' AND a.entity = 'remission_ceremony'"
        " AND a.entity_id = remission_ceremonies.id ORDER BY a.id DESC LIMIT 1), '')"
        " WHERE locked_at IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("remission_ceremonies", schema=None) as batch_op:
        batch_op.drop_column("locked_by")

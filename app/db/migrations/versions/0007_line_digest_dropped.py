"""proposal lines: the digest column dropped (a recompute compares values and decision JSON)

Revision ID: 0007_line_digest_dropped
Revises: 0006_ceremony_programme
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_line_digest_dropped"
down_revision = "0006_ceremony_programme"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("remission_ceremony_lines", schema=None) as batch_op:
        batch_op.drop_column("digest")


def downgrade() -> None:
    # an empty digest compares unequal, so the first recompute after a downgrade rewrites
    # every line once (and writes their digests again)
    with op.batch_alter_table("remission_ceremony_lines", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("digest", sa.String(length=32), nullable=False, server_default="")
        )

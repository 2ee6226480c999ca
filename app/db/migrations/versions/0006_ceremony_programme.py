"""ceremony programme: run sheet (agenda items), invited guests, recipients' attendance

Revision ID: 0006_ceremony_programme
Revises: 0004_remission
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_ceremony_programme"
down_revision = "0004_remission"
branch_labels = None
depends_on = None


def _ceremony_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["ceremony_id"],
        ["remission_ceremonies.id"],
        name=op.f(f"fk_{table}_ceremony_id_remission_ceremonies"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "remission_agenda_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ceremony_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("start_time", sa.String(length=5), nullable=False),
        sa.Column("end_time", sa.String(length=5), nullable=False),
        sa.Column("activity", sa.String(length=300), nullable=False),
        sa.Column("performer", sa.String(length=300), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        _ceremony_fk("remission_agenda_items"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_remission_agenda_items")),
    )
    with op.batch_alter_table("remission_agenda_items", schema=None) as batch_op:
        batch_op.create_index(
            "ix_remission_agenda_items_order", ["ceremony_id", "position"], unique=False
        )

    op.create_table(
        "remission_ceremony_guests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ceremony_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("office", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=300), nullable=False),
        sa.Column("attended", sa.Boolean(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        _ceremony_fk("remission_ceremony_guests"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_remission_ceremony_guests")),
    )
    with op.batch_alter_table("remission_ceremony_guests", schema=None) as batch_op:
        batch_op.create_index(
            "ix_remission_ceremony_guests_order", ["ceremony_id", "position"], unique=False
        )

    op.create_table(
        "remission_ceremony_attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ceremony_id", sa.String(length=36), nullable=False),
        sa.Column("inmate_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        _ceremony_fk("remission_ceremony_attendance"),
        sa.ForeignKeyConstraint(
            ["inmate_id"],
            ["inmates.id"],
            name=op.f("fk_remission_ceremony_attendance_inmate_id_inmates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_remission_ceremony_attendance")),
        sa.UniqueConstraint(
            "ceremony_id",
            "inmate_id",
            name=op.f("uq_remission_ceremony_attendance_ceremony_id"),
        ),
    )


def downgrade() -> None:
    op.drop_table("remission_ceremony_attendance")
    with op.batch_alter_table("remission_ceremony_guests", schema=None) as batch_op:
        batch_op.drop_index("ix_remission_ceremony_guests_order")
    op.drop_table("remission_ceremony_guests")
    with op.batch_alter_table("remission_agenda_items", schema=None) as batch_op:
        batch_op.drop_index("ix_remission_agenda_items_order")
    op.drop_table("remission_agenda_items")

"""Rule tables edited by an admin: an append-only history, the newest row per name is in effect.

`data` is the whole table as JSON text; NULL means "back to the table shipped with Sibina". A row
is never changed or deleted, so the history of the rules (who, when, why, what) stays complete.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, utcnow


class RuleTable(Base):
    __tablename__ = "rule_tables"
    __table_args__ = (Index("ix_rule_tables_name", "name", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))  # "remission"
    data: Mapped[str | None] = mapped_column(Text, nullable=True)  # NULL: the shipped table
    # The changed key paths with old/new values ([[path, old, new], ...]) as saved: the history
    # stays exact even after a later Sibina ships a different table.
    changes: Mapped[str] = mapped_column(Text, default="[]")
    # SHA-256 of the shipped table the change was made against (to notice a newer shipped table).
    shipped_digest: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text)
    username: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

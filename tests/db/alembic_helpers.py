"""Moving a test database to a given schema revision with alembic (up or down)."""

from __future__ import annotations

from alembic import command
from sqlalchemy import Engine

from app.db.migrate import alembic_config


def migrate_to(engine: Engine, revision: str, down: bool = False) -> None:
    """Upgrade (or, with `down`, downgrade) the database of `engine` to `revision`."""
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, revision)

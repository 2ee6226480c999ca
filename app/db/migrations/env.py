"""Alembic environment: runs on the connection Sibina hands over (see app.db.migrate)."""

from __future__ import annotations

from alembic import context

from app.db import models  # noqa: F401 - registers every table
from app.db.base import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - Sibina always passes a connection
    raise RuntimeError("Run migrations through app.db.migrate.upgrade()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()

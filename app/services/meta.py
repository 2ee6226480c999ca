"""Facts about this database that the shell shows: the DEMO marker, the schema revision."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.db.models import AppMeta
from app.db.uow import UnitOfWorkFactory

DEMO_KEY = "demo"


def set_meta(session: Session, key: str, value: str) -> None:
    row = session.get(AppMeta, key)
    if row is None:
        session.add(AppMeta(key=key, value=value))
    else:
        row.value = value


def get_meta(session: Session, key: str) -> str | None:
    row = session.get(AppMeta, key)
    return row.value if row else None


class MetaService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def is_demo(self) -> bool:
        with self._uow() as uow:
            return get_meta(uow.session, DEMO_KEY) == "1"

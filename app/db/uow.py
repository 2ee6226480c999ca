"""The unit of work: one session per user action that commits or rolls back as a whole."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType

from sqlalchemy.orm import Session


class UnitOfWork:
    """`with uow_factory() as uow: ...; uow.commit()`; leaving without commit rolls back."""

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        self._session_factory = session_factory
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._session_factory()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()

    def lock_for_write(self) -> None:
        """Call first in a unit of work that reads and then writes. On SQLite it begins the
        transaction with BEGIN IMMEDIATE (waiting up to busy_timeout for other writers);
        other databases use their own row locks and need nothing here."""
        if self.session.in_transaction():
            return
        if self.session.get_bind().dialect.name == "sqlite":
            self.session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})

    def commit(self) -> None:
        self.session.commit()

    def flush(self) -> None:
        self.session.flush()


UnitOfWorkFactory = Callable[[], UnitOfWork]

"""The inmate register service (`services.inmates`): registrasi and admin write; pembinaan and
pimpinan read; other roles are refused. The jobs live in their own modules and are combined here."""

from __future__ import annotations

from app.db.uow import UnitOfWorkFactory
from app.services import inmates_demo as _demo  # noqa: F401  (registers the demo step)
from app.services.clock import Clock, system_clock
from app.services.inmates_export import InmateExport
from app.services.inmates_import import InmateImport
from app.services.inmates_query import InmateQueries
from app.services.inmates_status import InmateStatusChanges
from app.services.inmates_write import InmateWrites


class InmateService(InmateQueries, InmateWrites, InmateStatusChanges, InmateImport, InmateExport):
    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock = system_clock) -> None:
        self._uow = uow_factory
        self._clock = clock

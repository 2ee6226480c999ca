"""Reading the register: the filtered, sorted, paged list, its count, one record, the expiry
warnings and the record's history. Everyone with VIEW_REGISTER may read."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select

from app.db.models import Inmate
from app.domain.inmates.codes import ACTIVE_STATUSES, Status
from app.domain.inmates.detention import URGENT_DAYS, days_left, expiry_level, warning_window
from app.domain.inmates.regnumber import number_key
from app.domain.inmates.rules import validate_record
from app.domain.roles import Permission
from app.errors import NotFound
from app.services.actor import Actor, require
from app.services.audit import AuditEventDTO, AuditService
from app.services.inmates_dto import (
    ACTIVE,
    SORT_COLUMNS,
    ExpiryWarning,
    InmateFilter,
    InmateRecord,
    InmateRow,
)
from app.services.inmates_store import fold, like_escape, to_record

LIST_COLUMNS = (
    Inmate.id, Inmate.reg_number, Inmate.full_name, Inmate.aliases, Inmate.nik, Inmate.sex,
    Inmate.religion, Inmate.status, Inmate.reg_code, Inmate.block, Inmate.cell,
    Inmate.admission_date, Inmate.detention_until,
)  # fmt: skip
_SORT = {name: getattr(Inmate, name) for name in SORT_COLUMNS}
_SORT["full_name"] = Inmate.name_key
_SORT["reg_number"] = Inmate.reg_sort_key


def apply_filter(stmt: Select, flt: InmateFilter) -> Select:
    """The WHERE of the list; every typed word must occur in name, alias, number or NIK."""
    conditions: list[Any] = []
    for word in fold(flt.search).split():
        matches = Inmate.search_text.like(f"%{like_escape(word)}%", escape="\\")
        compact = fold(number_key(word))  # a number with other separators: its key
        if compact and compact != word:
            matches = or_(
                matches, Inmate.search_text.like(f"%{like_escape(compact)}%", escape="\\")
            )
        conditions.append(matches)
    if flt.status == ACTIVE:
        conditions.append(Inmate.status.in_([s.value for s in ACTIVE_STATUSES]))
    elif flt.status:
        conditions.append(Inmate.status == flt.status)
    for name in ("reg_code", "block", "religion", "sex"):
        value = getattr(flt, name)
        if value:
            conditions.append(getattr(Inmate, name) == value)
    return stmt.where(and_(*conditions)) if conditions else stmt


def list_statement(flt: InmateFilter) -> Select:
    column = _SORT.get(flt.sort, Inmate.name_key)
    keys = [column]
    if flt.sort_values:
        rank = {value: index for index, value in enumerate(flt.sort_values)}
        keys.insert(0, case(rank, value=column, else_=len(rank)))
    keys.append(Inmate.id)
    return apply_filter(select(*LIST_COLUMNS), flt).order_by(
        *(key.desc() if flt.descending else key.asc() for key in keys)
    )


class InmateQueries:
    """Mixed into InmateService (which provides _uow, _clock)."""

    def list_page(
        self, actor: Actor, flt: InmateFilter, offset: int = 0, limit: int = 200
    ) -> list[InmateRow]:
        require(actor, Permission.VIEW_REGISTER)
        with self._uow() as uow:
            rows = uow.session.execute(list_statement(flt).offset(offset).limit(limit))
            return [InmateRow(*row) for row in rows]

    def count(self, actor: Actor, flt: InmateFilter) -> int:
        require(actor, Permission.VIEW_REGISTER)
        with self._uow() as uow:
            stmt = apply_filter(select(func.count()).select_from(Inmate), flt)
            return int(uow.session.scalar(stmt) or 0)

    def iter_rows(self, actor: Actor, flt: InmateFilter, batch: int = 2000) -> Iterator[InmateRow]:
        """Every matching row in list order (export), read in batches."""
        require(actor, Permission.VIEW_REGISTER)
        offset = 0
        while True:
            page = self.list_page(actor, flt, offset, batch)
            yield from page
            if len(page) < batch:
                return
            offset += batch

    def distinct_values(self, actor: Actor, column: str) -> list[str]:
        """Values present in the register for a filter combo (blocks, codes, religions)."""
        require(actor, Permission.VIEW_REGISTER)
        if column not in ("block", "reg_code", "religion"):
            raise ValueError(column)
        col = getattr(Inmate, column)
        with self._uow() as uow:
            return [v for v in uow.session.scalars(select(col).distinct().order_by(col)) if v]

    def get(self, actor: Actor, inmate_id: str) -> InmateRecord:
        require(actor, Permission.VIEW_REGISTER)
        with self._uow() as uow:
            row = uow.session.get(Inmate, inmate_id)
            if row is None:
                raise NotFound()
            record = to_record(uow.session, row, {})
        # every soft warning of the record as stored (NIK disagreeing, a detention longer than
        # grant + extension), as the form shows them when it opens
        today = self._clock().date()
        return replace(record, warnings=validate_record(record.data, today).warnings)

    def find_id(self, actor: Actor, reg_number: str) -> str | None:
        require(actor, Permission.VIEW_REGISTER)
        with self._uow() as uow:
            return uow.session.scalar(select(Inmate.id).where(Inmate.reg_number == reg_number))

    def expiry_counts(self, actor: Actor) -> tuple[int, int]:
        """(ending within 3 days or already past, ending in 4-10 days) among detainees."""
        require(actor, Permission.VIEW_REGISTER)
        today = self._clock().date()
        low, high = warning_window(today)
        urgent_until = today + timedelta(days=URGENT_DAYS)
        stmt = select(
            func.count().filter(Inmate.detention_until <= urgent_until),
            func.count().filter(Inmate.detention_until > urgent_until),
        ).where(Inmate.status == Status.TAHANAN.value, Inmate.detention_until.between(low, high))
        with self._uow() as uow:
            urgent, soon = uow.session.execute(stmt).one()
            return int(urgent or 0), int(soon or 0)

    def expiry_warnings(self, actor: Actor, limit: int | None = None) -> list[ExpiryWarning]:
        """Detainees whose detention ends within 10 days (3 = within 3 days or already past),
        the most urgent first; `limit` keeps only the first ones."""
        require(actor, Permission.VIEW_REGISTER)
        today = self._clock().date()
        low, high = warning_window(today)
        stmt = (
            select(
                Inmate.id,
                Inmate.reg_number,
                Inmate.full_name,
                Inmate.reg_code,
                Inmate.detention_until,
            )
            .where(
                Inmate.status == Status.TAHANAN.value,
                Inmate.detention_until.is_not(None),
                Inmate.detention_until.between(low, high),
            )
            .order_by(Inmate.detention_until, Inmate.name_key)
            .limit(limit)
        )
        with self._uow() as uow:
            return [
                ExpiryWarning(
                    i, reg, name, code, end, days_left(end, today), expiry_level(end, today)
                )
                for i, reg, name, code, end in uow.session.execute(stmt)
            ]

    def history(self, actor: Actor, inmate_id: str) -> list[AuditEventDTO]:
        """The record's changes from the audit log, oldest first."""
        require(actor, Permission.VIEW_REGISTER)
        return AuditService(self._uow).history(actor, "inmate", inmate_id)

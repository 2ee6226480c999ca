"""Moving an inmate record between its plain data form and the ORM rows (inside a session).

Shared by the record writes, the status changes, the import and the demo data.
"""

from __future__ import annotations

import unicodedata
from dataclasses import fields
from datetime import date
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.db.models import (
    DetentionPeriod,
    DisciplineEntry,
    Inmate,
    InmateCase,
    InmatePlacement,
    StatusEvent,
)
from app.domain.inmates.codes import ACTIVE_STATUSES, Status
from app.domain.inmates.record import (
    IDENTITY_FIELDS,
    CaseData,
    DetentionData,
    DisciplineData,
    InmateData,
    to_plain,
)
from app.domain.inmates.regnumber import number_key, number_sort_key
from app.services.inmates_dto import InmateRecord, PlacementDTO, StatusEventDTO

CASE_FIELDS = tuple(f.name for f in fields(CaseData))


def fold(text: str) -> str:
    """Lowercase without accents: how both the search column and the typed query are compared."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_text(data: InmateData) -> str:
    compact_reg = number_key(data.reg_number)  # "A.II-87/2026" finds AII.87/2026 too
    return fold(" ".join((data.full_name, data.aliases, data.reg_number, compact_reg, data.nik)))


def detention_until(data: InmateData) -> date | None:
    current = data.current_detention()
    return current.end if current and data.status == Status.TAHANAN else None


def row_values(data: InmateData) -> dict[str, Any]:
    """The columns of the inmates table for `data` (without id, photo and timestamps)."""
    values = {name: getattr(data, name) for name in IDENTITY_FIELDS}
    values["name_key"] = fold(data.full_name)
    values["search_text"] = search_text(data)
    values["reg_sort_key"] = number_sort_key(data.reg_number)
    values["detention_until"] = detention_until(data)
    return values


def child_rows(inmate_id: str, data: InmateData) -> tuple[list, list, list]:
    cases = [
        InmateCase(inmate_id=inmate_id, position=i, **{n: getattr(c, n) for n in CASE_FIELDS})
        for i, c in enumerate(data.cases)
    ]
    periods = [
        DetentionPeriod(
            inmate_id=inmate_id, stage=d.stage, kind=d.kind, start_date=d.start, end_date=d.end
        )
        for d in data.detentions
    ]
    entries = [
        DisciplineEntry(
            inmate_id=inmate_id,
            date=e.date,
            violation=e.violation,
            punishment=e.punishment,
            period_start=e.period_start,
            period_end=e.period_end,
        )
        for e in data.discipline
    ]
    return cases, periods, entries


def write_record(session: Session, row: Inmate, data: InmateData) -> None:
    """Set the row's columns and replace its cases, detention periods and discipline entries."""
    for name, value in row_values(data).items():
        setattr(row, name, value)
    session.flush()
    for model in (InmateCase, DetentionPeriod, DisciplineEntry):
        session.execute(delete(model).where(model.inmate_id == row.id))
    for group in child_rows(row.id, data):
        session.add_all(group)


def move_placement(session: Session, row: Inmate, when: date, username: str) -> None:
    """Close the open placement if block/cell changed and open the new one. Someone no longer
    held here (released, transferred, dead) gets no new placement when the record is edited."""
    if row.status not in ACTIVE_STATUSES:
        return
    current = session.scalar(
        select(InmatePlacement)
        .where(InmatePlacement.inmate_id == row.id, InmatePlacement.end_date.is_(None))
        .order_by(InmatePlacement.id.desc())
    )
    if current is not None and (current.block, current.cell) == (row.block, row.cell):
        return
    if current is not None:
        current.end_date = when
    if row.block or row.cell:
        session.add(InmatePlacement(inmate_id=row.id, block=row.block, cell=row.cell,
                                    start_date=when, username=username))  # fmt: skip


def read_record(session: Session, row: Inmate) -> InmateData:
    cases = session.scalars(
        select(InmateCase).where(InmateCase.inmate_id == row.id).order_by(InmateCase.position)
    )
    periods = session.scalars(
        select(DetentionPeriod)
        .where(DetentionPeriod.inmate_id == row.id)
        .order_by(DetentionPeriod.start_date, DetentionPeriod.id)
    )
    entries = session.scalars(
        select(DisciplineEntry)
        .where(DisciplineEntry.inmate_id == row.id)
        .order_by(DisciplineEntry.date, DisciplineEntry.id)
    )
    return InmateData(
        **{name: getattr(row, name) for name in IDENTITY_FIELDS},
        cases=tuple(CaseData(**{n: getattr(c, n) for n in CASE_FIELDS}) for c in cases),
        detentions=tuple(DetentionData(p.stage, p.start_date, p.end_date, p.kind) for p in periods),
        discipline=tuple(
            DisciplineData(e.date, e.violation, e.punishment, e.period_start, e.period_end)
            for e in entries
        ),
    )


def audit_view(data: InmateData, photo: bytes | None) -> dict[str, Any]:
    """What the audit log keeps of a record (the photo only as its size)."""
    plain = to_plain(data)
    plain["photo"] = f"{len(photo)} bytes" if photo else None
    return plain


def to_record(session: Session, row: Inmate, warnings: dict[str, str]) -> InmateRecord:
    placements = session.scalars(
        select(InmatePlacement)
        .where(InmatePlacement.inmate_id == row.id)
        .order_by(InmatePlacement.start_date, InmatePlacement.id)
    )
    events = session.scalars(
        select(StatusEvent).where(StatusEvent.inmate_id == row.id).order_by(StatusEvent.id)
    )
    return InmateRecord(
        id=row.id,
        data=read_record(session, row),
        photo=row.photo,
        placements=tuple(
            PlacementDTO(p.block, p.cell, p.start_date, p.end_date, p.username) for p in placements
        ),
        events=tuple(
            StatusEventDTO(
                e.kind,
                e.date,
                e.from_status,
                e.to_status,
                e.reason,
                e.destination,
                e.document,
                e.note,
                e.username,
                e.at,
            )
            for e in events
        ),
        warnings=dict(warnings),
        created_at=row.created_at,
        updated_at=row.updated_at,
    )

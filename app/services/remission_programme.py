"""Remission ceremonies, the day's programme: the run sheet (agenda items in order, filled from
the default template when empty) and the invited guests (the mayor hands over the decrees).
Attendance comes from RemissionAttendance (remission_attendance.py); the printed run sheet and
attendance list are made here (app/reports/ceremony_programme_pdf.py).

Agenda and guests may be edited in every status, draft, approved and locked alike: the day's
programme changes late, long after the list of recipients is final. Reads need VIEW_REMISSION,
writes EDIT_REMISSION; every write is audited (before/after) in its own unit of work.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, fields
from typing import Any

from sqlalchemy import select

from app.db.models import CeremonyAgendaItem, CeremonyGuest, Facility
from app.domain.roles import Permission
from app.errors import NotFound, ValidationError
from app.reports.ceremony_programme_pdf import render_attendance, render_run_sheet
from app.services import audit
from app.services.actor import Actor, require
from app.services.remission_agenda import (
    BAD_TIME,
    clean_agenda,
    clean_guest,
    default_template,
    parse_time,
)
from app.services.remission_attendance import RemissionAttendance
from app.services.remission_ceremonies import ceremony_dto
from app.services.remission_programme_dto import (
    AgendaInput,
    AgendaItemDTO,
    GuestDTO,
    GuestInput,
)
from app.text import QT_TRANSLATE_NOOP

NOT_EMPTY = QT_TRANSLATE_NOOP(
    "errors", "Susunan acara sudah berisi; susunan baku hanya mengisi susunan yang kosong."
)
Child = CeremonyAgendaItem | CeremonyGuest
# model -> (audit entity, DTO class)
KINDS: dict[type, tuple[str, type]] = {
    CeremonyAgendaItem: ("remission_agenda_item", AgendaItemDTO),
    CeremonyGuest: ("remission_guest", GuestDTO),
}


def child_dto(row: Child) -> Any:
    cls = KINDS[type(row)][1]
    return cls(**{f.name: getattr(row, f.name) for f in fields(cls)})


def ordered(session, model: type, ceremony_id: str) -> list[Any]:
    stmt = select(model).where(model.ceremony_id == ceremony_id)
    return list(session.scalars(stmt.order_by(model.position, model.id)))


def renumber(rows: list[Any]) -> None:
    for index, row in enumerate(rows):
        if row.position != index:
            row.position = index


class RemissionProgramme(RemissionAttendance):
    """Mixed into RemissionService (which provides _uow, _clock and _ceremony)."""

    # --- agenda -------------------------------------------------------------------------------
    def agenda(self, actor: Actor, ceremony_id: str) -> list[AgendaItemDTO]:
        """The run sheet in order."""
        return self._child_list(actor, CeremonyAgendaItem, ceremony_id)

    def add_agenda_item(self, actor: Actor, ceremony_id: str, item: AgendaInput) -> AgendaItemDTO:
        """Placed in time order: after the last item that starts at or before it."""
        clean = clean_agenda(item)

        def index(rows: list[CeremonyAgendaItem]) -> int:
            earlier = [i for i, r in enumerate(rows) if r.start_time <= clean.start_time]
            return earlier[-1] + 1 if earlier else 0

        return self._child_add(actor, CeremonyAgendaItem, ceremony_id, asdict(clean), index)

    def update_agenda_item(self, actor: Actor, item_id: int, item: AgendaInput) -> AgendaItemDTO:
        """Changes the texts and times; the item keeps its place (move it to reorder)."""
        return self._child_update(actor, CeremonyAgendaItem, item_id, asdict(clean_agenda(item)))

    def delete_agenda_item(self, actor: Actor, item_id: int) -> None:
        self._child_delete(actor, CeremonyAgendaItem, item_id)

    def move_agenda_item(self, actor: Actor, item_id: int, step: int) -> list[AgendaItemDTO]:
        """Move up (step -1) or down (+1); times stay with the item. Returns the new order."""
        return self._child_move(actor, CeremonyAgendaItem, item_id, step)

    def default_agenda_start(self) -> str:
        """The start time the template suggests ("08:00")."""
        return default_template().default_start

    def fill_default_agenda(
        self, actor: Actor, ceremony_id: str, start: str = ""
    ) -> list[AgendaItemDTO]:
        """Fill an empty run sheet from the default template, timed from `start` ("HH:MM";
        "" = the template's own start). Refused when the ceremony already has an agenda."""
        require(actor, Permission.EDIT_REMISSION)
        template = default_template()
        begin = parse_time(start) if start.strip() else template.default_start
        if begin is None:
            raise ValidationError({"start_time": BAD_TIME})
        with self._uow() as uow:
            uow.lock_for_write()
            session = uow.session
            self._ceremony(session, ceremony_id)
            if ordered(session, CeremonyAgendaItem, ceremony_id):
                raise ValidationError({"agenda": NOT_EMPTY})
            facility = session.scalar(select(Facility).limit(1))
            city, name = (facility.city, facility.name) if facility else ("", "")
            rows = [CeremonyAgendaItem(ceremony_id=ceremony_id, position=i, **asdict(item))
                    for i, item in enumerate(template.expand(begin, city, name))]  # fmt: skip
            session.add_all(rows)
            session.flush()
            dtos = [child_dto(row) for row in rows]
            audit.record(session, actor, "remission_agenda_filled", "remission_ceremony",
                         ceremony_id, after={"start": begin, "items": [asdict(d) for d in dtos]},
                         clock=self._clock)  # fmt: skip
            uow.commit()
            return dtos

    # --- guests -------------------------------------------------------------------------------
    def guests(self, actor: Actor, ceremony_id: str) -> list[GuestDTO]:
        """The invited guests in protocol order (as arranged)."""
        return self._child_list(actor, CeremonyGuest, ceremony_id)

    def add_guest(self, actor: Actor, ceremony_id: str, guest: GuestInput) -> GuestDTO:
        """Added at the end of the list."""
        return self._child_add(actor, CeremonyGuest, ceremony_id, asdict(clean_guest(guest)), len)

    def update_guest(self, actor: Actor, guest_id: int, guest: GuestInput) -> GuestDTO:
        return self._child_update(actor, CeremonyGuest, guest_id, asdict(clean_guest(guest)))

    def delete_guest(self, actor: Actor, guest_id: int) -> None:
        self._child_delete(actor, CeremonyGuest, guest_id)

    def move_guest(self, actor: Actor, guest_id: int, step: int) -> list[GuestDTO]:
        return self._child_move(actor, CeremonyGuest, guest_id, step)

    def set_guest_attendance(self, actor: Actor, guest_id: int, attended: bool | None) -> GuestDTO:
        """Came (True), did not come (False), not known (None)."""
        return self._child_update(actor, CeremonyGuest, guest_id, {"attended": attended})

    # --- printed papers -----------------------------------------------------------------------
    def run_sheet_pdf(self, actor: Actor, ceremony_id: str) -> bytes:
        """SUSUNAN ACARA with the invited guests and their roles; any status."""
        require(actor, Permission.VIEW_REMISSION)
        with self._uow() as uow:
            session = uow.session
            ceremony = ceremony_dto(self._ceremony(session, ceremony_id))
            agenda, guests = self._programme_lists(session, ceremony_id)
            facility = self._programme_facility(session)
        return render_run_sheet(facility, ceremony, agenda, guests, self._clock().date())

    def attendance_pdf(self, actor: Actor, ceremony_id: str) -> bytes:
        """DAFTAR HADIR PENERIMA REMISI and of the guests; approved or locked ceremonies."""
        require(actor, Permission.VIEW_REMISSION)
        with self._uow() as uow:
            session = uow.session
            ceremony = ceremony_dto(self._attendance_ceremony(session, ceremony_id))
            recipients = self._attendance_lines(session, ceremony_id)
            _, guests = self._programme_lists(session, ceremony_id)
            facility = self._programme_facility(session)
        return render_attendance(facility, ceremony, recipients, guests, ceremony.date)

    @staticmethod
    def _programme_lists(session, ceremony_id: str) -> tuple[list[AgendaItemDTO], list[GuestDTO]]:
        agenda = [child_dto(row) for row in ordered(session, CeremonyAgendaItem, ceremony_id)]
        guests = [child_dto(row) for row in ordered(session, CeremonyGuest, ceremony_id)]
        return agenda, guests

    # --- the ordered children of a ceremony, one way for both kinds --------------------------
    def _child_list(self, actor: Actor, model: type, ceremony_id: str) -> list[Any]:
        require(actor, Permission.VIEW_REMISSION)
        with self._uow() as uow:
            self._ceremony(uow.session, ceremony_id)
            return [child_dto(row) for row in ordered(uow.session, model, ceremony_id)]

    def _child_row(self, session, model: type, row_id: int) -> Any:
        row = session.get(model, row_id)
        if row is None:
            raise NotFound()
        return row

    def _child_add(self, actor: Actor, model: type, ceremony_id: str, values: dict[str, Any],
             index: Callable[[list[Any]], int]) -> Any:  # fmt: skip
        require(actor, Permission.EDIT_REMISSION)
        entity = KINDS[model][0]
        with self._uow() as uow:
            uow.lock_for_write()
            session = uow.session
            self._ceremony(session, ceremony_id)
            rows = ordered(session, model, ceremony_id)
            row = model(ceremony_id=ceremony_id, position=len(rows), **values)
            rows.insert(index(rows), row)
            session.add(row)
            renumber(rows)
            session.flush()
            dto = child_dto(row)
            audit.record(session, actor, f"{entity}_added", entity, row.id, after=asdict(dto),
                         clock=self._clock)  # fmt: skip
            uow.commit()
            return dto

    def _child_update(self, actor: Actor, model: type, row_id: int, values: dict[str, Any]) -> Any:
        require(actor, Permission.EDIT_REMISSION)
        entity = KINDS[model][0]
        with self._uow() as uow:
            uow.lock_for_write()
            session = uow.session
            row = self._child_row(session, model, row_id)
            before = asdict(child_dto(row))
            for key, value in values.items():
                setattr(row, key, value)
            session.flush()
            dto = child_dto(row)
            audit.record(session, actor, f"{entity}_updated", entity, row.id, before=before,
                         after=asdict(dto), clock=self._clock)  # fmt: skip
            uow.commit()
            return dto

    def _child_delete(self, actor: Actor, model: type, row_id: int) -> None:
        require(actor, Permission.EDIT_REMISSION)
        entity = KINDS[model][0]
        with self._uow() as uow:
            uow.lock_for_write()
            session = uow.session
            row = self._child_row(session, model, row_id)
            before = asdict(child_dto(row))
            rows = [r for r in ordered(session, model, row.ceremony_id) if r.id != row.id]
            session.delete(row)
            renumber(rows)
            audit.record(session, actor, f"{entity}_deleted", entity, row_id, before=before,
                         clock=self._clock)  # fmt: skip
            uow.commit()

    def _child_move(self, actor: Actor, model: type, row_id: int, step: int) -> list[Any]:
        require(actor, Permission.EDIT_REMISSION)
        entity = KINDS[model][0]
        with self._uow() as uow:
            uow.lock_for_write()
            session = uow.session
            row = self._child_row(session, model, row_id)
            rows = ordered(session, model, row.ceremony_id)
            old = rows.index(row)
            new = max(0, min(len(rows) - 1, old + step))
            if new != old:
                rows.insert(new, rows.pop(old))
                renumber(rows)
                audit.record(session, actor, f"{entity}_moved", entity, row_id,
                             before={"position": old}, after={"position": new},
                             clock=self._clock)  # fmt: skip
                uow.commit()
            return [child_dto(r) for r in rows]

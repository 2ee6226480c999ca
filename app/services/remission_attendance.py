"""Remission ceremonies, the day itself: who of the recipients attended (hadir, tidak hadir, izin,
sakit), recorded for many at once.

The recipients are the ceremony's granted lines (the computed decision or its override), so the
attendance list exists once the ceremony is approved (or locked): before that it is not final.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import and_, delete, select

from app.db.models import CeremonyAttendance, CeremonyLine, Facility, Inmate
from app.domain.roles import Permission
from app.errors import NotFound, ValidationError
from app.services import audit
from app.services.actor import Actor, require
from app.services.facility import FacilityProfile, to_profile
from app.services.remission_dto import CeremonyStatus
from app.services.remission_lines import granted_values
from app.services.remission_programme_dto import (
    ATTENDANCE_STATUSES,
    AttendanceEntry,
    AttendanceLine,
)
from app.text import QT_TRANSLATE_NOOP

NOT_FINAL = QT_TRANSLATE_NOOP(
    "errors",
    "Daftar hadir baru dapat diisi setelah upacara disetujui pimpinan: sebelum itu daftar "
    "penerima remisi belum final.",
)
NOT_RECIPIENT = QT_TRANSLATE_NOOP("errors", "Tidak ada dalam daftar penerima remisi upacara ini.")


class RemissionAttendance:
    """Mixed into RemissionService through RemissionProgramme (_uow, _clock, _ceremony)."""

    def _attendance_ceremony(self, session, ceremony_id: str):
        ceremony = self._ceremony(session, ceremony_id)
        if ceremony.status not in (CeremonyStatus.APPROVED, CeremonyStatus.LOCKED):
            raise ValidationError(template=NOT_FINAL)
        return ceremony

    def _attendance_lines(self, session, ceremony_id: str) -> list[AttendanceLine]:
        """Granted lines in name order with their recorded attendance (Core rows, no ORM)."""
        line, person, att = (CeremonyLine.__table__, Inmate.__table__,
                             CeremonyAttendance.__table__)  # fmt: skip
        stmt = (
            select(line, person.c.reg_number, person.c.full_name, person.c.block, person.c.cell,
                   att.c.status.label("att_status"), att.c.note.label("att_note"),
                   att.c.recorded_by, att.c.recorded_at)
            .join(person, person.c.id == line.c.inmate_id)
            .outerjoin(att, and_(att.c.ceremony_id == line.c.ceremony_id,
                                 att.c.inmate_id == line.c.inmate_id))
            .where(line.c.ceremony_id == ceremony_id)
            .order_by(person.c.name_key, person.c.id)
        )  # fmt: skip
        return [
            AttendanceLine(
                row.inmate_id,
                row.reg_number,
                row.full_name,
                row.block,
                row.cell,
                row.att_status or "",
                row.att_note or "",
                row.recorded_by or "",
                row.recorded_at,
            )
            for row in session.connection().execute(stmt)
            if granted_values(row)[0]
        ]

    def attendance_list(self, actor: Actor, ceremony_id: str) -> list[AttendanceLine]:
        """The recipients in name order with what was recorded ("" = not yet)."""
        require(actor, Permission.VIEW_REMISSION)
        with self._uow() as uow:
            self._attendance_ceremony(uow.session, ceremony_id)
            return self._attendance_lines(uow.session, ceremony_id)

    def record_attendance(
        self, actor: Actor, ceremony_id: str, entries: Sequence[AttendanceEntry]
    ) -> int:
        """Record (or, with status "", clear) the attendance of many recipients at once.
        All or nothing: an inmate not among the recipients, an unknown status or a person twice
        refuses the whole batch, naming the rows. Returns how many rows changed."""
        require(actor, Permission.EDIT_REMISSION)
        with self._uow() as uow:
            uow.lock_for_write()
            session = uow.session
            self._attendance_ceremony(session, ceremony_id)
            recipients = {r.inmate_id: r for r in self._attendance_lines(session, ceremony_id)}
            errors: dict[str, str] = {}
            seen: set[str] = set()
            for entry in entries:
                key = f"entries.{entry.inmate_id}"
                if entry.inmate_id not in recipients:
                    errors[key] = NOT_RECIPIENT
                elif entry.status and entry.status not in ATTENDANCE_STATUSES:
                    errors[key] = QT_TRANSLATE_NOOP("errors", "Status kehadiran tidak dikenal.")
                elif entry.inmate_id in seen:
                    errors[key] = QT_TRANSLATE_NOOP("errors", "Tercatat lebih dari sekali.")
                seen.add(entry.inmate_id)
            if errors:
                raise ValidationError(
                    errors,
                    QT_TRANSLATE_NOOP("errors", "Daftar hadir tidak disimpan; periksa: {rows}."),
                    rows=", ".join(self._attendance_names(session, recipients, errors)),
                )
            changes = self._write_attendance(session, actor, ceremony_id, recipients, entries)
            if changes:
                audit.record(session, actor, "remission_attendance_recorded", "remission_ceremony",
                             ceremony_id, after={"entries": changes}, clock=self._clock)  # fmt: skip
                uow.commit()
            return len(changes)

    @staticmethod
    def _attendance_names(session, recipients, errors: dict[str, str]) -> list[str]:
        ids = [key.split(".", 1)[1] for key in errors]
        known = {r.inmate_id: f"{r.reg_number} {r.full_name}" for r in recipients.values()}
        missing = [i for i in ids if i not in known]
        if missing:
            rows = session.execute(select(Inmate.id, Inmate.reg_number, Inmate.full_name)
                                   .where(Inmate.id.in_(missing)))  # fmt: skip
            known.update({r.id: f"{r.reg_number} {r.full_name}" for r in rows})
        return [known.get(i, i) for i in ids]

    def _write_attendance(self, session, actor: Actor, ceremony_id: str,
                          recipients: dict[str, AttendanceLine],
                          entries: Sequence[AttendanceEntry]) -> list[dict]:  # fmt: skip
        now = self._clock()
        rows = {r.inmate_id: r for r in session.scalars(
            select(CeremonyAttendance).where(CeremonyAttendance.ceremony_id == ceremony_id))}  # fmt: skip
        changes = []
        for entry in entries:
            old = recipients[entry.inmate_id]
            status, note = entry.status, entry.note.strip() if entry.status else ""
            if (status, note) == (old.status, old.note):
                continue
            row = rows.get(entry.inmate_id)
            if not status:
                session.execute(delete(CeremonyAttendance).where(CeremonyAttendance.id == row.id))
            elif row is None:
                session.add(CeremonyAttendance(ceremony_id=ceremony_id, inmate_id=entry.inmate_id,
                                               status=status, note=note,
                                               recorded_by=actor.username, recorded_at=now))  # fmt: skip
            else:
                row.status, row.note = status, note
                row.recorded_by, row.recorded_at = actor.username, now
            changes.append({"inmate_id": entry.inmate_id,
                            "before": {"status": old.status, "note": old.note},
                            "status": status, "note": note})  # fmt: skip
        return changes

    @staticmethod
    def _programme_facility(session) -> FacilityProfile:
        row = session.scalar(select(Facility).limit(1))
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "Profil fasilitas belum diisi."))
        return to_profile(row)

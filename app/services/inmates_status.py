"""Status changes as explicit actions with their papers: verdict (tahanan -> narapidana),
release, transfer out, death. Each writes a status event, updates the record and is audited.

A mistaken release, transfer or death (the latest change of a record) can be undone by an
administrator with a written reason: the record returns to its active status, the placement the
change closed is open again, and an "undo" status event (the mistaken one stays in the history)
and an audit event say who did it and why."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Inmate, InmatePlacement, StatusEvent
from app.domain.inmates.codes import ACTIVE_STATUSES, ReleaseReason, Status, propose_code
from app.domain.inmates.record import CaseData, InmateData
from app.domain.inmates.rules import RecordCheck
from app.domain.roles import Permission, Role
from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.services import audit
from app.services.actor import Actor, require
from app.services.inmates_dto import InmateRecord, StatusAction, StatusChange, StatusEventDTO
from app.services.inmates_store import audit_view, read_record, to_record, write_record
from app.services.inmates_write import check_record
from app.text import QT_TRANSLATE_NOOP

REQUIRED = QT_TRANSLATE_NOOP("errors", "Wajib diisi.")
_TARGET = {
    StatusAction.VERDICT: Status.NARAPIDANA,
    StatusAction.RELEASE: Status.BEBAS,
    StatusAction.TRANSFER: Status.PINDAH,
    StatusAction.DEATH: Status.MENINGGAL,
}


UNDO = "undo"  # the kind of the status event that undoes a mistaken final change
# the changes an administrator may undo: those that take the person off the active register
# (a verdict rewrites the case and the code; it is corrected in the record's cases)
UNDOABLE = (StatusAction.RELEASE, StatusAction.TRANSFER, StatusAction.DEATH)
NOTHING_TO_UNDO = QT_TRANSLATE_NOOP(
    "errors", "Tidak ada pembebasan, pemindahan, atau kematian yang dapat dibatalkan."
)
CHANGED_SINCE = QT_TRANSLATE_NOOP(
    "errors",
    "Data WBP ini sudah berubah setelah perubahan status itu; pembatalan tidak dapat dilakukan.",
)
ADMIN_ONLY = QT_TRANSLATE_NOOP(
    "errors", "Hanya administrator yang dapat membatalkan perubahan status."
)


def can_undo_status(actor: Actor) -> bool:
    """Who may undo a final status change (the UI shows the action to them only)."""
    return actor.role is Role.ADMIN and actor.can(Permission.EDIT_REGISTER)


def _apply(data: InmateData, change: StatusChange, errors: dict[str, str]) -> InmateData:
    """The record as it will be after the change (errors collected for the change's own fields)."""
    status = Status(data.status)
    if change.action == StatusAction.VERDICT:
        if status is not Status.TAHANAN:
            errors["status"] = QT_TRANSLATE_NOOP(
                "errors", "Hanya tahanan yang dapat menjadi narapidana."
            )
        case = change.case
        if case is None:
            errors["verdict_number"] = REQUIRED
            return data
        cases = _with_verdict(data, case)
        new_code = propose_code(Status.NARAPIDANA, case.sentence_type or None, case.sentence)
        return replace(data, status=Status.NARAPIDANA.value, cases=cases,
                       reg_code=new_code.value if new_code else data.reg_code)  # fmt: skip
    if status not in ACTIVE_STATUSES:
        errors["status"] = QT_TRANSLATE_NOOP(
            "errors", "WBP ini sudah tidak tercatat sebagai penghuni."
        )
    if change.action == StatusAction.RELEASE:
        if change.reason not in {r.value for r in ReleaseReason}:
            errors["reason"] = REQUIRED
        return replace(data, status=Status.BEBAS.value, release_date=change.date,
                       release_reason=change.reason)  # fmt: skip
    if change.action == StatusAction.TRANSFER:
        if not change.destination.strip():
            errors["destination"] = REQUIRED
        return replace(data, status=Status.PINDAH.value, release_date=change.date,
                       transfer_destination=change.destination.strip())  # fmt: skip
    return replace(data, status=Status.MENINGGAL.value, death_date=change.date)


def _with_verdict(data: InmateData, verdict: CaseData) -> tuple[CaseData, ...]:
    """The cases after the verdict. It completes the pending case (InmateData.pending_index) in
    its place; the articles, court and crime category it leaves empty are kept from that case
    (entered on admission). With no case pending it is added. Other pending cases (other
    charges) stay as they are."""
    cases, index = data.cases, data.pending_index()
    if index is None:
        return (*cases, verdict)
    pending = cases[index]
    completed = replace(
        verdict,
        articles=verdict.articles.strip() or pending.articles,
        court=verdict.court.strip() or pending.court,
        crime_category=verdict.crime_category.strip() or pending.crime_category,
    )
    return (*cases[:index], completed, *cases[index + 1 :])


def _field(key: str) -> str:
    """`cases.2.inkracht_date` -> `inkracht_date` (the status dialog has one case)."""
    return key.split(".")[-1] if key.startswith("cases.") else key


class InmateStatusChanges:
    """Mixed into InmateService (which provides _uow, _clock)."""

    def check_status_change(self, actor: Actor, inmate_id: str, change: StatusChange) -> None:
        """Raise the ValidationError `change_status` would raise, without writing (the dialog
        asks to confirm a final change only once it can be saved)."""
        require(actor, Permission.EDIT_REGISTER)
        with self._uow() as uow:
            self._checked(uow.session, inmate_id, change)

    def _checked(
        self, session: Session, inmate_id: str, change: StatusChange
    ) -> tuple[Inmate, InmateData, InmateData, RecordCheck]:
        """The stored row, the record before and after `change`, and its check; raises
        ValidationError listing every problem."""
        if change.action not in StatusAction.ALL:
            raise ValidationError(
                {"action": QT_TRANSLATE_NOOP("errors", "Tindakan tidak dikenal.")}
            )
        today = self._clock().date()
        row = session.get(Inmate, inmate_id)
        if row is None:
            raise NotFound()
        data = read_record(session, row)
        errors: dict[str, str] = {}
        if change.date > today:
            errors["date"] = QT_TRANSLATE_NOOP("errors", "Tanggal tidak boleh di masa depan.")
        elif data.admission_date and change.date < data.admission_date:
            errors["date"] = QT_TRANSLATE_NOOP(
                "errors", "Tanggal tidak boleh sebelum tanggal masuk."
            )
        new = _apply(data, change, errors)
        if errors:
            raise ValidationError(errors)
        check = check_record(session, new, today, own_id=inmate_id)
        if check.errors:
            raise ValidationError({_field(k): v for k, v in check.errors.items()})
        return row, data, new, check

    def change_status(self, actor: Actor, inmate_id: str, change: StatusChange) -> InmateRecord:
        require(actor, Permission.EDIT_REGISTER)
        with self._uow() as uow:
            row, data, new, check = self._checked(uow.session, inmate_id, change)
            before = audit_view(data, row.photo)
            write_record(uow.session, row, new)
            row.updated_at = self._clock()
            if new.status not in ACTIVE_STATUSES:
                self._close_placement(uow.session, row.id, change.date)
            uow.session.add(
                StatusEvent(
                    inmate_id=row.id,
                    kind=change.action,
                    date=change.date,
                    from_status=data.status,
                    to_status=new.status,
                    reason=change.reason,
                    destination=change.destination.strip(),
                    document=change.document.strip(),
                    note=change.note.strip(),
                    username=actor.username,
                    at=self._clock(),
                )
            )
            after = audit_view(new, row.photo)
            after["action"] = {"action": change.action, "date": change.date.isoformat(),
                               "document": change.document.strip(), "reason": change.reason,
                               "destination": change.destination.strip()}  # fmt: skip
            audit.record(uow.session, actor, f"inmate_{change.action}", "inmate", row.id,
                         before=before, after=after, clock=self._clock)  # fmt: skip
            record = to_record(uow.session, row, check.warnings)
            uow.commit()
            return record

    def undoable_status_change(self, actor: Actor, inmate_id: str) -> StatusEventDTO | None:
        """The release, transfer or death `undo_status_change` would undo, if any."""
        require(actor, Permission.VIEW_REGISTER)
        with self._uow() as uow:
            event = _latest_event(uow.session, inmate_id)
            if event is None or event.kind not in UNDOABLE:
                return None
            return StatusEventDTO(event.kind, event.date, event.from_status, event.to_status,
                                  event.reason, event.destination, event.document, event.note,
                                  event.username, event.at)  # fmt: skip

    def undo_status_change(self, actor: Actor, inmate_id: str, reason: str) -> InmateRecord:
        """Undo the record's latest status change when it is a release, transfer or death
        (an administrator, with a written reason). Refused when there is none, or when the
        record no longer shows it (a later change would be lost)."""
        require(actor, Permission.EDIT_REGISTER)
        if not can_undo_status(actor):
            raise PermissionDenied(ADMIN_ONLY)
        reason = reason.strip()
        if not reason:
            raise ValidationError({"reason": REQUIRED})
        today = self._clock().date()
        with self._uow() as uow:
            row = uow.session.get(Inmate, inmate_id)
            if row is None:
                raise NotFound()
            event = _latest_event(uow.session, inmate_id)
            if event is None or event.kind not in UNDOABLE:
                raise Conflict(NOTHING_TO_UNDO)
            data = read_record(uow.session, row)
            if not _shows(data, event):
                raise Conflict(CHANGED_SINCE)
            new = _undone(data, event)
            check = check_record(uow.session, new, today, own_id=inmate_id)
            if check.errors:
                raise ValidationError(check.errors)
            before = audit_view(data, row.photo)
            write_record(uow.session, row, new)
            row.updated_at = self._clock()
            self._reopen_placement(uow.session, row.id, event.date)
            undo = StatusEvent(inmate_id=row.id, kind=UNDO, date=today, from_status=data.status,
                               to_status=new.status, note=reason, username=actor.username,
                               at=self._clock())  # fmt: skip
            uow.session.add(undo)
            after = audit_view(new, row.photo)
            after["action"] = {"action": UNDO, "undone": event.kind,
                               "date": event.date.isoformat(), "reason": reason}  # fmt: skip
            audit.record(uow.session, actor, "inmate_status_undone", "inmate", row.id,
                         before=before, after=after, clock=self._clock)  # fmt: skip
            record = to_record(uow.session, row, check.warnings)
            uow.commit()
            return record

    @staticmethod
    def _reopen_placement(session: Session, inmate_id: str, closed_on) -> None:
        """Open again the placement the change closed, unless one is open (a later edit of
        the block or cell opened it)."""
        placements = session.scalars(
            select(InmatePlacement)
            .where(InmatePlacement.inmate_id == inmate_id)
            .order_by(InmatePlacement.id.desc())
        ).all()
        if not placements or any(p.end_date is None for p in placements):
            return
        if placements[0].end_date == closed_on:
            placements[0].end_date = None

    @staticmethod
    def _close_placement(session, inmate_id: str, when) -> None:
        for placement in session.scalars(
            select(InmatePlacement).where(
                InmatePlacement.inmate_id == inmate_id, InmatePlacement.end_date.is_(None)
            )
        ):
            placement.end_date = when


def _latest_event(session: Session, inmate_id: str) -> StatusEvent | None:
    return session.scalar(
        select(StatusEvent)
        .where(StatusEvent.inmate_id == inmate_id)
        .order_by(StatusEvent.id.desc())
        .limit(1)
    )


def _shows(data: InmateData, event: StatusEvent) -> bool:
    """Does the record still read as `event` left it?"""
    if data.status != event.to_status:
        return False
    if event.kind == StatusAction.DEATH:
        return data.death_date == event.date
    if event.kind == StatusAction.RELEASE:
        return data.release_date == event.date and data.release_reason == event.reason
    return data.release_date == event.date and data.transfer_destination == event.destination


def _undone(data: InmateData, event: StatusEvent) -> InmateData:
    """The record as it was before `event`: its active status, the fields the change set empty
    (an active person has none of them)."""
    if event.kind == StatusAction.DEATH:
        return replace(data, status=event.from_status, death_date=None)
    if event.kind == StatusAction.RELEASE:
        return replace(data, status=event.from_status, release_date=None, release_reason="")
    return replace(data, status=event.from_status, release_date=None, transfer_destination="")


def target_status(action: str) -> Status:
    return _TARGET[action]

"""Writing inmate records (registrasi and admin): create, update, photo, and the facility's
registration-number pattern. Every write is validated as a whole and audited with before/after."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Inmate, StatusEvent
from app.domain.inmates.codes import ACTIVE_STATUSES
from app.domain.inmates.record import InmateData
from app.domain.inmates.regnumber import (
    DEFAULT_PATTERN,
    PatternError,
    RegNumberPattern,
    compile_pattern,
    number_key,
)
from app.domain.inmates.rules import RecordCheck, clean_record, validate_record
from app.domain.roles import Permission
from app.errors import NotFound, ValidationError
from app.services import audit
from app.services.actor import Actor, require
from app.services.inmates_dto import InmateRecord
from app.services.inmates_store import (
    audit_view,
    fold,
    like_escape,
    move_placement,
    read_record,
    to_record,
    write_record,
)
from app.services.meta import get_meta, set_meta
from app.text import QT_TRANSLATE_NOOP

PATTERN_KEY = "inmates.reg_number_pattern"
MAX_PHOTO_BYTES = 1_000_000
KEEP = object()  # update(): leave the photo as it is

DUPLICATE_NUMBER = QT_TRANSLATE_NOOP("errors", "Nomor registrasi sudah dipakai WBP lain.")
DUPLICATE_NIK = QT_TRANSLATE_NOOP("errors", "NIK sudah tercatat untuk WBP lain.")
RETURNING_NIK = QT_TRANSLATE_NOOP(
    "errors",
    "NIK ini tercatat pada WBP yang sudah tidak menjadi penghuni (bebas, pindah atau meninggal). "
    "Pastikan orang yang sama masuk kembali; data lamanya tetap tersimpan.",
)


def load_pattern(session: Session) -> RegNumberPattern:
    source = get_meta(session, PATTERN_KEY) or DEFAULT_PATTERN
    try:
        return compile_pattern(source)
    except PatternError:
        return compile_pattern(DEFAULT_PATTERN)


def same_number_ids(session: Session, number: str) -> list[str]:
    """The inmates whose number is `number`, however its separators are written (the search
    column holds every number's key; the candidates it gives are compared by key)."""
    key = number_key(number)
    if not key:
        return []
    rows = session.execute(
        select(Inmate.id, Inmate.reg_number).where(
            Inmate.search_text.like(f"%{like_escape(fold(key))}%", escape="\\")
        )
    )
    return [row.id for row in rows if number_key(row.reg_number) == key]


def pattern_for(
    pattern: RegNumberPattern, number: str, stored: Inmate | None
) -> RegNumberPattern | None:
    """The pattern `number` must fit: none when it is the number the stored person already has
    (given under an earlier pattern, it is kept)."""
    return None if stored is not None and stored.reg_number == number else pattern


def check_record(
    session: Session, data: InmateData, today, own_id: str | None = None
) -> RecordCheck:
    """Domain rules plus what needs the database: the number and the NIK are unique. The
    facility's number pattern applies to a new number only (`pattern_for`), else changing the
    pattern would lock every record."""
    stored = session.get(Inmate, own_id) if own_id is not None else None  # loaded by callers
    pattern = pattern_for(load_pattern(session), data.reg_number, stored)
    result = validate_record(data, today, pattern)
    errors = dict(result.errors)
    number_free = "reg_number" in errors or not any(
        other != own_id for other in same_number_ids(session, data.reg_number)
    )
    if not number_free:
        errors["reg_number"] = DUPLICATE_NUMBER
    warnings = dict(result.warnings)
    if data.nik and "nik" not in errors:
        others = session.scalars(
            select(Inmate.status).where(Inmate.nik == data.nik, Inmate.id != (own_id or ""))
        ).all()
        # one person, two active records is a mistake; someone released who comes back is
        # registered anew (a new number, a new case) with the same NIK
        if data.status in ACTIVE_STATUSES and any(s in ACTIVE_STATUSES for s in others):
            errors["nik"] = DUPLICATE_NIK
        elif others:
            warnings.setdefault("nik", RETURNING_NIK)
    return RecordCheck(errors, warnings)


class InmateWrites:
    """Mixed into InmateService (which provides _uow, _clock)."""

    def check(self, actor: Actor, data: InmateData, inmate_id: str | None = None) -> RecordCheck:
        """Validate without writing (the form shows problems and warnings as the user works)."""
        require(actor, Permission.VIEW_REGISTER)
        with self._uow() as uow:
            return check_record(uow.session, clean_record(data), self._clock().date(), inmate_id)

    def create(self, actor: Actor, data: InmateData, photo: bytes | None = None) -> InmateRecord:
        require(actor, Permission.EDIT_REGISTER)
        data = clean_record(data)
        today = self._clock().date()
        with self._uow() as uow:
            result = check_record(uow.session, data, today)
            _photo_problem(photo, result.errors)
            if result.errors:
                raise ValidationError(result.errors)
            now = self._clock()
            row = Inmate(photo=photo, created_at=now, updated_at=now)
            uow.session.add(row)
            write_record(uow.session, row, data)
            uow.session.flush()
            move_placement(uow.session, row, data.admission_date or today, actor.username)
            uow.session.add(
                StatusEvent(
                    inmate_id=row.id,
                    kind="admission",
                    date=data.admission_date or today,
                    to_status=data.status,
                    document=data.admission_source,
                    username=actor.username,
                    at=now,
                )
            )
            audit.record(uow.session, actor, "inmate_created", "inmate", row.id,
                         after=audit_view(data, photo), clock=self._clock)  # fmt: skip
            record = to_record(uow.session, row, result.warnings)
            uow.commit()
            return record

    def update(
        self, actor: Actor, inmate_id: str, data: InmateData, photo: bytes | object | None = KEEP
    ) -> InmateRecord:
        require(actor, Permission.EDIT_REGISTER)
        data = clean_record(data)
        today = self._clock().date()
        with self._uow() as uow:
            row = uow.session.get(Inmate, inmate_id)
            if row is None:
                raise NotFound()
            result = check_record(uow.session, data, today, own_id=inmate_id)
            if photo is not KEEP:
                _photo_problem(photo, result.errors)  # type: ignore[arg-type]
            if result.errors:
                raise ValidationError(result.errors)
            before = audit_view(read_record(uow.session, row), row.photo)
            write_record(uow.session, row, data)
            if photo is not KEEP:
                row.photo = photo  # type: ignore[assignment]
            row.updated_at = self._clock()
            move_placement(uow.session, row, today, actor.username)
            after = audit_view(data, row.photo)
            if after != before:
                audit.record(uow.session, actor, "inmate_updated", "inmate", row.id,
                             before=before, after=after, clock=self._clock)  # fmt: skip
            record = to_record(uow.session, row, result.warnings)
            uow.commit()
            return record

    def reg_number_pattern(self) -> str:
        with self._uow() as uow:
            return load_pattern(uow.session).source

    def set_reg_number_pattern(self, actor: Actor, source: str) -> str:
        """Change the facility's pattern (admin: EDIT_FACILITY); existing numbers are kept."""
        require(actor, Permission.EDIT_FACILITY)
        try:
            pattern = compile_pattern(source)
        except PatternError as exc:
            raise ValidationError({"pattern": exc.message}) from exc
        with self._uow() as uow:
            before = load_pattern(uow.session).source
            set_meta(uow.session, PATTERN_KEY, pattern.source)
            audit.record(uow.session, actor, "reg_pattern_changed", "facility", PATTERN_KEY,
                         before={"pattern": before}, after={"pattern": pattern.source},
                         clock=self._clock)  # fmt: skip
            uow.commit()
            return pattern.source


def _photo_problem(photo: bytes | None, errors: dict[str, str]) -> None:
    if photo is not None and len(photo) > MAX_PHOTO_BYTES:
        errors["photo"] = QT_TRANSLATE_NOOP("errors", "Foto terlalu besar (maksimal 1 MB).")

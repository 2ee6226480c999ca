"""Per-inmate remission data: the flags (donor, pemuka, ...) with a note, the ledger (manual
entries for history from before Sibina, and corrections: a voided entry with its reason) and the
key dates of the inmate record, computed by the engine from the register and the ledger."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from sqlalchemy import select

from app.db.models import Inmate, InmateCase, RemissionFlags, RemissionGrant
from app.domain.remission.entry_checks import (
    add_problems,
    before_verdict_problems,
    ledger_entry_problems,
    repeat_problems,
)
from app.domain.remission.keydates import key_dates
from app.domain.remission.model import Kind, PriorRemission
from app.domain.roles import Permission
from app.errors import NotFound, ValidationError
from app.services import audit
from app.services.actor import Actor, require
from app.services.remission_cases import ledger_kind, load_register_cases
from app.services.remission_dto import (
    LEDGER_KINDS,
    FlagsDTO,
    FlagsInput,
    InmateKeyDates,
    LedgerEntry,
    NewLedgerEntry,
)
from app.text import QT_TRANSLATE_NOOP

FLAG_NAMES = ("donor", "pemuka", "escaped", "corruption_fines_paid", "terrorism_programme_done",
              "cuti_menjelang_bebas")  # fmt: skip


def ledger_dto(row: RemissionGrant) -> LedgerEntry:
    return LedgerEntry(row.id, row.inmate_id, row.kind, row.basis_kind, row.date, row.days,
                       row.sk_number, row.sk_date, row.category, row.ceremony_id, row.note,
                       row.voided, row.void_reason)  # fmt: skip


def _flags_dto(inmate_id: str, row: RemissionFlags | None) -> FlagsDTO:
    if row is None:
        return FlagsDTO(inmate_id, False, False, False, True, True, False, "", "", None)
    return FlagsDTO(inmate_id, *(getattr(row, n) for n in FLAG_NAMES), row.note, row.username,
                    row.updated_at)  # fmt: skip


def _first_inkracht(session, inmate_id: str) -> date | None:
    """The first date a verdict of the person became final; None when a case has no inkracht
    date recorded (that verdict may have been final earlier) or there is no case. The first, not
    the current case's: a remission under an earlier case of the same detention counts."""
    dates = list(session.scalars(select(InmateCase.inkracht_date)
                                 .where(InmateCase.inmate_id == inmate_id)))  # fmt: skip
    if not dates or None in dates:
        return None
    return min(dates)


class RemissionLedger:
    """Mixed into RemissionService (which provides _uow, _clock, _rules)."""

    @staticmethod
    def _inmate(session, inmate_id: str) -> Inmate:
        row = session.get(Inmate, inmate_id)
        if row is None:
            raise NotFound()
        return row

    def flags(self, actor: Actor, inmate_id: str) -> FlagsDTO:
        require(actor, Permission.VIEW_REMISSION)
        with self._uow() as uow:
            self._inmate(uow.session, inmate_id)
            return _flags_dto(inmate_id, uow.session.get(RemissionFlags, inmate_id))

    def set_flags(self, actor: Actor, inmate_id: str, flags: FlagsInput) -> FlagsDTO:
        require(actor, Permission.EDIT_REMISSION)
        if not flags.note.strip():
            raise ValidationError(
                {"note": QT_TRANSLATE_NOOP("errors", "Tuliskan catatan atau dasarnya.")}
            )
        with self._uow() as uow:
            uow.lock_for_write()
            session = uow.session
            self._inmate(session, inmate_id)
            row = session.get(RemissionFlags, inmate_id)
            before = asdict(_flags_dto(inmate_id, row)) if row is not None else None
            if row is None:
                row = RemissionFlags(inmate_id=inmate_id)
                session.add(row)
            for name in FLAG_NAMES:
                setattr(row, name, getattr(flags, name))
            row.note = flags.note.strip()
            row.username = actor.username
            row.updated_at = self._clock()
            dto = _flags_dto(inmate_id, row)
            audit.record(session, actor, "remission_flags_set", "inmate", inmate_id,
                         before=before, after=asdict(dto), clock=self._clock)  # fmt: skip
            uow.commit()
            return dto

    def ledger(self, actor: Actor, inmate_id: str) -> list[LedgerEntry]:
        require(actor, Permission.VIEW_REMISSION)
        with self._uow() as uow:
            return self._ledger(uow.session, inmate_id)

    def _ledger(self, session, inmate_id: str) -> list[LedgerEntry]:
        self._inmate(session, inmate_id)
        rows = session.scalars(
            select(RemissionGrant)
            .where(RemissionGrant.inmate_id == inmate_id)
            .order_by(RemissionGrant.date, RemissionGrant.id)
        )
        return [ledger_dto(row) for row in rows]

    def add_ledger_entry(self, actor: Actor, inmate_id: str, entry: NewLedgerEntry) -> LedgerEntry:
        """A remission received outside a Sibina ceremony (history, or a correction)."""
        require(actor, Permission.EDIT_REMISSION)
        errors: dict[str, str] = {}
        if entry.kind not in LEDGER_KINDS:
            errors["kind"] = QT_TRANSLATE_NOOP("errors", "Jenis remisi tidak dikenal.")
        elif entry.kind == "PMP" and entry.basis_kind not in ("RU", "RK"):
            errors["basis_kind"] = QT_TRANSLATE_NOOP("errors", "PMP diberikan sebagai RU atau RK.")
        if entry.days <= 0:
            errors["days"] = QT_TRANSLATE_NOOP("errors", "Jumlah hari harus lebih dari 0.")
        if entry.date > self._clock().date():
            errors["date"] = QT_TRANSLATE_NOOP("errors", "Tanggal tidak boleh di masa depan.")
        if entry.category not in ("", "I", "II"):
            errors["category"] = QT_TRANSLATE_NOOP("errors", "Kategori I atau II.")
        if not entry.note.strip():
            errors["note"] = QT_TRANSLATE_NOOP("errors", "Tuliskan catatan atau dasarnya.")
        params: dict[str, dict[str, Any]] = {}
        with self._uow() as uow:
            uow.lock_for_write()
            self._inmate(uow.session, inmate_id)
            if "kind" not in errors and "basis_kind" not in errors and "days" not in errors:
                self._entry_checks(uow.session, inmate_id, entry, errors, params)
            if errors:
                raise ValidationError(errors, field_params=params)
            row = RemissionGrant(
                inmate_id=inmate_id, kind=entry.kind,
                basis_kind=entry.basis_kind if entry.kind == "PMP" else "", date=entry.date,
                days=entry.days, sk_number=entry.sk_number.strip(), sk_date=entry.sk_date,
                category=entry.category, note=entry.note.strip(), username=actor.username,
                created_at=self._clock(),
            )  # fmt: skip
            uow.session.add(row)
            uow.session.flush()
            dto = ledger_dto(row)
            audit.record(uow.session, actor, "remission_ledger_added", "remission_grant", row.id,
                         after=asdict(dto), clock=self._clock)  # fmt: skip
            uow.commit()
            return dto

    def _entry_checks(self, session, inmate_id: str, entry: NewLedgerEntry,
                      errors: dict[str, str], params: dict[str, dict[str, Any]]) -> None:  # fmt: skip
        """The entry's day and amount against the detention and the rule table, and against
        the inmate's other entries (entry_checks)."""
        (found,) = load_register_cases(session, self._rules, [inmate_id])
        start = found.case.detention_start if found.case is not None else None
        kind = Kind(entry.basis_kind if entry.kind == "PMP" else entry.kind)
        rules = self._rules
        add_problems(ledger_entry_problems(kind, entry.date, entry.days, start, rules), errors,
                     params)  # fmt: skip
        add_problems(repeat_problems(kind, entry.date, self._live_ledger(session, inmate_id),
                                     rules), errors, params)  # fmt: skip
        birth = session.get(Inmate, inmate_id).birth_date
        add_problems(before_verdict_problems(kind, entry.date, _first_inkracht(session, inmate_id),
                                             start, birth, rules), errors, params)  # fmt: skip

    @staticmethod
    def _live_ledger(session, inmate_id: str) -> list[PriorRemission]:
        """The inmate's entries that count (voided ones left out; a PMP as its basis kind), also
        when the register cannot build a case (no detention start)."""
        g = RemissionGrant
        rows = session.execute(
            select(g.kind, g.basis_kind, g.date, g.days)
            .where(g.inmate_id == inmate_id, g.voided.is_(False))
            .order_by(g.date, g.id)
        )
        return [PriorRemission(ledger_kind(k, b), on, days) for k, b, on, days in rows]

    def void_ledger_entry(self, actor: Actor, entry_id: int, reason: str) -> LedgerEntry:
        """A correction: the entry stays in the ledger, marked void with the reason."""
        require(actor, Permission.EDIT_REMISSION)
        if len(reason.strip()) < 10:
            raise ValidationError(
                {
                    "reason": QT_TRANSLATE_NOOP(
                        "errors", "Tuliskan alasan perubahan (sedikitnya 10 huruf)."
                    )
                }
            )
        with self._uow() as uow:
            uow.lock_for_write()
            row = uow.session.get(RemissionGrant, entry_id)
            if row is None:
                raise NotFound()
            if row.voided:
                raise ValidationError({"reason": QT_TRANSLATE_NOOP("errors", "Sudah dibatalkan.")})
            before = asdict(ledger_dto(row))
            row.voided, row.void_reason = True, reason.strip()
            dto = ledger_dto(row)
            audit.record(uow.session, actor, "remission_ledger_voided", "remission_grant", row.id,
                         before=before, after=asdict(dto), clock=self._clock)  # fmt: skip
            uow.commit()
            return dto

    def key_dates(self, actor: Actor, inmate_id: str) -> InmateKeyDates:
        """Expiry, release, 1/3, 1/2, 2/3 and parole dates counting every remission received."""
        require(actor, Permission.VIEW_REMISSION)
        with self._uow() as uow:
            ledger = tuple(self._ledger(uow.session, inmate_id))
            found = load_register_cases(uow.session, self._rules, [inmate_id])
        item = found[0]
        empty: dict[str, Any] = dict(expiry_date=None, release_date=None, one_third=None,
                                     half=None, two_thirds=None, parole_date=None)  # fmt: skip
        if item.case is None:
            return InmateKeyDates(inmate_id, None, 0, received_days=0, ledger=ledger,
                                  problem=item.problem, **empty)  # fmt: skip
        case = item.case
        dates = key_dates(case, self._rules)
        return InmateKeyDates(
            inmate_id=inmate_id,
            detention_start=case.detention_start,
            detention_credit_days=case.detention_credit_days,
            received_days=sum(r.days for r in case.prior_remissions),
            ledger=ledger,
            **asdict(dates),
        )

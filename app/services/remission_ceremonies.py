"""Remission ceremonies, the writes: create (date proposed from the calendar), compute the
proposal list for the whole register, override a line with a written justification, approve
(pimpinan), record SK numbers, and commit the grants into the ledger while locking the ceremony.

Status: draft (compute, override) -> approved (SK numbers) -> locked (grants in the ledger).
Every write is audited in its own transaction.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import CeremonyLine, RemissionCeremony
from app.domain.remission.entry_checks import add_problems, amount_problems, sk_date_problem
from app.domain.remission.labels import CEREMONY_KINDS, KIND_NAMES
from app.domain.remission.model import Kind, Occasion, Religion
from app.domain.remission.rules import RuleSet
from app.domain.roles import Permission
from app.errors import NotFound, ValidationError
from app.services import audit
from app.services.actor import Actor, require
from app.services.remission_calendar import next_ru_date, proposed_date
from app.services.remission_cases import load_register_cases
from app.services.remission_dto import (
    CeremonyDTO,
    CeremonyStatus,
    LineOverride,
    NewCeremony,
    SkEntry,
)
from app.services.remission_grants import grant_rows
from app.services.remission_lines import granted_values, override_outcome
from app.services.remission_occasions import (
    SAME_OCCASION,
    SAME_OCCASION_LOCKED,
    length_problems,
    occasion_params,
    same_occasion,
)
from app.services.remission_store import write_proposal_lines
from app.text import QT_TRANSLATE_NOOP

REQUIRED = QT_TRANSLATE_NOOP("errors", "Wajib diisi.")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")  # fmt: skip


def ceremony_dto(row: RemissionCeremony) -> CeremonyDTO:
    return CeremonyDTO(row.id, row.kind, row.date, row.title, row.venue, row.religion,
                       row.status, row.computed_at, row.approved_by, row.approved_at,
                       row.locked_at, row.locked_by)  # fmt: skip


def occasion_of(row: RemissionCeremony) -> Occasion:
    religion = Religion(row.religion) if row.kind == "RK" and row.religion else None
    return Occasion(Kind(row.kind), row.date, religion)


def default_title(kind: str, when: date, holiday: str = "") -> str:
    text = f"{when.day} {MONTHS[when.month - 1]} {when.year}"
    name = KIND_NAMES[kind] + (f" {holiday}" if holiday else "")
    return f"Pemberian {name} {text}"


NO_RELEASE = QT_TRANSLATE_NOOP(
    "errors", "Pidana ini tidak memiliki tanggal bebas; remisi tidak dapat diberikan."
)
RT_WITH_RU_ONLY = QT_TRANSLATE_NOOP(
    "errors", "Remisi Tambahan hanya diberikan bersama Remisi Umum."
)


def grant_outcome(
    session: Session,
    rules: RuleSet,
    ceremony: RemissionCeremony,
    inmate_id: str,
    days: int,
    extra: int,
) -> tuple[date | None, str] | None:
    """(release date, category) if `days` + `extra` RT are granted to the inmate at the
    ceremony, computed from the register as the engine does; None: the sentence has no end."""
    found = load_register_cases(session, rules, [inmate_id])
    case = found[0].case if found else None
    if case is None:
        return None
    return override_outcome(case, occasion_of(ceremony), rules, days, extra)


def set_grant(
    line: CeremonyLine,
    days: int,
    extra: int,
    outcome: tuple[date | None, str] | None,
    justification: str,
    username: str,
) -> None:
    """Record on the line what staff decided instead of the computed decision (0 days: none)."""
    line.overridden = True
    line.override_granted = days > 0
    line.override_days = days
    line.override_additional_days = extra
    line.override_release_after = outcome[0] if outcome else line.release_before
    line.override_category = outcome[1] if outcome and days > 0 else ""
    line.override_justification = justification
    line.override_by = username


def holiday_name(rules: RuleSet, kind: str, religion: str) -> str:
    """The holiday's name of an RK ceremony of `religion` ("Idul Fitri"), else ""."""
    key = rules.holiday_of(religion) if kind == "RK" else None
    return rules.holiday_names.get(key, "") if key else ""


def store_proposals(
    session: Session, ceremony: RemissionCeremony, rules: RuleSet
) -> dict[str, int]:
    """Decide for everyone in the active register and insert/update/delete the ceremony's lines
    (remission_store: line ids stay stable, overrides are kept and re-evaluated, unchanged lines
    are not rewritten). Returns the counts of `compute_proposals`."""
    return write_proposal_lines(session, ceremony.id, occasion_of(ceremony), rules)


class RemissionCeremonies:
    """Mixed into RemissionService (which provides _uow, _clock, _rules)."""

    def _ceremony(self, session, ceremony_id: str, *statuses: str) -> RemissionCeremony:
        row = session.get(RemissionCeremony, ceremony_id)
        if row is None:
            raise NotFound()
        if statuses and row.status not in statuses:
            raise ValidationError(
                {"status": QT_TRANSLATE_NOOP("errors", "Status upacara tidak mengizinkan ini.")}
            )
        return row

    def _line_to_change(
        self,
        session,
        line_id: int,
        status: str,
        days: int,
        additional_days: int,
        errors: dict[str, str],
        params: dict[str, dict[str, int]],
    ) -> tuple[CeremonyLine, RemissionCeremony]:
        """The line and its ceremony, which must have `status`. Named in `errors` (with their
        values in `params`): an RT outside an RU, and more days than the rule table can give
        one remission of the ceremony's kind, or more RT than it can bring with `days`
        (overrides and corrections share this)."""  # fmt: skip
        line = session.get(CeremonyLine, line_id)
        if line is None:
            raise NotFound()
        ceremony = self._ceremony(session, line.ceremony_id, status)
        if ceremony.kind != "RU" and additional_days:
            errors["additional_days"] = RT_WITH_RU_ONLY
        if "days" not in errors:
            found = amount_problems(Kind(ceremony.kind), days, additional_days, self._rules)
            add_problems(found, errors, params)
        return line, ceremony

    def propose_date(self, kind: str, year: int, religion: str = "") -> date | None:
        """17 August (RU), 17 August of a dasawarsa year (RD), the religion's holiday (RK)."""
        return proposed_date(self._rules, kind, year, religion)

    def next_ru_year(self, today: date) -> int:
        """The year of the RU ceremony to prepare: next year's once this year's has passed."""
        return next_ru_date(self._rules, today).year

    def create_ceremony(self, actor: Actor, new: NewCeremony) -> CeremonyDTO:
        require(actor, Permission.EDIT_REMISSION)
        rules = self._rules
        errors: dict[str, str] = {}
        year = new.date.year if new.date else (new.year or self._clock().year)
        when = new.date
        religion = new.religion.strip().lower()
        holiday = ""
        if new.kind not in CEREMONY_KINDS:
            errors["kind"] = QT_TRANSLATE_NOOP("errors", "Jenis remisi tidak dikenal.")
        elif new.kind == "RK":
            key = rules.holiday_of(religion) if religion in Religion._value2member_map_ else None
            if key is None:
                errors["religion"] = QT_TRANSLATE_NOOP(
                    "errors", "Pilih agama yang memiliki hari besar Remisi Khusus."
                )
            else:
                holiday = rules.holiday_names[key]
                when = when or proposed_date(rules, "RK", year, religion)
                if when is None:
                    errors["date"] = REQUIRED
        elif new.kind == "RD" and not rules.rd.is_dasawarsa_year(year):
            errors["date"] = QT_TRANSLATE_NOOP(
                "errors",
                "Remisi Dasawarsa hanya pada tahun dasawarsa (1995, 2005, 2015, 2025, ...).",
            )
        else:
            fixed = proposed_date(rules, new.kind, year)
            when = when or fixed
            if when != fixed:
                errors["date"] = QT_TRANSLATE_NOOP(
                    "errors", "Remisi ini diberikan pada 17 Agustus."
                )
        lengths, params = length_problems(new.title, new.venue)
        errors.update(lengths)
        with self._uow() as uow:
            uow.lock_for_write()
            if "date" not in errors and "kind" not in errors and when is not None:
                other = same_occasion(uow.session, rules, new.kind, when.year, religion)
                if other is not None:
                    errors["date"] = SAME_OCCASION
                    params["date"] = occasion_params(other)
            if errors:
                raise ValidationError(errors, field_params=params)
            assert when is not None
            row = RemissionCeremony(
                kind=new.kind, date=when, venue=new.venue.strip(),
                title=new.title.strip() or default_title(new.kind, when, holiday),
                religion=religion if new.kind == "RK" else "", status=CeremonyStatus.DRAFT,
                created_by=actor.username, created_at=self._clock(),
            )  # fmt: skip
            uow.session.add(row)
            uow.session.flush()
            dto = ceremony_dto(row)
            audit.record(uow.session, actor, "remission_ceremony_created", "remission_ceremony",
                         row.id, after=asdict(dto), clock=self._clock)  # fmt: skip
            uow.commit()
            return dto

    def compute_proposals(self, actor: Actor, ceremony_id: str) -> dict[str, int]:
        """Decide for everyone in the active register and store the lines (overrides are kept
        and re-evaluated). Returns counts: total, eligible, not_eligible, susulan, removed (lines
        of people no longer in the register), rewritten (lines inserted or changed)."""
        require(actor, Permission.EDIT_REMISSION)
        with self._uow() as uow:
            uow.lock_for_write()
            session = uow.session
            ceremony = self._ceremony(session, ceremony_id, CeremonyStatus.DRAFT)
            counts = store_proposals(session, ceremony, self._rules)
            ceremony.computed_at = self._clock()
            audit.record(session, actor, "remission_proposals_computed", "remission_ceremony",
                         ceremony_id, after=counts, clock=self._clock)  # fmt: skip
            uow.commit()
            return counts

    def override_line(self, actor: Actor, line_id: int, change: LineOverride) -> None:
        """Grant or refuse a line against the computed decision; a justification is required."""
        require(actor, Permission.EDIT_REMISSION)
        errors: dict[str, str] = {}
        if len(change.justification.strip()) < 10:
            errors["justification"] = QT_TRANSLATE_NOOP(
                "errors", "Tuliskan alasan perubahan (sedikitnya 10 huruf)."
            )
        if change.days < 0 or change.additional_days < 0:
            errors["days"] = QT_TRANSLATE_NOOP("errors", "Jumlah hari tidak boleh negatif.")
        elif change.granted and change.days == 0:
            errors["days"] = QT_TRANSLATE_NOOP(
                "errors", "Remisi yang diberikan harus lebih dari 0 hari."
            )
        with self._uow() as uow:
            uow.lock_for_write()
            session = uow.session
            days = change.days if change.granted else 0
            extra = change.additional_days if change.granted else 0
            params: dict[str, dict[str, int]] = {}
            line, ceremony = self._line_to_change(
                session, line_id, CeremonyStatus.DRAFT, days, extra, errors, params
            )
            outcome = None
            if not errors:
                outcome = grant_outcome(session, self._rules, ceremony, line.inmate_id, days, extra)
                if change.granted and outcome is None:
                    errors["granted"] = NO_RELEASE
            if errors:
                raise ValidationError(errors, field_params=params)
            before = self._override_view(line)
            set_grant(line, days, extra, outcome, change.justification.strip(), actor.username)
            after = self._override_view(line)
            audit.record(session, actor, "remission_line_overridden", "remission_line", line.id,
                         before=before, after=after, clock=self._clock)  # fmt: skip
            uow.commit()

    @staticmethod
    def _override_view(line: CeremonyLine) -> dict[str, Any]:
        granted, days, extra, category, release = granted_values(line)
        return {"inmate_id": line.inmate_id, "computed_eligible": line.eligible,
                "granted": granted, "days": days, "additional_days": extra, "category": category,
                "release_date": release.isoformat() if release else None,
                "justification": line.override_justification if line.overridden else ""}  # fmt: skip

    def approve_ceremony(self, actor: Actor, ceremony_id: str) -> CeremonyDTO:
        require(actor, Permission.APPROVE)
        with self._uow() as uow:
            uow.lock_for_write()
            row = self._ceremony(uow.session, ceremony_id, CeremonyStatus.DRAFT)
            if row.computed_at is None:
                raise ValidationError(
                    {"status": QT_TRANSLATE_NOOP("errors", "Daftar usulan belum dihitung.")}
                )
            row.status = CeremonyStatus.APPROVED
            row.approved_by = actor.username
            row.approved_at = self._clock()
            dto = ceremony_dto(row)
            audit.record(uow.session, actor, "remission_ceremony_approved", "remission_ceremony",
                         row.id, before={"status": CeremonyStatus.DRAFT},
                         after={"status": row.status}, clock=self._clock)  # fmt: skip
            uow.commit()
            return dto

    def record_sk(self, actor: Actor, ceremony_id: str, entries: list[SkEntry]) -> int:
        """SK (decree) number and date per granted line of an approved ceremony."""
        require(actor, Permission.EDIT_REMISSION)
        with self._uow() as uow:
            uow.lock_for_write()
            session = uow.session
            ceremony = self._ceremony(session, ceremony_id, CeremonyStatus.APPROVED)
            errors: dict[str, str] = {}
            params: dict[str, dict[str, Any]] = {}
            lines = {}
            for entry in entries:
                line = session.get(CeremonyLine, entry.line_id)
                key = f"lines.{entry.line_id}"
                if line is None or line.ceremony_id != ceremony_id:
                    errors[key] = QT_TRANSLATE_NOOP("errors", "Baris tidak ada pada upacara ini.")
                elif not granted_values(line)[0]:
                    errors[key] = QT_TRANSLATE_NOOP("errors", "Baris ini tidak diberi remisi.")
                elif not entry.sk_number.strip() or entry.sk_date is None:
                    errors[key] = QT_TRANSLATE_NOOP("errors", "Nomor dan tanggal SK wajib diisi.")
                elif (far := sk_date_problem(entry.sk_date, ceremony.date)) is not None:
                    errors[key], params[key] = far
                else:
                    lines[entry.line_id] = (line, entry)
            if errors:
                raise ValidationError(errors, field_params=params)
            changes = []
            for line, entry in lines.values():
                before = {"sk_number": line.sk_number, "sk_date": line.sk_date}
                line.sk_number, line.sk_date = entry.sk_number.strip(), entry.sk_date
                changes.append({"line_id": line.id, "inmate_id": line.inmate_id, "before": before,
                                "sk_number": line.sk_number, "sk_date": line.sk_date})  # fmt: skip
            audit.record(session, actor, "remission_sk_recorded", "remission_ceremony",
                         ceremony_id, after={"lines": changes}, clock=self._clock)  # fmt: skip
            uow.commit()
            return len(changes)

    def commit_grants(self, actor: Actor, ceremony_id: str) -> int:
        """Write every granted line into its inmate's ledger and lock the ceremony, in one
        transaction. Every granted line needs its SK number and date. Returns the entries made."""
        require(actor, Permission.EDIT_REMISSION)
        with self._uow() as uow:
            uow.lock_for_write()
            session = uow.session
            ceremony = self._ceremony(session, ceremony_id, CeremonyStatus.APPROVED)
            lines = session.scalars(
                select(CeremonyLine).where(CeremonyLine.ceremony_id == ceremony_id)
            ).all()
            granted = [line for line in lines if granted_values(line)[0]]
            missing = {f"lines.{line.id}": QT_TRANSLATE_NOOP("errors", "Nomor dan tanggal SK wajib diisi.")
                       for line in granted if not line.sk_number or line.sk_date is None}  # fmt: skip
            if missing:
                raise ValidationError(missing)
            year, religion = ceremony.date.year, ceremony.religion
            other = same_occasion(session, self._rules, ceremony.kind, year, religion,
                                  other_than=ceremony.id, status=CeremonyStatus.LOCKED)  # fmt: skip
            if other is not None:
                raise ValidationError({"status": SAME_OCCASION_LOCKED},
                                      field_params={"status": occasion_params(other)})  # fmt: skip
            entries = []
            now = self._clock()
            for line in granted:
                _, days, extra, category, _ = granted_values(line)
                entries += grant_rows(ceremony, line, days, extra, category, actor.username, now)
            session.add_all(entries)
            ceremony.status = CeremonyStatus.LOCKED
            ceremony.locked_at = now
            ceremony.locked_by = actor.username
            session.flush()
            summary = {"status": ceremony.status, "people": len(granted), "entries": len(entries),
                       "grants": [{"id": e.id, "inmate_id": e.inmate_id, "kind": e.kind,
                                   "days": e.days, "sk_number": e.sk_number} for e in entries]}  # fmt: skip
            audit.record(session, actor, "remission_grants_committed", "remission_ceremony",
                         ceremony_id, before={"status": CeremonyStatus.APPROVED}, after=summary,
                         clock=self._clock)  # fmt: skip
            uow.commit()
            return len(entries)

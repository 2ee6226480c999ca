"""Remission ceremonies, the reads: the ceremony list, the proposal list, the category II list
(free on the day, or staying for an unpaid fine substitute) and the statistics."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from sqlalchemy import select

from app.db.models import CeremonyLine, Inmate, RemissionCeremony
from app.domain.inmates.codes import ACTIVE_STATUSES
from app.domain.roles import Permission
from app.errors import NotFound
from app.services.actor import Actor, require
from app.services.remission_ceremonies import ceremony_dto
from app.services.remission_dto import (
    CeremonyDTO,
    CeremonyStatistics,
    ProposalLine,
    ReleaseLine,
    ReleaseList,
)
from app.services.remission_lines import granted_values, to_line


class RemissionReports:
    """Mixed into RemissionService (which provides _uow and _rules)."""

    def list_ceremonies(self, actor: Actor) -> list[CeremonyDTO]:
        require(actor, Permission.VIEW_REMISSION)
        with self._uow() as uow:
            rows = uow.session.scalars(
                select(RemissionCeremony).order_by(
                    RemissionCeremony.date.desc(), RemissionCeremony.kind
                )
            )
            return [ceremony_dto(row) for row in rows]

    def rk_holidays(self) -> list[tuple[str, str]]:
        """(religion, holiday name) of every religion with a Remisi Khusus day (rule table)."""
        rules = self._rules
        return [(religion, rules.holiday_names[key])
                for religion, key in rules.religion_holiday.items() if key]  # fmt: skip

    def get_ceremony(self, actor: Actor, ceremony_id: str) -> CeremonyDTO:
        require(actor, Permission.VIEW_REMISSION)
        with self._uow() as uow:
            row = uow.session.get(RemissionCeremony, ceremony_id)
            if row is None:
                raise NotFound()
            return ceremony_dto(row)

    def _lines(self, session, ceremony_id: str) -> list[tuple[Any, str, str]]:
        """(line row, reg number, name) in name order; Core rows (attribute access like the
        ORM object, without building thousands of ORM objects)."""
        if session.get(RemissionCeremony, ceremony_id) is None:
            raise NotFound()
        line, person = CeremonyLine.__table__, Inmate.__table__
        stmt = (
            select(line, person.c.reg_number, person.c.full_name)
            .join(person, person.c.id == line.c.inmate_id)
            .where(line.c.ceremony_id == ceremony_id)
            .order_by(person.c.name_key, person.c.id)
        )
        return [
            (row, row.reg_number, row.full_name) for row in session.connection().execute(stmt).all()
        ]

    def proposal_list(self, actor: Actor, ceremony_id: str) -> list[ProposalLine]:
        """Every line in name order: decision, reasons, override, SK."""
        require(actor, Permission.VIEW_REMISSION)
        with self._uow() as uow:
            return [to_line(*row) for row in self._lines(uow.session, ceremony_id)]

    def release_list(self, actor: Actor, ceremony_id: str) -> ReleaseList:
        """Category II grants: free on the ceremony day, or staying for the fine substitute."""
        require(actor, Permission.VIEW_REMISSION)
        with self._uow() as uow:
            ceremony = uow.session.get(RemissionCeremony, ceremony_id)
            if ceremony is None:
                raise NotFound()
            free, staying = [], []
            for line, reg, name in self._lines(uow.session, ceremony_id):
                granted, days, extra, category, release = granted_values(line)
                if not granted or category != "II":
                    continue
                substitute = (release - ceremony.date).days if release else 0
                item = ReleaseLine(line.inmate_id, reg, name, days, extra, max(substitute, 0),
                                   release)  # fmt: skip
                (staying if substitute > 0 else free).append(item)
            return ReleaseList(tuple(free), tuple(staying))

    def statistics(self, actor: Actor, ceremony_id: str) -> CeremonyStatistics:
        """Counts by kind, category and amount (for the press and the Kanwil)."""
        require(actor, Permission.VIEW_REMISSION)
        with self._uow() as uow:
            ceremony = uow.session.get(RemissionCeremony, ceremony_id)
            if ceremony is None:
                raise NotFound()
            lines = [row for row, _, _ in self._lines(uow.session, ceremony_id)]
            kinds: Counter[str] = Counter()
            categories: Counter[str] = Counter()
            amounts: Counter[int] = Counter()
            reasons: Counter[str] = Counter()
            granted_count = total_days = substitute = 0
            for line in lines:
                granted, days, extra, category, release = granted_values(line)
                if granted:
                    granted_count += 1
                    if category == "II" and release is not None and release > ceremony.date:
                        substitute += 1
                    kind = "PMP" if line.child and ceremony.kind in ("RU", "RK") else ceremony.kind
                    kinds[kind] += 1
                    if extra:
                        kinds["RT"] += 1
                    categories[category] += 1
                    amounts[days] += 1
                    total_days += days + extra
                elif not line.eligible:
                    for r in json.loads(line.decision).get("reasons", ()):
                        if r.get("excludes"):
                            reasons[r["code"]] += 1
            eligible = sum(1 for line in lines if line.eligible)
            return CeremonyStatistics(
                total=len(lines),
                eligible=eligible,
                not_eligible=len(lines) - eligible,
                susulan=sum(1 for line in lines if line.susulan),
                overridden=sum(1 for line in lines if line.overridden),
                granted=granted_count,
                by_kind=dict(kinds),
                by_category=dict(categories),
                category_ii_substitute=substitute,
                by_amount=dict(sorted(amounts.items())),
                total_days=total_days,
                not_eligible_reasons=dict(reasons.most_common()),
            )

    def granted_out_of_custody(self, actor: Actor, ceremony_id: str) -> list[tuple[str, str, str]]:
        """(name, registration number, status) of every granted line whose person is no longer
        in custody (released, transferred, dead since the list was approved): the list is frozen
        at approval, so the screen names them before their grants enter the register."""
        require(actor, Permission.VIEW_REMISSION)
        active = {status.value for status in ACTIVE_STATUSES}
        with self._uow() as uow:
            rows = uow.session.execute(
                select(CeremonyLine, Inmate.full_name, Inmate.reg_number, Inmate.status)
                .join(Inmate, Inmate.id == CeremonyLine.inmate_id)
                .where(CeremonyLine.ceremony_id == ceremony_id, Inmate.status.not_in(active))
                .order_by(Inmate.full_name)
            ).all()  # fmt: skip
            return [(name, number, status) for line, name, number, status in rows
                    if granted_values(line)[0]]  # fmt: skip

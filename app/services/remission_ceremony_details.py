"""Changing a ceremony's details. The title and venue may change while the ceremony is a draft
or approved (they print on every paper; a typo is mended before the papers are made); once the
grants are in the register the ceremony is locked. The date changes only for a Remisi Khusus
and only while a draft (the government may move a holiday; RU and RD are on 17 August): a
computed list is then computed again for the new date in the same transaction, its overrides
kept and re-evaluated, so no list is ever left for a date it was not computed for."""

from __future__ import annotations

from dataclasses import asdict

from app.domain.roles import Permission
from app.errors import ValidationError
from app.services import audit
from app.services.actor import Actor, require
from app.services.remission_ceremonies import (
    ceremony_dto,
    default_title,
    holiday_name,
    store_proposals,
)
from app.services.remission_dto import CeremonyChange, CeremonyDTO, CeremonyStatus
from app.services.remission_occasions import (
    SAME_OCCASION,
    length_problems,
    occasion_params,
    same_occasion,
)
from app.text import QT_TRANSLATE_NOOP

FIXED_DATE = QT_TRANSLATE_NOOP(
    "errors", "Tanggal Remisi Umum dan Remisi Dasawarsa tetap 17 Agustus."
)
DATE_AFTER_APPROVAL = QT_TRANSLATE_NOOP(
    "errors", "Tanggal hanya dapat diubah selama upacara masih draf."
)


class RemissionCeremonyDetails:
    """Mixed into RemissionService (which provides _uow, _clock, _rules, _ceremony)."""

    def update_ceremony(
        self, actor: Actor, ceremony_id: str, change: CeremonyChange
    ) -> CeremonyDTO:
        require(actor, Permission.EDIT_REMISSION)
        errors, params = length_problems(change.title, change.venue)
        with self._uow() as uow:
            uow.lock_for_write()
            session = uow.session
            row = self._ceremony(session, ceremony_id, CeremonyStatus.DRAFT,
                                 CeremonyStatus.APPROVED)  # fmt: skip
            before = asdict(ceremony_dto(row))
            when = change.date or row.date
            if when != row.date:
                if row.kind != "RK":
                    errors["date"] = FIXED_DATE
                elif row.status != CeremonyStatus.DRAFT:
                    errors["date"] = DATE_AFTER_APPROVAL
                else:
                    other = same_occasion(session, self._rules, row.kind, when.year, row.religion,
                                          other_than=row.id)  # fmt: skip
                    if other is not None:
                        errors["date"] = SAME_OCCASION
                        params["date"] = occasion_params(other)
            if errors:
                raise ValidationError(errors, field_params=params)
            moved = when != row.date
            holiday = holiday_name(self._rules, row.kind, row.religion)
            title = change.title.strip()
            if not title or title == default_title(row.kind, row.date, holiday):
                title = default_title(row.kind, when, holiday)  # a made title follows the date
            row.date = when
            row.title = title
            row.venue = change.venue.strip()
            counts = None
            if moved and row.computed_at is not None:
                counts = store_proposals(session, row, self._rules)
                row.computed_at = self._clock()
            session.flush()
            dto = ceremony_dto(row)
            after = asdict(dto) | ({"recomputed": counts} if counts is not None else {})
            audit.record(session, actor, "remission_ceremony_updated", "remission_ceremony",
                         row.id, before=before, after=after, clock=self._clock)  # fmt: skip
            uow.commit()
            return dto

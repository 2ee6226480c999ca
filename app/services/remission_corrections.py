"""Correcting a remission after its ceremony was locked: a new, audited action (issue 5).

The ceremony's ledger entries of that person are voided with the reason and, unless the grant is
withdrawn (0 days), replaced by corrected entries with the same SK (or the new one given; a
line that had none, a refused line granted now, needs one); the line records what is now
granted (with the new release date and category, computed the way the engine computes them) so
the papers and statistics of the ceremony agree with the ledger. The line's piagam that is still
valid states the old grant, so it is revoked (audited as `certificate_revoked`) and a new one can
be issued for the corrected grant. One transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from app.db.models import RemissionGrant
from app.domain.remission.entry_checks import sk_date_problem
from app.domain.roles import Permission
from app.errors import ValidationError
from app.services import audit
from app.services.actor import Actor, require
from app.services.certificates.revoking import revoke_valid_for
from app.services.remission_ceremonies import (
    NO_RELEASE,
    RT_WITH_RU_ONLY,
    grant_outcome,
    set_grant,
)
from app.services.remission_dto import CeremonyStatus
from app.services.remission_grants import grant_rows
from app.services.remission_lines import granted_values
from app.services.remission_papers import PIAGAM_KIND, piagam_ref
from app.text import QT_TRANSLATE_NOOP

MIN_REASON = 10
SK_NEEDED = QT_TRANSLATE_NOOP(
    "errors", "Baris ini belum ber-SK: tulis nomor dan tanggal SK remisi yang diberikan."
)
# what a corrected line's justification starts with (stored in Indonesian, shown translated)
CORRECTED_AFTER_LOCK = QT_TRANSLATE_NOOP("remission", "Koreksi setelah dikunci: ")


@dataclass(frozen=True)
class GrantCorrection:
    days: int  # the corrected RU / RK / RD amount; 0 withdraws the grant
    additional_days: int  # the corrected Remisi Tambahan (RU only)
    reason: str  # why (at least 10 characters), e.g. the Kanwil's letter
    # the decree of the corrected grant: "" keeps the line's; required when the line has none
    # (a refused line granted now: every entry in the register carries its SK)
    sk_number: str = ""
    sk_date: date | None = None


@dataclass(frozen=True)
class CorrectionResult:
    entries: int  # the corrected ledger entries made (0 when the grant is withdrawn)
    revoked_piagam: tuple[str, ...]  # the numbers of the piagam revoked with the old grant


def _problems(change: GrantCorrection) -> dict[str, str]:
    errors: dict[str, str] = {}
    if len(change.reason.strip()) < MIN_REASON:
        errors["reason"] = QT_TRANSLATE_NOOP(
            "errors", "Tuliskan alasan perubahan (sedikitnya 10 huruf)."
        )
    if change.days < 0 or change.additional_days < 0:
        errors["days"] = QT_TRANSLATE_NOOP("errors", "Jumlah hari tidak boleh negatif.")
    elif change.additional_days and not change.days:
        errors["additional_days"] = RT_WITH_RU_ONLY
    return errors


class RemissionCorrections:
    """Mixed into RemissionService (which provides _uow, _clock, _rules, _line_to_change)."""

    def correct_grant(
        self, actor: Actor, line_id: int, change: GrantCorrection
    ) -> CorrectionResult:
        """Correct the grant of one line of a locked ceremony."""
        require(actor, Permission.EDIT_REMISSION)
        errors = _problems(change)
        with self._uow() as uow:
            uow.lock_for_write()
            session = uow.session
            params: dict[str, dict[str, Any]] = {}
            line, ceremony = self._line_to_change(session, line_id, CeremonyStatus.LOCKED,
                                                  change.days, change.additional_days, errors,
                                                  params)  # fmt: skip
            granted, days, extra, category, release = granted_values(line)
            current = (days, extra) if granted else (0, 0)
            if not errors and current == (change.days, change.additional_days):
                errors["days"] = QT_TRANSLATE_NOOP("errors", "Tidak ada yang berubah.")
            sk_number = change.sk_number.strip() or line.sk_number
            sk_date = change.sk_date or line.sk_date
            if change.days and (not sk_number or sk_date is None):
                errors["sk_number"] = SK_NEEDED
            elif change.days and sk_date is not None:
                far = sk_date_problem(sk_date, ceremony.date)
                if far is not None:
                    errors["sk_date"], params["sk_date"] = far
            outcome = None
            if not errors and change.days:
                outcome = grant_outcome(session, self._rules, ceremony, line.inmate_id,
                                        change.days, change.additional_days)  # fmt: skip
                if outcome is None:
                    errors["days"] = NO_RELEASE
            if errors:
                raise ValidationError(errors, field_params=params)
            reason = change.reason.strip()
            voided = session.scalars(
                select(RemissionGrant).where(
                    RemissionGrant.ceremony_id == ceremony.id,
                    RemissionGrant.inmate_id == line.inmate_id,
                    RemissionGrant.voided.is_(False),
                )
            ).all()
            for entry in voided:
                entry.voided, entry.void_reason = True, f"Koreksi: {reason}"
            before = {"days": current[0], "additional_days": current[1], "category": category,
                      "release_date": release, "voided": [e.id for e in voided]}  # fmt: skip
            new_category = outcome[1] if outcome else ""
            rows = []
            if change.days:
                line.sk_number, line.sk_date = sk_number, sk_date
                rows = grant_rows(ceremony, line, change.days, change.additional_days,
                                  new_category, actor.username, self._clock(),
                                  note=f"Koreksi: {reason}")  # fmt: skip
                session.add_all(rows)
            set_grant(line, change.days, change.additional_days, outcome,
                      CORRECTED_AFTER_LOCK + reason, actor.username)  # fmt: skip
            new_release = line.override_release_after
            revoked = revoke_valid_for(session, actor, PIAGAM_KIND.code, piagam_ref(line.id),
                                       f"Remisi dikoreksi: {reason}", self._clock)  # fmt: skip
            session.flush()
            after = {"days": change.days, "additional_days": change.additional_days,
                     "category": new_category, "release_date": new_release,
                     "entries": [e.id for e in rows], "reason": reason,
                     "sk_number": line.sk_number, "sk_date": line.sk_date,
                     "revoked_piagam": revoked}  # fmt: skip
            audit.record(session, actor, "remission_grant_corrected", "remission_line", line.id,
                         before=before, after=after, clock=self._clock)  # fmt: skip
            uow.commit()
            return CorrectionResult(len(rows), tuple(revoked))

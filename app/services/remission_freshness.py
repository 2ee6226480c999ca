"""Is a draft proposal list still current? The list is a snapshot: computed at one moment from
the register, the flags, the ledger and the rule table. Every write to those is audited, so the
audit log tells whether any of them changed after the list was computed (one indexed query).
The Remisi tab names it over the list and before approval, so nobody approves stale days.

A change that does not touch remission (an address, a photo) also counts: a recomputation is one
click and costs well under a second, a stale list can keep someone inside too long.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.db.models import AuditEvent
from app.domain.roles import Permission
from app.services.actor import Actor, require
from app.services.remission_dto import CeremonyStatus
from app.services.rule_tables import ENTITY as RULE_TABLE

# Audited actions whose writes feed the proposal list (besides every "inmate_..." action:
# created, updated, imported, status changes).
INPUT_ACTIONS = (
    "remission_flags_set",
    "remission_ledger_added",
    "remission_ledger_voided",
    "remission_grant_corrected",
    "remission_grants_committed",  # another ceremony's grants entered the ledger
)


def last_input_change(session: Session, after: datetime) -> datetime | None:
    """The time of the latest write to the proposal list's inputs after `after`, or None."""
    a = AuditEvent.__table__.c
    feeds = or_(
        a.action.startswith("inmate_", autoescape=True),
        a.action.in_(INPUT_ACTIONS),
        a.entity == RULE_TABLE,
    )
    return session.scalar(select(func.max(a.at)).where(a.at > after, feeds))


class RemissionFreshness:
    """Mixed into RemissionService (which provides _uow and _ceremony)."""

    def inputs_changed_at(self, actor: Actor, ceremony_id: str) -> datetime | None:
        """For a computed draft: when its inputs last changed after the computation (None: the
        list is current, not computed yet, or no longer a draft)."""
        require(actor, Permission.VIEW_REMISSION)
        with self._uow() as uow:
            row = self._ceremony(uow.session, ceremony_id)
            if row.status != CeremonyStatus.DRAFT or row.computed_at is None:
                return None
            return last_input_change(uow.session, row.computed_at)

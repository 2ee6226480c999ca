"""Writing a revocation (inside the caller's transaction): by the Certificates tab for one
certificate, and by a programme's workflow for every valid certificate issued for a thing that
no longer stands (a remission grant corrected after its ceremony was locked)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Certificate, CertificateRevocation
from app.services import audit
from app.services.actor import Actor
from app.services.certificates.rows import public_dict
from app.services.clock import Clock


def add_revocation(
    session: Session, actor: Actor, row: Certificate, reason: str, clock: Clock
) -> CertificateRevocation:
    """Revoke `row` (not yet revoked) with `reason`, audited as `certificate_revoked`."""
    revocation = CertificateRevocation(certificate_id=row.id, at=clock(),
                                       username=actor.username, reason=reason)  # fmt: skip
    session.add(revocation)
    session.flush()
    audit.record(session, actor, "certificate_revoked", "certificate", row.id,
                 before=public_dict(row), after={"reason": reason}, clock=clock)  # fmt: skip
    return revocation


def revoke_valid_for(
    session: Session, actor: Actor, kind: str, refers_to: str, reason: str, clock: Clock
) -> list[str]:
    """Revoke every certificate of `kind` issued for `refers_to` that is still valid; returns
    their numbers (none: an empty list)."""
    rows = session.scalars(
        select(Certificate)
        .outerjoin(CertificateRevocation, CertificateRevocation.certificate_id == Certificate.id)
        .where(Certificate.kind == kind, Certificate.refers_to == refers_to)
        .where(CertificateRevocation.id.is_(None))
        .order_by(Certificate.id)
    ).all()
    for row in rows:
        add_revocation(session, actor, row, reason, clock)
    return [row.number for row in rows]

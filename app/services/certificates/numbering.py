"""Certificate numbers: per-kind, per-year sequences that two workstations can share.

`allocate` must be the FIRST statement of the issuing transaction: on SQLite it then takes the
write lock (waiting for the other writer through busy_timeout) before anything is read, so two
writers never see the same counter; on PostgreSQL the UPDATE locks the row. A rolled-back or
cancelled batch rolls the counter back with it, so no number is half-issued or skipped.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.models import CertificateSequence


def allocate(session: Session, kind: str, year: int, count: int) -> int:
    """Reserve `count` numbers of `kind` in `year`; return the first sequence value."""
    bump = (
        update(CertificateSequence)
        .where(CertificateSequence.kind == kind, CertificateSequence.year == year)
        .values(last_value=CertificateSequence.last_value + count)
        .execution_options(synchronize_session=False)
    )
    if session.execute(bump).rowcount == 0:
        try:
            with session.begin_nested():
                session.add(CertificateSequence(kind=kind, year=year, last_value=count))
        except IntegrityError:  # created meanwhile by another writer (PostgreSQL)
            session.execute(bump)
    last = session.scalar(
        select(CertificateSequence.last_value).where(
            CertificateSequence.kind == kind, CertificateSequence.year == year
        )
    )
    return int(last or 0) - count + 1


def peek(session: Session, kind: str, year: int) -> int:
    """The last number used (0 if none) — for display only, never to issue."""
    value = session.scalar(
        select(CertificateSequence.last_value).where(
            CertificateSequence.kind == kind, CertificateSequence.year == year
        )
    )
    return int(value or 0)

"""Turning certificate rows into DTOs, print items and filtered queries (shared helpers)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from app.db.models import Certificate, CertificateReprint, CertificateRevocation, User
from app.domain.dates import long_date
from app.domain.roles import PROGRAMME_ROLES
from app.reports.certificate_pdf import CertificatePrint
from app.reports.signature import Signer
from app.services.actor import Actor
from app.services.certificates.codes import display_code, normalize_code, signed_message
from app.services.certificates.dto import CertificateDTO, CertificateFilter
from app.services.certificates.kinds import body_text, get_kind
from app.services.facility import FacilityProfile


def listing_query(flt: CertificateFilter, actor: Actor | None) -> Select:
    """Certificates with their revocation (outer join) that `actor` may see, filtered in SQL
    (None: every certificate, for the verification by code that needs no login)."""
    stmt = select(Certificate, CertificateRevocation).outerjoin(
        CertificateRevocation, CertificateRevocation.certificate_id == Certificate.id
    )
    if actor is not None:
        stmt = visible_to(stmt, actor)
    if flt.kind:
        stmt = stmt.where(Certificate.kind == flt.kind)
    if flt.year:
        stmt = stmt.where(Certificate.year == flt.year)
    if flt.status == "valid":
        stmt = stmt.where(CertificateRevocation.id.is_(None))
    elif flt.status == "revoked":
        stmt = stmt.where(CertificateRevocation.id.is_not(None))
    text = flt.text.strip()
    if text:
        like = f"%{text}%"
        conditions = [Certificate.number.ilike(like), Certificate.recipient_name.ilike(like)]
        code = normalize_code(text)
        if len(code) >= 4:
            conditions.append(Certificate.verification_code.like(f"%{code}%"))
        stmt = stmt.where(or_(*conditions))
    return stmt


def visible_to(stmt: Select, actor: Actor) -> Select:
    """A programme role sees the certificates issued by the users who hold that role (its own
    office's), not the other programmes' recipients; the other roles see every certificate."""
    if actor.role not in PROGRAMME_ROLES:
        return stmt
    own_office = select(User.username).where(User.role == actor.role.value)
    return stmt.where(Certificate.issued_by.in_(own_office))


def valid_references(session: Session, kind: str, refers_to: Sequence[str]) -> set[str]:
    """Which `refers_to` values already have a certificate of `kind` that is not revoked."""
    found: set[str] = set()
    refs = list(dict.fromkeys(refers_to))
    its_revocation = CertificateRevocation.certificate_id == Certificate.id
    for start in range(0, len(refs), 500):  # stay far below the bound-parameter limits
        chunk = refs[start : start + 500]
        stmt = (
            select(Certificate.refers_to)
            .outerjoin(CertificateRevocation, its_revocation)
            .where(Certificate.kind == kind, Certificate.refers_to.in_(chunk))
            .where(CertificateRevocation.id.is_(None))
        )
        found.update(session.scalars(stmt))
    return found


def reprint_counts(session: Session, ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    rows = session.execute(
        select(CertificateReprint.certificate_id, func.count(CertificateReprint.id))
        .where(CertificateReprint.certificate_id.in_(ids))
        .group_by(CertificateReprint.certificate_id)
    )
    return {cid: int(n) for cid, n in rows}


def to_dto(
    row: Certificate, revocation: CertificateRevocation | None, reprints: int = 0
) -> CertificateDTO:
    kind = get_kind(row.kind)
    return CertificateDTO(
        id=row.id, number=row.number, kind=row.kind, kind_label=kind.label if kind else row.kind,
        year=row.year, verification_code=row.verification_code,
        recipient_uuid=row.recipient_uuid, recipient_name=row.recipient_name,
        subject=row.subject, reason=row.reason, refers_to=row.refers_to,
        issued_on=row.issued_on, place=row.place, signer_position=row.signer_position,
        signer_name=row.signer_name, signer_nip=row.signer_nip,
        signer2_position=row.signer2_position, signer2_name=row.signer2_name,
        signer2_nip=row.signer2_nip, pdf_sha256=row.pdf_sha256, batch_id=row.batch_id,
        issued_by=row.issued_by, created_at=row.created_at,
        revoked_at=revocation.at if revocation else None,
        revoked_by=revocation.username if revocation else "",
        revoked_reason=revocation.reason if revocation else "",
        reprints=reprints,
    )  # fmt: skip


def public_dict(row: Certificate) -> dict:
    """What the audit log keeps of a certificate (no signature bytes)."""
    return {
        "number": row.number, "kind": row.kind, "recipient_uuid": row.recipient_uuid,
        "recipient_name": row.recipient_name, "subject": row.subject,
        "issued_on": row.issued_on, "verification_code": row.verification_code,
        "refers_to": row.refers_to, "pdf_sha256": row.pdf_sha256,
    }  # fmt: skip


def payload_text(row: Certificate) -> str:
    message = signed_message(row.number, row.verification_code, row.recipient_name, row.issued_on)
    return message.decode("utf-8") + "|" + row.signature


def print_item(row: Certificate, facility: FacilityProfile, note: str = "") -> CertificatePrint:
    kind = get_kind(row.kind)
    title = kind.title if kind else "SERTIFIKAT"
    intro = kind.intro if kind else "Diberikan kepada:"
    fields = {
        "name": row.recipient_name, "subject": row.subject, "facility": facility.name,
        "city": facility.city, "date": long_date(row.issued_on), "year": str(row.year),
    }  # fmt: skip
    body = body_text(kind, **fields) if kind else row.subject
    signers: list[Signer] = []
    if row.signer2_name:
        signers.append(Signer(row.signer2_position, row.signer2_name, row.signer2_nip))
    signers.append(Signer(row.signer_position, row.signer_name, row.signer_nip))
    return CertificatePrint(
        title=title, number=row.number, intro=intro, recipient_name=row.recipient_name,
        body=body, reason=row.reason, issued_on=row.issued_on, place=row.place,
        signers=tuple(signers), verification_code=display_code(row.verification_code),
        qr_payload=payload_text(row), note=note,
    )  # fmt: skip

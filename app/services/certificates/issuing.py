"""Issuing inside a caller's transaction: numbers, codes, signatures, rows, the PDF, the audit.

Used by CertificateService.issue (its own unit of work) and by the demo step (the demo's
transaction). The sequence UPDATE is the first statement, see numbering.py.
"""

from __future__ import annotations

import hashlib
import uuid
from collections import Counter
from collections.abc import Sequence
from datetime import date

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.models import Certificate
from app.errors import Conflict
from app.reports.certificate_pdf import render_certificates
from app.reports.signature import head_signer
from app.services import audit
from app.services.actor import Actor
from app.services.certificates import numbering
from app.services.certificates.codes import clean_name, new_code, sign
from app.services.certificates.dto import IssueRequest, SecondSigner
from app.services.certificates.kinds import format_number, get_kind
from app.services.certificates.rows import print_item, public_dict
from app.services.clock import Clock
from app.services.facility import FacilityProfile
from app.services.meta import get_meta
from app.services.progress import Progress
from app.text import QT_TRANSLATE_NOOP

PATTERN_KEY = "certificate_pattern:{kind}"


def pattern_for(session: Session, kind: str) -> str:
    stored = get_meta(session, PATTERN_KEY.format(kind=kind))
    default = get_kind(kind)
    return stored or (default.number_pattern if default else "{seq:04d}/{kind}/{year}")


def issue_rows(
    session: Session,
    actor: Actor,
    requests: Sequence[IssueRequest],
    *,
    on: date,
    facility: FacilityProfile,
    key: Ed25519PrivateKey,
    second_signer: SecondSigner | None,
    progress: Progress,
    clock: Clock,
) -> tuple[list[Certificate], bytes, str]:
    firsts = {
        kind: numbering.allocate(session, kind, on.year, count)  # FIRST: takes the write lock
        for kind, count in sorted(Counter(r.kind for r in requests).items())
    }
    signer = head_signer(facility)
    batch_id = str(uuid.uuid4())
    patterns = {kind: pattern_for(session, kind) for kind in firsts}
    rows: list[Certificate] = []
    for req in requests:
        seq = firsts[req.kind]
        firsts[req.kind] += 1
        number = format_number(patterns[req.kind], seq=seq, year=on.year, month=on.month,
                               facility=facility.code, kind=req.kind)  # fmt: skip
        code = new_code()
        name = clean_name(req.recipient_name)
        payload = sign(key, number, code, name, on)
        row = Certificate(
            number=number, kind=req.kind, year=on.year, seq=seq, verification_code=code,
            recipient_uuid=req.recipient_uuid.strip(), recipient_name=name,
            subject=req.subject.strip(), reason=req.reason.strip(), refers_to=req.refers_to,
            issued_on=on, place=facility.city, signer_position=signer.position,
            signer_name=signer.name, signer_nip=signer.nip,
            signer2_position=second_signer.position if second_signer else "",
            signer2_name=second_signer.name if second_signer else "",
            signer2_nip=second_signer.nip if second_signer else "",
            signature=payload.signature, batch_id=batch_id, issued_by=actor.username,
            created_at=clock(),
        )  # fmt: skip
        session.add(row)
        rows.append(row)
    try:
        session.flush()
    except IntegrityError as exc:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors",
                "Nomor sertifikat bentrok dengan nomor yang sudah ada. "
                "Periksa pola nomor jenis sertifikat ini.",
            )
        ) from exc
    total = len(rows)
    pdf = render_certificates(
        facility,
        [print_item(row, facility) for row in rows],
        on_page=lambda done, n: progress.update(done, n, f"{done} / {n}"),
    )
    digest = hashlib.sha256(pdf).hexdigest()
    for row in rows:
        row.pdf_sha256 = digest
        audit.record(session, actor, "certificate_issued", "certificate", row.id,
                     after=public_dict(row), clock=clock)  # fmt: skip
    progress.update(total, total, "")
    return rows, pdf, digest

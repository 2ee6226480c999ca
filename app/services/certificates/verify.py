"""Verification of a typed code or a scanned QR payload against the register.

code only      -> VALID / REVOKED / NOT FOUND (a code alone cannot be forged, only guessed)
whole payload  -> FORGED when it is malformed or the facility signature does not match;
                  otherwise as above, and FORGED if the register row says something else
"""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy.orm import Session

from app.db.models import Certificate
from app.services.certificates.codes import (
    ALPHABET,
    CODE_LENGTH,
    looks_like_payload,
    normalize_code,
    parse_payload,
    signature_ok,
)
from app.services.certificates.dto import CertificateFilter, VerifyResult, VerifyStatus
from app.services.certificates.rows import listing_query, reprint_counts, to_dto
from app.text import QT_TRANSLATE_NOOP


def verify_text(session: Session, public_key: Ed25519PublicKey, text: str) -> VerifyResult:
    text = text.strip()
    if looks_like_payload(text):
        payload = parse_payload(text)
        if payload is None or not signature_ok(public_key, payload):
            return VerifyResult(
                VerifyStatus.FORGED,
                detail=QT_TRANSLATE_NOOP(
                    "certificates", "Tanda tangan digital tidak cocok: isi QR telah diubah."
                ),
            )
        result = _lookup(session, payload.code)
        cert = result.certificate
        if cert is not None and (
            cert.number != payload.number
            or cert.recipient_name != payload.name
            or cert.issued_on != payload.issued_on
        ):
            return VerifyResult(
                VerifyStatus.FORGED,
                cert,
                QT_TRANSLATE_NOOP("certificates", "Isi QR tidak sama dengan data di register."),
            )
        return result
    code = normalize_code(text)
    if len(code) != CODE_LENGTH or any(ch not in ALPHABET for ch in code):
        return VerifyResult(
            VerifyStatus.NOT_FOUND,
            detail=QT_TRANSLATE_NOOP("certificates", "Kode verifikasi tidak dikenal."),
        )
    return _lookup(session, code)


def _lookup(session: Session, code: str) -> VerifyResult:
    pair = session.execute(
        listing_query(CertificateFilter(), None).where(Certificate.verification_code == code)
    ).first()
    if pair is None:
        return VerifyResult(
            VerifyStatus.NOT_FOUND,
            detail=QT_TRANSLATE_NOOP("certificates", "Sertifikat tidak ada di register ini."),
        )
    row, revocation = pair
    dto = to_dto(row, revocation, reprint_counts(session, [row.id]).get(row.id, 0))
    if revocation is not None:
        return VerifyResult(
            VerifyStatus.REVOKED,
            dto,
            QT_TRANSLATE_NOOP("certificates", "Sertifikat ini telah dicabut."),
        )
    return VerifyResult(
        VerifyStatus.VALID, dto, QT_TRANSLATE_NOOP("certificates", "Sertifikat sah dan berlaku.")
    )

"""The certificate register: issued certificates, per-kind per-year number sequences, the reprint
log, revocations, and the facility's Ed25519 signing key that signs every QR payload."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, utcnow


class SigningKey(Base):
    """The facility key pair. `purpose` is unique so two workstations creating it at once
    end with one key (the loser re-reads)."""

    __tablename__ = "signing_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    purpose: Mapped[str] = mapped_column(String(32), unique=True)
    algorithm: Mapped[str] = mapped_column(String(16), default="ed25519")
    private_key: Mapped[bytes] = mapped_column(LargeBinary)  # raw 32-byte Ed25519 seed
    public_key: Mapped[bytes] = mapped_column(LargeBinary)  # raw 32 bytes
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CertificateSequence(Base):
    """The last number used for a kind in a year. Numbers are never reused: revocations keep
    their row, and a rolled-back batch rolls this counter back with it."""

    __tablename__ = "certificate_sequences"

    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    year: Mapped[int] = mapped_column(primary_key=True)
    last_value: Mapped[int] = mapped_column(default=0)


class Certificate(Base):
    __tablename__ = "certificates"
    __table_args__ = (
        Index("ix_certificates_kind_year", "kind", "year"),
        Index("ix_certificates_recipient_uuid", "recipient_uuid"),
        Index("ix_certificates_issued_on", "issued_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    year: Mapped[int]
    seq: Mapped[int]
    verification_code: Mapped[str] = mapped_column(String(20), unique=True)
    recipient_uuid: Mapped[str] = mapped_column(String(36))
    recipient_name: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(300), default="")  # programme or occasion
    reason: Mapped[str] = mapped_column(Text, default="")
    refers_to: Mapped[str] = mapped_column(String(120), default="")  # e.g. "remission_grant:12"
    issued_on: Mapped[date]
    place: Mapped[str] = mapped_column(String(100), default="")
    signer_position: Mapped[str] = mapped_column(String(200))
    signer_name: Mapped[str] = mapped_column(String(200))
    signer_nip: Mapped[str] = mapped_column(String(30), default="")
    signer2_position: Mapped[str] = mapped_column(String(200), default="")
    signer2_name: Mapped[str] = mapped_column(String(200), default="")
    signer2_nip: Mapped[str] = mapped_column(String(30), default="")
    signature: Mapped[str] = mapped_column(String(100))  # base64url Ed25519 over the payload
    pdf_sha256: Mapped[str] = mapped_column(String(64), default="")  # of the issued PDF file
    batch_id: Mapped[str] = mapped_column(String(36), default="")
    issued_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CertificateReprint(Base):
    __tablename__ = "certificate_reprints"

    id: Mapped[int] = mapped_column(primary_key=True)
    certificate_id: Mapped[int] = mapped_column(ForeignKey("certificates.id"), index=True)
    at: Mapped[datetime]
    username: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(300), default="")
    pdf_sha256: Mapped[str] = mapped_column(String(64), default="")


class CertificateRevocation(Base):
    __tablename__ = "certificate_revocations"

    id: Mapped[int] = mapped_column(primary_key=True)
    certificate_id: Mapped[int] = mapped_column(ForeignKey("certificates.id"), unique=True)
    at: Mapped[datetime]
    username: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)

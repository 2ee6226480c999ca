"""What the certificate service hands out and takes in (frozen DTOs, never ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from app.services.certificates.codes import display_code


class VerifyStatus(StrEnum):
    VALID = "VALID"
    REVOKED = "REVOKED"
    NOT_FOUND = "NOT FOUND"
    FORGED = "FORGED"


@dataclass(frozen=True)
class IssueRequest:
    """One certificate to issue. The recipient is an inmate by UUID; the name is stored as given
    (the certificate keeps the name it was printed with)."""

    kind: str
    recipient_uuid: str
    recipient_name: str
    subject: str  # programme or occasion: "Kejar Paket C Tahun Ajaran 2024/2025"
    reason: str = ""  # optional extra line: "Atas prestasinya sebagai lulusan terbaik."
    refers_to: str = ""  # what it is for, e.g. "remission_grant:12"


@dataclass(frozen=True)
class SecondSigner:
    position: str
    name: str
    nip: str = ""


@dataclass(frozen=True)
class CertificateDTO:
    id: int
    number: str
    kind: str
    kind_label: str
    year: int
    verification_code: str
    recipient_uuid: str
    recipient_name: str
    subject: str
    reason: str
    refers_to: str
    issued_on: date
    place: str
    signer_position: str
    signer_name: str
    signer_nip: str
    signer2_position: str
    signer2_name: str
    signer2_nip: str
    pdf_sha256: str
    batch_id: str
    issued_by: str
    created_at: datetime
    revoked_at: datetime | None = None
    revoked_by: str = ""
    revoked_reason: str = ""
    reprints: int = 0

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def code_display(self) -> str:
        return display_code(self.verification_code)


@dataclass(frozen=True)
class IssuedBatch:
    certificates: tuple[CertificateDTO, ...]
    pdf: bytes
    pdf_sha256: str


@dataclass(frozen=True)
class CertificateFilter:
    text: str = ""  # number, name or verification code
    kind: str = ""
    year: int | None = None
    status: str = ""  # "", "valid", "revoked"


@dataclass(frozen=True)
class VerifyResult:
    status: VerifyStatus
    certificate: CertificateDTO | None = None
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.status is VerifyStatus.VALID


@dataclass(frozen=True)
class KindInfo:
    code: str
    label: str
    title: str
    number_pattern: str  # the pattern in effect (default or changed)
    by_hand: bool = True  # offered by the Sertifikat tab (see CertificateKind.by_hand)

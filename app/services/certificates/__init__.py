"""Certificates: kinds, numbering, signing, the register service and verification.

Import `CertificateService` from here; importing the package registers the setup hook that
creates the facility signing key, and the built-in "demo" and "pembinaan" kinds.
"""

from app.services.certificates import demo as _demo  # noqa: F401  (registers the demo step)
from app.services.certificates.dto import (
    CertificateDTO,
    CertificateFilter,
    IssuedBatch,
    IssueRequest,
    KindInfo,
    SecondSigner,
    VerifyResult,
    VerifyStatus,
)
from app.services.certificates.kinds import CertificateKind, register_kind
from app.services.certificates.service import CertificateService, issue_date_range

__all__ = [
    "CertificateDTO",
    "CertificateFilter",
    "CertificateKind",
    "CertificateService",
    "IssueRequest",
    "IssuedBatch",
    "KindInfo",
    "SecondSigner",
    "VerifyResult",
    "VerifyStatus",
    "issue_date_range",
    "register_kind",
]

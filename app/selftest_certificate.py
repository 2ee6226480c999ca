"""The certificate step of `sibina --self-test`: issue one certificate PDF and read it back.

No Qt here; app/selftest.py adds a QtPdf render of the page when the main window step passed.
Raises StepFailed (from app.selftest) with the reason when the certificate service is missing or
its output is not a sound PDF.
"""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path
from typing import Any


def write_and_read(services: Any, actor: Any, home: Path) -> tuple[Path, str]:
    """Issue one "pembinaan" (or the first registered) certificate, write its PDF, read it back,
    and verify it through the register the way `sibina certificate verify` does."""
    from app.selftest import StepFailed

    certificates = getattr(services, "certificates", None)
    if certificates is None:
        raise StepFailed("layanan sertifikat belum tersedia (Services.certificates tidak ada)")
    from app.services.certificates import IssueRequest

    kinds = [k.code for k in certificates.kinds()]
    if not kinds:
        raise StepFailed("tidak ada jenis sertifikat terdaftar")
    kind = "pembinaan" if "pembinaan" in kinds else kinds[0]
    request = IssueRequest(
        kind=kind,
        recipient_uuid=str(uuid.uuid4()),
        recipient_name="Uji Mandiri Sibina",
        subject="Uji mandiri instalasi",
    )
    batch = certificates.issue(actor, [request])
    if len(batch.certificates) != 1:
        raise StepFailed(f"{len(batch.certificates)} sertifikat diterbitkan, bukan 1")
    issued = batch.certificates[0]
    path = home / "sertifikat-uji.pdf"
    path.write_bytes(batch.pdf)
    detail = check_pdf(path, expected_sha256=issued.pdf_sha256 or batch.pdf_sha256)
    result = certificates.verify(issued.verification_code)
    if not result.ok:
        raise StepFailed(f"verifikasi {issued.number}: {result.status} {result.detail}".strip())
    return path, f"{issued.number}, {detail}, verifikasi {result.status}"


def check_pdf(path: Path, expected_sha256: str | None = None) -> str:
    """Read a written PDF back: header, trailer, size, and the register's SHA-256 if given."""
    from app.selftest import StepFailed

    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise StepFailed(f"{path.name} bukan PDF (kepala berkas salah)")
    if b"%%EOF" not in data[-1024:]:
        raise StepFailed(f"{path.name} terpotong (tidak ada %%EOF)")
    digest = hashlib.sha256(data).hexdigest()
    if expected_sha256 and digest != expected_sha256:
        raise StepFailed(f"SHA-256 {digest[:12]}… tidak sama dengan register")
    pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
    return f"{len(data) // 1024} KB, {max(pages, 1)} halaman, sha256 {digest[:12]}…"

"""The document engine: table documents and certificates as PDF (text checked with pypdf)."""

from __future__ import annotations

import io
import uuid
from datetime import date

from pypdf import PdfReader

from app.reports.signature import Signer, head_signer
from app.reports.table_document import Column, render_table_pdf
from app.services.certificates import IssueRequest, VerifyStatus
from tests.conftest import PROFILE
from tests.reports.pdf_helpers import decode_qr, render_png


def text_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_table_document_splits_with_repeated_header_and_page_numbers():
    rows = [(i, f"Warga Binaan {i}", "Blok A") for i in range(1, 121)]
    pdf = render_table_pdf(PROFILE, "DAFTAR WARGA BINAAN", [Column("No.", 0.5, "CENTER"),
                           Column("Nama Lengkap", 3), "Blok"], rows, subtitle="Per 15 Juli 2025",
                           on=date(2025, 7, 15))  # fmt: skip
    pages = text_of(pdf)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert "Nama Lengkap" in page  # header row repeats
        assert f"Halaman {number} dari {len(pages)}" in page
    assert "RUTAN KELAS IIA PEKALONGAN" in pages[0]
    assert "Warga Binaan 120" in pages[-1]
    assert "Pekalongan, 15 Juli 2025" in pages[-1]
    assert "NIP. 197001012000031001" in pages[-1]


def test_table_document_landscape_second_signer_and_no_signers():
    second = Signer("Kepala Subseksi Registrasi", "Bayu Saputra", "198501012010011002",
                    caption="Mengetahui,")  # fmt: skip
    pdf = render_table_pdf(PROFILE, "REKAP", ["A", "B"], [("ñ ü é", "2")], landscape=True,
                           signers=[second, head_signer(PROFILE)], on=date(2025, 8, 17))  # fmt: skip
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert page.mediabox.width > page.mediabox.height
    assert "Bayu Saputra" in page.extract_text() and "Budi Santoso" in page.extract_text()
    assert "ñ ü é" in page.extract_text()
    empty = render_table_pdf(PROFILE, "KOSONG", ["A"], [], signers=())
    assert "NIP." not in text_of(empty)[0]


def test_issued_certificate_pdf_text(services, admin):
    batch = services.certificates.issue(
        admin,
        [IssueRequest("pembinaan", str(uuid.uuid4()), "Siti Rahmawati", "Pelatihan Menjahit")],
        issued_on=date(2025, 7, 15),
    )
    cert = batch.certificates[0]
    (page,) = text_of(batch.pdf)
    for expected in ("Siti Rahmawati", cert.number, "Pekalongan, 15 Juli 2025", "S E R T I F I K A T",
                     "Pelatihan Menjahit", cert.code_display, "NIP. 197001012000031001"):  # fmt: skip
        assert expected in page


def test_qr_decoded_from_the_rendered_page_verifies(services, admin, tmp_path):
    batch = services.certificates.issue(
        admin,
        [
            IssueRequest("demo", str(uuid.uuid4()), "Dedi Kurniawan", "Literasi"),
            IssueRequest("demo", str(uuid.uuid4()), "Eko Prasetyo", "Literasi"),
        ],
        issued_on=date(2025, 7, 15),
    )
    payload = decode_qr(render_png(batch.pdf, tmp_path))
    result = services.certificates.verify(payload)
    assert result.status is VerifyStatus.VALID
    assert result.certificate.number == batch.certificates[0].number
    assert result.certificate.recipient_name == "Dedi Kurniawan"

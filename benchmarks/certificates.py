"""Certificates: 1,000 in one PDF, compared with plain ReportLab drawing the same elements.

Run: .venv/bin/python benchmarks/certificates.py [--count N]
Target (issue 4): 1,000 certificates in one PDF within 1.5x the time plain ReportLab takes to
draw the same page elements (text, image, QR) 1,000 times. Measured in one run:

  plain      plain ReportLab: the same strings with drawString, the logo with drawImage, the
             QR with reportlab.graphics.barcode.qr.QrCodeWidget drawn through renderPDF, the
             border; one canvas, showPage per page.
  render     Sibina's certificate renderer (app.reports.certificate_pdf) for N certificates.
  issue      CertificateService.issue of N certificates in one batch on a fresh SQLite file:
             numbers, codes, Ed25519 signatures, register rows, audit events and the PDF.
Prints each time and the ratios render/plain and issue/plain.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image, ImageDraw
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from app.paths import data_paths
from app.reports.certificate_pdf import CertificatePrint, render_certificates
from app.reports.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, register_fonts
from app.reports.signature import head_signer
from app.services.certificates import IssueRequest
from app.services.facility import FacilityProfile

BENCHMARK = True
ON = date(2025, 7, 15)
FACILITY = FacilityProfile(
    name="Rutan Kelas IIA Pekalongan", code="RUTAN-PKL", address="Jl. Benchmark No. 1",
    city="Pekalongan", head_name="Budi Santoso", head_nip="197001012000031001",
)  # fmt: skip
BODY = ("telah mengikuti dan menyelesaikan program pembinaan Pelatihan Budidaya Sayuran "
        "Hidroponik yang diselenggarakan oleh Rutan Kelas IIA Pekalongan dengan hasil baik.")  # fmt: skip


def logo_png() -> bytes:
    image = Image.new("RGBA", (300, 300), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((10, 10, 290, 290), outline=(31, 59, 99, 255), width=14, fill=(230, 236, 245, 255))
    draw.polygon([(150, 50), (240, 230), (60, 230)], fill=(176, 141, 47, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def items(n: int) -> list[CertificatePrint]:
    signer = head_signer(FACILITY)
    return [
        CertificatePrint(
            "SERTIFIKAT",
            f"{i:04d}/SRT-PB/RUTAN-PKL/VII/2025",
            "Diberikan kepada:",
            f"Penerima Sertifikat {i}",
            BODY,
            "",
            ON,
            "Pekalongan",
            (signer,),
            "K7QM-2XHD-9WPA",
            f"SIBINA1|{i:04d}/SRT-PB/RUTAN-PKL/VII/2025|K7QM2XHD9WPA|Penerima Sertifikat {i}|"
            f"2025-07-15|{'A' * 86}",
        )
        for i in range(1, n + 1)
    ]


def plain_reportlab(prints: list[CertificatePrint], logo: bytes) -> bytes:
    """The same elements drawn the plain ReportLab way, no layout code of Sibina."""
    register_fonts()
    width, height = landscape(A4)
    out = io.BytesIO()
    c = Canvas(out, pagesize=(width, height))
    reader = ImageReader(io.BytesIO(logo))
    for item in prints:
        c.setLineWidth(3)
        c.rect(10 * mm, 10 * mm, width - 20 * mm, height - 20 * mm)
        c.setLineWidth(1)
        c.rect(13 * mm, 13 * mm, width - 26 * mm, height - 26 * mm)
        c.drawImage(reader, width / 2 - 11 * mm, height - 42 * mm, 22 * mm, 22 * mm, mask="auto")
        c.setFont(SANS_BOLD, 9)
        c.drawCentredString(width / 2, height - 47 * mm, "KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN")
        c.drawCentredString(width / 2, height - 51 * mm, "DIREKTORAT JENDERAL PEMASYARAKATAN")
        c.drawCentredString(width / 2, height - 56 * mm, FACILITY.name.upper())
        c.setFont(SERIF_BOLD, 30)
        c.drawCentredString(width / 2, height - 70 * mm, "S E R T I F I K A T")
        c.setFont(SANS, 10)
        c.drawCentredString(width / 2, height - 78 * mm, f"Nomor: {item.number}")
        c.setFont(SERIF_BOLD, 24)
        c.drawCentredString(width / 2, height - 100 * mm, item.recipient_name)
        c.setFont(SERIF, 12)
        c.drawCentredString(width / 2, height - 110 * mm, BODY[:90])
        c.drawCentredString(width / 2, height - 116 * mm, BODY[90:])
        c.setFont(SANS, 10)
        for k, line in enumerate(("Pekalongan, 15 Juli 2025", "Kepala Rutan Kelas IIA Pekalongan",
                                  FACILITY.head_name, f"NIP. {FACILITY.head_nip}")):  # fmt: skip
            c.drawCentredString(
                width - 70 * mm, 66 * mm - k * 6 * mm - (20 * mm if k > 1 else 0), line
            )
        c.drawString(57 * mm, 50 * mm, item.verification_code)
        widget = QrCodeWidget(item.qr_payload, barLevel="M", barBorder=2)
        x0, y0, x1, y1 = widget.getBounds()
        size = 30 * mm
        drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
        drawing.add(widget)
        renderPDF.draw(drawing, c, 24 * mm, 24 * mm)
        c.showPage()
    c.save()
    return out.getvalue()


def timed(label: str, fn) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - start
    print(f"  {label:<8} {elapsed:8.2f} s", flush=True)
    return elapsed, result


def issue_batch(n: int, logo: bytes) -> tuple[float, bytes]:
    import os

    from app.services.container import open_services

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SIBINA_HOME"] = tmp
        paths = data_paths()
        paths.ensure()
        services = open_services(f"sqlite:///{tmp}/bench.db", paths)
        try:
            services.setup.complete(
                replace(FACILITY, logo_png=logo), "admin", "Admin", "bench-2025!"
            )
            admin = services.auth.login("admin", "bench-2025!")
            requests = [
                IssueRequest(
                    "pembinaan",
                    str(uuid.uuid4()),
                    f"Penerima Sertifikat {i}",
                    "Pelatihan Budidaya Sayuran Hidroponik",
                )
                for i in range(n)
            ]
            start = time.perf_counter()
            batch = services.certificates.issue(admin, requests, issued_on=ON)
            elapsed = time.perf_counter() - start
        finally:
            services.dispose()
    print(f"  {'issue':<8} {elapsed:8.2f} s", flush=True)
    return elapsed, batch.pdf


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args(argv)
    n = args.count
    logo = logo_png()
    prints = items(n)
    facility = replace(FACILITY, logo_png=logo)
    render_certificates(facility, prints[:2])  # warm up fonts and caches for both sides
    plain_reportlab(prints[:2], logo)
    print(f"{n} certificates, one PDF, A4 landscape, logo + QR on every page")
    plain_s, plain_pdf = timed("plain", lambda: plain_reportlab(prints, logo))
    render_s, render_pdf = timed("render", lambda: render_certificates(facility, prints))
    issue_s, issue_pdf = issue_batch(n, logo)
    print(f"  sizes: plain {len(plain_pdf) / 1e6:.1f} MB, render {len(render_pdf) / 1e6:.1f} MB,"
          f" issue {len(issue_pdf) / 1e6:.1f} MB")  # fmt: skip
    print(f"ratio render/plain = {render_s / plain_s:.2f}  (target <= 1.5)")
    print(f"ratio issue/plain  = {issue_s / plain_s:.2f}  (whole service: DB, signatures, audit)")
    return 0 if render_s / plain_s <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

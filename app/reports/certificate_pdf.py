"""Certificates (sertifikat / piagam) on A4 landscape: border, facility heading, title, number,
recipient, body, QR with the verification code, seal area and signature block.

Input is a list of `CertificatePrint` DTOs; output one PDF with one certificate per page. Pages
are drawn straight on the canvas (no flowable layout), so a batch of a thousand stays fast.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import groupby

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from app.domain.dates import place_and_date
from app.reports.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts
from app.reports.letterhead import PARENT_LINES, draw_logo
from app.reports.signature import Signer, draw_signer
from app.services.facility import FacilityProfile

PAGE = landscape(A4)
NAVY = colors.HexColor("#1f3b63")
GOLD = colors.HexColor("#b08d2f")
QR_SIZE = 30 * mm


@dataclass(frozen=True)
class CertificatePrint:
    title: str  # "SERTIFIKAT", "PIAGAM PENGHARGAAN"
    number: str
    intro: str  # "Diberikan kepada:"
    recipient_name: str
    body: str  # already filled in
    reason: str
    issued_on: date
    place: str
    signers: tuple[Signer, ...]  # the head last; an optional second signer first
    verification_code: str  # display form, "ABCD-EFGH-JKMN"
    qr_payload: str
    note: str = ""  # small footer text, e.g. "Cetak ulang ke-2"


def render_certificates(
    facility: FacilityProfile,
    items: Sequence[CertificatePrint],
    on_page: Callable[[int, int], None] | None = None,
) -> bytes:
    """One page per certificate. `on_page(done, total)` is called after each page (it may raise
    Cancelled to stop)."""
    register_fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=PAGE, invariant=1, pageCompression=1)
    c.setTitle(items[0].title.title() if len(items) == 1 else "Sertifikat")
    c.setAuthor(facility.name)
    c.setCreator("Sibina")
    for index, item in enumerate(items, start=1):
        draw_certificate(c, facility, item)
        c.showPage()
        if on_page is not None:
            on_page(index, len(items))
    c.save()
    return buffer.getvalue()


def draw_certificate(c: Canvas, facility: FacilityProfile, item: CertificatePrint) -> None:
    width, height = PAGE
    cx = width / 2
    _border(c, width, height)
    top = height - 20 * mm
    draw_logo(c, facility, cx - 11 * mm, top - 22 * mm)
    y = top - 27 * mm
    c.setFillColor(colors.black)
    c.setFont(SANS_BOLD, 9)
    for line in PARENT_LINES:
        c.drawCentredString(cx, y, line)
        y -= 4.2 * mm
    c.setFont(SANS_BOLD, 11.5)
    c.drawCentredString(cx, y - 0.5 * mm, facility.name.upper())
    y -= 15 * mm
    c.setFillColor(NAVY)
    c.setFont(SERIF_BOLD, 30)
    c.drawCentredString(cx, y, _spaced(item.title))
    y -= 8 * mm
    c.setFillColor(colors.black)
    c.setFont(SANS, 10)
    c.drawCentredString(cx, y, f"Nomor: {item.number}")
    y -= 10 * mm
    c.setFont(SERIF_ITALIC, 12)
    c.drawCentredString(cx, y, item.intro)
    y -= 11 * mm
    name_size = _fit(c, item.recipient_name, SERIF_BOLD, 24, width - 90 * mm)
    c.setFont(SERIF_BOLD, name_size)
    c.drawCentredString(cx, y, item.recipient_name)
    name_w = c.stringWidth(item.recipient_name, SERIF_BOLD, name_size)
    c.setStrokeColor(GOLD)
    c.setLineWidth(0.8)
    c.line(cx - name_w / 2 - 8 * mm, y - 3 * mm, cx + name_w / 2 + 8 * mm, y - 3 * mm)
    y -= 10 * mm
    c.setFillColor(colors.black)
    for paragraph, font in ((item.body, SERIF), (item.reason, SERIF_ITALIC)):
        if not paragraph:
            continue
        for line in simpleSplit(paragraph, font, 12, width - 80 * mm):
            c.setFont(font, 12)
            c.drawCentredString(cx, y, line)
            y -= 6 * mm
    _footer_area(c, item, width)


def _footer_area(c: Canvas, item: CertificatePrint, width: float) -> None:
    bottom = 20 * mm
    # QR and verification code, bottom left
    qr_x, qr_y = 24 * mm, bottom + 4 * mm
    _draw_qr(c, item.qr_payload, qr_x, qr_y, QR_SIZE)
    c.setFillColor(colors.black)
    c.setFont(SANS, 7.5)
    text_x = qr_x + QR_SIZE + 3 * mm
    c.drawString(text_x, qr_y + QR_SIZE - 6 * mm, "Kode verifikasi:")
    c.setFont(SANS_BOLD, 10)
    c.drawString(text_x, qr_y + QR_SIZE - 11 * mm, item.verification_code)
    c.setFont(SANS, 7)
    for i, line in enumerate(
        (
            "Keaslian sertifikat ini dapat diperiksa",
            "dengan memindai kode QR atau memasukkan",
            "kode verifikasi pada aplikasi Sibina.",
        )
    ):
        c.drawString(text_x, qr_y + QR_SIZE - 16 * mm - i * 3.3 * mm, line)
    # signature block(s), bottom right; the seal (stamp) overlaps the left of the head's name
    *others, head = item.signers
    sig_top = bottom + 50 * mm
    right_cx = width - 70 * mm
    draw_signer(c, head, right_cx, sig_top, place_and_date(item.place, item.issued_on), 10.5)
    c.saveState()
    c.setStrokeColor(colors.HexColor("#9aa5b5"))
    c.setDash(2, 2)
    c.setLineWidth(0.5)
    c.circle(right_cx - 22 * mm, sig_top - 30 * mm, 12 * mm, stroke=1, fill=0)
    c.restoreState()
    if others:
        draw_signer(c, others[0], width / 2 + 2 * mm, sig_top - 14, "", 10.5)
    if item.note:
        c.setFont(SANS, 7)
        c.setFillGray(0.35)
        c.drawCentredString(width / 2, 17 * mm, item.note)
        c.setFillColor(colors.black)


def _draw_qr(c: Canvas, payload: str, x: float, y: float, size: float, border: int = 2) -> None:
    """ReportLab's QR widget encodes the payload (its own encoder picks the mask); the dark
    modules are then filled as one path of row runs, which is far faster than rendering the
    widget's hundreds of shape nodes one by one."""
    widget = QrCodeWidget(payload, barLevel="M", barBorder=border)
    widget.qr.make()
    modules = widget.qr.modules
    count = len(modules)
    box = size / (count + 2 * border)
    path = c.beginPath()
    for r, row in enumerate(modules):
        top = y + size - (r + border + 1) * box
        col = 0
        for dark, run in groupby(bool(m) for m in row):
            length = sum(1 for _ in run)
            if dark:
                path.rect(x + (col + border) * box, top, length * box, box)
            col += length
    c.saveState()
    c.setFillColor(colors.white)
    c.rect(x, y, size, size, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


def _border(c: Canvas, width: float, height: float) -> None:
    c.saveState()
    c.setStrokeColor(NAVY)
    c.setLineWidth(3)
    c.rect(10 * mm, 10 * mm, width - 20 * mm, height - 20 * mm)
    c.setStrokeColor(GOLD)
    c.setLineWidth(1)
    c.rect(13 * mm, 13 * mm, width - 26 * mm, height - 26 * mm)
    c.setLineWidth(0.4)
    c.rect(14.5 * mm, 14.5 * mm, width - 29 * mm, height - 29 * mm)
    c.setFillColor(GOLD)
    for px, py in ((13, 13), (13, height / mm - 13), (width / mm - 13, 13),
                   (width / mm - 13, height / mm - 13)):  # fmt: skip
        c.circle(px * mm, py * mm, 2.2 * mm, stroke=0, fill=1)
    c.restoreState()


def _spaced(title: str) -> str:
    return " ".join(title.upper()) if len(title) <= 14 else title.upper()


def _fit(c: Canvas, text: str, font: str, size: float, max_width: float) -> float:
    while size > 12 and c.stringWidth(text, font, size) > max_width:
        size -= 1
    return size

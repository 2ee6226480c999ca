"""Decree extracts (petikan SK): one A4 page per remission recipient, with the letterhead, the
decree's number and date, the person's data in a small table, and the head of the facility
certifying the extract as a true copy ("Petikan sesuai dengan aslinya").

The issuing authority is not named: the wording says "Keputusan tentang Pemberian ..." with the
SK number and date as recorded, so a decree of the Kanwil or of the Minister reads right.
Input: `SkExtract` DTOs; output PDF bytes. No database here.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.domain.dates import long_date
from app.domain.terbilang import duration_text
from app.reports.letterhead import LETTERHEAD_HEIGHT, draw_letterhead
from app.reports.pagination import numbered_canvas
from app.reports.signature import SignatureBlock, Signer, head_signer
from app.reports.styles import styles
from app.services.facility import FacilityProfile

MARGIN = 20 * mm
CLOSING = ("Petikan ini diberikan kepada yang bersangkutan untuk diketahui dan dipergunakan "
           "sebagaimana mestinya.")  # fmt: skip
CATEGORY_TEXT = {"I": "I (masa pidana berkurang)", "II": "II (bebas pada hari remisi)"}
# category II with an unpaid fine substitute: not free on the day (remission.md)
CATEGORY_II_SUBSTITUTE_TEXT = ("II (pidana pokok selesai pada hari remisi; bebas setelah "
                               "menjalani kurungan pengganti denda)")  # fmt: skip


@dataclass(frozen=True)
class SkExtract:
    grant_name: str  # "Remisi Umum Tahun 2025" or "Pengurangan Masa Pidana (Remisi Umum) ..."
    occasion_day: date
    sk_number: str
    sk_date: date
    full_name: str
    reg_number: str
    sentence: str  # "3 tahun 6 bulan"
    release_before: date | None
    days: int
    additional_days: int  # Remisi Tambahan (RU only)
    category: str  # "I" / "II"
    release_after: date | None
    child: bool = False
    days_per_month: int = 30


def render_sk_extracts(
    facility: FacilityProfile,
    items: Sequence[SkExtract],
    *,
    footer: str = "",
    on_page: Callable[[int, int], None] | None = None,
) -> bytes:
    """One page per extract. `on_page(done, total)` runs after each page (it may raise Cancelled
    to stop the build)."""
    buffer = io.BytesIO()
    width, height = A4
    doc = BaseDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN, bottomMargin=MARGIN, title="Petikan Keputusan Remisi",
                          author=facility.name, creator="Sibina")  # fmt: skip
    top = height - 15 * mm
    frame = Frame(MARGIN, MARGIN, width - 2 * MARGIN, top - LETTERHEAD_HEIGHT - MARGIN, id="sk")

    def letterhead(canvas, _doc) -> None:
        draw_letterhead(canvas, facility, left=15 * mm, right=width - 15 * mm, top=top)

    def page_done(_canvas, page_doc) -> None:
        if on_page is not None:
            on_page(page_doc.page, len(items))

    doc.addPageTemplates([PageTemplate("sk", [frame], onPage=letterhead, onPageEnd=page_done)])
    story: list = []
    for index, item in enumerate(items):
        if index:
            story.append(PageBreak())
        story += _page(facility, item, doc.width)
    if not story:
        story.append(Paragraph("—", styles()["base"]))
    doc.build(story, canvasmaker=numbered_canvas(footer))
    return buffer.getvalue()


def _page(facility: FacilityProfile, item: SkExtract, width: float) -> list:
    st = styles()
    grant = item.grant_name
    recipient = "anak binaan" if item.child else "narapidana"
    intro = (f"Berdasarkan keputusan tersebut di atas, kepada {recipient} yang namanya tersebut "
             f"di bawah ini diberikan {grant}:")  # fmt: skip
    story: list = [
        Paragraph("PETIKAN", st["title"]),
        Paragraph(escape(f"KEPUTUSAN TENTANG PEMBERIAN {grant.upper()}"), st["title"]),
        Spacer(1, 2 * mm),
        Paragraph(escape(f"Nomor: {item.sk_number}"), st["subtitle"]),
        Paragraph(escape(f"Tanggal: {long_date(item.sk_date)}"), st["subtitle"]),
        Spacer(1, 8 * mm),
        Paragraph(escape(intro), st["base"]),
        Spacer(1, 4 * mm),
        _data_table(item, width),
        Spacer(1, 6 * mm),
        Paragraph(CLOSING, st["base"]),
        Spacer(1, 4 * mm),
    ]
    head = head_signer(facility)
    signer = Signer(head.position, head.name, head.nip, caption="Petikan sesuai dengan aslinya,")
    story.append(SignatureBlock([signer], facility.city, item.occasion_day))
    return story


def _data_table(item: SkExtract, width: float) -> Table:
    st = styles()
    per = item.days_per_month
    amount = _amount(item.days, per)
    if item.additional_days:
        amount += f" dan Remisi Tambahan {_amount(item.additional_days, per)}"
    release_after = long_date(item.release_after) if item.release_after else "—"
    category = CATEGORY_TEXT.get(item.category, item.category)
    if item.category == "II" and item.release_after and item.release_after > item.occasion_day:
        substitute = (item.release_after - item.occasion_day).days
        release_after += f" (setelah menjalani kurungan pengganti denda {substitute} hari)"
        category = CATEGORY_II_SUBSTITUTE_TEXT
    before = long_date(item.release_before) if item.release_before else "—"
    rows = [
        ("Nama", item.full_name),
        ("Nomor registrasi", item.reg_number),
        ("Pidana", item.sentence),
        ("Tanggal bebas sebelum remisi", before),
        ("Besar remisi", amount),
        ("Kategori", category),
        ("Tanggal bebas sesudah remisi", release_after),
    ]  # fmt: skip
    data = [[Paragraph(escape(label), st["base"]), Paragraph(":", st["base"]),
             Paragraph(escape(value), st["base"])] for label, value in rows]  # fmt: skip
    table = Table(data, colWidths=[width * 0.38, 4 * mm, width * 0.62 - 4 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (1, 0), (1, -1), 1),
                ("RIGHTPADDING", (1, 0), (1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.HexColor("#b8c2cf")),
                ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
            ]
        )
    )
    return table


def _amount(days: int, days_per_month: int) -> str:
    """Like "60 hari (2 bulan)" or "15 hari"."""
    if days < days_per_month:
        return f"{days} hari"
    return f"{days} hari ({duration_text(days, days_per_month)})"

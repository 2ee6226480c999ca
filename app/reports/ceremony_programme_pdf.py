"""The printed papers of a remission ceremony's day: the run sheet (SUSUNAN ACARA with the invited
guests and their roles) and the attendance list of the recipients and the guests (DAFTAR HADIR,
with room to sign). Input: DTOs from the service; output: PDF bytes. No database here.

Both carry the letterhead, the ceremony's title, day and venue, page numbers and the signature of
the head of the facility. Personal data is kept to the minimum: registration number, name and
cell; no NIK, address or case data.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.domain.dates import day_name, long_date
from app.reports.fonts import SANS_BOLD
from app.reports.letterhead import LETTERHEAD_HEIGHT, draw_letterhead, draw_running_head
from app.reports.pagination import numbered_canvas
from app.reports.signature import SignatureBlock, head_signer
from app.reports.styles import styles
from app.reports.table_document import HEADER_FILL, MARGIN, Column
from app.services.facility import FacilityProfile
from app.services.remission_dto import CeremonyDTO
from app.services.remission_programme_dto import (
    ATTENDANCE_LABELS,
    AgendaItemDTO,
    AttendanceLine,
    GuestDTO,
)

RUNNING_HEAD = 6 * mm
SIGN_SPACE = 4.5 * mm  # room above the dotted line of a signature cell
NO = Column("No.", 0.6, "CENTER")
CELL_PADDING = 4
FOOTER = "Dicetak dengan Sibina"
TAIL_ROWS = 3


def clock_text(hhmm: str) -> str:
    """Times as Indonesian papers write them: 08.30."""
    return hhmm.replace(":", ".")


def time_span(item: AgendaItemDTO) -> str:
    start = clock_text(item.start_time)
    return f"{start} – {clock_text(item.end_time)}" if item.end_time else start


def guest_presence(attended: bool | None) -> str:
    if attended is None:
        return ""
    return "Hadir" if attended else "Tidak hadir"


def render_run_sheet(
    facility: FacilityProfile,
    ceremony: CeremonyDTO,
    agenda: Sequence[AgendaItemDTO],
    guests: Sequence[GuestDTO],
    on: date,
) -> bytes:
    """SUSUNAN ACARA: time, activity, performer, note; then the guests with their roles."""
    start = agenda[0].start_time if agenda else ""
    cols = [Column("Waktu", 1.4, "CENTER"), Column("Acara", 3.2), Column("Pengisi", 2.4),
            Column("Keterangan", 2.2)]  # fmt: skip
    parts = [_Part("", cols, [[time_span(i), i.activity, i.performer, i.note] for i in agenda])]
    if guests:
        cols = [NO, Column("Nama", 2.6), Column("Jabatan / Instansi", 2.8),
                Column("Peran dalam acara", 3.3)]  # fmt: skip
        rows = [[f"{n}.", g.name, g.office, g.role] for n, g in enumerate(guests, start=1)]
        parts.append(_Part("TAMU UNDANGAN", cols, rows))
    time_text = clock_text(start) + " – selesai" if start else ""
    return _build(facility, _Paper("SUSUNAN ACARA", ceremony, time_text, parts), on)


def render_attendance(
    facility: FacilityProfile,
    ceremony: CeremonyDTO,
    recipients: Sequence[AttendanceLine],
    guests: Sequence[GuestDTO],
    on: date,
) -> bytes:
    """DAFTAR HADIR: one row per recipient (and per guest) with room to sign; the recorded
    status in Keterangan. Signatures alternate left and right, as on paper lists."""
    with_cell = any(r.block or r.cell for r in recipients)
    cols = [NO, Column("No. registrasi", 1.6), Column("Nama", 2.6)]
    if with_cell:
        cols.append(Column("Blok/Kamar", 1.4, "CENTER"))
    cols += [Column("Keterangan", 1.5), Column("Tanda tangan", 3.0)]
    rows = []
    for n, r in enumerate(recipients, start=1):
        place = [" / ".join(p for p in (r.block, r.cell) if p)] if with_cell else []
        rows.append([f"{n}.", r.reg_number, r.full_name, *place, _status_text(r), _Sign(n)])
    parts = [_Part("", cols, rows, signing=True)]
    if guests:
        cols = [NO, Column("Nama", 2.4), Column("Jabatan / Instansi", 2.8),
                Column("Keterangan", 1.5), Column("Tanda tangan", 3.0)]  # fmt: skip
        rows = [[f"{n}.", g.name, g.office, guest_presence(g.attended), _Sign(n)]
                for n, g in enumerate(guests, start=1)]  # fmt: skip
        parts.append(_Part("DAFTAR HADIR TAMU UNDANGAN", cols, rows, signing=True))
    return _build(facility, _Paper("DAFTAR HADIR PENERIMA REMISI", ceremony, "", parts), on)


@dataclass(frozen=True)
class _Part:
    """One table of a paper, under an optional heading; `signing`: rows with room to sign."""

    heading: str
    columns: list[Column]
    rows: list[list[object]]
    signing: bool = False


@dataclass(frozen=True)
class _Paper:
    title: str
    ceremony: CeremonyDTO
    time_text: str
    parts: list[_Part]


def _status_text(line: AttendanceLine) -> str:
    label = ATTENDANCE_LABELS.get(line.status, "")
    return f"{label}: {line.note}" if label and line.note else label


@dataclass(frozen=True)
class _Sign:
    """The signature cell: "1. ....." on the left for odd numbers, on the right for even."""

    n: int


def _heading(paper: _Paper) -> list:
    st = styles()
    title, ceremony, time_text = paper.title, paper.ceremony, paper.time_text
    story: list = [Spacer(1, LETTERHEAD_HEIGHT - RUNNING_HEAD),
                   Paragraph(escape(title), st["title"]),
                   Paragraph(escape(ceremony.title), st["subtitle"]), Spacer(1, 2 * mm)]  # fmt: skip
    when = f"{day_name(ceremony.date)}, {long_date(ceremony.date)}"
    facts = [("Hari, tanggal", when), ("Waktu", time_text), ("Tempat", ceremony.venue)]
    data = [[Paragraph(escape(k), st["base"]), ":", Paragraph(escape(v), st["base"])]
            for k, v in facts if v]  # fmt: skip
    table = Table(data, colWidths=[30 * mm, 4 * mm, None], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("FONTNAME", (1, 0), (1, -1), st["base"].fontName)]))  # fmt: skip
    return [*story, table, Spacer(1, 3 * mm)]


def _section(text: str) -> list:
    style = ParagraphStyle("section", parent=styles()["base"], fontName=SANS_BOLD, spaceBefore=6,
                           spaceAfter=3, keepWithNext=1)  # fmt: skip
    return [CondPageBreak(30 * mm), Paragraph(escape(text), style)]


def _cell(value: object, column: Column, width: float) -> object:
    st = styles()
    if isinstance(value, _Sign):
        return _sign_cell(value.n, width)
    style = {"LEFT": st["cell"], "RIGHT": st["cell_right"], "CENTER": st["cell_center"]}
    return Paragraph(escape("" if value is None else str(value)), style[column.align])


def _sign_cell(n: int, width: float) -> list:
    """Room to sign over "n. ......", the line in the left half (odd n) or the right (even)."""
    base = styles()["cell"]
    half = (width - 2 * CELL_PADDING) / 2
    label = f"{n}. "
    used = stringWidth(label, base.fontName, base.fontSize)
    dots = max(3, int((half - used - 4) / stringWidth(".", base.fontName, base.fontSize)))
    style = ParagraphStyle("sign_cell", parent=base, leftIndent=half if n % 2 == 0 else 0)
    return [Spacer(1, SIGN_SPACE), Paragraph(label + "." * dots, style)]


def _grid(cols: list[Column], rows: list[list[object]], signing: bool = False) -> Table:
    """A ruled table over the page width; `signing`: rows with room to sign, text centred."""
    width = A4[0] - 2 * MARGIN  # as wide as the letterhead rule, like table_document
    total = sum(c.weight for c in cols)
    widths = [width * c.weight / total for c in cols]
    st = styles()
    data: list[list] = [[Paragraph(escape(c.header), st["head"]) for c in cols]]
    data += [[_cell(v, c, w) for v, c, w in zip(row, cols, widths, strict=True)] for row in rows]
    if not rows:
        data.append([Paragraph("—", st["cell_center"])] + [""] * (len(cols) - 1))
    table = Table(data, colWidths=widths, repeatRows=1, splitByRow=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE" if signing else "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))  # fmt: skip
    return table


def _build(facility: FacilityProfile, paper: _Paper, on: date) -> bytes:
    """The paper as PDF bytes. When the signature would stand alone on the last page, the
    last rows (or the whole last table, when short) go over to that page with it."""
    pdf, orphaned = _render(facility, paper, on, 0)
    if orphaned:
        pdf, _ = _render(facility, paper, on, TAIL_ROWS)
    return pdf


def _story(paper: _Paper, tail: int) -> list:
    story = _heading(paper)
    for index, part in enumerate(paper.parts):
        last = index == len(paper.parts) - 1
        if last and tail and len(part.rows) <= tail:
            story.append(PageBreak())
        if part.heading:
            story += _section(part.heading)
        if last and tail and len(part.rows) > tail:
            story += [_grid(part.columns, part.rows[:-tail], part.signing), PageBreak(),
                      _grid(part.columns, part.rows[-tail:], part.signing)]  # fmt: skip
        else:
            story.append(_grid(part.columns, part.rows, part.signing))
    return story


def _render(facility: FacilityProfile, paper: _Paper, on: date, tail: int) -> tuple[bytes, bool]:
    """A4 portrait: the letterhead on the first page (the story starts with a spacer as tall
    as it), a running head on the others, the head's signature at the end."""
    buffer = io.BytesIO()
    width, height = A4
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN + RUNNING_HEAD, bottomMargin=MARGIN + 4 * mm,
                            title=paper.title, author=facility.name, creator="Sibina")  # fmt: skip

    def first(canvas, _doc) -> None:
        draw_letterhead(canvas, facility, left=MARGIN, right=width - MARGIN, top=height - MARGIN)

    def later(canvas, _doc) -> None:
        draw_running_head(
            canvas, facility, paper.title, left=MARGIN, right=width - MARGIN, top=height - MARGIN
        )

    table_end = Spacer(0, 0)  # zero height: it stays on the page where the last table ends
    signature = SignatureBlock([head_signer(facility)], facility.city, on)
    pages: dict[str, int] = {}

    def after_flowable(flowable: Flowable) -> None:
        if flowable is table_end or flowable is signature:
            pages["end" if flowable is table_end else "signature"] = doc.page

    doc.afterFlowable = after_flowable
    story = [*_story(paper, tail), table_end, Spacer(1, 6 * mm), signature]
    doc.build(story, onFirstPage=first, onLaterPages=later, canvasmaker=numbered_canvas(FOOTER))
    return buffer.getvalue(), pages.get("end") != pages.get("signature")

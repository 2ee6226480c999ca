"""Lists as official documents: letterhead, title, a table over as many pages as it needs.

Stable API for every tab that prints a list (register, attendance, loans, ...):

    from app.reports.table_document import Column, render_table_pdf
    pdf: bytes = render_table_pdf(
        facility,                         # app.services.facility.FacilityProfile
        "DAFTAR WARGA BINAAN",            # title (printed in capitals as given)
        [Column("No.", 0.5, "CENTER"), Column("Nama", 3), "Kamar"],  # Column or plain header text
        rows,                             # iterable of sequences; values printed with str()
        subtitle="Per 15 Juli 2025",
        landscape=False,
        signers=None,                     # None: head of facility; () no signature; or [Signer..]
        on=date(2025, 7, 15),             # dateline date ("Pekalongan, 15 Juli 2025"); None: today
        footer="Dicetak dengan Sibina",   # small text left in the footer
        watermark="",                     # e.g. "DRAF": pale diagonal text on every page
    )

Several tables with their own columns and headings in one document (same pages and signatures):

    render_sections_pdf(facility, "DAFTAR ...", [Section("A. Bebas", cols, rows),
                        Section("B. Tetap menjalani", other_cols, other_rows, note="...")], ...)

Short sections may stand in two columns, `SideBySide([Section(...)], [Section(...), ...])`, in
the same list (a statistics page that should stay on one page); a pair is split over pages only
when it is taller than a page.

The header row repeats on every page, long cells wrap, pages are numbered "Halaman 1 dari 3".
Column widths are relative weights over the usable width. A4 portrait or landscape.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as to_landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.reports.fonts import SANS_BOLD
from app.reports.letterhead import LETTERHEAD_HEIGHT, draw_letterhead, draw_running_head
from app.reports.pagination import numbered_canvas
from app.reports.signature import SignatureBlock, Signer, head_signer
from app.reports.styles import styles
from app.services.facility import FacilityProfile

Align = Literal["LEFT", "CENTER", "RIGHT"]
MARGIN = 15 * mm
HEADER_FILL = colors.HexColor("#dfe6ef")


@dataclass(frozen=True)
class Column:
    header: str
    weight: float = 1.0
    align: Align = "LEFT"


def render_table_pdf(
    facility: FacilityProfile,
    title: str,
    columns: Sequence[Column | str],
    rows: Iterable[Sequence[object]],
    *,
    subtitle: str = "",
    landscape: bool = False,
    signers: Sequence[Signer] | None = None,
    on: date | None = None,
    footer: str = "",
    watermark: str = "",
) -> bytes:
    """The whole list as PDF bytes (see the module docstring)."""
    return render_sections_pdf(
        facility, title, [Section("", columns, list(rows))], subtitle=subtitle,
        landscape=landscape, signers=signers, on=on, footer=footer, watermark=watermark,
    )  # fmt: skip


@dataclass(frozen=True)
class Section:
    """One table of a document with several, under an optional heading and over a note."""

    heading: str
    columns: Sequence[Column | str]
    rows: Sequence[Sequence[object]]
    note: str = ""  # small text under the table, e.g. "Satu orang dapat ... lebih dari satu."


@dataclass(frozen=True)
class SideBySide:
    """Short sections in two columns, each column read top to bottom; kept on one page when it
    fits there."""

    left: Sequence[Section]
    right: Sequence[Section]


def render_sections_pdf(
    facility: FacilityProfile,
    title: str,
    sections: Sequence[Section | SideBySide],
    *,
    subtitle: str = "",
    landscape: bool = False,
    signers: Sequence[Signer] | None = None,
    on: date | None = None,
    footer: str = "",
    watermark: str = "",
    on_page: Callable[[int], None] | None = None,
) -> bytes:
    """Several tables (each with its own columns) in one document: the same pages, letterhead,
    numbering and signatures as `render_table_pdf`. `on_page(n)` runs after each page is laid
    out (a long list: progress); it may raise Cancelled to stop. When the signatures would
    stand alone on the last page the document is laid out a second time, so n starts again."""
    parts = [_pair(s) if isinstance(s, SideBySide) else _part(s) for s in sections]
    chosen = [head_signer(facility)] if signers is None else list(signers)
    page = _Page(facility, title, subtitle, landscape, watermark, footer, on_page)
    pdf, orphaned = _build(page, parts, chosen, on, 0)
    last = parts[-1] if parts else None
    if orphaned and isinstance(last, _Part) and (len(last.rows) > TAIL_ROWS or len(parts) > 1):
        # The signatures fell alone on the last page: carry the last rows (or, when the last
        # table is short, the whole last table) over with them.
        pdf, _ = _build(page, parts, chosen, on, TAIL_ROWS)
    return pdf


TAIL_ROWS = 3
SECTION_GAP = 4 * mm
COLUMN_GAP = 6 * mm
HEADING_ROOM = 35 * mm  # a section heading, the header row and a few rows


def _column(column: Column | str) -> Column:
    return column if isinstance(column, Column) else Column(str(column))


@dataclass(frozen=True)
class _Part:
    heading: str
    columns: list[Column]
    rows: list[Sequence[object]]
    note: str


@dataclass(frozen=True)
class _Pair:
    left: list[_Part]
    right: list[_Part]


def _part(section: Section) -> _Part:
    return _Part(section.heading, [_column(c) for c in section.columns], list(section.rows),
                 section.note)  # fmt: skip


def _pair(pair: SideBySide) -> _Pair:
    return _Pair([_part(s) for s in pair.left], [_part(s) for s in pair.right])


@dataclass(frozen=True)
class _Page:
    facility: FacilityProfile
    title: str
    subtitle: str
    landscape: bool
    watermark: str
    footer: str
    on_page: Callable[[int], None] | None = None


class _PageMarker(Spacer):
    """An empty spacer: the document's afterFlowable hook records the page it ends on."""

    def __init__(self) -> None:
        super().__init__(0, 0)


def _build(
    page: _Page, parts: list[_Part | _Pair], signers: list[Signer], on: date | None, tail: int
) -> tuple[bytes, bool]:
    pagesize = to_landscape(A4) if page.landscape else A4
    buffer = io.BytesIO()
    doc = _document(buffer, page, pagesize)
    st = styles()
    story: list = [Paragraph(escape(page.title), st["title"])]
    if page.subtitle:
        story.append(Paragraph(escape(page.subtitle), st["subtitle"]))
    story.append(Spacer(1, 3 * mm))
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        if index:
            story.append(Spacer(1, SECTION_GAP))
        if isinstance(part, _Pair):
            story.append(_pair_table(part, doc.width))
            continue
        if last and tail and len(part.rows) <= tail:
            story.append(PageBreak())
        story += _section(part, doc.width, keep_heading=True, tail=tail if last else 0)
    table_end = _PageMarker()
    story.append(table_end)
    pages: dict[str, int] = {}
    if signers:
        story += [
            Spacer(1, 6 * mm),
            SignatureBlock(signers, page.facility.city, on or date.today()),
        ]

    def after_flowable(flowable: Flowable) -> None:
        if flowable is table_end:
            pages["table_end"] = doc.page
        elif isinstance(flowable, SignatureBlock):
            pages["signatures"] = doc.page

    doc.afterFlowable = after_flowable
    doc.build(story, canvasmaker=numbered_canvas(page.footer))
    orphaned = bool(signers) and pages.get("signatures") != pages.get("table_end")
    return buffer.getvalue(), orphaned


def _pair_table(pair: _Pair, width: float) -> Table:
    """The two columns of a `SideBySide` as one unsplittable row."""
    half = (width - COLUMN_GAP) / 2
    cells = [_column_flowables(parts, half) for parts in (pair.left, pair.right)]
    # splitInRow: a pair taller than the page goes on over the next (instead of a layout error)
    table = Table([[cells[0], "", cells[1]]], colWidths=[half, COLUMN_GAP, half], splitInRow=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))  # fmt: skip
    return table


def _column_flowables(parts: list[_Part], width: float) -> list[Flowable]:
    flowables: list[Flowable] = []
    for index, part in enumerate(parts):
        if index:
            flowables.append(Spacer(1, SECTION_GAP))
        flowables += _section(part, width)
    return flowables


def _section(part: _Part, width: float, keep_heading: bool = False, tail: int = 0) -> list:
    """A section's heading, table and note. keep_heading: the heading never ends a page (it
    needs room for itself and the first rows below); tail: the last `tail` rows go on a new
    page (with the signatures), when there are more rows than that."""
    flowables: list = []
    if part.heading:
        if keep_heading:
            flowables.append(CondPageBreak(HEADING_ROOM))
        flowables.append(Paragraph(escape(part.heading), _heading_style()))
    if tail and len(part.rows) > tail:
        flowables += [_table(part.columns, part.rows[:-tail], width), PageBreak(),
                      _table(part.columns, part.rows[-tail:], width)]  # fmt: skip
    else:
        flowables.append(_table(part.columns, part.rows, width))
    if part.note:
        flowables.append(Paragraph(escape(part.note), _note_style()))
    return flowables


@lru_cache(maxsize=1)
def _heading_style() -> ParagraphStyle:
    return ParagraphStyle("section", parent=styles()["base"], fontName=SANS_BOLD, fontSize=10,
                          leading=13, spaceAfter=2)  # fmt: skip


@lru_cache(maxsize=1)
def _note_style() -> ParagraphStyle:
    return ParagraphStyle("note", parent=styles()["base"], fontSize=8, leading=10, spaceBefore=2)


def _document(buffer: io.BytesIO, page: _Page, pagesize: tuple[float, float]) -> BaseDocTemplate:
    facility, title = page.facility, page.title
    width, height = pagesize
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=title,
        author=facility.name,
        creator="Sibina",
    )
    inner_w = width - 2 * MARGIN
    bottom = MARGIN + 4 * mm
    first = Frame(MARGIN, bottom, inner_w, height - MARGIN - LETTERHEAD_HEIGHT - bottom, id="first")
    later = Frame(MARGIN, bottom, inner_w, height - MARGIN - 6 * mm - bottom, id="later")

    def on_first(canvas, _doc) -> None:
        _draw_watermark(canvas, page.watermark, width, height)
        draw_letterhead(canvas, facility, left=MARGIN, right=width - MARGIN, top=height - MARGIN)

    def page_done(_canvas, page_doc) -> None:
        if page.on_page is not None:
            page.on_page(page_doc.page)

    def on_later(canvas, _doc) -> None:
        _draw_watermark(canvas, page.watermark, width, height)
        draw_running_head(
            canvas, facility, title, left=MARGIN, right=width - MARGIN, top=height - MARGIN
        )

    doc.addPageTemplates(
        [
            PageTemplate(
                "first", [first], onPage=on_first, onPageEnd=page_done, autoNextPageTemplate="later"
            ),
            PageTemplate("later", [later], onPage=on_later, onPageEnd=page_done),
        ]
    )
    return doc


def _draw_watermark(canvas, text: str, width: float, height: float) -> None:
    """Large pale diagonal text behind the page content (e.g. "DRAF" on an unapproved list)."""
    if not text:
        return
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#c0392b"))
    canvas.setFillAlpha(0.12)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(30)
    size = min(width, height) / max(len(text), 4) * 1.3
    canvas.setFont(SANS_BOLD, size)
    canvas.drawCentredString(0, -size / 3, text)
    canvas.restoreState()


def _table(cols: list[Column], rows: Iterable[Sequence[object]], width: float) -> Table:
    st = styles()
    cell_style = {"LEFT": st["cell"], "RIGHT": st["cell_right"], "CENTER": st["cell_center"]}
    total = sum(c.weight for c in cols) or 1.0
    widths = [width * c.weight / total for c in cols]
    data: list[list] = [[Paragraph(escape(c.header), st["head"]) for c in cols]]
    for row in rows:
        data.append(
            [
                Paragraph(escape("" if value is None else str(value)), cell_style[col.align])
                for col, value in zip(cols, row, strict=False)
            ]
        )
    if len(data) == 1:
        data.append([Paragraph("—", st["cell_center"])] + [""] * (len(cols) - 1))
    table = Table(data, colWidths=widths, repeatRows=1, splitByRow=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                # tight cells: more of a wide landscape table is text, not padding
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table

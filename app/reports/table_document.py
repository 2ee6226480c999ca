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
    )

The header row repeats on every page, long cells wrap, pages are numbered "Halaman 1 dari 3".
Column widths are relative weights over the usable width. A4 portrait or landscape.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as to_landscape
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.reports.letterhead import LETTERHEAD_HEIGHT, draw_letterhead
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
) -> bytes:
    """The whole list as PDF bytes (see the module docstring)."""
    cols = [c if isinstance(c, Column) else Column(str(c)) for c in columns]
    body = list(rows)
    chosen = [head_signer(facility)] if signers is None else list(signers)
    pdf, orphaned = _build(facility, title, cols, body, subtitle, landscape, chosen, on, footer, 0)
    if orphaned and len(body) > TAIL_ROWS:
        # The signatures fell alone on the last page: carry the last rows over with them.
        pdf, _ = _build(facility, title, cols, body, subtitle, landscape, chosen, on, footer,
                        TAIL_ROWS)  # fmt: skip
    return pdf


TAIL_ROWS = 3


class _PageMarker(Spacer):
    """An empty spacer: the document's afterFlowable hook records the page it ends on."""

    def __init__(self) -> None:
        super().__init__(0, 0)


def _build(
    facility: FacilityProfile,
    title: str,
    cols: list[Column],
    body: list[Sequence[object]],
    subtitle: str,
    landscape: bool,
    signers: list[Signer],
    on: date | None,
    footer: str,
    tail: int,
) -> tuple[bytes, bool]:
    pagesize = to_landscape(A4) if landscape else A4
    buffer = io.BytesIO()
    doc = _document(buffer, facility, pagesize, title)
    st = styles()
    story: list = [Paragraph(escape(title), st["title"])]
    if subtitle:
        story.append(Paragraph(escape(subtitle), st["subtitle"]))
    story.append(Spacer(1, 3 * mm))
    if tail:
        story += [_table(cols, body[:-tail], doc.width), PageBreak()]
        story.append(_table(cols, body[-tail:], doc.width))
    else:
        story.append(_table(cols, body, doc.width))
    table_end = _PageMarker()
    story.append(table_end)
    pages: dict[str, int] = {}
    if signers:
        story += [Spacer(1, 6 * mm), SignatureBlock(signers, facility.city, on or date.today())]

    def after_flowable(flowable: Flowable) -> None:
        if flowable is table_end:
            pages["table_end"] = doc.page
        elif isinstance(flowable, SignatureBlock):
            pages["signatures"] = doc.page

    doc.afterFlowable = after_flowable
    doc.build(story, canvasmaker=numbered_canvas(footer))
    orphaned = bool(signers) and pages.get("signatures") != pages.get("table_end")
    return buffer.getvalue(), orphaned


def _document(
    buffer: io.BytesIO, facility: FacilityProfile, pagesize: tuple[float, float], title: str
) -> BaseDocTemplate:
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
        draw_letterhead(canvas, facility, left=MARGIN, right=width - MARGIN, top=height - MARGIN)

    def on_later(canvas, _doc) -> None:
        canvas.saveState()
        canvas.setFont(styles()["base"].fontName, 8)
        canvas.setFillGray(0.3)
        canvas.drawString(MARGIN, height - MARGIN, f"{facility.name} — {title}")
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, height - MARGIN - 2 * mm, width - MARGIN, height - MARGIN - 2 * mm)
        canvas.restoreState()

    doc.addPageTemplates(
        [
            PageTemplate("first", [first], onPage=on_first, autoNextPageTemplate="later"),
            PageTemplate("later", [later], onPage=on_later),
        ]
    )
    return doc


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
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table

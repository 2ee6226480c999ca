"""The facility letterhead (kop surat): logo, parent institution, facility name, address, rule.

Drawn straight on a ReportLab canvas so both flowing documents (lists) and fixed-layout pages
(certificates) use the same code.
"""

from __future__ import annotations

import io
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from app.reports.fonts import SANS, SANS_BOLD, SERIF_BOLD, register_fonts
from app.services.facility import FacilityProfile

# The institution above the facility. Rutan and Lapas belong to this ministry since 2024; a
# facility under another body passes its own lines to draw_letterhead.
PARENT_LINES: tuple[str, ...] = (
    "KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA",
    "DIREKTORAT JENDERAL PEMASYARAKATAN",
)
LOGO_SIZE = 22 * mm
LETTERHEAD_HEIGHT = 30 * mm  # from the top margin to below the double rule


@lru_cache(maxsize=8)
def logo_reader(logo_png: bytes) -> ImageReader:
    """One ImageReader per logo, so a batch embeds the image once (ReportLab reuses it by hash)."""
    return ImageReader(io.BytesIO(logo_png))


def draw_logo(
    c: Canvas, facility: FacilityProfile, x: float, y: float, size: float = LOGO_SIZE
) -> None:
    """The facility logo in a size x size box at (x, y) = lower left; a plain seal if none."""
    if facility.logo_png:
        c.drawImage(
            logo_reader(facility.logo_png), x, y, size, size, preserveAspectRatio=True, mask="auto"
        )
        return
    register_fonts()
    cx, cy, r = x + size / 2, y + size / 2, size / 2
    c.saveState()
    c.setStrokeColor(colors.HexColor("#1f3b63"))
    c.setLineWidth(1.6)
    c.circle(cx, cy, r - 1, stroke=1, fill=0)
    c.setLineWidth(0.6)
    c.circle(cx, cy, r - 4, stroke=1, fill=0)
    c.setFillColor(colors.HexColor("#1f3b63"))
    c.setFont(SERIF_BOLD, size * 0.22)
    initials = "".join(w[0] for w in facility.code.replace("-", " ").split()[:3]).upper()
    c.drawCentredString(cx, cy - size * 0.08, initials or "PAS")
    c.restoreState()


def draw_letterhead(
    c: Canvas,
    facility: FacilityProfile,
    *,
    left: float,
    right: float,
    top: float,
    parent_lines: tuple[str, ...] = PARENT_LINES,
) -> float:
    """Draw the kop surat between x=left..right below y=top; return the y under the rule."""
    register_fonts()
    draw_logo(c, facility, left, top - LOGO_SIZE)
    text_left = left + LOGO_SIZE + 3 * mm
    cx = (text_left + right) / 2 - 6 * mm  # optically centred between logo and margin
    y = top - 4 * mm
    c.setFillColor(colors.black)
    for line in parent_lines:
        c.setFont(SANS_BOLD, 10.5)
        c.drawCentredString(cx, y, line)
        y -= 4.8 * mm
    c.setFont(SANS_BOLD, 13.5)
    c.drawCentredString(cx, y - 0.6 * mm, facility.name.upper())
    y -= 5.4 * mm
    c.setFont(SANS, 8.5)
    address = ", ".join(part for part in (facility.address, facility.city) if part)
    c.drawCentredString(cx, y, address)
    rule_y = top - LOGO_SIZE - 2 * mm
    c.setLineWidth(2)
    c.line(left, rule_y, right, rule_y)
    c.setLineWidth(0.6)
    c.line(left, rule_y - 1.3 * mm, right, rule_y - 1.3 * mm)
    return rule_y - 4 * mm


def draw_running_head(
    c: Canvas, facility: FacilityProfile, title: str, *, left: float, right: float, top: float
) -> None:
    """The small head of the pages after the first: "<facility> — <title>" over a thin rule."""
    register_fonts()
    c.saveState()
    c.setFont(SANS, 8)
    c.setFillGray(0.3)
    c.drawString(left, top, f"{facility.name} — {title}")
    c.setLineWidth(0.4)
    c.line(left, top - 2 * mm, right, top - 2 * mm)
    c.restoreState()

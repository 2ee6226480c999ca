"""Paragraph styles shared by every document (bundled fonts, Indonesian official-letter look)."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from app.reports.fonts import SANS, SANS_BOLD, register_fonts


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("base", fontName=SANS, fontSize=10, leading=13)
    return {
        "base": base,
        "title": ParagraphStyle(
            "title", parent=base, fontName=SANS_BOLD, fontSize=13, leading=17, alignment=TA_CENTER
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=10, leading=13, alignment=TA_CENTER, spaceAfter=4
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "cell_right": ParagraphStyle(
            "cell_right", parent=base, fontSize=8.5, leading=10.5, alignment=TA_RIGHT
        ),
        "cell_center": ParagraphStyle(
            "cell_center", parent=base, fontSize=8.5, leading=10.5, alignment=TA_CENTER
        ),
        "head": ParagraphStyle(
            "head", parent=base, fontName=SANS_BOLD, fontSize=8.5, leading=10.5, alignment=TA_CENTER
        ),
        "sign": ParagraphStyle("sign", parent=base, fontSize=10, leading=13, alignment=TA_LEFT),
    }

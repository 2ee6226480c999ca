"""The bundled fonts (DejaVu, resources/fonts, Bitstream Vera licence beside them).

ReportLab's built-in Helvetica lacks many glyphs; DejaVu covers Indonesian text and more. Fonts
are registered once per process (thread-safe) under short family names used by every document.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resource_path

SANS = "Sibina-Sans"
SANS_BOLD = "Sibina-Sans-Bold"
SANS_ITALIC = "Sibina-Sans-Italic"
SERIF = "Sibina-Serif"
SERIF_BOLD = "Sibina-Serif-Bold"
SERIF_ITALIC = "Sibina-Serif-Italic"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
    SERIF_ITALIC: "DejaVuSerif-Italic.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the bundled fonts with ReportLab (idempotent). Call before drawing text."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        for family, regular, bold, italic in (
            (SANS, SANS, SANS_BOLD, SANS_ITALIC),
            (SERIF, SERIF, SERIF_BOLD, SERIF_ITALIC),
        ):
            addMapping(family, 0, 0, regular)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, italic)
            addMapping(family, 1, 1, bold)  # no bold italic bundled; bold reads better
        _registered = True

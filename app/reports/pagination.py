"""Page numbers "Halaman 1 dari 3": a canvas that holds pages back until it knows the total."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.reports.fonts import SANS, register_fonts


def page_label(page: int, total: int) -> str:
    return f"Halaman {page} dari {total}"


class NumberedCanvas(Canvas):
    """Use as `doc.build(story, canvasmaker=NumberedCanvas)`; the footer text may be set with
    `NumberedCanvas.footer_left` through a subclass (see `numbered_canvas`)."""

    footer_left = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("invariant", 1)  # same input, same bytes (hashes stay comparable)
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        register_fonts()
        width, _height = self._pagesize
        self.saveState()
        self.setFont(SANS, 8)
        self.setFillGray(0.3)
        self.drawRightString(width - 15 * mm, 10 * mm, page_label(self._pageNumber, total))
        if self.footer_left:
            self.drawString(15 * mm, 10 * mm, self.footer_left)
        self.restoreState()


def numbered_canvas(footer_left: str = "") -> type[NumberedCanvas]:
    """A NumberedCanvas class whose footer also shows `footer_left` (e.g. the printed-on date)."""
    return type("FooterCanvas", (NumberedCanvas,), {"footer_left": footer_left})

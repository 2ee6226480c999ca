"""Signature blocks: dateline, position, room for the wet signature and stamp, name and NIP.

`Signer` is the input DTO; `head_signer(facility)` is the head of the facility. The block exists
as a canvas drawing (certificates) and as a flowable (lists), with an optional second signer
placed on the left ("Mengetahui" style) and the head on the right.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from app.domain.dates import place_and_date
from app.reports.fonts import SANS, SANS_BOLD, register_fonts
from app.services.facility import FacilityProfile

SIGN_SPACE = 20 * mm  # room for the signature and the stamp
BLOCK_WIDTH = 75 * mm


@dataclass(frozen=True)
class Signer:
    position: str  # jabatan, e.g. "Kepala Rutan Kelas IIA Pekalongan"
    name: str
    nip: str = ""
    caption: str = ""  # line above the position, e.g. "Mengetahui,"


def head_signer(facility: FacilityProfile) -> Signer:
    return Signer(
        position=f"Kepala {facility.name}", name=facility.head_name, nip=facility.head_nip
    )


def block_height(with_dateline: bool = True) -> float:
    return (5 if with_dateline else 0) * mm + 10 * mm + SIGN_SPACE + 10 * mm


def draw_signer(
    c: Canvas, signer: Signer, cx: float, top: float, dateline: str = "", font_size: float = 10
) -> float:
    """Draw one block centred on x=cx from y=top down; return the y below it."""
    register_fonts()
    lead = font_size * 1.35
    y = top - font_size
    c.setFont(SANS, font_size)
    for line in (dateline, signer.caption):
        if line:
            c.drawCentredString(cx, y, line)
            y -= lead
    for line in _wrap(signer.position, SANS, font_size, BLOCK_WIDTH):
        c.drawCentredString(cx, y, line)
        y -= lead
    y -= SIGN_SPACE
    c.setFont(SANS_BOLD, font_size)
    c.drawCentredString(cx, y, signer.name)
    width = c.stringWidth(signer.name, SANS_BOLD, font_size)
    c.setLineWidth(0.6)
    c.line(cx - width / 2, y - 1.5, cx + width / 2, y - 1.5)
    y -= lead
    if signer.nip:
        c.setFont(SANS, font_size)
        c.drawCentredString(cx, y, f"NIP. {signer.nip}")
        y -= lead
    return y


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    return simpleSplit(text, font, size, width) or [""]


class SignatureBlock(Flowable):
    """The signers at the bottom of a list: head on the right, a second signer on the left."""

    def __init__(self, signers: Sequence[Signer], city: str, on: date) -> None:
        super().__init__()
        self.signers = list(signers)
        self.dateline = place_and_date(city, on) if city else ""
        self._height = block_height() + 6 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self._height

    def draw(self) -> None:
        if not self.signers:
            return
        top = self._height - 4 * mm
        right_cx = self.width - BLOCK_WIDTH / 2
        *others, main = self.signers
        draw_signer(self.canv, main, right_cx, top, self.dateline)
        if others:
            # Without a caption ("Mengetahui,") the left block starts one line lower, so both
            # names end on the same line.
            second = others[0]
            draw_signer(self.canv, second, BLOCK_WIDTH / 2, top if second.caption else top - 13.5)

"""Draw the Sibina application icon with QPainter: resources/icons/sibina.png and sibina.ico.

    .venv/bin/python build/make_icon.py

A rounded green tile (the colour of the Pemasyarakatan emblem) with an open book and a sprout
growing from it: learning and growth. The .ico holds 16-256 px sizes for Windows (written with
Pillow, which ReportLab already installs). The outputs are committed; rerun after a design change.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZE = 256
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]


def draw(size: int = SIZE) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)
    # Tile
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor("#1f6b3a")))
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 44, 44)
    # Open book: two pages meeting at the spine
    p.setBrush(QBrush(QColor("#fdf6e3")))
    p.setPen(QPen(QColor("#0f3d20"), 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))  # fmt: skip
    for side in (-1, 1):
        page = QPainterPath(QPointF(128, 150))
        page.cubicTo(QPointF(128 + side * 30, 132), QPointF(128 + side * 70, 132),
                     QPointF(128 + side * 100, 144))  # fmt: skip
        page.lineTo(QPointF(128 + side * 100, 208))
        page.cubicTo(QPointF(128 + side * 70, 196), QPointF(128 + side * 30, 196),
                     QPointF(128, 214))  # fmt: skip
        page.closeSubpath()
        p.drawPath(page)
    # Sprout: a stem with two leaves, rising from the spine
    p.setPen(QPen(QColor("#f2c230"), 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(128, 146), QPointF(128, 80))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor("#f2c230")))
    for side in (-1, 1):
        leaf = QPainterPath(QPointF(128, 100))
        leaf.cubicTo(QPointF(128 + side * 20, 60), QPointF(128 + side * 60, 56),
                     QPointF(128 + side * 72, 52))  # fmt: skip
        leaf.cubicTo(QPointF(128 + side * 64, 92), QPointF(128 + side * 36, 108),
                     QPointF(128, 100))  # fmt: skip
        p.drawPath(leaf)
    p.end()
    return image


def to_pil(image: QImage) -> Image.Image:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    ICONS.mkdir(parents=True, exist_ok=True)
    image = draw()
    if not image.save(str(ICONS / "sibina.png")):
        raise SystemExit("could not write sibina.png")
    to_pil(image).save(ICONS / "sibina.ico", sizes=[(s, s) for s in ICO_SIZES])
    print(f"Wrote {ICONS / 'sibina.png'} and {ICONS / 'sibina.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

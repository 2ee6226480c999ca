"""A PDF looked at as the user sees it: its first page as a PNG (pdftoppm), and the QR code
read back from that picture."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest


def render_png(pdf: bytes, folder: Path, dpi: int = 100) -> Path:
    source = folder / "doc.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", str(source),
                    str(folder / "page")], check=True)  # fmt: skip
    return sorted(folder.glob("page*.png"))[0]


def decode_qr(png: Path) -> str:
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    found = zxingcpp.read_barcodes(Image.open(png))
    assert len(found) == 1
    return found[0].text

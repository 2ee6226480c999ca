"""Where the PDFs made on screen go and how they are shown: one file per document under the data
folder's "dokumen/<folder>", then the preview (print, save as, open folder).

    path = save_document(services.paths, "remisi", "daftar-usulan-2025", pdf)
    self.preview = preview_document(self, services.paths, path, self.tr("Daftar usulan"))
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.paths import DataPaths
from app.ui.common.pdf_preview import PdfPreviewDialog
from app.ui.common.settings import AppSettings


def slug(text: str) -> str:
    """A file-name-safe form of a number or title ("W11/PAS/1-2025" -> "W11-PAS-1-2025")."""
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:60]


def save_document(paths: DataPaths, folder: str, name: str, pdf: bytes) -> Path:
    """Write `pdf` as dokumen/<folder>/<name>.pdf in the data folder; returns the path."""
    target = paths.data / "dokumen" / folder
    target.mkdir(parents=True, exist_ok=True)
    path = target / f"{name}.pdf"
    path.write_bytes(pdf)
    return path


def preview_document(
    parent: QWidget | None, paths: DataPaths, path: Path, title: str
) -> PdfPreviewDialog:
    """Open the preview window-modal (non-blocking) and return it (tests keep a handle)."""
    dialog = PdfPreviewDialog(path, AppSettings(paths.settings_file), parent, title)
    dialog.open()
    return dialog

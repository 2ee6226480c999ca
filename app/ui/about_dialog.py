"""Help > About: version, facility, where the database, data, backups, logs and settings live."""

from __future__ import annotations

import html
import platform
import re
from urllib.parse import urlsplit, urlunsplit

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app import APP_LONG_NAME, __version__
from app.errors import NotFound
from app.services.container import Services


def database_display(url: str) -> str:
    """A SQLite URL as its file path; any other URL with its password hidden."""
    match = re.match(r"^sqlite(\+\w+)?:///(.*)$", url)
    if match:
        return match.group(2) or ":memory:"
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    netloc = f"{parts.username}:***@{host}" if parts.username else host
    return urlunsplit(parts._replace(netloc=netloc))


class AboutDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tentang Sibina"))
        try:
            facility = services.facility.get().name
        except NotFound:
            facility = self.tr("(belum diisi)")
        paths = services.paths
        portable = self.tr("Ya (data di samping program)") if paths.portable else self.tr("Tidak")
        rows = [
            (self.tr("Versi"), __version__),
            (self.tr("Fasilitas"), facility),
            (self.tr("Basis data"), database_display(services.db_url)),
            (self.tr("Folder data"), str(paths.data)),
            (self.tr("Folder cadangan"), str(paths.backups)),
            (self.tr("Folder log"), str(paths.logs)),
            (self.tr("Berkas pengaturan"), str(paths.settings_file)),
            (self.tr("Mode portabel"), portable),
            (
                self.tr("Komponen"),
                f"Python {platform.python_version()}, Qt {qVersion()}, "
                f"PySide6 {PySide6.__version__}",
            ),
        ]
        table = "".join(
            f"<tr><td style='padding-right:12px'><b>{html.escape(k)}</b></td>"
            f"<td>{html.escape(v)}</td></tr>"
            for k, v in rows
        )
        self.text = QLabel(
            f"<h2>{html.escape(APP_LONG_NAME)}</h2>"
            + self.tr("<p>Aplikasi luring untuk pembinaan warga binaan pemasyarakatan.</p>")
            + f"<table>{table}</table>"
        )
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rows = dict(rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Tutup"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

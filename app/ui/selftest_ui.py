"""The Qt half of `sibina --self-test`: build the main window offscreen, signed out (its login
page) and signed in, and render every tab (tabs are built when first shown, so each is built
here as it is rendered; one that fails to build fails its step).

Driven by app/selftest.py, which owns the temporary folder, the services and the report lines.
Qt messages of level warning and above are collected and printed, so a missing plugin or font in a
bundle shows in the self-test output. Set SIBINA_SELFTEST_SHOTS=<folder> to keep the rendered tabs
as PNG files (to look at them); by default they are written to the temporary folder and deleted.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QApplication, QTabWidget

from app.paths import resource_path

SHOTS_ENV = "SIBINA_SELFTEST_SHOTS"
# Harmless under the offscreen platform (it has no window manager to pass size hints to).
_IGNORED = ("propagateSizeHints",)


class UiCheck:
    def __init__(self, services, actor, home: Path) -> None:
        self._services = services
        self._actor = actor
        self._shots = Path(os.environ.get(SHOTS_ENV) or home / "shots")
        self._app: QApplication | None = None
        self.window = None
        self.messages: list[str] = []

    # Messages -----------------------------------------------------------------------------
    def _on_message(self, kind: QtMsgType, _context, text: str) -> None:
        if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg) or any(i in text for i in _IGNORED):
            return
        self.messages.append(text)
        print(f"     qt: {text}", flush=True)

    # Steps --------------------------------------------------------------------------------
    def build(self) -> str:
        """Create the QApplication and the main window; returns what was built."""
        qInstallMessageHandler(self._on_message)
        app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "sibina"])
        self._app = app  # type: ignore[assignment]
        icon = QIcon(str(resource_path("icons", "sibina.png")))
        if icon.isNull():
            raise RuntimeError("ikon aplikasi tidak dapat dimuat")
        app.setWindowIcon(icon)
        from app.ui.common.i18n import install_translators
        from app.ui.common.settings import AppSettings
        from app.ui.main_window import MainWindow

        settings = AppSettings(self._services.paths.settings_file)
        install_translators(app, settings.language)
        # The first screen staff see: the window signed out, its login page ready.
        signed_out = MainWindow(None, None, settings)
        signed_out.set_services(self._services)
        signed_out.resize(1280, 800)
        signed_out.show()
        app.processEvents()
        login = signed_out.grab().toImage()
        self._check_image(login, "halaman masuk")
        self._save(login, "00-login")
        signed_out.finish(force=True)
        signed_out.deleteLater()
        self.window = MainWindow(self._services, self._actor, settings)
        self.window.resize(1280, 800)
        self.window.show()
        app.processEvents()
        image = self.window.grab().toImage()
        self._check_image(image, "jendela utama")
        self._save(image, "01-main-window")
        return (f"halaman masuk, {self.tabs.count()} tab, {image.width()}x{image.height()}, "
                f"platform {app.platformName()}")  # fmt: skip

    @property
    def tabs(self) -> QTabWidget:
        return self.window.tabs  # type: ignore[union-attr]

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i).replace("&", "") for i in range(self.tabs.count())]

    def render_tab(self, index: int) -> str:
        self.tabs.setCurrentIndex(index)  # builds the tab
        QApplication.processEvents()
        widget = self.window.tab(self.window.tab_keys[index])  # type: ignore[union-attr]
        if widget is None:
            raise RuntimeError(f"{self.tabs.tabText(index)}: tab tidak dapat dibuat")
        image = widget.grab().toImage()
        self._check_image(image, self.tabs.tabText(index))
        self._save(self.window.grab().toImage(), f"{index + 2:02d}-tab")  # type: ignore[union-attr]
        return f"{image.width()}x{image.height()}"

    def render_pdf(self, path: Path) -> str:
        """Read a PDF back with QtPdf when it is bundled: page count and page 1 rendered."""
        try:
            from PySide6.QtCore import QSize
            from PySide6.QtPdf import QPdfDocument
        except ImportError:
            return "QtPdf tidak dibundel"
        document = QPdfDocument()
        error = document.load(str(path))
        if error != QPdfDocument.Error.None_ or document.pageCount() < 1:
            raise RuntimeError(f"QtPdf tidak dapat membuka PDF ({error.name})")
        image = document.render(0, QSize(595, 842))
        self._check_image(image, "halaman PDF")
        self._save(image, "99-certificate")
        return f"QtPdf: {document.pageCount()} halaman dirender"

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self._app is not None:
            self._app.processEvents()
        qInstallMessageHandler(None)

    # Helpers ------------------------------------------------------------------------------
    @staticmethod
    def _check_image(image: QImage, what: str) -> None:
        if image.isNull() or image.width() < 10 or image.height() < 10:
            raise RuntimeError(f"{what}: gambar kosong")
        # A blank render (one colour everywhere) means nothing was drawn.
        step_x, step_y = max(1, image.width() // 16), max(1, image.height() // 16)
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), step_x)
            for y in range(0, image.height(), step_y)
        }
        if len(colours) < 2:
            raise RuntimeError(f"{what}: gambar polos, tidak ada yang tergambar")

    def _save(self, image: QImage, name: str) -> None:
        self._shots.mkdir(parents=True, exist_ok=True)
        image.save(str(self._shots / f"{name}.png"))

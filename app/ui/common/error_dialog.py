"""Unexpected errors: logged with their traceback, shown in a dialog with "Salin detail", and the
application keeps running.

`install_excepthook()` routes sys.excepthook (also used by PySide for exceptions raised in slots)
and threading.excepthook to `report_exception`. Errors from other threads are relayed to the UI
thread. A SibinaError that nobody caught is shown as its translated message instead.
While one dialog is open, further errors are added to it rather than piling up windows.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.errors import SibinaError

log = logging.getLogger("sibina.errors")


def format_details(exc: BaseException, tb: TracebackType | None = None) -> str:
    lines = traceback.format_exception(type(exc), exc, tb or exc.__traceback__)
    stamp = datetime.now().isoformat(timespec="seconds")
    return f"Sibina {__version__} — {stamp}\n" + "".join(lines)


class ErrorDialog(QDialog):
    """Short Indonesian message, the technical details, a copy button and Close."""

    def __init__(
        self, summary: str, details: str, parent: QWidget | None = None, log_file: str = ""
    ) -> None:
        from PySide6.QtCore import Qt  # not at import: loaded before the first window

        super().__init__(parent)
        self.setWindowTitle(self.tr("Terjadi kesalahan"))
        self.setObjectName("error_dialog")
        self._count = 1
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(
            self.tr(
                "Maaf, terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman "
                "dan Sibina tetap berjalan.\nJika kesalahan ini terulang, salin detailnya dan "
                "kirimkan ke admin."
            )
        )
        self.message.setWordWrap(True)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setStyleSheet("font-weight: bold;")
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setMinimumSize(560, 160)
        self.copy_button = QPushButton(self.tr("&Salin detail"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Tutup"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)

        text_box = QVBoxLayout()
        text_box.addWidget(self.message)
        text_box.addWidget(self.summary)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Detail teknis:")))
        layout.addWidget(self.details, 1)
        self.log_label = QLabel(self.tr("Detail juga dicatat di log: {path}").format(path=log_file))
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_label.setWordWrap(True)
        self.log_label.setVisible(bool(log_file))
        layout.addWidget(self.log_label)
        layout.addWidget(buttons)

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Detail tersalin"))

    def add_error(self, summary: str, details: str) -> None:
        """Another error while this dialog is open: append it instead of opening a new window."""
        self._count += 1
        self.summary.setText(self.tr("%n kesalahan; yang terakhir: ", "", self._count) + summary)
        self.details.appendPlainText("\n" + details)


def summary_of(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class _Reporter(QObject):
    """Lives in the UI thread; errors from any thread arrive here through `raised`."""

    raised = Signal(object, str)

    def __init__(self) -> None:
        super().__init__()
        self.dialog: ErrorDialog | None = None
        self.log_file = ""
        self.raised.connect(self._show)

    @Slot(object, str)
    def _show(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, SibinaError):
            from app.ui.common.messages import show_error

            show_error(QApplication.activeWindow(), exc)
            return
        if self.dialog is not None:
            self.dialog.add_error(summary_of(exc), details)
            return
        dialog = ErrorDialog(summary_of(exc), details, QApplication.activeWindow(), self.log_file)
        from PySide6.QtCore import Qt

        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget)
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    @Slot()
    def _forget(self) -> None:
        self.dialog = None


_reporter: _Reporter | None = None


def reporter() -> _Reporter:
    global _reporter
    if _reporter is None:
        _reporter = _Reporter()
    return _reporter


def report_exception(
    exc: BaseException, parent: QWidget | None = None, tb: TracebackType | None = None
) -> None:
    """Log `exc` and show it (from any thread). Without a QApplication it is only logged."""
    details = format_details(exc, tb)
    if isinstance(exc, SibinaError):
        log.warning("uncaught %s: %s", type(exc).__name__, exc.message)
    else:
        log.error("unexpected error\n%s", details)
    if QApplication.instance() is None:
        sys.__excepthook__(type(exc), exc, tb or exc.__traceback__)
        return
    reporter().raised.emit(exc, details)


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    report_exception(exc, tb=tb)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None or issubclass(args.exc_type, SystemExit):
        return
    report_exception(args.exc_value, tb=args.exc_traceback)


def install_excepthook(log_file: Path | str = "") -> None:
    """Route uncaught exceptions (UI thread and other threads) to the error dialog; the dialog
    names `log_file` (where bootstrap's rotating log writes) so staff can find it."""
    reporter().log_file = str(log_file)  # created in the UI thread so that its slot runs there
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook

"""Preview any generated PDF (QtPdf) with Print, Save as PDF and Open folder.

    dlg = PdfPreviewDialog(path, settings, parent, title=self.tr("Sertifikat"))
    dlg.exec()

The PDF already lies in a file (the caller wrote it, e.g. under the data folder's "dokumen").
Printing renders each page at the printer's resolution onto the full paper, shifted by the
offsets (mm) saved for that printer — for pre-printed certificate paper whose frame sits a few
millimetres off on a given printer.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.messages import show_warning
from app.ui.common.settings import AppSettings

MM_PER_INCH = 25.4


class PdfPreviewDialog(QDialog):
    def __init__(
        self,
        path: Path,
        settings: AppSettings | None = None,
        parent: QWidget | None = None,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.settings = settings
        self.setWindowTitle(title or self.tr("Pratinjau dokumen"))
        self.resize(980, 760)
        self.document = QPdfDocument(self)
        self.document.load(str(self.path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Fixed scroll bars: with fit-to-width, a vertical bar that comes and goes changes the
        # width, hence the zoom, hence whether the bar is needed, and the view can flip between
        # the two for ever (seen as a hung dialog after a resize). Pages are always fitted to
        # the width, so no horizontal bar is ever needed.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.print_button = QPushButton(self.tr("&Cetak…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.save_button = QPushButton(self.tr("&Simpan sebagai PDF…"))
        self.folder_button = QPushButton(self.tr("Buka &folder"))
        self.close_button = QPushButton(self.tr("&Tutup"))
        self.printer_combo = QComboBox()
        self.printer_combo.setPlaceholderText(self.tr("(printer bawaan)"))
        self.printer_combo.addItems(QPrinterInfo.availablePrinterNames())
        default = QPrinterInfo.defaultPrinterName()
        if default:
            self.printer_combo.setCurrentText(default)
        self.dx = self._offset_box()
        self.dy = self._offset_box()
        self.pages_label = QLabel()
        self.done_label = QLabel()  # what the last save or print did
        self.done_label.setObjectName("done_label")
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # a long path is cut at the dialog's edge (its tooltip has it whole), never widens it
        self.done_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        top = QHBoxLayout()
        for widget in (self.print_button, self.save_button, self.folder_button):
            top.addWidget(widget)
        top.addWidget(self.done_label, 1)
        top.addWidget(self.pages_label)
        offsets = QHBoxLayout()
        printer_label = QLabel(self.tr("&Printer:"))
        printer_label.setBuddy(self.printer_combo)
        dx_label = QLabel(self.tr("Geser &kanan (mm):"))
        dx_label.setBuddy(self.dx)
        dy_label = QLabel(self.tr("Geser &bawah (mm):"))
        dy_label.setBuddy(self.dy)
        for widget in (printer_label, self.printer_combo, dx_label, self.dx, dy_label, self.dy):
            offsets.addWidget(widget)
        offsets.addStretch(1)
        offsets.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(offsets)

        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.folder_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self.reject)
        self.printer_combo.currentTextChanged.connect(self._load_offsets)
        self.dx.valueChanged.connect(self._store_offsets)
        self.dy.valueChanged.connect(self._store_offsets)
        self._load_offsets(self.printer_combo.currentText())
        self.pages_label.setText(self.tr("%n halaman", "", self.document.pageCount()))
        self.print_button.setDefault(True)

    @staticmethod
    def _offset_box() -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(-20.0, 20.0)
        box.setSingleStep(0.5)
        box.setDecimals(1)
        return box

    # --- printer offsets ----------------------------------------------------------------
    @Slot(str)
    def _load_offsets(self, printer: str) -> None:
        dx, dy = self.settings.printer_offset_mm(printer) if self.settings else (0.0, 0.0)
        for box, value in ((self.dx, dx), (self.dy, dy)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)

    @Slot()
    def _store_offsets(self) -> None:
        if self.settings is not None:
            self.settings.set_printer_offset_mm(
                self.printer_combo.currentText(), self.dx.value(), self.dy.value()
            )

    # --- actions ------------------------------------------------------------------------
    @Slot()
    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.printer_combo.currentText():
            printer.setPrinterName(self.printer_combo.currentText())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if printer.printerName() and printer.printerName() != self.printer_combo.currentText():
            self.printer_combo.setCurrentText(printer.printerName())
        self.print_and_tell(printer)

    def print_and_tell(self, printer: QPrinter) -> int:
        """Print, then say what was sent where (or that the printer could not be used)."""
        printed = self.print_to(printer)
        name = printer.printerName() or self.tr("printer bawaan")
        if printed == 0:
            show_warning(self, self.tr("Printer “%1” tidak dapat dipakai. Periksa apakah printer "
                                       "menyala dan tersambung, lalu coba lagi.").replace("%1", name),
                         self.windowTitle())  # fmt: skip
            self.done_label.setText("")
        else:
            self.done_label.setText(
                self.tr("%n halaman dikirim ke %1.", "", printed).replace("%1", name)
            )
        return printed

    def print_to(self, printer: QPrinter) -> int:
        """Render every page (or the chosen range) onto `printer`; returns pages printed."""
        printer.setFullPage(True)
        dx, dy = self.dx.value(), self.dy.value()
        first = printer.fromPage() or 1
        last = printer.toPage() or self.document.pageCount()
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        printed = 0
        try:
            for index in range(first - 1, last):
                if printed:
                    printer.newPage()
                self._paint_page(painter, printer, index, dx, dy)
                printed += 1
        finally:
            painter.end()
        return printed

    def _paint_page(
        self, painter: QPainter, printer: QPrinter, index: int, dx: float, dy: float
    ) -> None:
        res = printer.resolution()
        paper = printer.pageLayout().fullRectPixels(res)
        points = self.document.pagePointSize(index)
        scale = min(
            paper.width() / max(points.width(), 1), paper.height() / max(points.height(), 1)
        )
        size = QSize(int(points.width() * scale), int(points.height() * scale))
        image = self.document.render(index, size)
        origin = QPointF(dx / MM_PER_INCH * res, dy / MM_PER_INCH * res)
        painter.drawImage(QRectF(origin, size.toSizeF()), image)

    @Slot()
    def save_as(self) -> None:
        start = self.settings.last_folder("pdf") if self.settings else ""
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan sebagai PDF"), str(Path(start or Path.home()) / self.path.name),
            self.tr("Dokumen PDF (*.pdf)"),
        )  # fmt: skip
        if target:
            self.save_to(Path(target))

    def save_to(self, target: Path) -> Path | None:
        """Copy the PDF to `target` (".pdf" added when missing) and say where it went; None (and
        a message) when it cannot be written there, e.g. a removed USB stick or a full disk."""
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            if target.resolve() != self.path.resolve():
                shutil.copyfile(self.path, target)
        except OSError as exc:
            show_warning(self, self.tr("PDF tidak dapat disimpan ke %1:\n%2")
                         .replace("%1", str(target)).replace("%2", exc.strerror or str(exc)),
                         self.windowTitle())  # fmt: skip
            self.done_label.setText("")
            return None
        if self.settings is not None:
            self.settings.set_last_folder("pdf", str(target.parent))
        self.done_label.setText(self.tr("Disimpan: %1").replace("%1", str(target)))
        self.done_label.setToolTip(str(target))
        return target

    @Slot()
    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))

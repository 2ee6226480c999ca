"""The PDF preview dialog: shows the pages, saves a copy, prints with per-printer offsets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from app.reports.table_document import render_table_pdf
from app.ui.common import pdf_preview
from app.ui.common.pdf_preview import PdfPreviewDialog
from app.ui.common.settings import AppSettings
from tests.conftest import PROFILE


def make_pdf(tmp_path: Path, rows: int = 80) -> Path:
    pdf = render_table_pdf(PROFILE, "DAFTAR UJI", ["No.", "Nama"],
                           [(i, f"Nama {i}") for i in range(rows)], on=date(2025, 7, 15))  # fmt: skip
    path = tmp_path / "daftar.pdf"
    path.write_bytes(pdf)
    return path


def test_preview_shows_pages_saves_and_prints(qtbot, tmp_path):
    path = make_pdf(tmp_path)
    settings = AppSettings(tmp_path / "sibina.ini")
    dialog = PdfPreviewDialog(path, settings, None, "Daftar")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    pages = dialog.document.pageCount()
    assert pages == len(PdfReader(path).pages) >= 2
    assert dialog.pages_label.text() == f"{pages} halaman"

    # offsets typed in are stored for the printer shown
    dialog.dx.clear()
    qtbot.keyClicks(dialog.dx, f"2{dialog.dx.locale().decimalPoint()}5")
    dialog.dy.setValue(-1.0)
    assert settings.printer_offset_mm(dialog.printer_combo.currentText()) == (2.5, -1.0)

    copy = dialog.save_to(tmp_path / "salinan")
    assert copy.name == "salinan.pdf" and copy.read_bytes() == path.read_bytes()
    assert settings.last_folder("pdf") == str(tmp_path)

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert dialog.print_to(printer) == pages
    assert len(PdfReader(printed).pages) == pages


def test_resizing_keeps_the_fitted_width_steady(qtbot, tmp_path):
    """The scroll bars never come and go (fit-to-width could otherwise flip between two zooms
    for ever): across sizes, the viewport is the view less the one fixed vertical bar."""
    for rows in (5, 80):  # one page, several pages
        dialog = PdfPreviewDialog(make_pdf(tmp_path, rows), None, None)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda d=dialog: d.document.status() == QPdfDocument.Status.Ready)
        view = dialog.view
        assert view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOn
        assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        for width, height in ((900, 700), (640, 480), (1200, 900), (901, 701)):
            dialog.resize(width, height)
            qtbot.wait(50)  # layout and the first page renders
            assert view.verticalScrollBar().isVisible()
            assert not view.horizontalScrollBar().isVisible()
            bar = view.verticalScrollBar().width()
            assert view.viewport().width() == view.width() - 2 * view.frameWidth() - bar


def test_offsets_are_per_printer(qtbot, tmp_path):
    settings = AppSettings(tmp_path / "sibina.ini")
    settings.set_printer_offset_mm("", 3.0, 1.5)
    dialog = PdfPreviewDialog(make_pdf(tmp_path, 5), settings, None)
    qtbot.addWidget(dialog)
    if dialog.printer_combo.count() == 0:  # no printers here: the "_default" entry is used
        assert (dialog.dx.value(), dialog.dy.value()) == (3.0, 1.5)


def ready_dialog(qtbot, tmp_path: Path, settings=None) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(make_pdf(tmp_path, 5), settings, None, "Daftar")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    return dialog


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """Warnings of the preview, recorded instead of shown."""
    shown: list[str] = []
    monkeypatch.setattr(
        pdf_preview, "show_warning", lambda parent, text, title="": shown.append(text)
    )
    return shown


def test_saving_says_where_the_copy_went(qtbot, tmp_path, warnings):
    dialog = ready_dialog(qtbot, tmp_path)
    copy = dialog.save_to(tmp_path / "salinan")
    assert dialog.done_label.text() == f"Disimpan: {copy}"
    assert warnings == []


def test_a_copy_that_cannot_be_written_is_told_and_nothing_is_written(qtbot, tmp_path,
                                                                      warnings):  # fmt: skip
    settings = AppSettings(tmp_path / "sibina.ini")
    dialog = ready_dialog(qtbot, tmp_path, settings)
    gone = tmp_path / "usb-dicabut" / "salinan.pdf"
    assert dialog.save_to(gone) is None
    assert not gone.parent.exists()
    (text,) = warnings
    assert text.startswith(f"PDF tidak dapat disimpan ke {gone}:\n")
    assert dialog.done_label.text() == ""
    assert settings.last_folder("pdf") == ""  # the folder that failed is not remembered


@pytest.mark.qt_log_ignore(r"QPainter::begin\(\): Returned false")  # the dead printer
def test_printing_says_how_many_pages_went_and_a_dead_printer_is_told(qtbot, tmp_path,
                                                                      warnings):  # fmt: skip
    dialog = ready_dialog(qtbot, tmp_path)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = dialog.document.pageCount()
    assert dialog.print_and_tell(printer) == pages
    assert dialog.done_label.text() == f"{pages} halaman dikirim ke printer bawaan."
    assert warnings == []

    broken = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    broken.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    broken.setOutputFileName(str(tmp_path / "tidak-ada" / "printed.pdf"))  # cannot be opened
    assert dialog.print_and_tell(broken) == 0
    (text,) = warnings
    assert text.startswith("Printer “printer bawaan” tidak dapat dipakai.")
    assert dialog.done_label.text() == ""

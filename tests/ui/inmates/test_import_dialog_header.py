"""The import dialog's report when the mapping leaves out a required column: the header row's
problem reads "baris 1: message", with no empty column name before it."""

from __future__ import annotations

from app.exchange.inmates_read import Table
from app.ui.inmates.import_dialog import ImportDialog


def test_a_mapping_without_the_number_is_reported_at_the_header_row(qtbot, services, admin,
                                                                    tmp_path):  # fmt: skip
    table = Table(["Nomor Registrasi", "Nama"], [(2, ["AI.70/2025", "Eko Fiktif"])])
    dialog = ImportDialog(services, admin, tmp_path / "wbp.csv", table)
    qtbot.addWidget(dialog)
    dialog.combos[0].setCurrentIndex(0)  # (abaikan)
    report = dialog.check()
    assert report is not None and not report.ok
    assert dialog.output.toPlainText() == (
        "baris 1: Kolom 'No. Registrasi' dan 'Nama' harus ada (lihat templat).")  # fmt: skip

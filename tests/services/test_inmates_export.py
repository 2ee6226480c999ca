"""Exporting the filtered list: XLSX and CSV files read back, and the printed PDF list."""

from __future__ import annotations

import io

from openpyxl import load_workbook
from pypdf import PdfReader

from app.domain.roles import Role
from app.services.inmates_dto import InmateFilter
from tests.inmate_samples import convict, detainee


def test_export_filtered_xlsx_csv_and_pdf(services, admin, make_actor, tmp_path):
    services.inmates.create(admin, detainee(1, full_name="Ahmad Sulaiman"))
    services.inmates.create(admin, convict(2, full_name="Zainal Abidin"))
    reader = make_actor(Role.PIMPINAN)
    flt = InmateFilter(status="narapidana")
    assert services.inmates.export_list(reader, flt, tmp_path / "a.xlsx") == 1
    sheet = load_workbook(tmp_path / "a.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:2] == ("No. Registrasi", "Nama") and rows[1][:2] == (
        "B.I-2/2025",
        "Zainal Abidin",
    )
    assert services.inmates.export_list(reader, InmateFilter(), tmp_path / "a.csv") == 2
    # the exported file imports again without changes
    report = services.inmates.import_file(admin, tmp_path / "a.xlsx", dry_run=True)
    assert report.ok and report.count("same") == 1, [str(i) for i in report.issues]
    pdf = services.inmates.list_pdf(reader, InmateFilter())
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "DAFTAR WARGA BINAAN" in text and "Zainal Abidin" in text and "Ahmad Sulaiman" in text
    (tmp_path / "list.pdf").write_bytes(pdf)

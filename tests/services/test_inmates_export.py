"""Exporting the filtered list: XLSX and CSV files read back, and the printed PDF list."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.domain.inmates.record import DetentionData
from app.domain.roles import Role
from app.errors import Cancelled
from app.services.audit import AuditFilter
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


def test_text_that_looks_like_a_formula_is_exported_as_text(services, admin, tmp_path):
    """A name typed as a formula must not run when the list is opened in a spreadsheet (CSV
    injection), and the exported files import again unchanged."""
    name = '=HYPERLINK("http://contoh.invalid","klik")'
    services.inmates.create(admin, detainee(1, full_name=name, aliases="@SUM(A1)"))
    services.inmates.export_list(admin, InmateFilter(), tmp_path / "a.xlsx")
    sheet = load_workbook(tmp_path / "a.xlsx").active
    cells = {c.value: c.data_type for c in next(iter(sheet.iter_rows(min_row=2)))}
    assert cells[name] == "s" and cells["@SUM(A1)"] == "s"  # text, not a formula
    services.inmates.export_list(admin, InmateFilter(), tmp_path / "a.csv")
    with (tmp_path / "a.csv").open(encoding="utf-8-sig", newline="") as handle:
        row = list(csv.reader(handle, delimiter=";"))[1]
    assert row[1:3] == ["'" + name, "'@SUM(A1)"]  # the apostrophe: a spreadsheet shows text
    for path in (tmp_path / "a.xlsx", tmp_path / "a.csv"):
        report = services.inmates.import_file(admin, path, dry_run=True)
        assert report.ok and report.count("same") == 1, [str(i) for i in report.issues]


class _CancelAtOnce:
    def update(self, done: int, total: int, message: str = "") -> None:
        raise Cancelled()


def test_a_cancelled_export_leaves_the_old_file_as_it_was(services, admin, tmp_path):
    services.inmates.create(admin, detainee(1))
    folder = tmp_path / "out"
    folder.mkdir()
    for name in ("old.csv", "old.xlsx"):
        path = folder / name
        path.write_bytes(b"the earlier export")
        with pytest.raises(Cancelled):
            services.inmates.export_list(admin, InmateFilter(), path, progress=_CancelAtOnce())
        assert path.read_bytes() == b"the earlier export"
    assert sorted(p.name for p in folder.iterdir()) == ["old.csv", "old.xlsx"]  # no .part
    assert services.audit.list_events(admin, AuditFilter(action="inmates_exported")) == []


def test_exports_and_printed_lists_are_audited(services, admin, make_actor, tmp_path):
    services.inmates.create(admin, detainee(1))
    services.inmates.create(admin, convict(2))
    reader = make_actor(Role.PIMPINAN)
    services.inmates.export_list(reader, InmateFilter(status="narapidana"), tmp_path / "n.csv")
    services.inmates.list_pdf(reader, InmateFilter())
    exported = services.audit.list_events(admin, AuditFilter(action="inmates_exported"))
    printed = services.audit.list_events(admin, AuditFilter(action="inmates_list_printed"))
    assert [(e.username, e.after) for e in exported] == [
        (
            reader.username,
            {
                "rows": 1,
                "to": str((tmp_path / "n.csv").resolve()),
                "filter": {"status": "narapidana"},
            },
        )
    ]
    assert [e.after["rows"] for e in printed] == [2]


def test_reimporting_an_export_keeps_the_detention_periods(services, admin, tmp_path):
    """The export has "Akhir Penahanan" but no start: it speaks of the current period."""
    extension = DetentionData("A.I", date(2025, 7, 21), date(2025, 8, 29))
    record = services.inmates.create(admin, detainee(1))
    services.inmates.update(admin, record.id, replace(record.data, detentions=(
        *record.data.detentions, extension)))  # fmt: skip
    path = tmp_path / "list.xlsx"
    services.inmates.export_list(admin, InmateFilter(), path)
    report = services.inmates.import_file(admin, path)
    assert report.ok and report.count("same") == 1, [str(i) for i in report.issues]
    assert services.inmates.get(admin, record.id).data.detentions[1:] == (extension,)


def test_a_filtered_printed_list_says_which_part_of_the_register_it_is(services, admin):
    services.inmates.create(admin, detainee(1, full_name="Ahmad Sulaiman"))
    services.inmates.create(admin, convict(2, full_name="Zainal Abidin"))
    flt = InmateFilter(status="narapidana", search=" Zainal ", sex="L")
    pdf = services.inmates.list_pdf(admin, flt)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Status: Narapidana" in text and "Jenis kelamin: laki-laki" in text
    assert "Pencarian: \u201cZainal\u201d" in text and "Ahmad" not in text
    whole = services.inmates.list_pdf(admin, InmateFilter())
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(whole)).pages)
    assert "Status:" not in text and "Pencarian" not in text
    active = services.inmates.list_pdf(admin, InmateFilter(status="aktif"))
    assert "Tahanan dan narapidana" in PdfReader(io.BytesIO(active)).pages[0].extract_text()


def test_an_account_changed_meanwhile_writes_no_export_file(services, admin, make_actor, tmp_path):
    from app.errors import PermissionDenied

    clerk = make_actor(Role.REGISTRASI)
    services.inmates.create(admin, detainee(1))
    user_id = next(u.id for u in services.users.list_users(admin) if u.username == clerk.username)
    services.users.set_active(admin, user_id, False)
    out = tmp_path / "out"
    out.mkdir()
    for name in ("a.csv", "a.xlsx"):
        with pytest.raises(PermissionDenied):
            services.inmates.export_list(clerk, InmateFilter(), out / name)
    with pytest.raises(PermissionDenied):
        services.inmates.list_pdf(clerk, InmateFilter())
    assert list(out.iterdir()) == []

"""Dates written as Excel serial numbers (a number cell holding 45123, or the text "45123")."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import Workbook

from app.exchange.inmates_read import parse_date, parse_sheet_date, read_table


@pytest.mark.parametrize(
    ("value", "expected"),
    [(45123, date(2023, 7, 16)), (45123.0, date(2023, 7, 16)), ("45123", date(2023, 7, 16)),
     (" 32874 ", date(1990, 1, 1)), (datetime(1990, 1, 1, 0, 0), date(1990, 1, 1))],
)  # fmt: skip
def test_excel_serial_numbers_are_dates(value, expected):
    assert parse_sheet_date(value) == expected


@pytest.mark.parametrize(
    "value",
    [1990, "1990", 0, -5, 45123.5, 10_000_000, "17081990", "010190", True, float("inf"),
     float("nan"), "9" * 5000, "²"],
)  # fmt: skip
def test_numbers_that_are_no_plausible_serial_are_refused(value):
    with pytest.raises(ValueError):
        parse_sheet_date(value)


def test_a_date_typed_in_a_form_is_no_serial():
    """Only spreadsheet cells hold serials; 45123 typed into the record form stays a mistake."""
    with pytest.raises(ValueError):
        parse_date("45123")


def test_xlsx_number_cells_holding_serials_import(services, admin, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["No. Registrasi", "Nama", "Jenis Kelamin", "Tanggal Lahir", "Status",
                  "Tanggal Masuk"])  # fmt: skip
    sheet.append(["AI.7/2025", "Budi Fiktif", "L", 32874, "tahanan", "45839"])
    sheet.append(["AI.8/2025", "Dodi Fiktif", "L", date(1991, 2, 3), "tahanan", 45839])
    sheet["D3"].number_format = "DD-MM-YYYY"
    book.save(tmp_path / "serial.xlsx")
    assert isinstance(read_table(tmp_path / "serial.xlsx").rows[0][1][3], int)  # what arrives
    report = services.inmates.import_file(admin, tmp_path / "serial.xlsx")
    assert report.written, [str(i) for i in report.issues]
    first = services.inmates.get(admin, services.inmates.find_id(admin, "AI.7/2025")).data
    second = services.inmates.get(admin, services.inmates.find_id(admin, "AI.8/2025")).data
    assert (first.birth_date, first.admission_date) == (date(1990, 1, 1), date(2025, 7, 1))
    assert (second.birth_date, second.admission_date) == (date(1991, 2, 3), date(2025, 7, 1))

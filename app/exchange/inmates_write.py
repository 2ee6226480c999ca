"""Writing inmate lists (XLSX, CSV) and the import template. Same headers as the import reads,
so an exported list can be corrected and imported again."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from app.exchange.formula_guard import guarded_csv_text, runs_as_formula
from app.exchange.inmates_columns import COLUMNS, Column

EXPORT_KEYS = (
    "reg_number", "full_name", "aliases", "nik", "sex", "religion", "status", "reg_code",
    "block", "cell", "admission_date", "detention.end",
)  # fmt: skip
_ROW_ATTR = {"detention.end": "detention_until"}


def export_headers(lang: str = "id") -> list[str]:
    by_key = {c.key: c for c in COLUMNS}
    return [_header(by_key[k], lang) for k in EXPORT_KEYS]


def export_values(row: Any) -> list[Any]:
    """The cells of one list row (an InmateRow or anything with the same attributes)."""
    return [getattr(row, _ROW_ATTR.get(k, k)) for k in EXPORT_KEYS]


def _header(column: Column, lang: str) -> str:
    return column.header_en if lang == "en" else column.header_id


def _cell(value: Any) -> Any:
    return "" if value is None else value


def _csv_cell(value: Any) -> Any:
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return guarded_csv_text(value) if isinstance(value, str) else _cell(value)


def _xlsx_cell(sheet: Any, value: Any) -> Any:
    """`value`, or a string cell when it is text a spreadsheet would run as a formula."""
    if not (isinstance(value, str) and runs_as_formula(value)):
        return _cell(value)
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"
    return cell


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """UTF-8 with BOM and ';' (what Excel in an Indonesian locale opens directly)."""

    def write(part: Path) -> int:
        count = 0
        with part.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(headers)
            for row in rows:
                writer.writerow([_csv_cell(v) for v in row])
                count += 1
        return count

    return replace_whole(path, write)


def write_xlsx(
    path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], title: str = "WBP"
) -> int:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])
    bold = Font(bold=True)
    header_cells = []
    for text in headers:
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    count = 0
    try:
        for row in rows:
            sheet.append([_xlsx_cell(sheet, v) for v in row])
            count += 1
    except BaseException:
        sheet.close()  # ends the sheet's writer cleanly; nothing is saved
        raise
    _write_book(book, path)
    return count


def _write_book(book: Any, path: Path) -> None:
    replace_whole(path, book.save)


def replace_whole(path: Path, write: Callable[[Path], Any]) -> Any:
    """Run `write` on a side file and put it in place of `path` only when it finished: a
    cancelled or failed export leaves the old file as it was and no half-written one."""
    part = path.with_name(path.name + ".part")
    try:
        result = write(part)
        part.replace(path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return result


TEMPLATE_EXAMPLE = {
    "reg_number": "AI.101/2025", "full_name": "Contoh Fiktif Satu", "nik": "3375011705900001",
    "sex": "L", "birth_place": "Pekalongan", "birth_date": "17-05-1990", "religion": "Islam",
    "status": "tahanan", "reg_code": "A.I", "block": "A", "cell": "3",
    "admission_date": "01-07-2025", "admission_source": "Polres Pekalongan Kota",
    "case.articles": "Pasal 362 KUHP", "case.crime_category": "Pencurian",
    "detention.start": "01-07-2025",
}  # fmt: skip


def write_template(path: Path, lang: str = "id") -> None:
    """An empty import sheet with every column, one fictional example row, and a second sheet
    explaining each column (or a CSV with the header and the example when path ends in .csv)."""
    headers = [_header(c, lang) for c in COLUMNS]
    example = [TEMPLATE_EXAMPLE.get(c.key, "") for c in COLUMNS]
    if path.suffix.lower() == ".csv":
        write_csv(path, headers, [example])
        return
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "WBP"
    sheet.append(headers)
    sheet.append(example)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index in range(1, len(COLUMNS) + 1):
        sheet.cell(row=2, column=index).number_format = "@"  # text: keeps NIK digits intact
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = max(12, len(headers[index - 1]) + 2)
    help_sheet = book.create_sheet("Petunjuk" if lang != "en" else "Guide")
    help_sheet.append(["Kolom", "Column", "Keterangan", "Nama lain yang dikenali"])
    for cell in help_sheet[1]:
        cell.font = Font(bold=True)
    for column in COLUMNS:
        help_sheet.append([column.header_id, column.header_en, column.note,
                           ", ".join(column.aliases)])  # fmt: skip
    help_sheet.column_dimensions["A"].width = 22
    help_sheet.column_dimensions["B"].width = 22
    help_sheet.column_dimensions["C"].width = 80
    help_sheet.column_dimensions["D"].width = 40
    help_sheet.append([])
    help_sheet.append(["Baris yang salah membatalkan seluruh impor; tidak ada yang ditulis "
                       "sampai semua baris benar. Impor ulang mencocokkan NIK atau No. Registrasi "
                       "dan memperbarui data (sel kosong tidak menghapus isian yang ada)."])  # fmt: skip
    _write_book(book, path)

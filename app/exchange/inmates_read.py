"""Reading an inmate spreadsheet (XLSX or CSV) into records, cell by cell, collecting every
problem as (row, column header, message). No database here: the service validates further."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from app.domain.dates import MONTHS_EN, MONTHS_ID
from app.domain.inmates.codes import (
    DETAINEE_CODES,
    EDUCATION_LEVELS,
    MARITAL_STATUSES,
    RELIGIONS,
    Status,
    code_fits_status,
    propose_code,
)
from app.domain.inmates.detention import period_end
from app.domain.inmates.record import CaseData, DetentionData, InmateData
from app.domain.inmates.regnumber import code_in_number
from app.domain.inmates.rules import normalise_code
from app.exchange.formula_guard import unguarded_text
from app.exchange.inmates_columns import BY_KEY, match_headers
from app.text import QT_TRANSLATE_NOOP

MAX_ROWS = 200_000


class TableError(ValueError):
    """The file cannot be read as a table at all (message is a translatable template)."""


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[tuple[int, list[Any]]]  # (spreadsheet row number, cells)


@dataclass
class ParsedRow:
    row: int
    data: InmateData
    # (field key, message template, its values): translated where it is shown
    errors: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    present: frozenset[str] = frozenset()  # field keys with a non-empty cell


def read_table(path: Path) -> Table:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix in (".csv", ".txt"):
        return _read_csv(path.read_bytes())
    raise TableError(QT_TRANSLATE_NOOP("errors", "Hanya berkas XLSX atau CSV yang dapat diimpor."))


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise TableError(QT_TRANSLATE_NOOP("errors", "Berkas XLSX tidak dapat dibaca.")) from exc
    try:
        sheet = book.worksheets[0]
        lines = sheet.iter_rows(values_only=True)
        headers = [str(h or "").strip() for h in next(lines, ())]
        rows = [(n, list(cells)) for n, cells in enumerate(lines, start=2)
                if any(c not in (None, "") for c in cells)]  # fmt: skip
    finally:
        book.close()
    return Table(headers, rows)


def _read_csv(raw: bytes) -> Table:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers = [h.strip() for h in next(reader, [])]
    rows = [(n, cells) for n, cells in enumerate(reader, start=2) if any(c.strip() for c in cells)]
    return Table(headers, rows)


# --- cell values -------------------------------------------------------------------------------

_MONTHS = {m.lower(): i for names in (MONTHS_ID, MONTHS_EN) for i, m in enumerate(names, 1)}
_MONTHS.update(
    {m[:3].lower(): i for names in (MONTHS_ID, MONTHS_EN) for i, m in enumerate(names, 1)}
)
_YES = {"ya", "y", "yes", "true", "1", "sudah", "lunas", "x"}
_NO = {"tidak", "t", "no", "n", "false", "0", "belum", ""}
_SEX = {"l": "L", "lk": "L", "laki-laki": "L", "laki laki": "L", "pria": "L", "m": "L",
        "male": "L", "p": "P", "pr": "P", "perempuan": "P", "wanita": "P", "f": "P",
        "female": "P"}  # fmt: skip
_STATUS = {"tahanan": "tahanan", "detainee": "tahanan", "narapidana": "narapidana",
           "napi": "narapidana", "convict": "narapidana", "bebas": "bebas", "released": "bebas",
           "pindah": "pindah", "transferred": "pindah", "meninggal": "meninggal",
           "deceased": "meninggal"}  # fmt: skip
_SENTENCE = {"penjara": "penjara", "prison": "penjara", "imprisonment": "penjara",
             "kurungan": "kurungan", "confinement": "kurungan", "seumur hidup": "seumur_hidup",
             "seumur_hidup": "seumur_hidup", "life": "seumur_hidup", "mati": "mati",
             "death": "mati", "pidana mati": "mati"}  # fmt: skip
BAD_DATE = QT_TRANSLATE_NOOP("errors", "Tanggal tidak dikenali (contoh: 17-08-1990).")
NO_SUCH_DATE = QT_TRANSLATE_NOOP("errors", "Tanggal itu tidak ada ({text}).")
BAD_NUMBER = QT_TRANSLATE_NOOP("errors", "Harus berupa bilangan bulat.")
_EMPTY: dict[str, Any] = {"date": None, "int": 0, "bool": False}


class CellError(ValueError):
    """A cell's problem whose message carries values: `template` (translatable) and `params`;
    str() is the filled-in Indonesian text (what an import report prints)."""

    def __init__(self, template: str, **params: Any) -> None:
        super().__init__(template.format(**params))
        self.template = template
        self.params = params


def parse_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    year, month, day = _date_parts(text.lower())
    try:
        return date(year, month, day)
    except ValueError as exc:  # the shape of a date, but no such day: 31-02-2025, 10-13-2025
        raise CellError(NO_SUCH_DATE, text=text) from exc


# Excel's 1900 date system counts days from 1899-12-30; a serial is taken for a date only from
# 1920 to 2100 (so a bare year such as 1990 is no date of 1905)
_EXCEL_EPOCH = date(1899, 12, 30)
_SERIALS = range(
    (date(1920, 1, 1) - _EXCEL_EPOCH).days, (date(2100, 12, 31) - _EXCEL_EPOCH).days + 1
)


def parse_sheet_date(value: Any) -> date | None:
    """A spreadsheet's date cell: a date, a text parse_date reads, or a whole Excel serial number
    (a date cell formatted as a number: 45123, or that number as text, as a CSV writes it)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float) and not value.is_integer():
            raise ValueError(BAD_DATE)
        return _serial_date(int(value))
    if isinstance(value, str) and re.fullmatch(r"[1-9][0-9]{3,4}", value.strip()):
        return _serial_date(int(value))
    return parse_date(value)


def _serial_date(serial: int) -> date:
    if serial not in _SERIALS:
        raise ValueError(BAD_DATE)
    return _EXCEL_EPOCH + timedelta(days=serial)


def _date_parts(text: str) -> tuple[int, int, int]:
    """(year, month, day) of 2025-08-17, 17-08-2025 (or / .) or 17 Agustus 2025 / 17 Aug 2025."""
    if found := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
        y, m, d = (int(g) for g in found.groups())
        return y, m, d
    if found := re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text):
        d, m, y = (int(g) for g in found.groups())
        return y, m, d
    if found := re.fullmatch(r"(\d{1,2})\s+([a-z]+)\s+(\d{4})", text):
        month = _MONTHS.get(found.group(2))
        if month:
            return int(found.group(3)), month, int(found.group(1))
    raise ValueError(BAD_DATE)


def parse_int(value: Any) -> int:
    if value is None or value == "":
        return 0
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        if float(value) != int(value):
            raise ValueError(BAD_NUMBER)
        return int(value)
    text = re.sub(r"(?i)^rp\.?", "", str(value).strip()).strip()
    text = re.sub(r"[.,\s](?=\d{3}(\D|$))", "", text)  # thousands separators: 1.000.000
    if not re.fullmatch(r"-?\d+", text):
        raise ValueError(BAD_NUMBER)
    return int(text)


def parse_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a NIK or number typed into a numeric Excel cell
    if isinstance(value, datetime):
        return value.date().isoformat()
    return unguarded_text(str(value).strip())


def _choice(table: dict[str, str], message: str):
    def parse(value: Any) -> str:
        text = parse_text(value).lower()
        if not text:
            return ""
        if text in table:
            return table[text]
        raise ValueError(message)

    return parse


# other spellings facilities write for a religion (any case, spaces as typed)
_RELIGION_ALIASES = {"budha": "Buddha", "buda": "Buddha", "protestan": "Kristen",
                     "kristen protestan": "Kristen", "katholik": "Katolik",
                     "kristen katolik": "Katolik", "khonghucu": "Konghucu",
                     "kong hu cu": "Konghucu", "konghuchu": "Konghucu"}  # fmt: skip


def _listed(values: tuple[str, ...], aliases: dict[str, str] | None = None):
    """A value of a known list in any case, as the list writes it ("ISLAM" is "Islam"), or one
    of its other spellings (`aliases`, lower case); any other text is kept as typed (the
    register's checks name what it must be)."""
    known = {**(aliases or {}), **{value.lower(): value for value in values}}

    def parse(value: Any) -> str:
        text = parse_text(value)
        return known.get(" ".join(text.lower().split()), text)

    return parse


def parse_bool(value: Any) -> bool:
    text = parse_text(value).lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValueError(QT_TRANSLATE_NOOP("errors", "Isi ya atau tidak."))


PARSERS = {
    "text": parse_text,
    "date": parse_sheet_date,
    "int": parse_int,
    "bool": parse_bool,
    "sex": _choice(_SEX, QT_TRANSLATE_NOOP("errors", "Isi L atau P.")),
    "status": _choice(_STATUS, QT_TRANSLATE_NOOP("errors", "Status tidak dikenal.")),
    "sentence_type": _choice(_SENTENCE, QT_TRANSLATE_NOOP("errors", "Jenis pidana tidak dikenal.")),
    "code": lambda v: normalise_code(parse_text(v)),
    "religion": _listed(RELIGIONS, _RELIGION_ALIASES),
    "education": _listed(EDUCATION_LEVELS),
    "marital": _listed(MARITAL_STATUSES),
}


def parse_rows(table: Table, mapping: dict[int, str] | None = None) -> list[ParsedRow]:
    """Every data row as a record (or its cell problems). `mapping` (column index -> field key)
    overrides the automatic header match (the GUI's mapping step)."""
    columns = match_headers(table.headers) if mapping is None else mapping
    if not {"reg_number", "full_name"} <= set(columns.values()):
        raise TableError(
            QT_TRANSLATE_NOOP(
                "errors", "Kolom 'No. Registrasi' dan 'Nama' harus ada (lihat templat)."
            )
        )
    if len(table.rows) > MAX_ROWS:
        raise TableError(QT_TRANSLATE_NOOP("errors", "Berkas terlalu besar (maks. 200.000 baris)."))
    return [_parse_row(number, cells, columns) for number, cells in table.rows]


def _parse_row(number: int, cells: list[Any], columns: dict[int, str]) -> ParsedRow:
    values: dict[str, Any] = {}
    errors: list[tuple[str, str, dict[str, Any]]] = []
    present: set[str] = set()
    for index, key in columns.items():
        raw = cells[index] if index < len(cells) else None
        if raw not in (None, "") and str(raw).strip():
            present.add(key)
        try:
            values[key] = PARSERS[BY_KEY[key].kind](raw)
        except ValueError as exc:  # a CellError carries its values; others are a template
            cell = exc if isinstance(exc, CellError) else CellError(str(exc))
            errors.append((key, cell.template, cell.params))
            values[key] = _EMPTY.get(BY_KEY[key].kind, "")  # so the other cells are checked too
    return ParsedRow(number, build_record(values), errors, frozenset(present))


def build_record(values: dict[str, Any]) -> InmateData:
    """A record from parsed cells; the code is proposed when empty, the detention end computed
    from the KUHAP limit when empty."""
    plain = {k: v for k, v in values.items() if "." not in k}
    plain.setdefault("status", "")
    plain["status"] = plain["status"] or Status.TAHANAN.value
    case_values = {k[5:]: v for k, v in values.items() if k.startswith("case.")}
    case = CaseData(**case_values) if any(v not in ("", 0, None, False)
                                          for v in case_values.values()) else None  # fmt: skip
    data = InmateData(**{"sex": "", "reg_number": "", "full_name": "", **plain},
                      cases=(case,) if case else ())  # fmt: skip
    from_number = code_in_number(data.reg_number)
    if not data.reg_code and from_number and code_fits_status(from_number, data.status):
        data = replace(data, reg_code=from_number)
    if not data.reg_code:
        proposed = propose_code(
            data.status, case.sentence_type if case else None, case.sentence if case else None
        )
        data = replace(data, reg_code=proposed.value if proposed else "")
    start = values.get("detention.start") or (
        data.admission_date if data.status == Status.TAHANAN.value else None
    )
    if start and data.reg_code in {c.value for c in DETAINEE_CODES}:
        end = values.get("detention.end") or period_end(data.reg_code, start)
        kind = (values.get("detention.kind") or "rutan").lower()
        data = replace(data, detentions=(DetentionData(data.reg_code, start, end, kind),))
    return data

"""The list's columns over the paged model (rows are InmateRow DTOs from services.inmates)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt

from app.domain.inmates.codes import RELIGIONS, SEXES, STATUS_LABELS, Status
from app.services.inmates_dto import InmateRow
from app.text import QT_TRANSLATE_NOOP
from app.ui.common.paged_model import Column, PagedTableModel
from app.ui.common.timefmt import ui_date
from app.ui.inmates.choices import religion_text, sex_letter, sex_text

PAGE_SIZE = 100


def status_text(value: str) -> str:
    try:
        return QCoreApplication.translate("inmates", STATUS_LABELS[Status(value)])
    except ValueError:
        return value


def _date(value) -> str:
    return ui_date(value)


def shown_order(sort_key: str) -> tuple[str, ...]:
    """The stored values of a translated column in the order their labels read on screen, for
    sorting in SQL (InmateFilter.sort_values); () for a column shown as stored."""
    shown = {"religion": (RELIGIONS, religion_text), "sex": (SEXES, sex_letter),
             "status": ([s.value for s in Status], status_text)}.get(sort_key)  # fmt: skip
    if shown is None:
        return ()
    values, text = shown
    return tuple(sorted(values, key=lambda v: text(v).casefold()))


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("inmates", "No. Registrasi"), lambda r: r.reg_number, "reg_number"),
    Column(QT_TRANSLATE_NOOP("inmates", "Nama"), lambda r: r.full_name, "full_name",
           tooltip=lambda r: f"Alias: {r.aliases}" if r.aliases else ""),
    Column(QT_TRANSLATE_NOOP("inmates", "L/P"), lambda r: sex_letter(r.sex), "sex",
           Qt.AlignmentFlag.AlignCenter, tooltip=lambda r: sex_text(r.sex)),
    Column(QT_TRANSLATE_NOOP("inmates", "Status"), lambda r: status_text(r.status), "status"),
    Column(QT_TRANSLATE_NOOP("inmates", "Kode"), lambda r: r.reg_code, "reg_code"),
    Column(QT_TRANSLATE_NOOP("inmates", "Blok/Kamar"),
           lambda r: "/".join(p for p in (r.block, r.cell) if p), "block"),
    Column(QT_TRANSLATE_NOOP("inmates", "Agama"), lambda r: religion_text(r.religion),
           "religion"),
    Column(QT_TRANSLATE_NOOP("inmates", "Tanggal Masuk"), lambda r: _date(r.admission_date),
           "admission_date"),
    Column(QT_TRANSLATE_NOOP("inmates", "Batas Penahanan"), lambda r: _date(r.detention_until),
           "detention_until"),
    Column(QT_TRANSLATE_NOOP("inmates", "NIK"), lambda r: r.nik, "nik"),
)  # fmt: skip


def inmate_model(
    fetch: Callable[[int, int], list[InmateRow]],
    count: Callable[[], int],
    on_sort: Callable[[str, bool], None],
    parent: QObject | None = None,
) -> PagedTableModel:
    return PagedTableModel(COLUMNS, fetch, count, context="inmates", page_size=PAGE_SIZE,
                           on_sort=on_sort, parent=parent)  # fmt: skip

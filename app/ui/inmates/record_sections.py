"""What the record dialog's sections show: the columns of the repeating sections, the labels
of status events and audit actions (an audited change in one line: change_text.py)."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from app.domain.inmates.codes import DETAINEE_CODES, DETENTION_KIND_LABELS, SENTENCE_LABELS
from app.text import QT_TRANSLATE_NOOP
from app.ui.inmates.record_tables import Cell


def _tr(text: str) -> str:
    return QCoreApplication.translate("inmates", text)


# the form's fields on each section tab, in the form's order (sections 3-5 are the cases,
# detention and discipline tables, whose rows the record keeps under these names)
SECTION_FIELDS: dict[int, tuple[str, ...]] = {
    0: ("reg_number", "full_name", "aliases", "nik", "sex", "birth_place", "birth_date",
        "religion", "education", "marital_status", "occupation", "address", "origin",
        "next_of_kin", "photo"),
    1: ("block", "cell", "admission_date", "admission_source"),
    2: ("status", "reg_code", "release_date", "release_reason", "transfer_destination",
        "death_date"),
    3: ("cases",),
    4: ("detentions",),
    5: ("discipline",),
}  # fmt: skip

ACTION_LABELS = {
    "inmate_created": QT_TRANSLATE_NOOP("inmates", "Dibuat"),
    "inmate_updated": QT_TRANSLATE_NOOP("inmates", "Diubah"),
    "inmate_imported": QT_TRANSLATE_NOOP("inmates", "Diimpor"),
    "inmate_import_updated": QT_TRANSLATE_NOOP("inmates", "Diubah lewat impor"),
    "inmate_verdict": QT_TRANSLATE_NOOP("inmates", "Putusan inkracht"),
    "inmate_release": QT_TRANSLATE_NOOP("inmates", "Dibebaskan"),
    "inmate_transfer": QT_TRANSLATE_NOOP("inmates", "Dipindahkan"),
    "inmate_death": QT_TRANSLATE_NOOP("inmates", "Meninggal"),
    "inmate_status_undone": QT_TRANSLATE_NOOP("inmates", "Perubahan status dibatalkan"),
}
EVENT_LABELS = {
    "admission": QT_TRANSLATE_NOOP("inmates", "Masuk"),
    "verdict": QT_TRANSLATE_NOOP("inmates", "Putusan inkracht"),
    "release": QT_TRANSLATE_NOOP("inmates", "Bebas"),
    "transfer": QT_TRANSLATE_NOOP("inmates", "Pindah"),
    "death": QT_TRANSLATE_NOOP("inmates", "Meninggal"),
    "undo": QT_TRANSLATE_NOOP("inmates", "Pembatalan"),
}


def case_cells() -> list[Cell]:
    return [Cell("articles", QCoreApplication.translate("inmates", "Pasal"), width=120), Cell("crime_category", QCoreApplication.translate("inmates", "Jenis kejahatan"), width=130),
            Cell("court", QCoreApplication.translate("inmates", "Pengadilan")), Cell("verdict_number", QCoreApplication.translate("inmates", "No. putusan"), width=150),
            Cell("verdict_date", QCoreApplication.translate("inmates", "Tgl. putusan"), "date", 95),
            Cell("inkracht_date", QCoreApplication.translate("inmates", "Tgl. inkracht"), "date", 95),
            Cell("sentence_type", QCoreApplication.translate("inmates", "Jenis pidana"), width=100,
                 choices=(("", ""), *_labelled(SENTENCE_LABELS))),
            Cell("sentence_years", QCoreApplication.translate("inmates", "Thn"), "int", 45), Cell("sentence_months", QCoreApplication.translate("inmates", "Bln"), "int", 45),
            Cell("sentence_days", QCoreApplication.translate("inmates", "Hari"), "int", 45), Cell("fine", QCoreApplication.translate("inmates", "Denda (Rp)"), "money", 110),
            Cell("substitute_days", QCoreApplication.translate("inmates", "Subsider (hari)"), "int", 105),
            Cell("fine_paid", QCoreApplication.translate("inmates", "Denda dibayar"), "bool", 105,
                 choices=_yes_no())]  # fmt: skip


def detention_cells() -> list[Cell]:
    stages = tuple((code.value, code.value) for code in DETAINEE_CODES)
    return [Cell("stage", QCoreApplication.translate("inmates", "Tahap (A.I-A.V)"), width=110, choices=stages),
            Cell("start", QCoreApplication.translate("inmates", "Mulai"), "date", 100),
            Cell("end", QCoreApplication.translate("inmates", "Akhir"), "date", 100),
            Cell("kind", QCoreApplication.translate("inmates", "Jenis tahanan"), width=160,
                 choices=_labelled(DETENTION_KIND_LABELS))]  # fmt: skip


def _labelled(labels: Mapping[StrEnum, str]) -> tuple[tuple[str, str], ...]:
    """(stored value, label in the UI's language) of each choice."""
    return tuple((key.value, _tr(text)) for key, text in labels.items())


def _yes_no() -> tuple[tuple[bool, str], ...]:
    return (
        (True, QCoreApplication.translate("inmates", "ya")),
        (False, QCoreApplication.translate("inmates", "tidak")),
    )


def discipline_cells() -> list[Cell]:
    return [Cell("date", QCoreApplication.translate("inmates", "Tanggal"), "date", 95), Cell("violation", QCoreApplication.translate("inmates", "Pelanggaran"), width=220),
            Cell("punishment", QCoreApplication.translate("inmates", "Hukuman"), width=220), Cell("period_start", QCoreApplication.translate("inmates", "Mulai"), "date", 95),
            Cell("period_end", QCoreApplication.translate("inmates", "Akhir"), "date", 95)]  # fmt: skip

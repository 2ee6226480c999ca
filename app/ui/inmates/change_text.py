"""An audited change of a record in one line, as staff read it in the record's history:
"Nama lengkap: Ahmad → Ahmad Baru; Tanggal masuk: 03-01-2026 → 05-01-2026; Perkara diubah".

The audit log keeps the record as `to_plain` writes it (field names, stored values, ISO dates);
here each field reads by its name on the form, dates as the screens write them and stored
choices (status, religion, sex, ...) in the UI's language. A field this module does not know (an
older log) reads by its stored name.
"""

from __future__ import annotations

from datetime import date
from itertools import chain
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.text import QT_TRANSLATE_NOOP
from app.ui.common.timefmt import ui_date
from app.ui.inmates.choices import education_text, marital_text, religion_text, sex_text
from app.ui.inmates.model import status_text
from app.ui.inmates.record_sections import SECTION_FIELDS

FIELD_NAMES = {
    "reg_number": QT_TRANSLATE_NOOP("inmates", "No. registrasi"),
    "full_name": QT_TRANSLATE_NOOP("inmates", "Nama lengkap"),
    "aliases": QT_TRANSLATE_NOOP("inmates", "Alias"),
    "nik": QT_TRANSLATE_NOOP("inmates", "NIK"),
    "sex": QT_TRANSLATE_NOOP("inmates", "Jenis kelamin"),
    "birth_place": QT_TRANSLATE_NOOP("inmates", "Tempat lahir"),
    "birth_date": QT_TRANSLATE_NOOP("inmates", "Tanggal lahir"),
    "religion": QT_TRANSLATE_NOOP("inmates", "Agama"),
    "education": QT_TRANSLATE_NOOP("inmates", "Pendidikan terakhir"),
    "marital_status": QT_TRANSLATE_NOOP("inmates", "Status perkawinan"),
    "occupation": QT_TRANSLATE_NOOP("inmates", "Pekerjaan"),
    "address": QT_TRANSLATE_NOOP("inmates", "Alamat"),
    "origin": QT_TRANSLATE_NOOP("inmates", "Asal daerah"),
    "next_of_kin": QT_TRANSLATE_NOOP("inmates", "Keluarga/wali"),
    "photo": QT_TRANSLATE_NOOP("inmates", "Foto"),
    "block": QT_TRANSLATE_NOOP("inmates", "Blok"),
    "cell": QT_TRANSLATE_NOOP("inmates", "Kamar"),
    "admission_date": QT_TRANSLATE_NOOP("inmates", "Tanggal masuk"),
    "admission_source": QT_TRANSLATE_NOOP("inmates", "Asal penahanan"),
    "status": QT_TRANSLATE_NOOP("inmates", "Status"),
    "reg_code": QT_TRANSLATE_NOOP("inmates", "Kode registrasi"),
    "release_date": QT_TRANSLATE_NOOP("inmates", "Tanggal bebas"),
    "release_reason": QT_TRANSLATE_NOOP("inmates", "Alasan bebas"),
    "transfer_destination": QT_TRANSLATE_NOOP("inmates", "Tujuan pindah"),
    "death_date": QT_TRANSLATE_NOOP("inmates", "Tanggal meninggal"),
    "cases": QT_TRANSLATE_NOOP("inmates", "Perkara"),
    "detentions": QT_TRANSLATE_NOOP("inmates", "Masa penahanan"),
    "discipline": QT_TRANSLATE_NOOP("inmates", "Catatan disiplin"),
}
ORDER = {key: index for index, key in enumerate(chain(*SECTION_FIELDS.values()))}
# fields whose value is not worth showing (a list of rows, the photo's size): "... diubah"
CHANGED_ONLY = frozenset({"cases", "detentions", "discipline", "photo"})
CHOICE_TEXTS = {
    "status": status_text,
    "sex": sex_text,
    "religion": religion_text,
    "education": education_text,
    "marital_status": marital_text,
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("inmates", text)


def _form_order(key: str) -> int:
    """Fields in the order the record dialog shows them (the log may keep them sorted by
    name); a field it does not show comes last."""
    return ORDER.get(key, len(ORDER))


def field_name(key: str) -> str:
    return _tr(FIELD_NAMES[key]) if key in FIELD_NAMES else key


def value_text(key: str, value: Any) -> str:
    """A stored value as the screens show it; "—" when empty."""
    if value is None or value == "":
        return "—"
    if key in CHOICE_TEXTS:
        return CHOICE_TEXTS[key](str(value))
    if isinstance(value, date):  # an import's change (the log keeps ISO text)
        return ui_date(value)
    if isinstance(value, str) and key.endswith("_date"):
        try:
            return ui_date(date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def describe_change(before: Any, after: Any) -> str:
    """Every field that changed, with its old and new value, in the form's order; a new record
    by its name and number. A status change's own papers (in `after["action"]`) are shown by the status events."""
    if not isinstance(after, dict):
        return ""
    if not isinstance(before, dict):
        return QCoreApplication.translate("inmates", "Data dibuat: {name} ({number})").format(
            name=after.get("full_name", ""), number=after.get("reg_number", "")
        )
    parts = []
    for key in sorted(after, key=_form_order):
        value = after[key]
        if key == "action" or before.get(key) == value:
            continue
        if key in CHANGED_ONLY or isinstance(value, list | dict):
            changed = QCoreApplication.translate("inmates", "{field} diubah")
            parts.append(changed.format(field=field_name(key)))
        else:
            old, new = value_text(key, before.get(key)), value_text(key, value)
            parts.append(f"{field_name(key)}: {old} → {new}")
    return "; ".join(parts)

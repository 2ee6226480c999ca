"""What each key of the remission rule table is (whole number, text, yes/no, one of a few
choices, ...), how it reads in Indonesian, and the in-place editor for it.

The kinds follow what `app.domain.remission.rules.parse_rules` accepts, so an editor offers only
values of the right type; the service still validates the whole table on save.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QRegularExpression, QSize
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.domain.remission.rules import FRACTION_CHOICES, NTH_CHOICES, RT_CHOICES
from app.services.rule_paths import get_at
from app.text import QT_TRANSLATE_NOOP

CONTEXT = "rules"
MEMBERS_PATH = "eligibility.excluded_sentence_types.value"  # a set of sentence types
MAX_NUMBER = 1_000_000
_INDEX = re.compile(r"\[\d+\]")

LABELS = {
    "schema": QT_TRANSLATE_NOOP("rules", "Versi skema"),
    "title": QT_TRANSLATE_NOOP("rules", "Judul"),
    "updated": QT_TRANSLATE_NOOP("rules", "Tanggal tabel"),
    "sources": QT_TRANSLATE_NOOP("rules", "Sumber hukum"),
    "units": QT_TRANSLATE_NOOP("rules", "Satuan"),
    "days_per_month": QT_TRANSLATE_NOOP("rules", "Hari per bulan"),
    "thresholds": QT_TRANSLATE_NOOP("rules", "Ambang batas"),
    "min_served_days": QT_TRANSLATE_NOOP("rules", "Telah menjalani lebih dari (hari)"),
    "child_min_served_days": QT_TRANSLATE_NOOP("rules", "Anak: telah menjalani lebih dari (hari)"),
    "child_age_years": QT_TRANSLATE_NOOP("rules", "Anak: usia di bawah (tahun)"),
    "discipline_window_months": QT_TRANSLATE_NOOP("rules", "Tanpa hukuman disiplin selama (bulan)"),
    "parole_min_two_thirds_months": QT_TRANSLATE_NOOP("rules", "PB: 2/3 pidana sedikitnya (bulan)"),
    "comparison": QT_TRANSLATE_NOOP("rules", "Perbandingan"),
    "min_served_comparison": QT_TRANSLATE_NOOP("rules", "Perbandingan masa menjalani"),
    "eligibility": QT_TRANSLATE_NOOP("rules", "Syarat"),
    "narapidana_only": QT_TRANSLATE_NOOP("rules", "Hanya narapidana (putusan inkracht)"),
    "susulan": QT_TRANSLATE_NOOP("rules", "Remisi susulan"),
    "excluded_sentence_types": QT_TRANSLATE_NOOP("rules", "Jenis pidana yang dikecualikan"),
    "no_ru_rk_while_substitute_or_cmb": QT_TRANSLATE_NOOP(
        "rules", "Tanpa RU/RK selama pidana pengganti denda atau CMB"
    ),
    "corruption_fines_paid": QT_TRANSLATE_NOOP("rules", "Korupsi: denda dan uang pengganti lunas"),
    "terrorism_programme_done": QT_TRANSLATE_NOOP(
        "rules", "Terorisme: deradikalisasi dan ikrar NKRI"
    ),
    "escaped_no_rd": QT_TRANSLATE_NOOP("rules", "Pernah melarikan diri: tanpa RD"),
    "one_per_year": QT_TRANSLATE_NOOP("rules", "Satu kali setiap tahun"),
    "ru": QT_TRANSLATE_NOOP("rules", "Remisi Umum (RU)"),
    "rk": QT_TRANSLATE_NOOP("rules", "Remisi Khusus (RK)"),
    "rd": QT_TRANSLATE_NOOP("rules", "Remisi Dasawarsa (RD)"),
    "rt": QT_TRANSLATE_NOOP("rules", "Remisi Tambahan (RT)"),
    "name": QT_TRANSLATE_NOOP("rules", "Nama"),
    "month_day": QT_TRANSLATE_NOOP("rules", "Tanggal (BB-HH)"),
    "rows": QT_TRANSLATE_NOOP("rules", "Tabel besaran"),
    "label": QT_TRANSLATE_NOOP("rules", "Keterangan"),
    "nth_min": QT_TRANSLATE_NOOP("rules", "Remisi ke- (dari)"),
    "nth_max": QT_TRANSLATE_NOOP("rules", "Remisi ke- (sampai)"),
    "served_min_days": QT_TRANSLATE_NOOP("rules", "Telah menjalani dari (hari)"),
    "served_max_days": QT_TRANSLATE_NOOP("rules", "Telah menjalani sampai (hari)"),
    "days": QT_TRANSLATE_NOOP("rules", "Besaran (hari)"),
    "holidays": QT_TRANSLATE_NOOP("rules", "Hari besar keagamaan"),
    "holidays_name_contains": QT_TRANSLATE_NOOP("rules", "Nama di kalender libur memuat"),
    "religion_holiday": QT_TRANSLATE_NOOP("rules", "Hari besar menurut agama"),
    "islam": QT_TRANSLATE_NOOP("rules", "Islam"),
    "kristen": QT_TRANSLATE_NOOP("rules", "Kristen"),
    "katolik": QT_TRANSLATE_NOOP("rules", "Katolik"),
    "hindu": QT_TRANSLATE_NOOP("rules", "Hindu"),
    "buddha": QT_TRANSLATE_NOOP("rules", "Buddha"),
    "konghucu": QT_TRANSLATE_NOOP("rules", "Konghucu"),
    "lainnya": QT_TRANSLATE_NOOP("rules", "Lainnya"),
    "year_modulo": QT_TRANSLATE_NOOP("rules", "Setiap (tahun)"),
    "year_remainder": QT_TRANSLATE_NOOP("rules", "Sisa pembagian tahun"),
    "fraction": QT_TRANSLATE_NOOP("rules", "Pecahan masa pidana"),
    "cap_days": QT_TRANSLATE_NOOP("rules", "Paling banyak (hari)"),
    "allowed_while_substitute": QT_TRANSLATE_NOOP("rules", "Juga selama pidana pengganti denda"),
    "donor_fraction": QT_TRANSLATE_NOOP("rules", "Pecahan: berjasa / donor"),
    "pemuka_fraction": QT_TRANSLATE_NOOP("rules", "Pecahan: pemuka"),
    "detention_credit": QT_TRANSLATE_NOOP("rules", "Pengurangan masa tahanan"),
    "rutan": QT_TRANSLATE_NOOP("rules", "Tahanan rutan"),
    "rumah": QT_TRANSLATE_NOOP("rules", "Tahanan rumah"),
    "kota": QT_TRANSLATE_NOOP("rules", "Tahanan kota"),
    "options": QT_TRANSLATE_NOOP("rules", "Pilihan tafsir"),
    "nth_counting": QT_TRANSLATE_NOOP("rules", "Remisi ke-n dihitung dari"),
    "rt_when_both": QT_TRANSLATE_NOOP("rules", "RT bila donor sekaligus pemuka"),
    "fraction_method": QT_TRANSLATE_NOOP("rules", "Cara menghitung 1/3, 1/2, 2/3"),
    "choices": QT_TRANSLATE_NOOP("rules", "Pilihan yang tersedia"),
    "categories": QT_TRANSLATE_NOOP("rules", "Kategori I dan II"),
}
CHOICE_LABELS = {
    "received": QT_TRANSLATE_NOOP("rules", "remisi yang telah diterima"),
    "years_since_detention": QT_TRANSLATE_NOOP("rules", "tahun sejak penahanan"),
    "max": QT_TRANSLATE_NOOP("rules", "yang terbesar"),
    "sum": QT_TRANSLATE_NOOP("rules", "keduanya dijumlah"),
    "calendar_months": QT_TRANSLATE_NOOP("rules", "bulan kalender, sisa x 30 hari"),
    "days": QT_TRANSLATE_NOOP("rules", "pecahan jumlah hari"),
    "greater_than": QT_TRANSLATE_NOOP("rules", "lebih dari"),
    "at_least": QT_TRANSLATE_NOOP("rules", "sedikitnya"),
    "penjara": QT_TRANSLATE_NOOP("rules", "penjara"),
    "kurungan": QT_TRANSLATE_NOOP("rules", "kurungan"),
    "seumur_hidup": QT_TRANSLATE_NOOP("rules", "seumur hidup"),
    "mati": QT_TRANSLATE_NOOP("rules", "mati"),
    "idul_fitri": QT_TRANSLATE_NOOP("rules", "Idul Fitri"),
    "natal": QT_TRANSLATE_NOOP("rules", "Natal"),
    "nyepi": QT_TRANSLATE_NOOP("rules", "Nyepi"),
    "waisak": QT_TRANSLATE_NOOP("rules", "Waisak"),
    "imlek": QT_TRANSLATE_NOOP("rules", "Imlek"),
}
# the row labels of the shipped RU and RK tables: a reason names its row by label, and in the
# English UI a shipped label reads in English (a label an admin typed stays as typed)
ROW_LABELS = (
    QT_TRANSLATE_NOOP("rules", "ke-1, menjalani 6 sampai 12 bulan"),
    QT_TRANSLATE_NOOP("rules", "ke-1, menjalani 12 bulan atau lebih"),
    QT_TRANSLATE_NOOP("rules", "ke-2"),
    QT_TRANSLATE_NOOP("rules", "ke-3"),
    QT_TRANSLATE_NOOP("rules", "ke-2 dan ke-3"),
    QT_TRANSLATE_NOOP("rules", "ke-4 dan ke-5"),
    QT_TRANSLATE_NOOP("rules", "ke-6 dan seterusnya"),
)
OPTION_CHOICES = {
    "nth_counting": NTH_CHOICES,
    "rt_when_both": RT_CHOICES,
    "fraction_method": FRACTION_CHOICES,
}
NONE_TEXT = {
    "nth_max": QT_TRANSLATE_NOOP("rules", "dan seterusnya"),
    "served_max_days": QT_TRANSLATE_NOOP("rules", "tanpa batas"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def key_label(key: str | int) -> str:
    return tr(LABELS[key]) if isinstance(key, str) and key in LABELS else str(key)


def choice_label(value: Any) -> str:
    if value is None:
        return tr(QT_TRANSLATE_NOOP("rules", "(tidak ada)"))
    return tr(CHOICE_LABELS[value]) if value in CHOICE_LABELS else str(value)


@dataclass(frozen=True)
class FieldSpec:
    """kind: int, opt_int, text, fraction, month_day, bool, choice, opt_choice, fixed."""

    kind: str
    minimum: int = 0
    choices: tuple[str, ...] = ()
    none_text: str = ""

    @property
    def checkable(self) -> bool:
        return self.kind == "bool"


FIXED = re.compile(r"^(schema|.*\.comparison|rd\.min_served_comparison|options\.\w+\.choices)$")


def is_fixed(path: str) -> bool:
    """Keys shown but not edited: the schema version, comparisons and lists of choices that
    the program itself defines."""
    return bool(FIXED.match(_INDEX.sub("[]", path)))


def spec_for(path: str, value: Any, data: Any) -> FieldSpec:
    """The kind of the value at `path` (its current `value` decides for plain keys)."""
    generic = _INDEX.sub("[]", path)
    last = generic.rsplit(".", 1)[-1]
    if FIXED.match(generic):
        return FieldSpec("fixed")
    if generic.startswith("options.") and last == "value":
        name = generic.split(".")[1]
        return FieldSpec("choice", choices=OPTION_CHOICES.get(name, ()))
    if generic.startswith("rk.religion_holiday."):
        return FieldSpec("opt_choice", choices=tuple(get_at(data, "rk.holidays")))
    if generic.endswith("rows[].nth_max") or generic.endswith("rows[].served_max_days"):
        return FieldSpec("opt_int", 1 if last == "nth_max" else 0, none_text=NONE_TEXT[last])
    if last in ("month_day",):
        return FieldSpec("month_day")
    if "fraction" in last or (generic.startswith("detention_credit.") and last != "basis"):
        return FieldSpec("fraction")
    if isinstance(value, bool):
        return FieldSpec("bool")
    if isinstance(value, int):
        return FieldSpec("int", 1 if last in ("days_per_month", "year_modulo", "nth_min") else 0)
    if isinstance(value, str):
        return FieldSpec("text")
    return FieldSpec("fixed")


def display(spec: FieldSpec, value: Any) -> str:
    """The value as the tree shows it."""
    if spec.kind == "bool":
        return (
            tr(QT_TRANSLATE_NOOP("rules", "ya"))
            if value
            else tr(QT_TRANSLATE_NOOP("rules", "tidak"))
        )
    if spec.kind == "opt_int" and value is None:
        return tr(spec.none_text)
    if spec.kind in ("choice", "opt_choice") or (
        spec.kind == "fixed" and isinstance(value, str) and value in CHOICE_LABELS
    ):
        return choice_label(value)
    if isinstance(value, list):
        return ", ".join(choice_label(v) for v in value)
    return "" if value is None else str(value)


def paired_basis(key: str, siblings: Mapping[str, Any]) -> str | None:
    """`donor_fraction` -> `donor_basis`, `religion_holiday` -> `religion_basis`."""
    for other in siblings:
        if other.endswith("_basis") and other != key and key.startswith(other[: -len("basis")]):
            return other
    return None


def is_paired(key: str, siblings: Mapping[str, Any]) -> bool:
    return key.endswith("_basis") and any(paired_basis(k, siblings) == key for k in siblings)


def typed(value: Any) -> Any:
    """A comparable form that tells True from 1 (a rule table cares)."""
    if isinstance(value, Mapping):
        return {k: typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [typed(v) for v in value]
    return (type(value).__name__, value)


class RuleDelegate(QStyledItemDelegate):
    """Editors by kind for the value column, a line edit for the legal basis column. The tree
    (`RuleTree`) owns the data: it hands out the current value and takes the edited one."""

    def __init__(self, tree) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        """Rows tall enough for a spin box or a drop-down to open in place, readable."""
        size = super().sizeHint(option, index)
        size.setHeight(max(size.height(), option.fontMetrics.height() + 8))
        return size

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex):
        spec = self._tree.editor_spec(index)
        if spec is None:
            return None
        if spec.kind in ("int", "opt_int"):
            editor = QSpinBox(parent)
            low = spec.minimum - 1 if spec.kind == "opt_int" else spec.minimum
            editor.setRange(low, MAX_NUMBER)
            if spec.kind == "opt_int":
                editor.setSpecialValueText(tr(spec.none_text))
            return editor
        if spec.kind in ("choice", "opt_choice"):
            editor = QComboBox(parent)
            if spec.kind == "opt_choice":
                editor.addItem(choice_label(None), None)
            for choice in spec.choices:
                editor.addItem(choice_label(choice), choice)
            return editor
        editor = QLineEdit(parent)
        pattern = {"fraction": r"^\d+/\d+$", "month_day": r"^\d{2}-\d{2}$"}.get(spec.kind)
        if pattern:
            editor.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), editor))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = self._tree.edit_value(index)
        if isinstance(editor, QSpinBox):
            editor.setValue(editor.minimum() if value is None else int(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        spec = self._tree.editor_spec(index)
        if isinstance(editor, QSpinBox):
            value: Any = editor.value()
            if spec is not None and spec.kind == "opt_int" and value < spec.minimum:
                value = None
        elif isinstance(editor, QComboBox):
            value = editor.currentData()
        else:
            value = editor.text()
        self._tree.set_edited(index, value)

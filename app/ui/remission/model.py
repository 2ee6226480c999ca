"""The proposal list as a table: every line of a ceremony (a facility's register, a few thousand
at most, read at once from services.remission.proposal_list) with a filter and search proxy.

The proxy filters by what staff look for (granted, refused, remisi susulan candidates, changed by
hand, category II, without SK) and by a name or registration number typed in the search box.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.remission_dto import ProposalLine
from app.text import QT_TRANSLATE_NOOP
from app.ui.common.paged_model import ROW_ROLE
from app.ui.common.timefmt import ui_date
from app.ui.remission.reason_text import shown_justification, shown_reason_text
from app.ui.remission.texts import remission_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
REFUSED_BRUSH = QBrush(QColor("#6b6b6b"))
CHANGED_BRUSH = QBrush(QColor("#fff4d6"))
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


GRANTED = QT_TRANSLATE_NOOP("remission", "Diberikan")
SUSULAN = QT_TRANSLATE_NOOP("remission", "Calon susulan")
REFUSED = QT_TRANSLATE_NOOP("remission", "Tidak")


def decision_text(line: ProposalLine) -> str:
    """What will happen to the line: granted (with PMP for children), refused, or susulan."""
    if line.granted:
        return remission_text(GRANTED) + (" (PMP)" if line.child else "")
    return remission_text(SUSULAN if line.susulan else REFUSED)


def decision_texts() -> list[str]:
    """Every text the decision column can show, in the UI's language (for its width)."""
    return [remission_text(GRANTED) + " (PMP)", remission_text(SUSULAN), remission_text(REFUSED)]


@dataclass(frozen=True)
class LineColumn:
    header: str  # QT_TRANSLATE_NOOP("remission", ...)
    text: Callable[[ProposalLine], str]
    sort: Callable[[ProposalLine], Any]
    right: bool = False


def _days(value: int) -> str:
    return str(value) if value else ""


COLUMNS = (
    LineColumn(QT_TRANSLATE_NOOP("remission", "No. registrasi"), lambda r: r.reg_number,
               lambda r: r.reg_number),
    LineColumn(QT_TRANSLATE_NOOP("remission", "Nama"), lambda r: r.full_name,
               lambda r: r.full_name.casefold()),
    LineColumn(QT_TRANSLATE_NOOP("remission", "Dijalani (hari)"),
               lambda r: str(r.served_days) if r.served_days else "", lambda r: r.served_days, True),
    LineColumn(QT_TRANSLATE_NOOP("remission", "Ke-"), lambda r: str(r.nth) if r.nth else "",
               lambda r: r.nth or 0, True),
    LineColumn(QT_TRANSLATE_NOOP("remission", "Keputusan"), decision_text,
               lambda r: (not r.granted, not r.susulan)),
    LineColumn(QT_TRANSLATE_NOOP("remission", "Remisi (hari)"), lambda r: _days(r.granted_days),
               lambda r: r.granted_days, True),
    LineColumn(QT_TRANSLATE_NOOP("remission", "RT (hari)"),
               lambda r: _days(r.granted_additional_days), lambda r: r.granted_additional_days,
               True),
    LineColumn(QT_TRANSLATE_NOOP("remission", "Kategori"), lambda r: r.granted_category,
               lambda r: r.granted_category),
    LineColumn(QT_TRANSLATE_NOOP("remission", "Bebas sebelum"), lambda r: ui_date(r.release_before),
               lambda r: r.release_before.toordinal() if r.release_before else 0),
    LineColumn(QT_TRANSLATE_NOOP("remission", "Bebas sesudah"), lambda r: ui_date(r.granted_release),
               lambda r: r.granted_release.toordinal() if r.granted_release else 0),
    LineColumn(QT_TRANSLATE_NOOP("remission", "Nomor SK"), lambda r: r.sk_number,
               lambda r: r.sk_number),
)  # fmt: skip

DECISION_COLUMN = 4


class ProposalModel(QAbstractTableModel):
    """The lines of one ceremony; `set_lines` replaces them all (after every service call)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[ProposalLine] = []

    def set_lines(self, lines: list[ProposalLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def lines(self) -> list[ProposalLine]:
        return list(self._lines)

    def row_of(self, line_id: int) -> int:
        return next((i for i, line in enumerate(self._lines) if line.line_id == line_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(line)
        if role == SORT_ROLE:
            return column.sort(line)
        if role == ROW_ROLE:
            return line
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and not line.granted:
            return REFUSED_BRUSH
        if role == Qt.ItemDataRole.BackgroundRole and line.overridden:
            return CHANGED_BRUSH
        if role == Qt.ItemDataRole.FontRole and index.column() == DECISION_COLUMN and line.granted:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(line)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return remission_text(COLUMNS[section].header) if 0 <= section < len(COLUMNS) else None
        return str(section + 1)


def _tooltip(line: ProposalLine) -> str:
    if line.overridden:
        return remission_text(QT_TRANSLATE_NOOP("remission", "Diubah: {why}")).format(
            why=shown_justification(line)
        )
    excluding = [shown_reason_text(r) for r in line.reasons if r.excludes]
    return "\n".join(excluding)


# The filter choices: (key, label); the predicate of each is in LineFilter.accepts.
FILTERS = (
    ("", QT_TRANSLATE_NOOP("remission", "Semua baris")),
    ("granted", QT_TRANSLATE_NOOP("remission", "Diberikan")),
    ("refused", QT_TRANSLATE_NOOP("remission", "Tidak diberikan")),
    ("susulan", QT_TRANSLATE_NOOP("remission", "Calon remisi susulan")),
    ("changed", QT_TRANSLATE_NOOP("remission", "Diubah petugas")),
    ("category2", QT_TRANSLATE_NOOP("remission", "Kategori II (bebas)")),
    ("no_sk", QT_TRANSLATE_NOOP("remission", "Diberikan, belum ada SK")),
)

PREDICATES: dict[str, Callable[[ProposalLine], bool]] = {
    "": lambda line: True,
    "granted": lambda line: line.granted,
    "refused": lambda line: not line.granted,
    "susulan": lambda line: line.susulan,
    "changed": lambda line: line.overridden,
    "category2": lambda line: line.granted and line.granted_category == "II",
    "no_sk": lambda line: line.granted and not line.sk_number,
}


class LineFilter(QSortFilterProxyModel):
    """Filter by kind of line and by search text (name or registration number); sorts by the
    columns' sort keys (numbers and dates as numbers, names without case)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kind = ""
        self._text = ""
        self.setSortRole(SORT_ROLE)

    def set_kind(self, kind: str) -> None:
        self.beginFilterChange()
        self._kind = kind if kind in PREDICATES else ""
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        line = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if line is None or not PREDICATES[self._kind](line):
            return False
        if not self._text:
            return True
        return self._text in line.full_name.casefold() or self._text in line.reg_number.casefold()

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)

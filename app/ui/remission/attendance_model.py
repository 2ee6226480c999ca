"""The recipients' attendance as a table model: the saved status of each recipient plus what was
marked on screen and not saved yet (shown in bold), and a filter for a name or number.

The list is one ceremony's recipients (hundreds at most), so it is held in memory.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.remission_programme_dto import (
    ATTENDANCE_LABELS,
    AttendanceEntry,
    AttendanceLine,
    AttendanceStatus,
)
from app.text import QT_TRANSLATE_NOOP
from app.ui.common.timefmt import local_date_time

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("remission", "No."),
    QT_TRANSLATE_NOOP("remission", "No. registrasi"),
    QT_TRANSLATE_NOOP("remission", "Nama"),
    QT_TRANSLATE_NOOP("remission", "Blok/Kamar"),
    QT_TRANSLATE_NOOP("remission", "Kehadiran"),
    QT_TRANSLATE_NOOP("remission", "Keterangan"),
)
STATUS_COLUMN, NOTE_COLUMN = 4, 5
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
COLOURS = {
    AttendanceStatus.TIDAK_HADIR: QBrush(QColor("#b00020")),
    AttendanceStatus.IZIN: QBrush(QColor("#8a5a00")),
    AttendanceStatus.SAKIT: QBrush(QColor("#8a5a00")),
}


def status_label(status: str) -> str:
    return QCoreApplication.translate("remission", ATTENDANCE_LABELS[status]) if status else ""


class AttendanceModel(QAbstractTableModel):
    """Rows of AttendanceLine; `mark()` and the note column change the pending values."""

    dirty_changed = Signal(bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[AttendanceLine] = []
        self._pending: dict[str, tuple[str, str]] = {}  # inmate_id -> (status, note)
        self.editable = False

    def set_lines(self, lines: Sequence[AttendanceLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._pending = {}
        self.endResetModel()
        self.dirty_changed.emit(False)

    def line(self, row: int) -> AttendanceLine:
        return self._lines[row]

    def value(self, row: int) -> tuple[str, str]:
        """(status, note) as shown: the pending change, else what was saved."""
        line = self._lines[row]
        return self._pending.get(line.inmate_id, (line.status, line.note))

    def is_dirty(self) -> bool:
        return bool(self._pending)

    def entries(self) -> list[AttendanceEntry]:
        """The changes to save."""
        return [AttendanceEntry(i, status, note) for i, (status, note) in self._pending.items()]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for row in range(len(self._lines)):
            status = self.value(row)[0]
            out[status] = out.get(status, 0) + 1
        return out

    def mark(self, rows: Iterable[int], status: str) -> None:
        for row in rows:
            self._set(row, status, self.value(row)[1] if status else "")

    def _set(self, row: int, status: str, note: str) -> None:
        line = self._lines[row]
        was_dirty = self.is_dirty()
        if (status, note) == (line.status, line.note):
            self._pending.pop(line.inmate_id, None)
        else:
            self._pending[line.inmate_id] = (status, note)
        self.dataChanged.emit(self.index(row, 0), self.index(row, NOTE_COLUMN))
        if was_dirty != self.is_dirty():
            self.dirty_changed.emit(self.is_dirty())

    # --- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        row, column = index.row(), index.column()
        line = self._lines[row]
        status, note = self.value(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            cells = (str(row + 1), line.reg_number, line.full_name,
                     " / ".join(p for p in (line.block, line.cell) if p), status_label(status),
                     note)  # fmt: skip
            return cells[column]
        if role == Qt.ItemDataRole.FontRole and line.inmate_id in self._pending:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS_COLUMN and status in COLOURS:
            return COLOURS[status]
        if role == Qt.ItemDataRole.ToolTipRole and column == STATUS_COLUMN and line.recorded_by:
            return (QCoreApplication.translate("remission", "Dicatat oleh %1, %2")
                    .replace("%1", line.recorded_by)
                    .replace("%2", local_date_time(line.recorded_at)))  # fmt: skip
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SEARCH_ROLE:
            return f"{line.reg_number} {line.full_name}".casefold()
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not (
            index.isValid() and index.column() == NOTE_COLUMN and role == Qt.ItemDataRole.EditRole
        ):
            return False
        status = self.value(index.row())[0]
        if not status:
            return False  # a note belongs to a recorded status
        self._set(index.row(), status, str(value).strip())
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() == NOTE_COLUMN and self.value(index.row())[0]:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if 0 <= section < len(HEADERS):
            return QCoreApplication.translate("remission", HEADERS[section])
        return None


class AttendanceFilter(QSortFilterProxyModel):
    """Rows whose registration number or name contains the search text (any case)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.strip().casefold()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self._needle in (index.data(SEARCH_ROLE) or "")

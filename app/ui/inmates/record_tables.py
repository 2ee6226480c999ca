"""Editable tables for the record's repeating sections (cases, detention periods, discipline).

Cells are plain text (dates as 17-08-2025, numbers, money grouped as 800.000.000, choices from
a drop-down); `values()` parses them into dicts and reports cell problems; `mark()` paints the cells
the service rejected and puts the message in the cell's tooltip and in the line under the table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.exchange.inmates_read import CellError, parse_bool, parse_date, parse_int
from app.ui.common.choice_delegate import ChoiceDelegate
from app.ui.common.field_errors import WARNING_STYLE, ErrorLabel
from app.ui.common.messages import translate_error

ERROR_BRUSH = QBrush(QColor("#fde0e0"))


@dataclass(frozen=True)
class Cell:
    key: str
    header: str  # already translated
    kind: str = "text"  # text, date, int, money, bool
    width: int = 110
    # (stored value, translated label): the cell shows the label and offers the labels in a
    # drop-down; typed, the label or the stored value is read in any case
    choices: tuple[tuple[Any, str], ...] = ()

    def text_of(self, value: Any) -> str:
        for stored, label in self.choices:
            if type(stored) is type(value) and stored == value:
                return label
        return cell_text(self.kind, value)

    def parse(self, text: str) -> Any:
        """The value of the cell's text (ValueError with a message when it is none)."""
        folded = text.strip().casefold()
        for stored, label in self.choices:
            if folded in (label.casefold(), str(stored).casefold()):
                return stored
        return _PARSE[self.kind](text)


def fmt(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return str(value)


def cell_text(kind: str, value: Any) -> str:
    """A cell's text: money grouped as the UI's language writes it (800.000.000 / 800,000,000),
    which parse_int reads back, as it reads plain digits."""
    if kind == "money" and isinstance(value, int) and not isinstance(value, bool):
        return QLocale().toString(value)
    return fmt(value)


def problem_text(exc: ValueError) -> str:
    """A parser's message: its template, or (a CellError, which carries values) the translated
    text with the values filled in; translating that once more leaves it as it is."""
    if isinstance(exc, CellError):
        return translate_error(exc.template, exc.params)
    return str(exc)


_PARSE: dict[str, Callable[[Any], Any]] = {
    "text": lambda v: v.strip(),
    "date": parse_date,
    "int": parse_int,
    "money": parse_int,
    "bool": parse_bool,
}


class SectionTable(QWidget):
    """A QTableWidget with Add/Remove buttons and an error line."""

    def __init__(self, cells: Sequence[Cell], add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells = tuple(cells)
        self.read_only = False
        self.table = QTableWidget(0, len(self.cells))
        self.table.setHorizontalHeaderLabels([c.header for c in self.cells])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for index, cell in enumerate(self.cells):
            self.table.setColumnWidth(index, cell.width)
            if cell.choices:
                labels = [label for _, label in cell.choices]
                self.table.setItemDelegateForColumn(index, ChoiceDelegate(labels, self.table))
        self.add_button = QPushButton(add_text)
        self.remove_button = QPushButton(QCoreApplication.translate("inmates", "Hapus baris"))
        self.add_button.clicked.connect(lambda: self.add_row({}))
        self.remove_button.clicked.connect(self.remove_current)
        self.error = ErrorLabel()
        self.warning = QLabel()  # soft warnings of the record as stored (the row may be kept)
        self.warning.setObjectName("section_warning")
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setWordWrap(True)
        self.warning.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)

    def set_read_only(self, read_only: bool) -> None:
        """No key, click or programmatic edit opens a cell (the cells say so too)."""
        self.read_only = read_only
        triggers = (QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                    else QAbstractItemView.EditTrigger.AllEditTriggers)  # fmt: skip
        self.table.setEditTriggers(triggers)
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                self._set_editable(self.table.item(row, column))

    def _set_editable(self, item: QTableWidgetItem | None) -> None:
        if item is not None:
            editable = Qt.ItemFlag.ItemIsEditable
            item.setFlags(item.flags() & ~editable if self.read_only else item.flags() | editable)

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        self.table.setRowCount(0)
        for row in rows:
            self.add_row(row)

    def add_row(self, values: dict[str, Any]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, cell in enumerate(self.cells):
            item = QTableWidgetItem(cell.text_of(values.get(cell.key)))
            if cell.kind == "money":
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._set_editable(item)
            self.table.setItem(row, column, item)
        self.table.setCurrentCell(row, 0)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def texts(self) -> tuple[tuple[str, ...], ...]:
        """Every cell's text as typed, row by row (to tell whether anything was edited)."""
        return tuple(
            tuple((item.text() if (item := self.table.item(row, col)) else "")
                  for col in range(self.table.columnCount()))
            for row in range(self.table.rowCount())
        )  # fmt: skip

    def values(self) -> tuple[list[dict[str, Any]], dict[str, str]]:
        """Parsed rows, and cell problems keyed '<row>.<key>'."""
        rows: list[dict[str, Any]] = []
        problems: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            values: dict[str, Any] = {}
            for column, cell in enumerate(self.cells):
                item = self.table.item(row, column)
                text = item.text() if item else ""
                try:
                    values[cell.key] = cell.parse(text)
                except ValueError as exc:
                    problems[f"{row}.{cell.key}"] = problem_text(exc)
                    values[cell.key] = (
                        None if cell.kind == "date" else 0 if cell.kind in ("int", "money") else ""
                    )
            rows.append(values)
        return rows, problems

    def mark(self, problems: dict[str, str]) -> None:
        """Problems keyed '<row>.<key>' (or '<row>.sentence' style keys not tied to one cell)."""
        lines = []
        for row in range(self.table.rowCount()):
            for column in range(len(self.cells)):
                item = self.table.item(row, column)
                if item is not None:
                    item.setBackground(QBrush())
                    item.setToolTip("")
        keys = [c.key for c in self.cells]
        for key, template in problems.items():
            row_text, _, field = key.partition(".")
            message = translate_error(template)
            lines.append(self._line(key, template))
            columns = [keys.index(field)] if field in keys else _related(field, keys)
            for column in columns:
                item = self.table.item(int(row_text), column)
                if item is not None:
                    item.setBackground(ERROR_BRUSH)
                    item.setToolTip(message)
        self.error.set_message("\n".join(lines))
        if lines:
            self.table.clearSelection()

    def show_warnings(self, warnings: dict[str, str]) -> None:
        """Warnings keyed like `mark`'s problems, under the table; the cells stay as they are."""
        self.warning.setText("\n".join("⚠ " + self._line(k, t) for k, t in warnings.items()))
        self.warning.setVisible(bool(warnings))

    def _line(self, key: str, template: str) -> str:
        row_text, _, field = key.partition(".")
        header = next((c.header for c in self.cells if c.key == field), field)
        return QCoreApplication.translate("inmates", "Baris {row}, {field}: {message}").format(
            row=int(row_text) + 1, field=header, message=translate_error(template)
        )


def _related(field: str, keys: list[str]) -> list[int]:
    """The cells of a problem that spans several (the sentence length: years/months/days)."""
    if field == "sentence":
        return [keys.index(k) for k in ("sentence_years", "sentence_months", "sentence_days")
                if k in keys]  # fmt: skip
    return []


def text_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item

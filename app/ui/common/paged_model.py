"""A table model that reads its rows page by page from a service (filter/sort/page in SQL).

Large lists (inmates, loans, attendance, the audit log) must not load every row. The model is
given two callables and a list of columns:

    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("inmates", "No. registrasi"), lambda r: r.reg_no, sort_key="reg_no"),
        Column(QT_TRANSLATE_NOOP("inmates", "Nama"), lambda r: r.name, sort_key="name"),
    )
    model = PagedTableModel(
        COLUMNS,
        fetch=lambda offset, limit: service.list(actor, flt, order, offset, limit),
        count=lambda: service.count(actor, flt),
        context="inmates",             # the QT_TRANSLATE_NOOP context of the headers
        on_sort=self._order_by,        # optional: (sort_key, descending) -> None
    )

- `count()` is asked once per reset, for `total()` (the "N of M" label) and `canFetchMore`.
- `fetch(offset, limit)` returns the rows of one page; views call `fetchMore` as they scroll.
  A short page means the data shrank meanwhile: the model stops there instead of looping.
- New filter: `set_source(fetch, count)` (or `refresh()` when the callables read live state).
- Sorting: clicking a header whose column has a `sort_key` calls `on_sort(sort_key, descending)`;
  the owner changes the order its `fetch` uses, and the model reloads from the first page.
- `row_at(i)` / `data(..., ROW_ROLE)` give the row object (a DTO) behind a table row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_PAGE_SIZE = 100

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: a header (marked with QT_TRANSLATE_NOOP in the model's context) and how to
    show a row in it. `value` returns the display text; `tooltip` optional longer text."""

    header: str
    value: Callable[[Any], Any]
    sort_key: str | None = None
    align: Qt.AlignmentFlag | None = None
    tooltip: Callable[[Any], str] | None = None


class PagedTableModel(QAbstractTableModel):
    """Rows fetched page by page from `fetch(offset, limit)`; `count()` gives the total."""

    reloaded = Signal()  # after every reset (new source, refresh, sort): update "N of M" labels
    page_loaded = Signal()

    def __init__(
        self,
        columns: Sequence[Column],
        fetch: Callable[[int, int], list[Any]],
        count: Callable[[], int],
        context: str = "tables",
        page_size: int = DEFAULT_PAGE_SIZE,
        on_sort: Callable[[str, bool], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._fetch = fetch
        self._count = count
        self._context = context
        self._page_size = max(1, page_size)
        self._on_sort = on_sort
        self._rows: list[Any] = []
        self._total = 0
        self.refresh()

    # --- source -------------------------------------------------------------------------------
    def set_source(self, fetch: Callable[[int, int], list[Any]], count: Callable[[], int]) -> None:
        """Show another query (e.g. a new filter), starting again at its first page."""
        self._fetch = fetch
        self._count = count
        self.refresh()

    def refresh(self) -> None:
        """Drop the loaded rows, ask the total again and load the first page."""
        self.beginResetModel()
        self._rows = []
        self._total = max(0, int(self._count()))
        self.endResetModel()
        if self._total:
            self._load_page()
        self.reloaded.emit()

    def total(self) -> int:
        """How many rows the query has (from `count()` at the last reset)."""
        return self._total

    def loaded(self) -> int:
        return len(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        """The rows loaded so far (a copy)."""
        return list(self._rows)

    def fetch_all(self) -> None:
        """Load every remaining page (for tests and for exports of what is shown)."""
        while self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    # --- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return QCoreApplication.translate(self._context, self._columns[section].header)
            return None
        return str(section + 1)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._load_page()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._on_sort is None or not 0 <= column < len(self._columns):
            return
        key = self._columns[column].sort_key
        if key is None:
            return
        self._on_sort(key, order == Qt.SortOrder.DescendingOrder)
        self.refresh()

    def _load_page(self) -> None:
        offset = len(self._rows)
        limit = min(self._page_size, self._total - offset)
        page = list(self._fetch(offset, limit))[:limit]
        if len(page) < limit:  # rows vanished since count(): stop here, do not loop
            self._total = offset + len(page)
        if not page:
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()
        self.page_loaded.emit()

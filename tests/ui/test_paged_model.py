"""PagedTableModel with a plain list behind fetch/count: paging, shrinking data, sorting."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from app.text import QT_TRANSLATE_NOOP
from app.ui.common.paged_model import ROW_ROLE, Column, PagedTableModel

COLUMNS = (
    Column(
        QT_TRANSLATE_NOOP("tests", "Nomor"),
        lambda r: r,
        sort_key="n",
        align=Qt.AlignmentFlag.AlignRight,
    ),
    Column(QT_TRANSLATE_NOOP("tests", "Kuadrat"), lambda r: r * r, tooltip=lambda r: f"{r}²"),
)


class Source:
    def __init__(self, n: int) -> None:
        self.items = list(range(n))
        self.calls: list[tuple[int, int]] = []

    def fetch(self, offset: int, limit: int) -> list[int]:
        self.calls.append((offset, limit))
        return self.items[offset : offset + limit]

    def count(self) -> int:
        return len(self.items)


def test_loads_page_by_page(qtmodeltester):
    source = Source(25)
    model = PagedTableModel(COLUMNS, source.fetch, source.count, context="tests", page_size=10)
    assert (model.rowCount(), model.total()) == (10, 25)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Nomor"
    assert model.data(model.index(3, 1)) == "9"
    assert model.data(model.index(3, 1), Qt.ItemDataRole.ToolTipRole) == "3²"
    assert model.data(model.index(3, 0), ROW_ROLE) == 3
    qtmodeltester.check(model)
    model.fetch_all()
    assert model.rowCount() == 25
    assert source.calls == [(0, 10), (10, 10), (20, 5)]
    assert not model.canFetchMore(QModelIndex())


def test_rows_vanishing_between_count_and_fetch_stop_the_paging():
    source = Source(25)
    model = PagedTableModel(COLUMNS, source.fetch, source.count, page_size=10)
    del source.items[12:]
    model.fetch_all()
    assert model.rowCount() == 12
    assert model.total() == 12
    assert not model.canFetchMore(QModelIndex())


def test_new_source_and_sorting_reload_from_the_first_page():
    source = Source(30)
    orders: list[tuple[str, bool]] = []

    def on_sort(key: str, descending: bool) -> None:
        orders.append((key, descending))
        source.items.sort(reverse=descending)

    model = PagedTableModel(COLUMNS, source.fetch, source.count, page_size=10, on_sort=on_sort)
    model.fetch_all()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert orders == [("n", True)]
    assert model.rowCount() == 10
    assert model.row_at(0) == 29
    model.sort(1)  # no sort key: ignored
    assert orders == [("n", True)]

    small = Source(3)
    model.set_source(small.fetch, small.count)
    assert model.rows() == [0, 1, 2]


def test_empty_source():
    model = PagedTableModel(COLUMNS, lambda o, n: [], lambda: 0)
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())

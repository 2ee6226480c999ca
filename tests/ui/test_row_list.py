"""row_list: a table as a read-only list of rows (one row selected, no editing, Tab leaves)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.row_list import row_list


def _window(qtbot, focused: bool = False) -> tuple[QWidget, QTableWidget, QLineEdit]:
    window = QWidget()
    table = row_list(QTableWidget(3, 2))
    for row in range(3):
        for column in range(2):
            table.setItem(row, column, QTableWidgetItem(f"{row}/{column}"))
    after = QLineEdit()
    layout = QVBoxLayout(window)
    layout.addWidget(table)
    layout.addWidget(after)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    if focused:
        window.activateWindow()
        table.setFocus()
        qtbot.waitUntil(table.hasFocus, timeout=2000)
    return window, table, after


def test_tab_leaves_the_list_instead_of_walking_its_cells(qtbot):
    _kept, table, after = _window(qtbot, focused=True)
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert after.hasFocus()
    assert table.currentRow() == 0 and table.currentColumn() == 0


def test_a_click_selects_the_whole_row_and_only_one(qtbot):
    _kept, table, _ = _window(qtbot)  # the window kept alive: its widgets live as long
    viewport = table.viewport()

    def click(row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        point = table.visualRect(table.model().index(row, 1)).center()
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, modifier, point)

    click(0)
    click(2, Qt.KeyboardModifier.ControlModifier)
    click(1, Qt.KeyboardModifier.ShiftModifier)
    assert [index.row() for index in table.selectionModel().selectedRows()] == [1]
    assert len(table.selectedItems()) == 2  # both cells of the row


def test_cells_are_not_edited_in_the_list(qtbot):
    _kept, table, _ = _window(qtbot, focused=True)
    table.setCurrentCell(1, 1)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.keyClicks(table, "x")
    assert table.item(1, 1).text() == "1/1"
    assert table.state() != QAbstractItemView.State.EditingState

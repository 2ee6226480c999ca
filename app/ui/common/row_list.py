"""A table used as a read-only list of rows (the register, the audit log, a ceremony's lines):
one whole row selected at a time, no cell editing (a row is changed in its own dialog), and Tab
leaves the list instead of walking its cells (the keyboard moves through rows with the arrows)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QAbstractItemView

View = TypeVar("View", bound=QAbstractItemView)


def row_list(table: View) -> View:
    """Set `table` up as a read-only list of rows; returns it."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    return table

"""The history of the remission rule table: every change and reset, newest first, each with its
reason and the changed keys (old -> new). Read-only for everyone."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from app.services.rule_paths import split_path
from app.services.rule_tables import RuleTableRevision
from app.ui.common.timefmt import local_date_time
from app.ui.remission.rules_fields import FieldSpec, display, key_label

MAX_VALUE_TEXT = 90


def value_text(value: Any) -> str:
    """A changed value in one short line ("—" for a key or row that was not there)."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return display(FieldSpec("bool"), value)
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= MAX_VALUE_TEXT else text[: MAX_VALUE_TEXT - 1] + "…"


def path_label(path: str) -> str:
    """ "ru.rows[0].days" -> "Remisi Umum (RU) › Tabel besaran › 1 › Besaran (hari)"."""
    parts = [str(s + 1) if isinstance(s, int) else key_label(s) for s in split_path(path)]
    return " › ".join(part for part in parts if part != key_label("value"))


class RuleHistoryTree(QTreeWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Waktu / kunci"), self.tr("Oleh / perubahan"),
                              self.tr("Dasar perubahan")])  # fmt: skip
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)

    def set_history(self, entries: list[RuleTableRevision]) -> None:
        self.clear()
        for entry in entries:
            action = (self.tr("dikembalikan ke tabel bawaan") if entry.action == "reset"
                      else self.tr("diubah"))  # fmt: skip
            item = QTreeWidgetItem(self)
            item.setText(0, local_date_time(entry.at))
            item.setText(1, f"{entry.username}: {action}")
            item.setText(2, entry.note)
            item.setToolTip(2, entry.note)
            for change in entry.changes:
                child = QTreeWidgetItem(item)
                child.setText(0, path_label(change.path))
                child.setToolTip(0, change.path)
                child.setText(1, f"{value_text(change.old)} → {value_text(change.new)}")
                child.setToolTip(1, child.text(1))
        if not entries:
            empty = QTreeWidgetItem(self)
            empty.setText(0, self.tr("Belum pernah diubah: tabel bawaan Sibina berlaku."))
            empty.setFirstColumnSpanned(True)
        if self.topLevelItemCount():
            self.topLevelItem(0).setExpanded(True)
            self.setCurrentItem(self.topLevelItem(0))
        self.resizeColumnToContents(0)
        self.setColumnWidth(0, max(min(self.columnWidth(0) + 16, 460), 200))
        self.setColumnWidth(1, 260)

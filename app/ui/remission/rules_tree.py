"""The remission rule table as a tree: section / row / key, value, legal basis (dasar hukum).

The tree shows (and, for an admin, edits) a working copy of the table's JSON data. Keys:
Enter or F2 edits the value (or toggles a yes/no), Shift+F2 the legal basis, Space toggles,
Insert copies the selected RU/RK row below it, Delete removes it.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from app.domain.remission.rules import SENTENCE_TYPES
from app.services.rule_paths import get_at, join_path, set_at, split_path
from app.ui.remission.rules_fields import (
    MEMBERS_PATH,
    FieldSpec,
    RuleDelegate,
    choice_label,
    display,
    is_fixed,
    is_paired,
    key_label,
    paired_basis,
    spec_for,
    tr,
    typed,
)

KEY, VALUE, BASIS = 0, 1, 2
PATH_ROLE = Qt.ItemDataRole.UserRole
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
BASIS_ROLE = Qt.ItemDataRole.UserRole + 2
MEMBER_ROLE = Qt.ItemDataRole.UserRole + 3
ROWS = re.compile(r"^(ru|rk)\.rows(?:\[(\d+)\])?")
ERROR_BRUSH = QBrush(QColor("#fde2e4"))
# Sections in the order people look for them (the amounts first); the data keeps its own order.
DISPLAY_ORDER = ("ru", "rk", "rd", "rt", "thresholds", "eligibility", "detention_credit", "units",
                 "options", "categories", "title", "updated", "sources", "schema")  # fmt: skip


class RuleTree(QTreeWidget):
    edited = Signal()  # the working copy changed

    def __init__(self, editable: bool, parent=None) -> None:
        super().__init__(parent)
        self._editable = editable
        self._data: dict[str, Any] = {}
        self._original: dict[str, Any] = {}
        self._items: dict[str, QTreeWidgetItem] = {}
        self._errors: list[QTreeWidgetItem] = []
        self._updating = False
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Aturan"), self.tr("Nilai"), self.tr("Dasar hukum")])
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # keys: see below
        self.setExpandsOnDoubleClick(not editable)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(KEY, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Interactive)
        self.setItemDelegate(RuleDelegate(self))
        self.itemChanged.connect(self._check_toggled)
        self.itemDoubleClicked.connect(self._double_clicked)

    # The data ---------------------------------------------------------------------------------
    def set_table(self, data: Mapping[str, Any]) -> None:
        """Show `data` (a fresh start: nothing counts as changed)."""
        self._original = copy.deepcopy(dict(data))
        self._data = copy.deepcopy(dict(data))
        self.rebuild(expand_all=True)

    def table(self) -> dict[str, Any]:
        return copy.deepcopy(self._data)

    def is_modified(self) -> bool:
        return typed(self._data) != typed(self._original)

    def item_at(self, path: str) -> QTreeWidgetItem | None:
        """The item showing `path`, or the nearest item above it."""
        segments = split_path(path)
        while segments:
            found = self._items.get(join_path(segments))
            if found is not None:
                return found
            segments.pop()
        return None

    # Building ---------------------------------------------------------------------------------
    def rebuild(self, expand_all: bool = False, select: str | None = None) -> None:
        expanded = {p for p, item in self._items.items() if item.isExpanded()}
        current = self.currentItem()
        select = select or (current.data(KEY, PATH_ROLE) if current else None)
        self._updating = True
        self.clear()
        self._items = {}
        self._errors = []
        keys = [k for k in DISPLAY_ORDER if k in self._data]
        for key in keys + [k for k in self._data if k not in keys]:
            self._node(self.invisibleRootItem(), [key], self._data[key], None)
        for path, item in self._items.items():
            overview = expand_all and len(split_path(path)) <= 2  # sections, not every row
            if item.childCount() and (overview or path in expanded):
                item.setExpanded(True)
        self._updating = False
        target = self.item_at(select) if select else None
        self.setCurrentItem(target or self.topLevelItem(0))
        if expand_all:
            self.resizeColumnToContents(KEY)
            self.setColumnWidth(KEY, min(self.columnWidth(KEY) + 12, 380))
            self.resizeColumnToContents(VALUE)
            self.setColumnWidth(VALUE, max(min(self.columnWidth(VALUE) + 24, 260), 150))

    def _node(self, parent, segments: list, value: Any, basis: str | None) -> None:
        path = join_path(segments)
        key = segments[-1]
        item = QTreeWidgetItem(parent)
        item.setData(KEY, PATH_ROLE, path)
        item.setToolTip(KEY, path)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self._items[path] = item
        if isinstance(value, Mapping):
            basis = f"{path}.basis" if "basis" in value else basis
            if "value" in value:
                self._leaf(item, f"{path}.value", value["value"])
            for child in value:
                if child in ("value", "basis") or is_paired(child, value):
                    continue
                pair = paired_basis(child, value)
                pair_path = f"{path}.{pair}" if pair else None
                self._node(item, [*segments, child], value[child], pair_path)
        elif isinstance(value, list) and not is_fixed(path):
            for index, entry in enumerate(value):
                self._node(item, [*segments, index], entry, None)
            item.setText(VALUE, self.tr("%n baris", "", len(value)))
        else:
            self._leaf(item, path, value)
        if basis:
            item.setData(KEY, BASIS_ROLE, basis)
            self._items.setdefault(basis, item)
        self._refresh(item, key)

    def _leaf(self, item: QTreeWidgetItem, path: str, value: Any) -> None:
        item.setData(KEY, VALUE_ROLE, path)
        self._items.setdefault(path, item)
        spec = spec_for(path, value, self._data)
        if path == MEMBERS_PATH:
            for member in SENTENCE_TYPES:
                child = QTreeWidgetItem(item)
                child.setText(KEY, choice_label(member))
                child.setData(KEY, PATH_ROLE, f"{path}.{member}")
                child.setData(KEY, MEMBER_ROLE, member)
                self._items[f"{path}.{member}"] = child
                child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self._set_check(child, member in value)
            return
        if self._editable and spec.kind not in ("fixed", "bool"):
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        if spec.kind == "bool":
            self._set_check(item, bool(value))

    def _set_check(self, item: QTreeWidgetItem, checked: bool) -> None:
        item.setText(VALUE, display(FieldSpec("bool"), checked))
        if self._editable:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(VALUE, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _refresh(self, item: QTreeWidgetItem, key: Any = None) -> None:
        """Texts and the changed marker (bold) of one item from the working copy."""
        member = item.data(KEY, MEMBER_ROLE)
        if member:  # one sentence type of the excluded list
            self._set_check(item, member in get_at(self._data, MEMBERS_PATH))
            return
        path = item.data(KEY, PATH_ROLE)
        key = split_path(path)[-1] if key is None else key
        value = get_at(self._data, path)
        label = key_label(key)
        if isinstance(key, int) and isinstance(value, Mapping):  # an RU/RK table row
            # a shipped label in the UI's language, as the reasons show it; one typed as typed
            label = f"{key + 1}. {tr(str(value.get('label', '')))}"
            if isinstance(value.get("days"), int):
                item.setText(VALUE, self.tr("%Ln hari", "", value["days"]))
        elif isinstance(key, int):
            label = str(key + 1)
        elif path.startswith("rk.holidays.") and isinstance(value, Mapping):
            label = str(value.get("name") or key)
        item.setText(KEY, label)
        value_path = item.data(KEY, VALUE_ROLE)
        if value_path:
            leaf = get_at(self._data, value_path)
            item.setText(VALUE, display(spec_for(value_path, leaf, self._data), leaf))
            item.setToolTip(VALUE, item.text(VALUE))
        basis_path = item.data(KEY, BASIS_ROLE)
        if basis_path:
            text = get_at(self._data, basis_path)
            item.setText(BASIS, str(text))
            item.setToolTip(BASIS, str(text))
        for column, cell in ((VALUE, value_path), (BASIS, basis_path)):
            font = item.font(column)
            font.setBold(bool(cell) and self._changed(cell))
            item.setFont(column, font)
        font = QFont(item.font(KEY))
        font.setBold(self._changed(path))
        item.setFont(KEY, font)

    def _changed(self, path: str) -> bool:
        try:
            return typed(get_at(self._original, path)) != typed(get_at(self._data, path))
        except (KeyError, IndexError, TypeError):  # a row that was added or removed
            return True

    def _refresh_chain(self, item: QTreeWidgetItem | None) -> None:
        self._updating = True
        while item is not None:
            self._refresh(item)
            item = item.parent()
        self._updating = False

    # Editing ----------------------------------------------------------------------------------
    def editor_spec(self, index: QModelIndex) -> FieldSpec | None:
        item = self.itemFromIndex(index)
        if not self._editable or item is None:
            return None
        if index.column() == VALUE and item.data(KEY, VALUE_ROLE):
            path = item.data(KEY, VALUE_ROLE)
            spec = spec_for(path, get_at(self._data, path), self._data)
            return None if spec.kind in ("fixed", "bool") or path == MEMBERS_PATH else spec
        if index.column() == BASIS and item.data(KEY, BASIS_ROLE):
            return FieldSpec("text")
        return None

    def can_edit(self, item: QTreeWidgetItem) -> bool:
        """Whether `item` has a value or a legal basis this person may change."""
        if not self._editable:
            return False
        if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return True
        return any(self.editor_spec(self.indexFromItem(item, c)) for c in (VALUE, BASIS))

    def edit_value(self, index: QModelIndex) -> Any:
        item = self.itemFromIndex(index)
        role = VALUE_ROLE if index.column() == VALUE else BASIS_ROLE
        return get_at(self._data, item.data(KEY, role))

    def set_edited(self, index: QModelIndex, value: Any) -> None:
        item = self.itemFromIndex(index)
        role = VALUE_ROLE if index.column() == VALUE else BASIS_ROLE
        self._store(item, item.data(KEY, role), value)

    def _store(self, item: QTreeWidgetItem, path: str, value: Any) -> None:
        if typed(get_at(self._data, path)) == typed(value):
            return
        set_at(self._data, path, value)
        marked: QTreeWidgetItem | None = item
        while marked is not None:  # a change inside a marked row answers that row's problem
            self._unmark(marked)
            marked = marked.parent()
        self._refresh_chain(item)
        self.edited.emit()

    def start_edit(self, item: QTreeWidgetItem | None, column: int = VALUE) -> bool:
        """Open the editor of `column` (or toggle a yes/no); False when nothing is editable."""
        if item is None or not self._editable:
            return False
        if column == VALUE and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            checked = item.checkState(VALUE) == Qt.CheckState.Checked
            item.setCheckState(VALUE, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return True
        index = self.indexFromItem(item, column)
        if self.editor_spec(index) is None:
            return False
        self.setCurrentIndex(index)
        self.edit(index)
        return True

    def _check_toggled(self, item: QTreeWidgetItem, column: int) -> None:
        if self._updating or column != VALUE or not self._editable:
            return
        checked = item.checkState(VALUE) == Qt.CheckState.Checked
        member = item.data(KEY, MEMBER_ROLE)
        if member:
            current = set(get_at(self._data, MEMBERS_PATH))
            current = current | {member} if checked else current - {member}
            self._store(item, MEMBERS_PATH, [t for t in SENTENCE_TYPES if t in current])
            self._refresh_chain(item.parent())
        elif item.data(KEY, VALUE_ROLE):
            self._store(item, item.data(KEY, VALUE_ROLE), checked)

    def _double_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        if not self._editable:
            return
        if column == BASIS and self.start_edit(item, BASIS):
            return
        if not (item.flags() & Qt.ItemFlag.ItemIsUserCheckable) and not self.start_edit(item):
            item.setExpanded(not item.isExpanded())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if self.state() == QAbstractItemView.State.EditingState and enter:
            event.accept()  # the editor's own Enter, passed up: never the dialog's Save
            return
        item = self.currentItem()
        if key == Qt.Key.Key_F2 and mods & Qt.KeyboardModifier.ShiftModifier:
            self.start_edit(item, BASIS)
        elif enter or key == Qt.Key.Key_F2:
            if not self.start_edit(item) and not self.start_edit(item, BASIS) and item:
                item.setExpanded(not item.isExpanded())
        elif key == Qt.Key.Key_Space and item and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            self.start_edit(item)
        elif key == Qt.Key.Key_Insert and self._editable:
            self.add_row()
        elif key == Qt.Key.Key_Delete and self._editable:
            self.remove_row()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # RU / RK rows -----------------------------------------------------------------------------
    def row_target(self) -> tuple[str, int | None] | None:
        """("ru.rows", index or None) for the selected RU/RK table row or its "rows" item."""
        item = self.currentItem()
        match = ROWS.match(item.data(KEY, PATH_ROLE)) if item else None
        if match is None:
            return None
        return f"{match.group(1)}.rows", None if match.group(2) is None else int(match.group(2))

    def add_row(self) -> bool:
        """A copy of the selected row (or of the last one) below it, selected for editing."""
        target = self.row_target()
        if target is None:
            return False
        rows = get_at(self._data, target[0])
        index = len(rows) - 1 if target[1] is None else target[1]
        rows.insert(index + 1, copy.deepcopy(rows[index]) if rows else {})
        self._after_rows_changed(f"{target[0]}[{index + 1}]")
        return True

    def remove_row(self) -> bool:
        target = self.row_target()
        if target is None or target[1] is None:
            return False
        rows = get_at(self._data, target[0])
        del rows[target[1]]
        left = min(target[1], len(rows) - 1)
        self._after_rows_changed(f"{target[0]}[{left}]" if left >= 0 else target[0])
        return True

    def _after_rows_changed(self, select: str) -> None:
        self.rebuild(select=select)
        item = self.item_at(select)
        if item is not None:
            item.setExpanded(True)
            self.scrollToItem(item)
        self.edited.emit()

    # Errors -----------------------------------------------------------------------------------
    def mark_error(self, path: str, message: str) -> QTreeWidgetItem | None:
        """Colour the item of `path` (or the nearest above it), select it, show `message`."""
        item = self.item_at(path)
        if item is None:
            return None
        for column in (KEY, VALUE, BASIS):
            item.setBackground(column, ERROR_BRUSH)
        item.setToolTip(VALUE, message)
        self._errors.append(item)
        parent = item.parent()
        while parent is not None:
            parent.setExpanded(True)
            parent = parent.parent()
        item.setExpanded(True)
        self.setCurrentItem(item, VALUE if item.data(KEY, VALUE_ROLE) else KEY)
        self.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)
        return item

    def _unmark(self, item: QTreeWidgetItem) -> None:
        if item in self._errors:
            self._errors.remove(item)
            for column in (KEY, VALUE, BASIS):
                item.setData(column, Qt.ItemDataRole.BackgroundRole, None)
            item.setToolTip(VALUE, "")

    def clear_errors(self) -> None:
        for item in list(self._errors):
            self._unmark(item)

    def error_items(self) -> list[QTreeWidgetItem]:
        return list(self._errors)

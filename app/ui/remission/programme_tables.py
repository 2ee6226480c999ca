"""Pieces the run-sheet and attendance panels share: the panel base (ceremony, dialogs and the
PDF preview kept on `self` for tests, printing in the background), a table view that turns keys
into requests (Enter edits, Del deletes, Ctrl+Up/Down moves, letters mark), an in-memory list
model, and an editable list section (title, table, Add / Edit / Delete / Up / Down buttons).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.roles import Permission
from app.services.actor import Actor
from app.services.container import Services
from app.services.remission_dto import CeremonyDTO
from app.ui.common.documents import preview_document, save_document
from app.ui.common.messages import show_error
from app.ui.common.paged_model import Column, PagedTableModel
from app.ui.common.pdf_preview import PdfPreviewDialog
from app.ui.common.row_list import row_list
from app.ui.common.timefmt import ui_date
from app.ui.common.worker import JobHandle, run_job

CONTEXT = "remission"


class CeremonyPanel(QWidget):
    """A page about one ceremony: `set_ceremony()` loads or clears it, `changed` after a save."""

    changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.can_edit = actor.can(Permission.EDIT_REMISSION)
        self.ceremony: CeremonyDTO | None = None
        self.dialog: QDialog | None = None  # the dialog opened last (tests fill it in)
        self.preview: PdfPreviewDialog | None = None
        self.job: JobHandle | None = None

    def caption_text(self) -> str:
        """Title, day and venue of the ceremony (the day only when the title lacks it)."""
        c = self.ceremony
        if c is None:
            return ""
        day = ui_date(c.date)
        parts = [c.title, "" if day in c.title else day, c.venue]
        return " — ".join(p for p in parts if p)

    def file_stem(self, prefix: str) -> str:
        """ "susunan-acara-2025-08-17-RU" (RK adds the religion)."""
        c = self.ceremony
        assert c is not None
        return "-".join(p for p in (prefix, c.date.isoformat(), c.kind, c.religion) if p)

    def print_pdf(self, make: Callable[[], bytes], name: str, title: str) -> None:
        """Make the PDF in the background, write it under dokumen/remisi and preview it."""
        self.job = run_job(self, title, lambda _progress: make(),
                           on_success=lambda pdf: self._show_pdf(pdf, name, title),
                           on_error=lambda exc: show_error(self, exc))  # fmt: skip

    def _show_pdf(self, pdf: bytes, name: str, title: str) -> None:
        path = save_document(self.services.paths, "remisi", name, pdf)
        self.preview = preview_document(self, self.services.paths, path, title)

    def open_dialog(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog


class KeyTableView(QTableView):
    """Enter -> edit_requested, Del -> delete_requested, Ctrl+Up/Down -> move_requested(-1/+1),
    a key of `letter_keys` (no modifier) -> key_action(name). Other keys behave as usual."""

    edit_requested = Signal()
    delete_requested = Signal()
    move_requested = Signal(int)
    key_action = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.letter_keys: dict[int, str] = {}
        row_list(self)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setHighlightSections(False)
        self.doubleClicked.connect(lambda _index: self.edit_requested.emit())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = mods & Qt.KeyboardModifier.ControlModifier
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not ctrl:
            self.edit_requested.emit()
        elif key == Qt.Key.Key_Delete:
            self.delete_requested.emit()
        elif ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif key in self.letter_keys and not (mods & ~Qt.KeyboardModifier.KeypadModifier):
            self.key_action.emit(self.letter_keys[key])
        else:
            super().keyPressEvent(event)

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() and self.selectionModel().hasSelection() else -1

    def select_row(self, row: int) -> None:
        """Select just `row` and make it current (whatever keys are held)."""
        model, flag = self.model(), QItemSelectionModel.SelectionFlag
        if model is not None and 0 <= row < model.rowCount():
            index = model.index(row, 0)
            self.selectionModel().setCurrentIndex(index, flag.ClearAndSelect | flag.Rows)
            self.scrollTo(index)


class ListModel(PagedTableModel):
    """A small list held in memory (a run sheet, the guests) shown through PagedTableModel."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        self._items: list[Any] = []
        super().__init__(columns, self._page, lambda: len(self._items), context=CONTEXT,
                         page_size=10_000, parent=parent)  # fmt: skip

    def _page(self, offset: int, limit: int) -> list[Any]:
        return self._items[offset : offset + limit]

    def set_items(self, items: Sequence[Any]) -> None:
        self._items = list(items)
        self.refresh()


class ListSection(QWidget):
    """Title, table and the edit buttons of one ordered list. The owner connects the
    `requested` signals of the table and the buttons to its actions."""

    add_requested = Signal()

    def __init__(self, title: str, columns: Sequence[Column], add_text: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.model = ListModel(columns, self)
        self.table = KeyTableView()
        self.table.setModel(self.model)
        self.title = QLabel(title)
        self.title.setBuddy(self.table)
        self.add_button = QPushButton(add_text)
        self.edit_button = QPushButton(self.tr("Ubah…"))
        self.delete_button = QPushButton(self.tr("Hapus"))
        self.up_button = QPushButton(self.tr("Naik"))
        self.down_button = QPushButton(self.tr("Turun"))
        self.edit_button.setToolTip(self.tr("Enter"))
        self.delete_button.setToolTip(self.tr("Del"))
        self.up_button.setToolTip(self.tr("Ctrl+Atas"))
        self.down_button.setToolTip(self.tr("Ctrl+Bawah"))
        self.buttons = QHBoxLayout()
        for button in self.edit_buttons():
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self.table.edit_requested)
        self.delete_button.clicked.connect(self.table.delete_requested)
        self.up_button.clicked.connect(lambda: self.table.move_requested.emit(-1))
        self.down_button.clicked.connect(lambda: self.table.move_requested.emit(1))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.update_buttons())
        self.model.reloaded.connect(self.update_buttons)
        self.update_buttons()

    def edit_buttons(self) -> list[QPushButton]:
        return [self.add_button, self.edit_button, self.delete_button, self.up_button,
                self.down_button]  # fmt: skip

    def set_items(self, items: Sequence[Any], select_id: int | None = None) -> None:
        """Show `items`; select the one with `select_id` (or keep the row selected before)."""
        row = self.table.current_row()
        self.model.set_items(items)
        ids = [item.id for item in items]
        if select_id in ids:
            row = ids.index(select_id)
        self.table.select_row(min(max(row, 0), len(items) - 1))
        self.update_buttons()

    def current(self) -> Any:
        row = self.table.current_row()
        return self.model.row_at(row) if 0 <= row < self.model.rowCount(QModelIndex()) else None

    def update_buttons(self) -> None:
        row, count = self.table.current_row(), self.model.rowCount(QModelIndex())
        self.edit_button.setEnabled(row >= 0)
        self.delete_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

"""The audit log screen: filter events, page through them in SQL, see before/after, check the chain.

Events come newest first from AuditService.list_events(offset, limit) through PagedTableModel;
the count label uses count_events. "Periksa rantai" runs AuditService.verify().
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.domain.roles import Permission
from app.services.actor import Actor, require
from app.services.audit import AuditEventDTO, AuditFilter, VerifyResult
from app.text import QT_TRANSLATE_NOOP
from app.ui.admin.audit_filters import AuditFilterBar
from app.ui.admin.audit_labels import action_label, entity_label, verify_reason
from app.ui.common.messages import show_error
from app.ui.common.paged_model import Column, PagedTableModel
from app.ui.common.row_list import row_list
from app.ui.common.timefmt import local_date_time
from app.ui.common.worker import JobHandle, run_job

PAGE_SIZE = 100

AUDIT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("audit", "Waktu"), lambda e: local_date_time(e.at)),
    Column(QT_TRANSLATE_NOOP("audit", "Pengguna"), lambda e: e.username),
    Column(
        QT_TRANSLATE_NOOP("audit", "Tindakan"),
        lambda e: action_label(e.action),
        tooltip=lambda e: e.action,
    ),
    Column(QT_TRANSLATE_NOOP("audit", "Entitas"), lambda e: entity_label(e.entity)),
    Column(QT_TRANSLATE_NOOP("audit", "ID"), lambda e: e.entity_id),
)


def pretty_json(value: Any) -> str:
    if value is None:
        return "—"
    return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True)


class AuditLogDialog(QDialog):
    def __init__(self, services, actor: Actor, parent: QWidget | None = None) -> None:
        require(actor, Permission.VIEW_AUDIT)  # before any widget exists
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._filter = AuditFilter()
        self.verify_job: JobHandle | None = None
        self.setWindowTitle(self.tr("Log audit"))

        self.filters = AuditFilterBar()
        self.filters.applied.connect(self.apply_filter)

        self.model = PagedTableModel(
            AUDIT_COLUMNS,
            self._fetch,
            self._count,
            context="audit",
            page_size=PAGE_SIZE,
            parent=self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        row_list(self.table)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((170, 110, 190, 100)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.count_label = QLabel()
        self.model.reloaded.connect(self._update_count)
        self.model.page_loaded.connect(self._update_count)

        self.before_view = QPlainTextEdit(readOnly=True)
        self.after_view = QPlainTextEdit(readOnly=True)
        self.detail_title = QLabel(self.tr("Pilih satu peristiwa untuk melihat rinciannya."))
        self.detail_title.setWordWrap(True)
        detail = QWidget()
        detail_layout = QGridLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title, 0, 0, 1, 2)
        detail_layout.addWidget(QLabel(self.tr("Sebelum:")), 1, 0)
        detail_layout.addWidget(QLabel(self.tr("Sesudah:")), 1, 1)
        detail_layout.addWidget(self.before_view, 2, 0)
        detail_layout.addWidget(self.after_view, 2, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table)
        table_layout.addWidget(self.count_label)
        splitter.addWidget(table_box)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.verify_button = QPushButton(self.tr("Periksa &rantai"))
        self.verify_button.setToolTip(
            self.tr("Memeriksa bahwa tidak ada peristiwa yang diubah atau dihapus.")
        )
        self.verify_button.clicked.connect(self.verify_chain)
        self.verify_label = QLabel()
        self.verify_label.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        close = self.buttons.addButton(self.tr("T&utup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.verify_label, 1)
        bottom.addWidget(self.buttons)
        self.verify_button.setAutoDefault(False)
        self.filters.apply_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(980, 660)
        self._update_count()

    # --- data ---------------------------------------------------------------------------------
    def _fetch(self, offset: int, limit: int) -> list[AuditEventDTO]:
        return self._services.audit.list_events(self._actor, self._filter, offset, limit)

    def _count(self) -> int:
        return self._services.audit.count_events(self._actor, self._filter)

    def apply_filter(self) -> None:
        self._filter = self.filters.current_filter()
        self.model.refresh()
        self._show_event(None)

    def _update_count(self) -> None:
        total, shown = self.model.total(), self.model.loaded()
        if total == shown:
            text = self.tr("%n peristiwa", "", total)
        else:
            text = self.tr("Menampilkan {shown} dari {total} peristiwa (gulir untuk memuat lagi)")
            text = text.format(shown=shown, total=total)
        self.count_label.setText(text)

    # --- detail -------------------------------------------------------------------------------
    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._show_event(self.model.row_at(rows[0].row()) if rows else None)

    def _show_event(self, event: AuditEventDTO | None) -> None:
        if event is None:
            self.detail_title.setText(self.tr("Pilih satu peristiwa untuk melihat rinciannya."))
            self.before_view.clear()
            self.after_view.clear()
            return
        self.detail_title.setText(
            self.tr("Peristiwa #{id}: {action} oleh {user}, {at}").format(
                id=event.id,
                action=action_label(event.action),
                user=event.username,
                at=local_date_time(event.at),
            )
        )
        self.before_view.setPlainText(pretty_json(event.before))
        self.after_view.setPlainText(pretty_json(event.after))

    # --- chain --------------------------------------------------------------------------------
    def verify_chain(self) -> None:
        """Walk the chain in the background (it reads every event); the label shows the result."""
        if self.verify_job is not None and not self.verify_job.is_finished:
            return
        self.verify_button.setEnabled(False)
        self.verify_label.setStyleSheet("")
        self.verify_label.setText(self.tr("Memeriksa rantai…"))
        self.verify_job = run_job(
            self,
            self.tr("Memeriksa rantai audit"),
            lambda _progress: self._services.audit.verify(),
            on_success=self._show_verify,
            on_error=self._verify_failed,
            show_dialog=False,
        )

    def _show_verify(self, result: VerifyResult) -> None:
        if not isValid(self):  # the dialog was closed while the check ran
            return
        self.verify_button.setEnabled(True)
        if result.ok:
            self.verify_label.setStyleSheet("color: #1b5e20;")
            self.verify_label.setText(
                self.tr("Rantai utuh: {count} peristiwa diperiksa.").format(count=result.count)
            )
        else:
            self.verify_label.setStyleSheet("color: #b00020; font-weight: bold;")
            self.verify_label.setText(
                self.tr("Rantai RUSAK pada peristiwa #{id}: {reason}.").format(
                    id=result.broken_id, reason=verify_reason(result.reason)
                )
            )

    def _verify_failed(self, exc: Exception) -> None:
        if not isValid(self):
            return
        self.verify_button.setEnabled(True)
        self.verify_label.setText("")
        show_error(self, exc)

"""The audit log's filter bar: free text, action, entity, user and a date range -> AuditFilter.

Actions and entities are picked by their Indonesian names (people do not know the stored codes);
`applied` fires when the filter should be re-run (Enter, Terapkan, a new combo choice).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.services.audit import AuditFilter
from app.ui.admin.audit_labels import ACTION_LABELS, ENTITY_LABELS, action_label, entity_label
from app.ui.common.i18n import LOCALES, ui_language


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setLocale(LOCALES.get(ui_language(), QLocale()))
    edit.setDisplayFormat("dd-MM-yyyy")  # as every other date field
    edit.setDate(QDate.currentDate())
    edit.setEnabled(False)
    return edit


def _code_combo(all_text: str, codes, label) -> QComboBox:
    combo = QComboBox()
    combo.addItem(all_text, "")
    for code in sorted(codes, key=label):
        combo.addItem(label(code), code)
    return combo


def _qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class AuditFilterBar(QWidget):
    applied = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("isi data, mis. nama orang atau kota"))
        self.text_edit.setClearButtonEnabled(True)
        self.user_edit = QLineEdit()
        self.user_edit.setPlaceholderText(self.tr("nama pengguna"))
        self.action_combo = _code_combo(self.tr("Semua"), ACTION_LABELS, action_label)
        self.entity_combo = _code_combo(self.tr("Semua"), ENTITY_LABELS, entity_label)
        self.from_check = QCheckBox(self.tr("&Dari:"))
        self.from_edit = _date_edit()
        self.to_check = QCheckBox(self.tr("Sam&pai:"))
        self.to_edit = _date_edit()
        self.from_check.toggled.connect(self.from_edit.setEnabled)
        self.to_check.toggled.connect(self.to_edit.setEnabled)
        self.apply_button = QPushButton(self.tr("&Terapkan"))
        self.clear_button = QPushButton(self.tr("&Bersihkan"))
        self.clear_button.setAutoDefault(False)
        self.apply_button.clicked.connect(self.applied)
        self.clear_button.clicked.connect(self.clear)
        for combo in (self.action_combo, self.entity_combo):
            combo.currentIndexChanged.connect(self.applied)
        for edit in (self.text_edit, self.user_edit):
            edit.returnPressed.connect(self.applied)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)

        def labelled(text: str, widget: QWidget, row: int, column: int) -> None:
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, row, column)
            grid.addWidget(widget, row, column + 1)

        labelled(self.tr("&Cari:"), self.text_edit, 0, 0)
        labelled(self.tr("T&indakan:"), self.action_combo, 0, 2)
        labelled(self.tr("&Entitas:"), self.entity_combo, 0, 4)
        labelled(self.tr("Pen&gguna:"), self.user_edit, 1, 0)
        grid.addWidget(self.from_check, 1, 2)
        grid.addWidget(self.from_edit, 1, 3)
        grid.addWidget(self.to_check, 1, 4)
        grid.addWidget(self.to_edit, 1, 5)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.clear_button)
        grid.addLayout(buttons, 1, 6)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            text=self.text_edit.text().strip(),
            username=self.user_edit.text().strip().lower(),
            action=self.action_combo.currentData() or "",
            entity=self.entity_combo.currentData() or "",
            date_from=_qdate(self.from_edit.date()) if self.from_check.isChecked() else None,
            date_to=_qdate(self.to_edit.date()) if self.to_check.isChecked() else None,
        )

    def clear(self) -> None:
        """Back to "everything", then apply once."""
        for widget in (self.text_edit, self.user_edit):
            widget.clear()
        self.from_check.setChecked(False)
        self.to_check.setChecked(False)
        for combo in (self.action_combo, self.entity_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.applied.emit()

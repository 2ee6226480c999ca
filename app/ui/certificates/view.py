"""The Certificates tab's layout: filters, actions, the register table, the detail line."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.row_list import row_list


class CertificatesView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Nomor, nama atau kode verifikasi"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.year = QComboBox()
        self.status = QComboBox()
        self.issue_button = QPushButton(self.tr("&Terbitkan…"))
        self.reprint_button = QPushButton(self.tr("Cetak &ulang…"))
        self.revoke_button = QPushButton(self.tr("&Cabut…"))
        self.verify_button = QPushButton(self.tr("&Verifikasi…"))
        self.count_label = QLabel()
        self.table = QTableView()
        row_list(self.table)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.detail = QLabel()
        self.detail.setWordWrap(True)

        filters = QHBoxLayout()
        for text, widget in (
            (self.tr("Ca&ri:"), self.search),
            (self.tr("&Jenis:"), self.kind),
            (self.tr("Ta&hun:"), self.year),
            (self.tr("&Status:"), self.status),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 2 if widget is self.search else 0)
        actions = QHBoxLayout()
        for button in (self.issue_button, self.reprint_button, self.revoke_button,
                       self.verify_button):  # fmt: skip
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)

    def fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((220, 200, 140, 230, 140, 75, 130, 90)):
            self.table.setColumnWidth(column, width)

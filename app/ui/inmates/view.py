"""The WBP tab's layout: search, filters, actions, warning banner, the list and its count."""

from __future__ import annotations

from PySide6.QtCore import Qt
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

BANNER_STYLE = (
    "QLabel { background: #fff4e5; color: #7a4100; border: 1px solid #f0b46a;"
    " border-radius: 4px; padding: 6px; }"
)

NOTICE_STYLE = "color: #1b5e20;"  # a note that something was done


class InmatesView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("inmate_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Cari nama, alias, nomor registrasi atau NIK… (Ctrl+F)")
        )
        self.status = QComboBox()
        self.code = QComboBox()
        self.block = QComboBox()
        self.religion = QComboBox()
        self.sex = QComboBox()
        for combo, name in ((self.status, "status"), (self.code, "code"), (self.block, "block"),
                            (self.religion, "religion"), (self.sex, "sex")):  # fmt: skip
            combo.setObjectName(f"filter_{name}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.new_button = QPushButton(self.tr("Bar&u…"))
        self.new_button.setToolTip(self.tr("Catat WBP baru (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("Bu&ka"))
        self.open_button.setToolTip(self.tr("Buka data WBP terpilih (Enter)"))
        self.import_button = QPushButton(self.tr("&Impor…"))
        self.export_button = QPushButton(self.tr("&Ekspor…"))
        self.print_button = QPushButton(self.tr("&Cetak…"))
        self.template_button = QPushButton(self.tr("&Templat…"))
        self.template_button.setToolTip(self.tr("Simpan templat lembar kerja untuk impor"))
        self.pattern_button = QPushButton(self.tr("Po&la nomor…"))
        self.pattern_button.setToolTip(self.tr("Pola nomor registrasi fasilitas (admin)"))

        self.banner = QLabel()
        self.banner.setObjectName("expiry_banner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setVisible(False)

        self.table = QTableView()
        self.table.setObjectName("inmate_table")
        row_list(self.table)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setWordWrap(False)

        self.count_label = QLabel()
        self.count_label.setObjectName("inmate_count")
        self.notice = QLabel()
        self.notice.setObjectName("inmate_notice")
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setWordWrap(True)

        search_row = QHBoxLayout()
        find = QLabel(self.tr("Ca&ri:"))
        find.setBuddy(self.search)
        search_row.addWidget(find)
        search_row.addWidget(self.search, 1)
        for label, combo in ((self.tr("Status"), self.status), (self.tr("Kode"), self.code),
                             (self.tr("Blok"), self.block), (self.tr("Agama"), self.religion),
                             (self.tr("L/P"), self.sex)):  # fmt: skip
            search_row.addWidget(QLabel(label))
            search_row.addWidget(combo)

        actions = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.pattern_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.import_button, self.template_button, self.export_button,
                       self.print_button):  # fmt: skip
            actions.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(search_row)
        layout.addLayout(actions)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.notice, 3)
        layout.addLayout(bottom)

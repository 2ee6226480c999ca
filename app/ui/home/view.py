"""Layout of the home tab: widgets only, filled in by app.ui.home.tab.HomeTab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

LOGO_PX = 96
DEMO_STYLE = (
    "QFrame#demo_notice { background: #fff4ce; border: 1px solid #c9a000; border-radius: 4px; }"
)


def _value_label() -> QLabel:
    label = QLabel()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class HomeView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.logo = QLabel()
        self.logo.setFixedSize(LOGO_PX, LOGO_PX)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.facility_name = QLabel()
        self.facility_name.setObjectName("facility_name")
        font = self.facility_name.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.facility_name.setFont(font)
        self.facility_name.setWordWrap(True)
        self.facility_address = _value_label()
        self.facility_head = _value_label()
        self.facility_code = _value_label()
        header_text = QVBoxLayout()
        header_text.setSpacing(2)
        header_text.addWidget(self.facility_name)
        header_text.addWidget(self.facility_address)
        header_text.addWidget(self.facility_head)
        header_text.addWidget(self.facility_code)
        header_text.addStretch(1)
        header = QHBoxLayout()
        header.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignTop)
        header.addSpacing(12)
        header.addLayout(header_text, 1)

        self.demo_notice = QFrame()
        self.demo_notice.setObjectName("demo_notice")
        self.demo_notice.setStyleSheet(DEMO_STYLE)
        self.demo_label = QLabel(
            self.tr(
                "<b>DEMO</b> — basis data ini berisi data contoh fiktif untuk latihan. "
                "Jangan memasukkan data warga binaan yang sebenarnya."
            )
        )
        self.demo_label.setWordWrap(True)
        demo_layout = QHBoxLayout(self.demo_notice)
        demo_layout.addWidget(self.demo_label)
        self.demo_notice.setVisible(False)

        self.user_name = _value_label()
        self.user_role = _value_label()
        self.today = _value_label()
        session_box = QGroupBox(self.tr("Sesi"))
        session_form = QFormLayout(session_box)
        session_form.addRow(self.tr("Pengguna:"), self.user_name)
        session_form.addRow(self.tr("Peran:"), self.user_role)
        session_form.addRow(self.tr("Hari ini:"), self.today)

        self.audit_status = _value_label()
        self.audit_status.setObjectName("audit_status")
        self.audit_check = QPushButton(self.tr("Periksa &ulang"))
        audit_box = QGroupBox(self.tr("Log audit"))
        audit_layout = QHBoxLayout(audit_box)
        audit_layout.addWidget(self.audit_status, 1)
        audit_layout.addWidget(self.audit_check, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 18)
        layout.setSpacing(14)
        layout.addLayout(header)
        layout.addWidget(self.demo_notice)
        layout.addWidget(session_box)
        layout.addWidget(audit_box)
        layout.addStretch(1)

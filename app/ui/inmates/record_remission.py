"""The record dialog's read-only "Remisi & tanggal" section: the key dates of the sentence
(expiry, release, 1/3, 1/2, 2/3, parole) counting every remission received, and the ledger.

Shown only to roles with VIEW_REMISSION; loaded from services.remission.key_dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFormLayout, QLabel, QTableWidget, QVBoxLayout, QWidget

from app.services.actor import Actor
from app.services.container import Services
from app.services.remission_dto import InmateKeyDates
from app.ui.common.timefmt import ui_date
from app.ui.inmates.record_tables import text_item

DATE_FIELDS = ("expiry_date", "release_date", "one_third", "half", "two_thirds", "parole_date")
VOID_BRUSH = QBrush(QColor("#888888"))


class RemissionSection(QWidget):
    """Key dates as labels, the remission ledger as a table; nothing here is editable."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.dates: dict[str, QLabel] = {}
        titles = (self.tr("Ekspirasi awal:"), self.tr("Tanggal bebas:"), self.tr("1/3 masa pidana:"),
                  self.tr("1/2 masa pidana:"), self.tr("2/3 masa pidana:"),
                  self.tr("Pembebasan bersyarat:"))  # fmt: skip
        form = QFormLayout()
        for name, title in zip(DATE_FIELDS, titles, strict=True):
            label = QLabel("—")
            label.setObjectName(f"date_{name}")
            self.dates[name] = label
            form.addRow(title, label)
        self.received = QLabel()
        form.addRow(self.tr("Remisi diterima:"), self.received)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.ledger = QTableWidget(0, 6)
        self.ledger.setObjectName("ledger_table")
        self.ledger.setHorizontalHeaderLabels([self.tr("Jenis"), self.tr("Tanggal"), self.tr("Hari"), self.tr("Nomor SK"), self.tr("Tanggal SK"), self.tr("Kategori")])  # fmt: skip
        self.ledger.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((110, 140, 60, 220, 140)):
            self.ledger.setColumnWidth(col, width)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(QLabel(self.tr("Riwayat remisi:")))
        layout.addWidget(self.ledger, 1)

    def load(self, inmate_id: str) -> None:
        self.show_dates(self.services.remission.key_dates(self.actor, inmate_id))

    def show_dates(self, info: InmateKeyDates) -> None:
        for name, label in self.dates.items():
            value: date | None = getattr(info, name)
            label.setText(ui_date(value) if value else "—")
        self.received.setText(self.tr("{days} hari").format(days=info.received_days))
        self.problem.setText(
            self.tr("Tanggal mulai penahanan belum tercatat di register.")
            if info.problem == "no_detention_start"
            else ""
        )
        self.problem.setVisible(bool(info.problem == "no_detention_start"))
        self.ledger.setRowCount(0)
        for entry in info.ledger:
            row = self.ledger.rowCount()
            self.ledger.insertRow(row)
            kind = f"{entry.kind} ({entry.basis_kind})" if entry.basis_kind else entry.kind
            if entry.voided:
                kind = self.tr("{kind} — dibatalkan").format(kind=kind)
            cells = (kind, ui_date(entry.date), str(entry.days), entry.sk_number or "—",
                     ui_date(entry.sk_date) or "—", entry.category or "—")  # fmt: skip
            for col, text in enumerate(cells):
                item = text_item(text)
                if entry.voided:
                    item.setForeground(VOID_BRUSH)
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                    item.setToolTip(entry.void_reason)
                self.ledger.setItem(row, col, item)

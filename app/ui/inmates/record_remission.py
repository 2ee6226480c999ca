"""The record dialog's "Remisi & tanggal" section: the key dates of the sentence (expiry, release,
1/3, 1/2, 2/3, parole) counting every remission received, and the ledger.

Shown only to roles with VIEW_REMISSION; loaded from services.remission.key_dates. Roles with
EDIT_REMISSION add history from before Sibina and void a wrong entry (with a reason); the dates
are recomputed at once."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.roles import Permission
from app.services.actor import Actor
from app.services.container import Services
from app.services.remission_dto import InmateKeyDates, LedgerEntry, NewLedgerEntry
from app.ui.common.row_list import row_list
from app.ui.common.timefmt import ui_date
from app.ui.inmates.ledger_dialogs import LedgerEntryDialog, VoidEntryDialog
from app.ui.inmates.record_tables import text_item

DATE_FIELDS = ("expiry_date", "release_date", "one_third", "half", "two_thirds", "parole_date")
VOID_BRUSH = QBrush(QColor("#888888"))


class RemissionSection(QWidget):
    """Key dates as labels, the remission ledger as a table; nothing here is editable."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.inmate_id: str | None = None
        self.entries: tuple[LedgerEntry, ...] = ()
        self.dialog: QDialog | None = None
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
        row_list(self.ledger)
        self.add_button = QPushButton(self.tr("Tambah &riwayat remisi…"))
        self.void_button = QPushButton(self.tr("Batalkan &entri…"))
        for button in (self.add_button, self.void_button):
            button.setVisible(actor.can(Permission.EDIT_REMISSION))
        self.add_button.clicked.connect(self.open_add_dialog)
        self.void_button.clicked.connect(self.open_void_dialog)
        self.ledger.currentCellChanged.connect(lambda *_: self._update_buttons())
        for col, width in enumerate((110, 140, 60, 220, 140)):
            self.ledger.setColumnWidth(col, width)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(QLabel(self.tr("Riwayat remisi:")))
        layout.addWidget(self.ledger, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.void_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def load(self, inmate_id: str) -> None:
        self.inmate_id = inmate_id
        self.show_dates(self.services.remission.key_dates(self.actor, inmate_id))

    def show_dates(self, info: InmateKeyDates) -> None:
        for name, label in self.dates.items():
            value: date | None = getattr(info, name)
            label.setText(ui_date(value) if value else "—")
        self.received.setText(self.tr("%Ln hari", "", info.received_days))
        problems = {
            "no_detention_start": self.tr("Tanggal mulai penahanan belum tercatat di register."),
            "sentence_too_long": self.tr(
                "Lama pidana perkara ini lebih dari 100 tahun: tanggal tidak dapat dihitung. "
                "Perbaiki lama pidananya di bagian Perkara."
            ),
        }
        self.problem.setText(problems.get(info.problem, ""))
        self.problem.setVisible(info.problem in problems)
        self.ledger.setRowCount(0)
        self.entries = info.ledger
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
        self._update_buttons()

    # --- editing the ledger -------------------------------------------------------------------
    def selected_entry(self) -> LedgerEntry | None:
        row = self.ledger.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        self.void_button.setEnabled(entry is not None and not entry.voided)

    def open_add_dialog(self) -> LedgerEntryDialog | None:
        inmate_id = self.inmate_id
        if inmate_id is None:
            return None
        service, actor = self.services.remission, self.actor

        def add(entry: NewLedgerEntry) -> None:
            service.add_ledger_entry(actor, inmate_id, entry)

        dialog = LedgerEntryDialog(self.services.clock().date(), add, self)
        return self._open(dialog)

    def open_void_dialog(self) -> VoidEntryDialog | None:
        entry = self.selected_entry()
        if entry is None or entry.voided:
            return None
        service, actor = self.services.remission, self.actor
        dialog = VoidEntryDialog(entry, lambda why: service.void_ledger_entry(actor, entry.id, why),
                                 self)  # fmt: skip
        return self._open(dialog)

    def _open(self, dialog):
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.load(self.inmate_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

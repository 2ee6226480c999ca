"""Editing the remission ledger from the inmate record (roles with EDIT_REMISSION): a remission
received before Sibina (from the paper archive), and voiding a wrong entry with its reason (the
entry stays in the ledger, struck through). Both are audited by the service."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.services.remission_dto import LEDGER_KINDS, LedgerEntry, NewLedgerEntry
from app.ui.common.service_dialog import ServiceDialog
from app.ui.common.timefmt import ui_date


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    return edit


class LedgerEntryDialog(ServiceDialog):
    """A remission received outside a Sibina ceremony: kind, date, days, SK, category, note."""

    def __init__(self, today: date, apply: Callable[[NewLedgerEntry], None],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.add = apply
        self.setWindowTitle(self.tr("Tambah riwayat remisi"))
        self.kind = QComboBox()
        self.kind.setObjectName("ledger_kind")
        for kind in LEDGER_KINDS:
            self.kind.addItem(kind, kind)
        self.basis = QComboBox()
        self.basis.setObjectName("ledger_basis")
        self.basis.addItems(["RU", "RK"])
        self.when = _date_edit(today)
        self.days = QSpinBox()
        self.days.setObjectName("ledger_days")
        self.days.setRange(0, 3650)
        self.sk_number = QLineEdit()
        self.sk_number.setObjectName("ledger_sk_number")
        self.has_sk_date = QCheckBox(self.tr("Tanggal SK dik&etahui:"))
        self.sk_date = _date_edit(today)
        self.sk_date.setEnabled(False)
        self.category = QComboBox()
        self.category.addItem("—", "")
        self.category.addItem("I", "I")
        self.category.addItem("II", "II")
        self.note = QLineEdit()
        self.note.setObjectName("ledger_note")
        self.note.setPlaceholderText(self.tr("mis. arsip SK tahun 2023 (wajib)"))
        form = QFormLayout()
        self.errors.row(form, self.tr("&Jenis:"), "kind", self.kind)
        self.errors.row(form, self.tr("PMP seba&gai:"), "basis_kind", self.basis)
        self.errors.row(form, self.tr("Tangga&l remisi:"), "date", self.when)
        self.errors.row(form, self.tr("&Hari:"), "days", self.days)
        form.addRow(self.tr("&Nomor SK:"), self.sk_number)
        form.addRow(self.has_sk_date, self.sk_date)
        self.errors.row(form, self.tr("&Kategori:"), "category", self.category)
        self.errors.row(form, self.tr("&Catatan:"), "note", self.note)
        self.finish_layout(form, self.tr("Remisi yang diterima sebelum memakai Sibina, dari arsip SK. "
                                  "Tanggal bebas dihitung ulang dengan entri ini."))  # fmt: skip
        self.has_sk_date.toggled.connect(self.sk_date.setEnabled)
        self.kind.currentIndexChanged.connect(
            lambda _i: self.basis.setEnabled(self.kind.currentData() == "PMP")
        )
        self.basis.setEnabled(False)

    def entry(self) -> NewLedgerEntry:
        kind = self.kind.currentData()
        return NewLedgerEntry(
            kind=kind,
            date=self.when.date().toPython(),
            days=self.days.value(),
            sk_number=self.sk_number.text(),
            sk_date=self.sk_date.date().toPython() if self.has_sk_date.isChecked() else None,
            category=self.category.currentData(),
            basis_kind=self.basis.currentText() if kind == "PMP" else "",
            note=self.note.text(),
        )

    def save(self) -> None:
        self.add(self.entry())


class VoidEntryDialog(ServiceDialog):
    """Void one ledger entry with a reason (at least 10 characters, checked by the service)."""

    def __init__(self, entry: LedgerEntry, apply: Callable[[str], None],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.void = apply
        self.setWindowTitle(self.tr("Batalkan entri remisi"))
        self.reason = QLineEdit()
        self.reason.setObjectName("void_reason")
        form = QFormLayout()
        self.errors.row(form, self.tr("&Alasan:"), "reason", self.reason)
        what = f"{entry.kind} {ui_date(entry.date)}, {entry.days}"
        self.finish_layout(form, self.tr("Entri %1 hari dibatalkan; entri tetap tercatat (dicoret) dan "
                                  "tanggal bebas dihitung ulang.").replace("%1", what))  # fmt: skip

    def save(self) -> None:
        self.void(self.reason.text())

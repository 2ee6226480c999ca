"""Ubah upacara: a ceremony's title and venue (draft or approved), and the date of a Remisi
Khusus while it is a draft (the government may move a holiday; the list is then computed again
for the new date)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from app.services.remission_dto import CeremonyChange, CeremonyDTO, CeremonyStatus
from app.services.remission_occasions import TEXT_MAX
from app.ui.common.service_dialog import ServiceDialog
from app.ui.remission.ceremony_dialogs import date_edit


class CeremonyDetailsDialog(ServiceDialog):
    def __init__(self, ceremony: CeremonyDTO, apply: Callable[[CeremonyChange], None],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.apply = apply
        self.ceremony = ceremony
        self.setWindowTitle(self.tr("Ubah upacara"))
        self.title = QLineEdit(ceremony.title)
        self.title.setObjectName("details_title")
        self.title.setMaxLength(TEXT_MAX)
        self.title.setPlaceholderText(self.tr("kosong: judul dibuat dari jenis dan tanggal"))
        self.venue = QLineEdit(ceremony.venue)
        self.venue.setObjectName("details_venue")
        self.venue.setMaxLength(TEXT_MAX)
        self.when = date_edit(ceremony.date)
        self.when.setObjectName("details_date")
        movable = ceremony.kind == "RK" and ceremony.status == CeremonyStatus.DRAFT
        self.when.setEnabled(movable)
        form = QFormLayout()
        self.errors.row(form, self.tr("J&udul:"), "title", self.title)
        self.errors.row(form, self.tr("Tem&pat:"), "venue", self.venue)
        self.errors.row(form, self.tr("Tangga&l:"), "date", self.when)
        if movable:
            intro = self.tr("Bila pemerintah memindahkan hari besar, ubah tanggalnya di sini: "
                            "daftar usulan dihitung ulang untuk tanggal yang baru.")  # fmt: skip
        elif ceremony.kind == "RK":
            intro = self.tr("Tanggal tidak dapat diubah lagi: daftar usulan sudah disetujui.")
        else:
            intro = self.tr("Remisi Umum dan Remisi Dasawarsa selalu pada 17 Agustus.")
        self.finish_layout(form, intro)

    def change(self) -> CeremonyChange:
        when = self.when.date().toPython()
        return CeremonyChange(self.title.text(), self.venue.text(),
                              when if when != self.ceremony.date else None)  # fmt: skip

    def save(self) -> None:
        self.apply(self.change())

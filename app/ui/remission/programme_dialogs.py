"""The run sheet's forms: an agenda item, a guest, and the start time for the default programme.

Each form calls the service on Simpan through the `save` callable it is given (ServiceDialog):
a problem is shown next to its field and the form stays open with what was typed; `result`
holds what the service returned after Accepted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.services.remission_programme_dto import (
    AgendaInput,
    AgendaItemDTO,
    GuestDTO,
    GuestInput,
)
from app.ui.common.service_dialog import ServiceDialog


class ProgrammeForm(ServiceDialog):
    """A ServiceDialog with a form of labelled rows; a field's message clears as it is typed."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.result: Any = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

    def add_row(self, text: str, field: str, widget: QWidget) -> None:
        self.errors.row(self.form, QLabel(text), field, widget)  # row() sets the buddy
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda _t: self.errors.label(field).set_message(""))


def _line(text: str = "", placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setPlaceholderText(placeholder)
    return edit


class AgendaItemDialog(ProgrammeForm):
    """New or changed run-sheet line; `save(AgendaInput)` returns the stored item."""

    def __init__(self, save: Callable[[AgendaInput], AgendaItemDTO],
                 item: AgendaItemDTO | None = None, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(self.tr("Ubah acara") if item else self.tr("Tambah acara"), parent)
        self._save = save
        self.start_edit = _line(item.start_time if item else "", self.tr("mis. 08:00"))
        self.end_edit = _line(item.end_time if item else "", self.tr("boleh kosong, mis. 08:10"))
        self.activity_edit = _line(item.activity if item else "",
                                   self.tr("mis. Menyanyikan lagu Indonesia Raya"))  # fmt: skip
        self.performer_edit = _line(item.performer if item else "",
                                    self.tr("mis. Pembawa acara, Wali Kota Pekalongan"))  # fmt: skip
        self.note_edit = _line(item.note if item else "")
        for edit in (self.start_edit, self.end_edit):
            edit.setMaxLength(5)
        self.add_row(self.tr("Jam &mulai:"), "start_time", self.start_edit)
        self.add_row(self.tr("Jam s&elesai:"), "end_time", self.end_edit)
        self.add_row(self.tr("&Acara:"), "activity", self.activity_edit)
        self.add_row(self.tr("&Pengisi / petugas:"), "performer", self.performer_edit)
        self.add_row(self.tr("&Keterangan:"), "note", self.note_edit)
        self.finish_layout(self.form, self.tr("Jam ditulis JJ:MM, mis. 08:00. Acara baru "
                                              "ditempatkan menurut jam mulainya; urutan dapat "
                                              "diubah dengan Naik/Turun."))  # fmt: skip
        self.start_edit.setFocus()

    def value(self) -> AgendaInput:
        return AgendaInput(self.start_edit.text(), self.activity_edit.text(),
                           self.end_edit.text(), self.performer_edit.text(),
                           self.note_edit.text())  # fmt: skip

    def save(self) -> None:
        self.result = self._save(self.value())


ATTENDED = (None, True, False)  # not known, came, did not come


class GuestDialog(ProgrammeForm):
    """New or changed guest; `save(GuestInput)` returns the stored guest."""

    def __init__(self, save: Callable[[GuestInput], GuestDTO], guest: GuestDTO | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(self.tr("Ubah tamu") if guest else self.tr("Tambah tamu undangan"), parent)
        self._save = save
        self.name_edit = _line(guest.name if guest else "", self.tr("mis. H. Achmad Afzan"))
        self.office_edit = _line(
            guest.office if guest else "", self.tr("mis. Wali Kota Pekalongan")
        )
        self.role_edit = _line(guest.role if guest else "",
                               self.tr("mis. menyerahkan SK remisi secara simbolis"))  # fmt: skip
        self.attended_combo = QComboBox()
        labels = (self.tr("Belum diketahui"), self.tr("Hadir"), self.tr("Tidak hadir"))
        for value, label in zip(ATTENDED, labels, strict=True):
            self.attended_combo.addItem(label, value)
        if guest is not None:
            self.attended_combo.setCurrentIndex(ATTENDED.index(guest.attended))
        self.note_edit = _line(guest.note if guest else "")
        self.add_row(self.tr("&Nama:"), "name", self.name_edit)
        self.add_row(self.tr("&Jabatan / instansi:"), "office", self.office_edit)
        self.add_row(self.tr("&Peran dalam acara:"), "role", self.role_edit)
        self.add_row(self.tr("Ke&hadiran:"), "attended", self.attended_combo)
        self.add_row(self.tr("&Keterangan:"), "note", self.note_edit)
        self.finish_layout(self.form, self.tr("Tamu tercantum pada susunan acara dan pada daftar "
                                              "hadir tamu undangan."))  # fmt: skip
        self.name_edit.setFocus()

    def value(self) -> GuestInput:
        return GuestInput(self.name_edit.text(), self.office_edit.text(), self.role_edit.text(),
                          self.attended_combo.currentData(), self.note_edit.text())  # fmt: skip

    def save(self) -> None:
        self.result = self._save(self.value())


class DefaultAgendaDialog(ProgrammeForm):
    """Asks the start time, then fills the empty run sheet with the default programme."""

    def __init__(self, fill: Callable[[str], list[AgendaItemDTO]], start: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(self.tr("Isi susunan acara baku"), parent)
        self._fill = fill
        self.start_edit = _line(start, self.tr("mis. 08:00"))
        self.start_edit.setMaxLength(5)
        self.add_row(self.tr("Jam &mulai:"), "start_time", self.start_edit)
        intro = self.tr("Susunan acara upacara remisi yang lazim (pembukaan, Indonesia Raya, "
                        "pembacaan keputusan, penyerahan SK secara simbolis, sambutan, doa, "
                        "penutup) diisi dengan jam dihitung dari jam mulai. Setelah itu setiap "
                        "acara dapat diubah.")  # fmt: skip
        self.finish_layout(self.form, intro, self.tr("&Isi"))
        self.start_edit.selectAll()
        self.start_edit.setFocus()

    def save(self) -> None:
        self.result = self._fill(self.start_edit.text())

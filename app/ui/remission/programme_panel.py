"""The ceremony's run sheet on screen: the agenda (time, activity, performer, note) and the
invited guests, each with Add / Edit / Delete / Up / Down, the default programme for an empty
run sheet, and the printed SUSUNAN ACARA.

Keys on a table: Enter edits, Del deletes (after a question), Ctrl+Up / Ctrl+Down move. Roles
without EDIT_REMISSION (pimpinan) see the lists and can print, nothing else. The programme may
be changed in every status of the ceremony.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.errors import SibinaError
from app.services.actor import Actor
from app.services.container import Services
from app.services.remission_dto import CeremonyDTO
from app.services.remission_programme_dto import (
    ATTENDANCE_LABELS,
    AgendaItemDTO,
    AttendanceStatus,
    GuestDTO,
)
from app.text import QT_TRANSLATE_NOOP
from app.ui.common.messages import confirm, show_error
from app.ui.common.paged_model import Column
from app.ui.remission.programme_dialogs import AgendaItemDialog, DefaultAgendaDialog, GuestDialog
from app.ui.remission.programme_tables import CONTEXT, CeremonyPanel, ListSection


def _label(status: str) -> str:
    return QCoreApplication.translate(CONTEXT, ATTENDANCE_LABELS[status])


def time_range(item: AgendaItemDTO) -> str:
    return f"{item.start_time}–{item.end_time}" if item.end_time else item.start_time


def presence(guest: GuestDTO) -> str:
    if guest.attended is None:
        return ""
    return _label(AttendanceStatus.HADIR if guest.attended else AttendanceStatus.TIDAK_HADIR)


AGENDA_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("remission", "Waktu"), time_range),
    Column(QT_TRANSLATE_NOOP("remission", "Acara"), lambda i: i.activity, tooltip=lambda i: i.activity),
    Column(QT_TRANSLATE_NOOP("remission", "Pengisi"), lambda i: i.performer),
    Column(QT_TRANSLATE_NOOP("remission", "Keterangan"), lambda i: i.note, tooltip=lambda i: i.note),
)  # fmt: skip
GUEST_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("remission", "Nama"), lambda g: g.name),
    Column(QT_TRANSLATE_NOOP("remission", "Jabatan / instansi"), lambda g: g.office),
    Column(QT_TRANSLATE_NOOP("remission", "Peran dalam acara"), lambda g: g.role, tooltip=lambda g: g.role),
    Column(QT_TRANSLATE_NOOP("remission", "Kehadiran"), presence),
)  # fmt: skip


class ProgrammePanel(CeremonyPanel):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("font-weight: bold;")
        self.agenda = ListSection(self.tr("&Susunan acara:"), AGENDA_COLUMNS,
                                  self.tr("&Tambah acara…"))  # fmt: skip
        self.guests = ListSection(self.tr("Tamu un&dangan:"), GUEST_COLUMNS,
                                  self.tr("Tambah ta&mu…"))  # fmt: skip
        self.fill_button = QPushButton(self.tr("&Isi susunan baku…"))
        self.print_button = QPushButton(self.tr("&Cetak susunan acara…"))
        self.agenda.buttons.insertWidget(5, self.fill_button)
        self.agenda.buttons.addWidget(self.print_button)
        hint = QLabel(self.tr("Enter: ubah · Del: hapus · Ctrl+Atas/Bawah: pindahkan"))
        hint.setStyleSheet("color: #555;")
        hint.setVisible(self.can_edit)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.agenda)
        splitter.addWidget(self.guests)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)
        for section, widths in ((self.agenda, (100, 330, 230)), (self.guests, (200, 230, 280))):
            for column, width in enumerate(widths):
                section.table.setColumnWidth(column, width)
        self._wire()
        for section in (self.agenda, self.guests):
            for button in section.edit_buttons():
                button.setVisible(self.can_edit)
        self.fill_button.setVisible(self.can_edit)
        self.set_ceremony(None)

    def _wire(self) -> None:
        remission = self.services.remission
        actions: list[tuple[ListSection, Callable[..., Any], Callable[..., Any],
                            Callable[..., Any]]] = [
            (self.agenda, self.open_agenda_dialog, remission.delete_agenda_item,
             remission.move_agenda_item),
            (self.guests, self.open_guest_dialog, remission.delete_guest, remission.move_guest),
        ]  # fmt: skip
        for section, open_dialog, delete, move in actions:
            section.add_requested.connect(lambda open_dialog=open_dialog: open_dialog(None))
            section.table.edit_requested.connect(
                lambda s=section, open_dialog=open_dialog: open_dialog(s.current())
            )
            section.table.delete_requested.connect(lambda s=section, d=delete: self._delete(s, d))
            section.table.move_requested.connect(
                lambda step, s=section, m=move: self._move(s, m, step)
            )
        self.fill_button.clicked.connect(self.open_fill_dialog)
        self.print_button.clicked.connect(self.print_run_sheet)

    # --- loading ------------------------------------------------------------------------------
    def set_ceremony(self, ceremony: CeremonyDTO | None) -> None:
        """Show the programme of `ceremony` (None: empty and disabled)."""
        self.ceremony = ceremony
        self.caption.setText(
            self.caption_text() or self.tr("Pilih upacara untuk melihat susunan acaranya.")
        )
        for widget in (self.agenda, self.guests, self.print_button):
            widget.setEnabled(ceremony is not None)
        self.reload()

    def reload(self, agenda_id: int | None = None, guest_id: int | None = None) -> None:
        c, remission = self.ceremony, self.services.remission
        self.agenda.set_items(remission.agenda(self.actor, c.id) if c else [], agenda_id)
        self.guests.set_items(remission.guests(self.actor, c.id) if c else [], guest_id)
        self.fill_button.setEnabled(c is not None and self.agenda.model.total() == 0)

    # --- actions ------------------------------------------------------------------------------
    @Slot()
    def open_agenda_dialog(self, item: AgendaItemDTO | None = None) -> AgendaItemDialog | None:
        """The form for a new item (None) or for `item`."""
        if not self.can_edit or self.ceremony is None:
            return None
        remission, actor, cid = self.services.remission, self.actor, self.ceremony.id
        if item is None:
            dialog = AgendaItemDialog(
                lambda v: remission.add_agenda_item(actor, cid, v), None, self
            )
        else:
            dialog = AgendaItemDialog(lambda v: remission.update_agenda_item(actor, item.id, v),
                                      item, self)  # fmt: skip
        dialog.accepted.connect(lambda: self._saved(agenda_id=dialog.result.id))
        self.open_dialog(dialog)
        return dialog

    @Slot()
    def open_guest_dialog(self, guest: GuestDTO | None = None) -> GuestDialog | None:
        if not self.can_edit or self.ceremony is None:
            return None
        remission, actor, cid = self.services.remission, self.actor, self.ceremony.id
        if guest is None:
            dialog = GuestDialog(lambda v: remission.add_guest(actor, cid, v), None, self)
        else:
            dialog = GuestDialog(lambda v: remission.update_guest(actor, guest.id, v), guest, self)
        dialog.accepted.connect(lambda: self._saved(guest_id=dialog.result.id))
        self.open_dialog(dialog)
        return dialog

    @Slot()
    def open_fill_dialog(self) -> DefaultAgendaDialog | None:
        if not self.can_edit or self.ceremony is None or self.agenda.model.total():
            return None
        remission, actor, cid = self.services.remission, self.actor, self.ceremony.id
        dialog = DefaultAgendaDialog(lambda start: remission.fill_default_agenda(actor, cid, start),
                                     remission.default_agenda_start(), self)  # fmt: skip
        dialog.accepted.connect(lambda: self._saved())
        self.open_dialog(dialog)
        return dialog

    def _saved(self, agenda_id: int | None = None, guest_id: int | None = None) -> None:
        self.reload(agenda_id, guest_id)
        self.changed.emit()

    def _delete(self, section: ListSection, delete: Callable[[Actor, int], None]) -> None:
        current = section.current()
        if not self.can_edit or current is None:
            return
        if section is self.agenda:
            question = self.tr("Hapus “%1” dari susunan acara?").replace("%1", current.activity)
        else:
            question = self.tr("Hapus “%1” dari daftar tamu undangan?").replace("%1", current.name)
        if not confirm(self, question):
            return
        if self._call(lambda: delete(self.actor, current.id)):
            self._saved()

    def _move(
        self, section: ListSection, move: Callable[[Actor, int, int], list], step: int
    ) -> None:
        current = section.current()
        if not self.can_edit or current is None:
            return
        before = section.model.rows()
        result: list = []
        if self._call(lambda: result.extend(move(self.actor, current.id, step))):
            section.set_items(result, current.id)
            if [r.id for r in result] != [r.id for r in before]:
                self.changed.emit()

    def _call(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except SibinaError as exc:
            show_error(self, exc)
            self.reload()
            return False
        return True

    @Slot()
    def print_run_sheet(self) -> None:
        if self.ceremony is None:
            return
        remission, actor, cid = self.services.remission, self.actor, self.ceremony.id
        self.print_pdf(lambda: remission.run_sheet_pdf(actor, cid),
                       self.file_stem("susunan-acara"), self.tr("Susunan acara"))  # fmt: skip

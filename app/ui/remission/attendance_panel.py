"""The recipients' attendance at the ceremony: one row per recipient with a status (hadir, tidak
hadir, izin, sakit) and a note, marked quickly with keys, saved at once, and the printed
DAFTAR HADIR (recipients and guests, with room to sign).

Keys on the table: H hadir, T tidak hadir, I izin, S sakit (also 1-4), Del clears; they apply to
every selected row, and with one row selected the next one is selected after marking. Enter
edits the note. Ctrl+S saves. The list exists once the ceremony is approved (the recipients are
final then); roles without EDIT_REMISSION only read and print.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import SibinaError
from app.services.actor import Actor
from app.services.container import Services
from app.services.remission_dto import CeremonyDTO, CeremonyStatus
from app.services.remission_programme_dto import ATTENDANCE_STATUSES, AttendanceStatus
from app.ui.common.messages import ask_save, confirm, show_error
from app.ui.remission.attendance_model import (
    NOTE_COLUMN,
    AttendanceFilter,
    AttendanceModel,
    status_label,
)
from app.ui.remission.programme_tables import CeremonyPanel, KeyTableView

K = Qt.Key
# The first letter of the status in either language (Hadir/Present, Tidak hadir/Absent,
# Izin/Excused, Sakit/Sick: no letter means two things) or its number; each works in both, and
# the buttons name the letters of the UI's language.
KEYS = {
    K.Key_H: AttendanceStatus.HADIR, K.Key_P: AttendanceStatus.HADIR, K.Key_1: AttendanceStatus.HADIR,
    K.Key_T: AttendanceStatus.TIDAK_HADIR, K.Key_A: AttendanceStatus.TIDAK_HADIR,
    K.Key_2: AttendanceStatus.TIDAK_HADIR,
    K.Key_I: AttendanceStatus.IZIN, K.Key_E: AttendanceStatus.IZIN, K.Key_3: AttendanceStatus.IZIN,
    K.Key_S: AttendanceStatus.SAKIT, K.Key_4: AttendanceStatus.SAKIT,
}  # fmt: skip


class AttendancePanel(CeremonyPanel):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("font-weight: bold;")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Nama atau nomor registrasi"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Cari:"))
        search_label.setBuddy(self.search)
        self.summary = QLabel()
        self.model = AttendanceModel(self)
        self.model.editable = self.can_edit
        self.proxy = AttendanceFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = KeyTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        if self.can_edit:
            self.table.letter_keys = dict(KEYS)
        for column, width in enumerate((45, 140, 240, 100, 110)):
            self.table.setColumnWidth(column, width)
        self.mark_buttons = {
            AttendanceStatus.HADIR: QPushButton(self.tr("Ha&dir [H]")),
            AttendanceStatus.TIDAK_HADIR: QPushButton(self.tr("&Tidak hadir [T]")),
            AttendanceStatus.IZIN: QPushButton(self.tr("I&zin [I]")),
            AttendanceStatus.SAKIT: QPushButton(self.tr("&Sakit [S]")),
        }
        self.clear_button = QPushButton(self.tr("&Kosongkan [Del]"))
        self.all_button = QPushButton(self.tr("Se&mua hadir"))
        self.all_button.setToolTip(self.tr("Tandai hadir setiap penerima yang belum dicatat"))
        self.save_button = QPushButton(self.tr("S&impan"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.print_button = QPushButton(self.tr("Cetak da&ftar hadir…"))

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.summary)
        actions = QHBoxLayout()
        for button in (*self.mark_buttons.values(), self.clear_button, self.all_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        for button in self.edit_buttons():
            button.setVisible(self.can_edit)
        self._wire()
        self.set_ceremony(None)

    def edit_buttons(self) -> list[QPushButton]:
        return [*self.mark_buttons.values(), self.clear_button, self.all_button, self.save_button]

    def _wire(self) -> None:
        for status, button in self.mark_buttons.items():
            button.clicked.connect(lambda _c=False, s=status: self.mark(s))
        self.clear_button.clicked.connect(lambda: self.mark(""))
        self.all_button.clicked.connect(self.mark_all_present)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_attendance)
        self.table.key_action.connect(self.mark)
        self.table.delete_requested.connect(lambda: self.mark(""))
        self.table.edit_requested.connect(self.edit_note)
        self.search.textChanged.connect(self.proxy.set_search)
        self.model.dataChanged.connect(lambda *_a: self._update())
        self.model.dirty_changed.connect(lambda _d: self._update())
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip

    # --- loading ------------------------------------------------------------------------------
    def set_ceremony(self, ceremony: CeremonyDTO | None) -> None:
        """Show the recipients of `ceremony` (None: empty). Unsaved marks are offered for saving
        first."""
        if self.model.is_dirty() and self.ceremony is not None and self.can_edit:
            question = self.tr("Simpan perubahan daftar hadir “%1”?").replace(
                "%1", self.ceremony.title
            )
            if confirm(self, question, default_yes=True):
                self.save()
        self.ceremony = ceremony
        self.reload()

    def final(self) -> bool:
        c = self.ceremony
        return c is not None and c.status in (CeremonyStatus.APPROVED, CeremonyStatus.LOCKED)

    def reload(self) -> None:
        c = self.ceremony
        if c is None:
            self.caption.setText(self.tr("Pilih upacara untuk mencatat kehadiran penerima remisi."))
        elif not self.final():
            self.caption.setText(self.tr("Daftar hadir dapat diisi setelah upacara disetujui "
                                         "pimpinan; sebelum itu daftar penerima remisi belum "
                                         "final."))  # fmt: skip
        else:
            self.caption.setText(self.caption_text())
        lines = self.services.remission.attendance_list(self.actor, c.id) if self.final() else []
        self.model.set_lines(lines)
        for widget in (self.table, self.search, *self.edit_buttons(), self.print_button):
            widget.setEnabled(self.final())
        if lines:
            self.table.select_row(0)
        self._update()

    def _update(self) -> None:
        counts = self.model.counts()
        total = self.model.rowCount()
        parts = [f"{status_label(s)} {counts.get(s, 0)}" for s in ATTENDANCE_STATUSES]
        parts.append(self.tr("belum dicatat %1").replace("%1", str(counts.get("", 0))))
        text = self.tr("%1 penerima: ").replace("%1", str(total)) + " · ".join(parts)
        if self.model.is_dirty():
            text += " " + self.tr("(belum disimpan)")
        self.summary.setText(text if total else "")
        self.save_button.setEnabled(self.final() and self.model.is_dirty())

    # --- marking ------------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        """Source rows of the selected table rows, in table order."""
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return sorted(rows)

    @Slot(str)
    def mark(self, status: str) -> None:
        """Give the selected rows `status` ("" clears); one row selected: go to the next."""
        if not self.can_edit or not self.final():
            return
        rows = self.selected_rows()
        if not rows:
            return
        self.model.mark(rows, status)
        if len(rows) == 1:
            current = self.proxy.mapFromSource(self.model.index(rows[0], 0)).row()
            self.table.select_row(current + 1)

    @Slot()
    def mark_all_present(self) -> None:
        if not self.can_edit or not self.final():
            return
        rows = [r for r in range(self.model.rowCount()) if not self.model.value(r)[0]]
        self.model.mark(rows, AttendanceStatus.HADIR)

    @Slot()
    def edit_note(self) -> None:
        row = self.table.current_row()
        if self.can_edit and row >= 0:
            self.table.edit(self.proxy.index(row, NOTE_COLUMN, QModelIndex()))

    def can_close(self) -> bool:
        """Before logout or quitting: unsaved marks are saved, thrown away or kept (stay), as
        the user answers."""
        if not self.model.is_dirty() or self.ceremony is None or not self.can_edit:
            return True
        question = self.tr("Daftar hadir “%1” belum disimpan.").replace("%1", self.ceremony.title)
        answer = ask_save(self, question)
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.reload()
            return True
        return False

    @Slot()
    def save(self) -> bool:
        """Save the marks in one go; True when saved (or nothing to save)."""
        if not self.can_edit or not self.final() or not self.model.is_dirty():
            return True
        assert self.ceremony is not None
        try:
            self.services.remission.record_attendance(self.actor, self.ceremony.id,
                                                      self.model.entries())  # fmt: skip
        except SibinaError as exc:
            show_error(self, exc)
            return False
        row = self.table.current_row()
        self.reload()
        self.table.select_row(row)
        self.changed.emit()
        return True

    @Slot()
    def print_attendance(self) -> None:
        """Save what was marked, then print the list as saved."""
        if not self.final() or not self.save():
            return
        assert self.ceremony is not None
        remission, actor, cid = self.services.remission, self.actor, self.ceremony.id
        self.print_pdf(lambda: remission.attendance_pdf(actor, cid),
                       self.file_stem("daftar-hadir"), self.tr("Daftar hadir"))  # fmt: skip

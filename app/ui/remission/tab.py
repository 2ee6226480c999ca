"""The Remisi tab's controller: pick or create a ceremony, compute its proposal list for the whole
register, review every line with its reasons and legal basis, override lines and set flags, let
pimpinan approve, record SK numbers, commit the grants into the ledger (the ceremony locks), and
print its papers. Line actions live in `line_actions.py`, printing in `printing.py`.

Long work (computing, batch papers) runs in the background with progress and cancel. Dialogs are
opened with `open()` and kept on `self.dialog`, so tests can fill them in.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from app.domain.remission.labels import KIND_NAMES
from app.domain.roles import Permission
from app.errors import NotFound
from app.services.actor import Actor
from app.services.container import Services
from app.services.remission_dto import CeremonyDTO, CeremonyStatus, ProposalLine
from app.ui.common.messages import confirm, show_error
from app.ui.common.paged_model import ROW_ROLE
from app.ui.common.timefmt import local_date_time, ui_date
from app.ui.common.worker import JobHandle, run_job
from app.ui.inmates.model import status_text
from app.ui.remission.ceremony_dialogs import NewCeremonyDialog, SkDialog
from app.ui.remission.details_dialog import CeremonyDetailsDialog
from app.ui.remission.line_actions import LineActions
from app.ui.remission.model import FILTERS, LineFilter, ProposalModel
from app.ui.remission.pages import CeremonyPages
from app.ui.remission.printing import Printing
from app.ui.remission.texts import STATUS_LABELS, counts_text, remission_text
from app.ui.remission.view import RemissionView


class RemissionTab(QWidget):
    ceremony_changed = Signal(str)  # a ceremony was created, computed, approved or locked

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.can_edit = actor.can(Permission.EDIT_REMISSION)
        self.can_approve = actor.can(Permission.APPROVE)
        self.view = RemissionView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.ceremony: CeremonyDTO | None = None
        self.stale_since: datetime | None = None  # when the shown draft's inputs last changed
        self.dialog: QDialog | None = None
        self.job: JobHandle | None = None
        self.model = ProposalModel(self)
        self.proxy = LineFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view.table.setModel(self.proxy)
        self.view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.view.fit_columns()
        for key, label in FILTERS:
            self.view.filter.addItem(remission_text(label), key)
        self.lines = LineActions(self)
        self.pages = CeremonyPages(self)
        self.printing = Printing(self)
        self._connect()
        self.reload_ceremonies()

    # --- wiring -------------------------------------------------------------------------------
    def _connect(self) -> None:
        v = self.view
        v.ceremony.currentIndexChanged.connect(lambda _i: self._ceremony_picked())
        v.new_button.clicked.connect(self.open_new_dialog)
        v.edit_button.clicked.connect(self.open_details_dialog)
        v.rules_button.clicked.connect(self.open_rules)
        v.compute_button.clicked.connect(self.compute)
        v.approve_button.clicked.connect(self.approve)
        v.sk_button.clicked.connect(lambda: self.open_sk_dialog())
        v.commit_button.clicked.connect(self.commit)
        v.filter.currentIndexChanged.connect(lambda _i: self._filter_changed())
        v.search.textChanged.connect(self._search_changed)
        v.table.selectionModel().currentRowChanged.connect(lambda *_: self.line_selected())
        v.table.activated.connect(lambda _index: self.lines.open_override())
        v.new_button.setVisible(self.can_edit)
        v.edit_button.setVisible(self.can_edit)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_search)
        new = QShortcut(QKeySequence.StandardKey.New, self, activated=self.open_new_dialog)
        new.setEnabled(self.can_edit)
        edit = QShortcut(QKeySequence("Ctrl+E"), self, activated=self.open_details_dialog)
        edit.setEnabled(self.can_edit)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.compute)

    # --- kept across a rebuild of the window (a language switch) ------------------------------
    def view_state(self) -> str | None:
        return self.ceremony.id if self.ceremony else None

    def restore_view_state(self, ceremony_id: str | None) -> None:
        shown = self.ceremony.id if self.ceremony else None
        if ceremony_id and ceremony_id != shown:  # the one built first is not loaded again
            self.reload_ceremonies(ceremony_id)

    # --- ceremonies ---------------------------------------------------------------------------
    def reload_ceremonies(self, select_id: str | None = None) -> None:
        """Fill the picker (newest first) and show `select_id`, the current one, or the first."""
        combo = self.view.ceremony
        keep = select_id or (self.ceremony.id if self.ceremony else None)
        ceremonies = self.services.remission.list_ceremonies(self.actor)
        combo.blockSignals(True)
        combo.clear()
        for ceremony in ceremonies:
            status = remission_text(STATUS_LABELS.get(ceremony.status, ceremony.status))
            combo.addItem(f"{ceremony.title} — {status}", ceremony.id)
        combo.setCurrentIndex(max(0, combo.findData(keep)) if ceremonies else -1)
        combo.blockSignals(False)
        self.view.stack.setCurrentIndex(1 if ceremonies else 0)
        self._ceremony_picked()

    def _ceremony_picked(self) -> None:
        ceremony_id = self.view.ceremony.currentData()
        self.show_ceremony(ceremony_id) if ceremony_id else self._clear()

    def _clear(self) -> None:
        self.ceremony = None
        self.model.set_lines([])
        self.pages.set_ceremony(None)
        self._update_buttons()

    def show_ceremony(self, ceremony_id: str) -> None:
        """Load the ceremony and its lines (a facility's register: a few thousand lines)."""
        try:
            self.ceremony = self.services.remission.get_ceremony(self.actor, ceremony_id)
            lines = self.services.remission.proposal_list(self.actor, ceremony_id)
        except NotFound:
            self.reload_ceremonies()
            return
        current = self.selected_line()
        self.model.set_lines(lines)
        self._show_header(lines)
        self.pages.set_ceremony(self.ceremony)
        self._update_buttons()
        self.select_line(current.line_id if current else None)

    def refresh(self) -> None:
        """Called by the main window after a restore or a facility change."""
        self.reload_ceremonies()

    def can_close(self) -> bool:
        """Asked by the main window before logout or quitting: unsaved attendance marks."""
        return self.pages.attendance.can_close()

    def showEvent(self, event: QShowEvent) -> None:
        """Back on this tab (say, after editing a record in Warga Binaan): is the list current?"""
        super().showEvent(event)
        if self.ceremony is not None:
            self._show_staleness()

    def _show_header(self, lines: list[ProposalLine]) -> None:
        c = self.ceremony
        assert c is not None
        v = self.view
        v.header.setText(c.title)
        parts = [remission_text(KIND_NAMES.get(c.kind, c.kind)), ui_date(c.date)]
        if c.venue:
            parts.append(c.venue)
        status = remission_text(STATUS_LABELS.get(c.status, c.status))
        approved = self._by(c.approved_by, c.approved_at)
        if c.status == CeremonyStatus.APPROVED:
            status += approved
        elif c.status == CeremonyStatus.LOCKED:
            status += self._by(c.locked_by, c.locked_at)
        parts.append(self.tr("Status: %1").replace("%1", status))
        if c.status == CeremonyStatus.LOCKED and approved:
            parts.append(self.tr("disetujui%1").replace("%1", approved))
        if c.computed_at is not None:
            parts.append(self.tr("dihitung %1").replace("%1", local_date_time(c.computed_at)))
        v.details.setText(" · ".join(parts))
        v.counts.setText(counts_text(lines) if c.computed_at else
                         self.tr("Daftar usulan belum dihitung: tekan “Hitung usulan”."))  # fmt: skip
        if self.isVisible():  # else showEvent checks, when the tab is shown (once, not twice)
            self._show_staleness()
        self._update_shown()

    def _by(self, username: str, at: datetime | None) -> str:
        """The " oleh NAME, date time" of a status; empty without a name (a ceremony locked
        before names were kept, whose audit event migration 0008 did not find)."""
        if not username:
            return ""
        return self.tr(" oleh %1, %2").replace("%1", username).replace("%2", local_date_time(at))

    def _show_staleness(self) -> None:
        """A computed draft whose inputs changed since: say so, and what to do."""
        c = self.ceremony
        changed = self.services.remission.inputs_changed_at(self.actor, c.id) if c else None
        self.stale_since = changed
        self.view.stale.setVisible(changed is not None)
        if changed is None:
            return
        text = self.tr(
            "Data WBP, riwayat remisi, tanda WBP atau tabel aturan berubah sejak "
            "daftar ini dihitung (terakhir %1)."
        ).replace("%1", local_date_time(changed))
        if self.can_edit:
            text += " " + self.tr("Tekan “Hitung usulan” agar usulan memakai data terbaru.")
        else:
            text += " " + self.tr("Minta petugas menghitung ulang sebelum daftar disetujui.")
        self.view.stale.setText(text)

    def _update_buttons(self) -> None:
        c, v = self.ceremony, self.view
        draft = c is not None and c.status == CeremonyStatus.DRAFT
        approved = c is not None and c.status == CeremonyStatus.APPROVED
        lines = self.model.lines()
        v.edit_button.setEnabled(draft or approved)
        v.compute_button.setVisible(self.can_edit)
        v.compute_button.setEnabled(draft)
        v.approve_button.setVisible(self.can_approve)
        v.approve_button.setEnabled(draft and c is not None and c.computed_at is not None)
        v.sk_button.setVisible(self.can_edit)
        v.sk_button.setEnabled(approved and any(line.granted for line in lines))
        v.commit_button.setVisible(self.can_edit)
        v.commit_button.setEnabled(approved)
        v.print_button.setEnabled(c is not None)
        self.printing.update_actions()
        self.lines.update_buttons()

    # --- the list -----------------------------------------------------------------------------
    def _filter_changed(self) -> None:
        self.proxy.set_kind(self.view.filter.currentData() or "")
        self._update_shown()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_shown()

    def _update_shown(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.view.shown_label.setText(
            self.tr("%1 dari %2").replace("%1", QLocale().toString(shown))
            .replace("%2", QLocale().toString(total))
        )  # fmt: skip
        if shown and not self.view.table.currentIndex().isValid():
            self.view.table.selectRow(0)
        self.line_selected()

    def _focus_search(self) -> None:
        self.view.pages.setCurrentIndex(0)
        self.view.search.setFocus()
        self.view.search.selectAll()

    def selected_line(self) -> ProposalLine | None:
        index = self.view.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_line(self, line_id: int | None) -> None:
        row = self.model.row_of(line_id) if line_id is not None else -1
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        if index.isValid():
            self.view.table.setCurrentIndex(index)
            self.view.table.scrollTo(index)
        elif self.proxy.rowCount():
            self.view.table.selectRow(0)
        self.line_selected()

    @Slot()
    def line_selected(self) -> None:
        self.lines.show(self.selected_line())

    # --- workflow -----------------------------------------------------------------------------
    @Slot()
    def open_new_dialog(self) -> NewCeremonyDialog | None:
        if not self.can_edit:
            return None
        dialog = NewCeremonyDialog(self.services, self.actor, self.services.clock().date(), self)
        dialog.created.connect(self._created)
        self.open_dialog(dialog)
        return dialog

    def open_details_dialog(self) -> CeremonyDetailsDialog | None:
        c = self.ceremony
        if c is None or not self.can_edit or c.status == CeremonyStatus.LOCKED:
            return None
        service, actor = self.services.remission, self.actor
        dialog = CeremonyDetailsDialog(c, lambda change: service.update_ceremony(actor, c.id, change),
                                       self)  # fmt: skip
        dialog.accepted.connect(lambda: self.after_change(c.id))
        self.open_dialog(dialog)
        return dialog

    def _created(self, ceremony: CeremonyDTO) -> None:
        self.reload_ceremonies(ceremony.id)
        self.ceremony_changed.emit(ceremony.id)
        self.compute()  # the list is what the user came for

    @Slot()
    def compute(self) -> JobHandle | None:
        c = self.ceremony
        if c is None or not self.can_edit or c.status != CeremonyStatus.DRAFT:
            return None
        service, actor, ceremony_id = self.services.remission, self.actor, c.id
        self.job = run_job(self, self.tr("Menghitung daftar usulan"),
                           lambda _progress: service.compute_proposals(actor, ceremony_id),
                           on_success=lambda _counts: self.after_change(ceremony_id),
                           on_error=lambda exc: show_error(self, exc))  # fmt: skip
        return self.job

    def after_change(self, ceremony_id: str) -> None:
        self.reload_ceremonies(ceremony_id)
        self.ceremony_changed.emit(ceremony_id)

    @Slot()
    def approve(self) -> None:
        c = self.ceremony
        if c is None or not self.can_approve:
            return
        granted = sum(1 for line in self.model.lines() if line.granted)
        text = self.tr("Setujui daftar usulan “%1”: %2 WBP diberi remisi? Sesudah disetujui "
                       "daftar tidak dapat dihitung ulang atau diubah.")  # fmt: skip
        text = text.replace("%1", c.title).replace("%2", str(granted))
        self._show_staleness()  # asked now: another workstation may have changed the register
        if self.stale_since is not None:
            text = self.view.stale.text() + "\n\n" + text
        if not confirm(self, text, self.tr("Persetujuan pimpinan")):
            return
        self.call(lambda: self.services.remission.approve_ceremony(self.actor, c.id))

    def open_sk_dialog(self, line: ProposalLine | None = None) -> SkDialog | None:
        c = self.ceremony
        if c is None or c.status != CeremonyStatus.APPROVED:
            return None
        lines = [line] if line is not None else self.model.lines()
        dialog = SkDialog(c, lines, self, single=line is not None)
        dialog.accepted.connect(lambda: self._record_sk(dialog))
        self.open_dialog(dialog)
        return dialog

    def _record_sk(self, dialog: SkDialog) -> None:
        c = self.ceremony
        assert c is not None
        entries = dialog.entries()
        self.call(lambda: self.services.remission.record_sk(self.actor, c.id, entries))

    @Slot()
    def commit(self) -> None:
        c = self.ceremony
        if c is None or c.status != CeremonyStatus.APPROVED:
            return
        lines = [line for line in self.model.lines() if line.granted]
        missing = sum(1 for line in lines if not line.sk_number)
        if missing:
            show_error(self, _missing_sk(missing))
            return
        text = self.tr("%1 WBP dicatat di register remisi dengan nomor SK-nya, dan upacara "
                       "dikunci. Perbaikan sesudahnya dicatat sebagai koreksi. Lanjutkan?")  # fmt: skip
        text = text.replace("%1", str(len(lines)))
        gone = self.services.remission.granted_out_of_custody(self.actor, c.id)
        if gone:
            names = "\n".join(f"• {name} ({number}): {status_text(status)}"
                              for name, number, status in gone[:10])  # fmt: skip
            more = self.tr("\n… dan %n lainnya", "", len(gone) - 10) if len(gone) > 10 else ""
            heading = self.tr("%n penerima tidak lagi menjadi penghuni sejak daftar disetujui; "
                              "remisinya tetap dicatat sesuai SK:", "", len(gone))  # fmt: skip
            text = f"{heading}\n{names}{more}\n\n{text}"
        if confirm(self, text, self.tr("Catat ke register")):
            self.call(lambda: self.services.remission.commit_grants(self.actor, c.id))

    def call(self, action) -> bool:
        """Run a quick service write; show its error, or reload the ceremony after it."""
        c = self.ceremony
        try:
            action()
        except Exception as exc:  # shown to the user; nothing was written
            show_error(self, exc)
            return False
        if c is not None:
            self.after_change(c.id)
        return True

    @Slot()
    def open_rules(self) -> QDialog:
        from app.ui.remission.rules_dialog import RuleTableDialog

        dialog = RuleTableDialog(self.services, self.actor, self)
        dialog.finished.connect(lambda _r: self.show_ceremony(self.ceremony.id)
                                if self.ceremony else None)  # fmt: skip
        self.open_dialog(dialog)
        return dialog

    def open_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()


def _missing_sk(count: int):
    from app.errors import ValidationError
    from app.text import QT_TRANSLATE_NOOP

    return ValidationError(
        template=QT_TRANSLATE_NOOP("errors", "{count} baris yang diberi remisi belum ber-SK."),
        count=count,
    )

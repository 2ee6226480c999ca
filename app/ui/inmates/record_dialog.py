"""The inmate record dialog: sections on tabs, every problem shown next to its field at once.

Identity (with photo), placement (with history), status and code (with the proposed code and
the status actions), cases, detention periods, discipline (register F), and the history of
changes read back from the audit log; "Remisi & tanggal" (key dates and the remission ledger)
for roles with VIEW_REMISSION. Roles without EDIT_REGISTER see it read-only.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.inmates.codes import CODE_LABELS, RegCode, Status, propose_code
from app.domain.inmates.detention import DETENTION_LIMITS, period_end
from app.domain.inmates.record import CaseData, DetentionData, DisciplineData, InmateData
from app.domain.inmates.sentence import Sentence
from app.domain.roles import Permission
from app.errors import SibinaError, ValidationError
from app.services.actor import Actor
from app.services.container import Services
from app.services.inmates_dto import InmateRecord
from app.ui.common.dialog_buttons import enter_presses, focus_first_field_on_show
from app.ui.common.field_errors import ErrorLabel
from app.ui.common.messages import ask_save, confirm_discard, show_error, translate_error
from app.ui.common.timefmt import local_date_time, ui_date
from app.ui.inmates.change_text import describe_change
from app.ui.inmates.model import status_text
from app.ui.inmates.record_form import IdentityForm, release_text
from app.ui.inmates.record_remission import RemissionSection
from app.ui.inmates.record_sections import (
    ACTION_LABELS,
    EVENT_LABELS,
    SECTION_FIELDS,
    case_cells,
    detention_cells,
    discipline_cells,
)
from app.ui.inmates.record_tables import SectionTable, text_item
from app.ui.inmates.status_actions import StatusActions
from app.ui.inmates.status_dialog import StatusDialog
from app.ui.inmates.status_undo_dialog import UndoStatusDialog, undo_offered


def _tr(text: str) -> str:
    return QCoreApplication.translate("inmates", text)


class InmateDialog(QDialog):
    saved = Signal(str)  # the inmate's id, after a save or a status change
    # after a save that closed the dialog while the record has warnings: a line to show
    # where the dialog was opened from (the dialog itself is gone)
    closed_with_warnings = Signal(str)

    def __init__(self, services: Services, actor: Actor, inmate_id: str | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.inmate_id = inmate_id
        self.record: InmateRecord | None = None
        self.saved_warnings: list[str] = []  # of the last save, translated
        self.loaded: tuple[Any, ...] = ()  # snapshot() right after the last load
        self.editable = actor.can(Permission.EDIT_REGISTER)
        self.status_dialog: StatusDialog | None = None
        self.form = IdentityForm()
        self.cases = SectionTable(case_cells(), self.tr("Tambah &perkara"))
        self.detentions = SectionTable(detention_cells(), self.tr("Tambah &masa penahanan"))
        self.discipline = SectionTable(discipline_cells(), self.tr("Tambah catatan &disiplin"))
        self.placements = QTableWidget(0, 4)
        self.placements.setHorizontalHeaderLabels([self.tr("Blok"), self.tr("Kamar"), self.tr("Mulai"), self.tr("Sampai")])  # fmt: skip
        self.events = QTableWidget(0, 5)
        self.events.setHorizontalHeaderLabels([self.tr("Tanggal"), self.tr("Peristiwa"), self.tr("Dari → ke"), self.tr("Dokumen / keterangan"), self.tr("Oleh")])  # fmt: skip
        self.events.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((140, 130, 190, 330)):
            self.events.setColumnWidth(col, width)
        self.placements.horizontalHeader().setStretchLastSection(True)
        self.history = QTableWidget(0, 4)
        self.history.setObjectName("history_table")
        self.history.setHorizontalHeaderLabels([self.tr("Waktu"), self.tr("Pengguna"), self.tr("Tindakan"), self.tr("Perubahan")])  # fmt: skip
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setWordWrap(True)
        for col, width in enumerate((170, 110, 150)):
            self.history.setColumnWidth(col, width)
        self.header = QLabel()
        self.header.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.general_error = ErrorLabel()
        self.status_actions = StatusActions()
        self.action_buttons = self.status_actions.buttons
        self.undo_button = self.status_actions.undo_button
        self.sections = QTabWidget()
        self.remission: RemissionSection | None = None
        if inmate_id is not None and actor.can(Permission.VIEW_REMISSION):
            self.remission = RemissionSection(services, actor)
        self._build()
        self._connect()
        self.load()
        focus_first_field_on_show(self, self.form.pages["identity"])  # not the section tabs

    # --- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        pages = self.form.pages
        placement = QWidget()
        place_layout = QVBoxLayout(placement)
        place_layout.addWidget(pages["placement"])
        place_layout.addWidget(QLabel(self.tr("Riwayat penempatan:")))
        place_layout.addWidget(self.placements, 1)
        status = QWidget()
        status_layout = QVBoxLayout(status)
        status_layout.addWidget(pages["status"])
        self.status_actions.chosen.connect(self.open_status_dialog)
        self.status_actions.undo_chosen.connect(self.open_undo_dialog)
        status_layout.addWidget(self.status_actions)
        status_layout.addWidget(QLabel(self.tr("Riwayat status:")))
        status_layout.addWidget(self.events, 1)
        self.sections.addTab(pages["identity"], self.tr("Identitas"))
        self.sections.addTab(placement, self.tr("Penempatan"))
        self.sections.addTab(status, self.tr("Status && kode"))
        self.sections.addTab(self.cases, self.tr("Perkara"))
        self.sections.addTab(self.detentions, self.tr("Penahanan"))
        self.sections.addTab(self.discipline, self.tr("Disiplin (Register F)"))
        if self.remission is not None:
            self.sections.addTab(self.remission, self.tr("Remisi && tanggal"))
        self.sections.addTab(self.history, self.tr("Riwayat perubahan"))
        self.tab_titles = [self.sections.tabText(i) for i in range(self.sections.count())]
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Simpan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save_button")
        close = buttons.addButton(self.tr("Batal") if self.editable else self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)  # fmt: skip
        close.setObjectName("close_button")
        close.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(self.editable)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.sections, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        enter_presses(self, self.save_button if self.editable else close)
        self.resize(980, 640)

    def _connect(self) -> None:
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.form.inputs["status"].currentIndexChanged.connect(self.update_proposal)
        self.cases.table.itemChanged.connect(self.update_proposal)
        self.detentions.table.itemChanged.connect(self.update_proposal)
        self.form.use_proposed.clicked.connect(self.apply_proposal)
        for table in (self.cases, self.detentions, self.discipline):
            table.set_read_only(not self.editable)
        for field in self.form.errors.fields():  # a message gone: its section's mark too
            self.form.errors.label(field).cleared.connect(self.mark_sections)

    # --- loading ------------------------------------------------------------------------------
    def load(self) -> None:
        if self.inmate_id is None:
            self.setWindowTitle(self.tr("WBP baru"))
            self.header.setText(self.tr("WBP baru"))
            self.form.load({"status": Status.TAHANAN.value, "reg_code": RegCode.A_I.value})
            self._set_actions(None, undo=False)
            self.update_proposal()
            self.loaded = self.snapshot()
            return
        record = self.services.inmates.get(self.actor, self.inmate_id)
        self.record = record
        data = record.data
        values = {name: getattr(data, name) for name in InmateData.__dataclass_fields__}
        self.form.load(values)
        self.form.set_photo(record.photo)
        self.form.release_info.setText(release_text(values))
        prefix = "detentions."
        self.form.show_warnings(
            {k: v for k, v in record.warnings.items() if not k.startswith(prefix)}
        )
        self.detentions.show_warnings({k[len(prefix):]: v for k, v in record.warnings.items()
                                       if k.startswith(prefix)})  # fmt: skip
        self.cases.set_rows([c.__dict__ for c in data.cases])
        self.detentions.set_rows([d.__dict__ for d in data.detentions])
        self.discipline.set_rows([e.__dict__ for e in data.discipline])
        self._fill_placements(record)
        self._fill_events(record)
        self._fill_history()
        if self.remission is not None:  # the dates depend on the cases: refreshed on every load
            self.remission.load(record.id)
        self.setWindowTitle(self.tr("Data WBP — {name}").format(name=data.full_name))
        self.header.setText(f"{data.full_name} — {data.reg_number} ({data.reg_code})")
        self._set_actions(data.status, undo=undo_offered(self.actor, record))
        self.update_proposal()
        self.loaded = self.snapshot()

    def _set_actions(self, status: str | None, undo: bool) -> None:
        self.form.inputs["status"].setEnabled(self.editable and status is None)
        self.status_actions.offer(status, self.editable, undo)
        for name, widget in self.form.inputs.items():
            if name != "status":
                widget.setEnabled(self.editable)
        self.form.photo_button.setVisible(self.editable)
        self.form.remove_photo_button.setVisible(self.editable)
        self.form.use_proposed.setVisible(self.editable)

    def _fill_placements(self, record: InmateRecord) -> None:
        self.placements.setRowCount(0)
        for p in record.placements:
            row = self.placements.rowCount()
            self.placements.insertRow(row)
            for col, text in enumerate((p.block, p.cell, ui_date(p.start_date),
                                        ui_date(p.end_date) if p.end_date else self.tr("sekarang"))):  # fmt: skip
                self.placements.setItem(row, col, text_item(text))

    def _fill_events(self, record: InmateRecord) -> None:
        self.events.setRowCount(0)
        for e in record.events:
            row = self.events.rowCount()
            self.events.insertRow(row)
            note = "; ".join(x for x in (e.document, e.reason, e.destination, e.note) if x)
            for col, text in enumerate((ui_date(e.date), _tr(EVENT_LABELS.get(e.kind, e.kind)), f"{status_text(e.from_status or '') or '—'} → {status_text(e.to_status)}", note, e.username)):  # fmt: skip
                self.events.setItem(row, col, text_item(text))

    def _fill_history(self) -> None:
        self.history.setRowCount(0)
        for event in self.services.inmates.history(self.actor, self.inmate_id or ""):
            row = self.history.rowCount()
            self.history.insertRow(row)
            for col, text in enumerate((local_date_time(event.at), event.username, _tr(ACTION_LABELS.get(event.action, event.action)),
                                        describe_change(event.before, event.after))):  # fmt: skip
                self.history.setItem(row, col, text_item(text))
        self.history.resizeRowsToContents()

    # --- unsaved edits -------------------------------------------------------------------------
    def snapshot(self) -> tuple[Any, ...]:
        tables = (self.cases, self.detentions, self.discipline)
        return self.form.snapshot(), tuple(table.texts() for table in tables)

    def has_unsaved_changes(self) -> bool:
        return self.editable and self.snapshot() != self.loaded

    def reject(self) -> None:
        """Esc, "Batal" and the window's close button: unsaved edits are lost only when asked."""
        if self.has_unsaved_changes() and not confirm_discard(self, title=self.windowTitle()):
            return
        super().reject()

    # --- proposal -----------------------------------------------------------------------------
    def proposal(self) -> RegCode | None:
        status = self.form.inputs["status"].currentData() or Status.TAHANAN.value
        cases, _ = self.cases.values()
        periods, _ = self.detentions.values()
        with_verdict = [c for c in cases if c.get("sentence_type")]
        case = with_verdict[-1] if with_verdict else None
        # the latest period gives the stage; a row still being typed (no dates yet) comes first
        latest = max(periods, key=lambda p: p.get("start") or p.get("end") or date.min, default={})
        stage = latest.get("stage")
        try:
            return propose_code(status, case.get("sentence_type") if case else None,
                                Sentence(case.get("sentence_years") or 0, case.get("sentence_months") or 0,
                                         case.get("sentence_days") or 0) if case else None,
                                stage if stage in {c.value for c in RegCode} else None)  # fmt: skip
        except ValueError:
            return None

    def update_proposal(self) -> None:
        code = self.proposal()
        text = (self.tr("Usulan: {code} ({label})").format(code=code.value, label=_tr(CODE_LABELS[code]))
                if code else self.tr("Tidak ada usulan"))  # fmt: skip
        self.form.proposed.setText(text)
        self.form.use_proposed.setEnabled(self.editable and code is not None)

    def apply_proposal(self) -> None:
        code = self.proposal()
        if code is not None:
            combo = self.form.inputs["reg_code"]
            combo.setCurrentIndex(combo.findData(code.value))

    # --- saving -------------------------------------------------------------------------------
    def collect(self) -> tuple[InmateData | None, dict[str, str]]:
        values, problems = self.form.collect()
        cases, case_problems = self.cases.values()
        periods, period_problems = self.detentions.values()
        entries, entry_problems = self.discipline.values()
        problems.update({f"cases.{k}": v for k, v in case_problems.items()})
        problems.update({f"detentions.{k}": v for k, v in period_problems.items()})
        problems.update({f"discipline.{k}": v for k, v in entry_problems.items()})
        base = self.record.data if self.record else None
        for name in ("release_date", "release_reason", "transfer_destination", "death_date"):
            values[name] = (
                getattr(base, name) if base else InmateData.__dataclass_fields__[name].default
            )
        for period in periods:  # an empty end: the KUHAP limit of the stage (first grant)
            if period["end"] is None and period["start"] and period["stage"] in DETENTION_LIMITS:
                period["end"] = period_end(period["stage"], period["start"])
        missing = [i for i, p in enumerate(periods) if p["start"] is None or p["end"] is None]
        for index in missing:
            key = "start" if periods[index]["start"] is None else "end"
            problems.setdefault(f"detentions.{index}.{key}", "Wajib diisi.")
        try:
            data = InmateData(
                **values,
                cases=tuple(CaseData(**c) for c in cases),
                detentions=tuple(DetentionData(p["stage"], p["start"], p["end"], p["kind"] or "rutan")
                                 for i, p in enumerate(periods) if i not in missing),
                discipline=tuple(DisciplineData(**e) for e in entries if e["date"] is not None),
            )  # fmt: skip
        except TypeError:
            return None, problems
        for index, entry in enumerate(entries):
            if entry["date"] is None:
                problems.setdefault(f"discipline.{index}.date", "Wajib diisi.")
        return data, problems

    def save(self) -> bool:
        """Save and close; False (the dialog stays, problems shown) when it cannot be saved."""
        if not self.store():
            return False
        self.accept()
        if self.saved_warnings:
            name = self.form.inputs["full_name"].text().strip()
            self.closed_with_warnings.emit(
                "⚠ " + self.tr("{name} tersimpan dengan peringatan: {warnings}").format(
                    name=name, warnings=" · ".join(self.saved_warnings))
            )  # fmt: skip
        return True

    def store(self) -> bool:
        """Save the form without closing: the record as saved is announced (`saved`)."""
        if not self.editable:
            return False
        data, problems = self.collect()
        try:
            if data is None or problems:
                # show what the form found and what the service finds in the rest, at once
                found = (
                    self.services.inmates.check(self.actor, data, self.inmate_id).errors
                    if data
                    else {}
                )
                self.show_errors({**found, **problems})
                return False
            if self.inmate_id is None:
                record = self.services.inmates.create(self.actor, data, self.form.photo)
            else:
                record = self.services.inmates.update(
                    self.actor, self.inmate_id, data, self.form.photo
                )
        except ValidationError as exc:
            self.show_errors(exc.field_errors)
            return False
        except SibinaError as exc:
            show_error(self, exc)
            return False
        self.inmate_id = record.id
        self.saved_warnings = [translate_error(text) for text in record.warnings.values()]
        self.saved.emit(record.id)
        return True

    def show_errors(self, errors: dict[str, str]) -> None:
        sections: dict[str, dict[str, str]] = {"cases": {}, "detentions": {}, "discipline": {}}
        plain: dict[str, str] = {}
        for key, message in errors.items():
            head, _, rest = key.partition(".")
            if head in sections and rest:
                sections[head][rest] = message
            else:
                plain[key] = message
        leftover = self.form.errors.show(plain)
        general = []
        for key, message in leftover.items():
            if key in sections:
                sections[key].setdefault("0.", message)
            else:
                general.append(f"{key}: {translate_error(message)}")
        self.cases.mark(sections["cases"])
        self.detentions.mark(sections["detentions"])
        self.discipline.mark(sections["discipline"])
        self.general_error.set_message("\n".join(general))
        first = self.mark_sections()
        if first is not None:
            self.sections.setCurrentIndex(first)

    def mark_sections(self) -> int | None:
        """ "⚠" on each section tab that shows a message now (a field's message goes when the
        field is changed, and the mark with it); returns the first such section."""
        tables = {3: self.cases, 4: self.detentions, 5: self.discipline}
        shown = {field for field in self.form.errors.fields() if self.form.errors.text(field)}
        first = None
        for index in range(self.sections.count()):
            table = tables.get(index)
            bad = bool(shown.intersection(SECTION_FIELDS.get(index, ()))) or (
                table is not None and not table.error.isHidden()
            )
            self.sections.setTabText(index, ("⚠ " if bad else "") + self.tab_titles[index])
            if bad and first is None:
                first = index
        return first

    # --- status actions -----------------------------------------------------------------------
    def open_status_dialog(self, action: str) -> None:
        if self.inmate_id is None or not self._edits_settled():
            return
        pending = self.record.data.pending_case() if self.record else None
        self.status_dialog = StatusDialog(
            self.services, self.actor, self.inmate_id, action, self, pending=pending
        )
        self.status_dialog.changed.connect(self._status_changed)
        self.status_dialog.open()

    def open_undo_dialog(self) -> None:
        if self.inmate_id is None or not self._edits_settled():
            return
        self.status_dialog = UndoStatusDialog(self.services, self.actor, self.inmate_id, self)
        self.status_dialog.changed.connect(self._status_changed)
        self.status_dialog.open()

    def _edits_settled(self) -> bool:
        """Before a status action (which reloads the record): unsaved edits are saved or thrown
        away as the user answers; False when they stay (Batal) or cannot be saved."""
        if not self.has_unsaved_changes():
            return True
        answer = ask_save(self, self.tr("Perubahan pada data WBP ini belum disimpan. Simpan dulu "
                                        "sebelum mencatat perubahan status?"))  # fmt: skip
        if answer == "cancel" or (answer == "save" and not self.store()):
            return False
        self.load()
        return True

    def _status_changed(self, inmate_id: str) -> None:
        self.load()
        self.saved.emit(inmate_id)

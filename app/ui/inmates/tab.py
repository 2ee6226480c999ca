"""The WBP tab's controller: search-as-you-type and filters -> the paged list (SQL), the record
dialog, expiry warnings (banner + `status_message()` for the status bar), import, export, print.

Dialogs are opened with `open()` and kept on `self` so tests can drive them; file choices go
through small methods (`export_to`, `save_template_to`, `start_import`) tests call directly.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from functools import partial
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QVBoxLayout, QWidget

from app.domain.inmates.codes import RELIGIONS, SEXES, STATUS_LABELS, RegCode, Status
from app.domain.roles import Permission
from app.exchange.inmates_write import write_template
from app.services.actor import Actor
from app.services.container import Services
from app.services.inmates_dto import ACTIVE, ExpiryWarning, InmateFilter, InmateRow
from app.ui.common.field_errors import WARNING_STYLE
from app.ui.common.messages import show_error
from app.ui.common.paged_model import ROW_ROLE
from app.ui.common.worker import JobHandle, run_job
from app.ui.inmates.choices import religion_text, sex_letter, sex_text
from app.ui.inmates.model import COLUMNS, inmate_model, shown_order, status_text
from app.ui.inmates.record_dialog import InmateDialog
from app.ui.inmates.status import expiry_counts_text, expiry_status_text
from app.ui.inmates.view import NOTICE_STYLE, InmatesView

SEARCH_DELAY_MS = 200
BANNER_NAMES = 6
NAME_COLUMN = 1
NAME_MIN_WIDTH = 170  # "Agus Sulistyo Susilo"; longer names show whole in the record


def _tr(text: str) -> str:
    return QCoreApplication.translate("inmates", text)


class InmatesTab(QWidget):
    inmate_saved = Signal(str)
    warnings_changed = Signal(str)  # the status-bar text (empty when nothing expires soon)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.can_edit = actor.can(Permission.EDIT_REGISTER)
        self.view = InmatesView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.filter = InmateFilter(status=ACTIVE)
        self.dialog: QDialog | None = None
        self.job: JobHandle | None = None
        self.warnings: list[ExpiryWarning] = []
        self.expiry_counts = (0, 0)  # (within 3 days or past, in 4-10 days): see expiry_counts_text
        self.ready = False  # blocks and warnings loaded (just after the first paint)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        self._fill_filters()
        self.model = inmate_model(self._fetch, self._count, self._sort, self)
        self.view.table.setModel(self.model)
        self.view.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate(self._column_widths()):
            self.view.table.setColumnWidth(column, width)
        self.model.reloaded.connect(self._update_count)
        self._connect()
        self._update_count()
        # Not needed for the first page: filled right after it is painted.
        QTimer.singleShot(0, self._after_first_paint)

    def _column_widths(self) -> list[int]:
        """The list's starting widths; the translated choices (status, religion) as wide as
        their longest word in this language."""
        widths = [130, 230, 40, 95, 60, 85, 80, 130, 130]
        metrics = self.view.table.fontMetrics()
        for column, texts in ((3, [status_text(s.value) for s in Status]),
                              (6, [religion_text(r) for r in RELIGIONS])):  # fmt: skip
            widest = max(metrics.horizontalAdvance(text) for text in texts) + 16
            widths[column] = max(widths[column], widest)
        return widths

    def fit_columns(self) -> None:
        """Narrow the name column (not below NAME_MIN_WIDTH) so that the last column, the NIK,
        shows its 16 digits without scrolling when the tab is narrower than the starting widths
        (1100 px in English)."""
        table, header = self.view.table, self.view.table.horizontalHeader()
        last = header.count() - 1
        nik = table.fontMetrics().horizontalAdvance("0" * 16) + 16
        used = sum(header.sectionSize(column) for column in range(last)) + nik
        spare = table.viewport().width() - used
        if spare < 0:
            name = header.sectionSize(NAME_COLUMN)
            header.resizeSection(NAME_COLUMN, max(NAME_MIN_WIDTH, name + spare))

    def _after_first_paint(self) -> None:
        self.fit_columns()
        self._fill_blocks()
        self.refresh_warnings()
        self.ready = True

    # --- wiring -------------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        v = self.view
        v.status.addItem(self.tr("Penghuni (tahanan + napi)"), ACTIVE)
        v.status.addItem(self.tr("Semua status"), "")
        for status in Status:
            v.status.addItem(_tr(STATUS_LABELS[status]), status.value)
        v.code.addItem(self.tr("Semua"), "")
        for code in RegCode:
            v.code.addItem(code.value, code.value)
        v.religion.addItem(self.tr("Semua"), "")
        for religion in RELIGIONS:
            v.religion.addItem(religion_text(religion), religion)
        v.sex.addItem(self.tr("Semua"), "")
        for sex in SEXES:
            v.sex.addItem(sex_letter(sex), sex)
            v.sex.setItemData(v.sex.count() - 1, sex_text(sex), Qt.ItemDataRole.ToolTipRole)
        v.block.addItem(self.tr("Semua"), "")

    def _fill_blocks(self) -> None:
        combo = self.view.block
        current = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Semua"), "")
        for block in self.services.inmates.distinct_values(self.actor, "block"):
            combo.addItem(block, block)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _connect(self) -> None:
        v = self.view
        v.search.textChanged.connect(self._typed)
        v.search.returnPressed.connect(self.open_selected)
        for combo in (v.status, v.code, v.block, v.religion, v.sex):
            combo.currentIndexChanged.connect(self.apply_filters)
        v.table.activated.connect(self._open_index)
        v.table.doubleClicked.connect(self._open_index)
        v.new_button.clicked.connect(self.new_inmate)
        v.open_button.clicked.connect(self.open_selected)
        v.import_button.clicked.connect(self.choose_import)
        v.export_button.clicked.connect(self.choose_export)
        v.print_button.clicked.connect(self.print_list)
        v.template_button.clicked.connect(self.choose_template)
        v.pattern_button.clicked.connect(self.edit_pattern)
        v.pattern_button.setVisible(self.actor.can(Permission.EDIT_FACILITY))
        v.new_button.setVisible(self.can_edit)
        v.import_button.setVisible(self.can_edit)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        new = QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_inmate)
        new.setEnabled(self.can_edit)

    # --- list ---------------------------------------------------------------------------------
    @Slot(str)
    def _typed(self, _text: str) -> None:
        self._timer.start()  # debounced: the list reloads once typing pauses

    def _fetch(self, offset: int, limit: int) -> list[InmateRow]:
        return self.services.inmates.list_page(self.actor, self.filter, offset, limit)

    def _count(self) -> int:
        return self.services.inmates.count(self.actor, self.filter)

    def _sort(self, key: str, descending: bool) -> None:
        self.filter = replace(self.filter, sort=key, descending=descending,
                              sort_values=shown_order(key))  # fmt: skip

    def current_filter(self) -> InmateFilter:
        v = self.view
        return replace(self.filter, search=v.search.text(), status=v.status.currentData() or "",
                       reg_code=v.code.currentData() or "", block=v.block.currentData() or "",
                       religion=v.religion.currentData() or "", sex=v.sex.currentData() or "")  # fmt: skip

    # --- kept across a rebuild of the window (a language switch) ------------------------------
    def view_state(self) -> InmateFilter:
        """The search, filters and sort as the user left them."""
        return self.current_filter()

    def restore_view_state(self, flt: InmateFilter) -> None:
        """Show the list as `view_state` left it (the choices read in the new language)."""
        v = self.view
        for combo, value in ((v.status, flt.status), (v.code, flt.reg_code), (v.block, flt.block),
                             (v.religion, flt.religion), (v.sex, flt.sex)):  # fmt: skip
            combo.blockSignals(True)
            if value and combo.findData(value) < 0:  # a block: the list is filled after paint
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        v.search.blockSignals(True)
        v.search.setText(flt.search)
        v.search.blockSignals(False)
        column = next((i for i, c in enumerate(COLUMNS) if c.sort_key == flt.sort), None)
        if column is not None:  # the header's arrow, without the reload it would start
            order = Qt.SortOrder.DescendingOrder if flt.descending else Qt.SortOrder.AscendingOrder
            header = v.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(column, order)
            header.blockSignals(False)
            self._sort(flt.sort, flt.descending)  # in the order the new language's labels read
        self.apply_filters()  # the one reload

    @Slot()
    def apply_filters(self) -> None:
        self._timer.stop()
        self.filter = self.current_filter()
        self.model.refresh()
        if self.model.rowCount():
            self.view.table.selectRow(0)

    def _update_count(self) -> None:
        total = self.model.total()
        self.view.count_label.setText(
            self.tr("%Ln WBP", "", total)  # %Ln: the number in the UI language's digits
        )

    def refresh(self) -> None:
        self._fill_blocks()
        self.apply_filters()
        self.refresh_warnings()

    def focus_search(self) -> None:
        self.view.search.setFocus()
        self.view.search.selectAll()

    # --- warnings -----------------------------------------------------------------------------
    def refresh_warnings(self) -> None:
        self.warnings = self.services.inmates.expiry_warnings(self.actor, limit=BANNER_NAMES)
        self.expiry_counts = self.services.inmates.expiry_counts(self.actor)
        urgent, soon = self.expiry_counts
        if not self.warnings:
            self.view.banner.setVisible(False)
            self.warnings_changed.emit("")
            return
        names = ", ".join(escape(f"{w.full_name} ({w.reg_code}, {self._left(w)})") for w in self.warnings)  # fmt: skip
        more = urgent + soon - len(self.warnings)
        text = self.tr("<b>Masa penahanan segera berakhir:</b> {counts} — {names}").format(
            counts=escape(expiry_counts_text(urgent, soon)), names=names)  # fmt: skip
        if more > 0:
            text += self.tr(" dan {n} lainnya").format(n=more)
        self.view.banner.setText("⚠ " + text)
        self.view.banner.setVisible(True)
        self.warnings_changed.emit(self.status_message())

    def _left(self, warning: ExpiryWarning) -> str:
        if warning.days_left < 0:
            return self.tr("lewat %n hari", "", -warning.days_left)
        if warning.days_left == 0:
            return self.tr("hari ini")
        return self.tr("%n hari lagi", "", warning.days_left)

    def status_message(self) -> str:
        """Short text for the main window's status bar."""
        return expiry_status_text(*self.expiry_counts)

    # --- record -------------------------------------------------------------------------------
    def selected_row(self) -> InmateRow | None:
        index = self.view.table.currentIndex()
        if not index.isValid():
            if self.model.rowCount() == 0:
                return None
            index = self.model.index(0, 0)
        return index.data(ROW_ROLE)

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.open_inmate(row.id)

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_inmate(row.id)

    def open_inmate(self, inmate_id: str | None) -> None:
        try:
            dialog = InmateDialog(self.services, self.actor, inmate_id, self)
        except Exception as exc:  # e.g. the record vanished meanwhile
            show_error(self, exc)
            return
        dialog.saved.connect(self._saved)
        dialog.closed_with_warnings.connect(partial(self.notify, warning=True))
        self.dialog = dialog
        dialog.open()

    def new_inmate(self) -> None:
        if self.can_edit:
            self.open_inmate(None)

    def _saved(self, inmate_id: str) -> None:
        self._fill_blocks()
        self.model.refresh()
        self.refresh_warnings()
        self.inmate_saved.emit(inmate_id)

    def edit_pattern(self) -> None:
        from app.ui.inmates.pattern_dialog import PatternDialog

        self.dialog = PatternDialog(self.services, self.actor, self)
        self.dialog.open()

    # --- files --------------------------------------------------------------------------------
    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Impor WBP"), "",
                                              self.tr("Lembar kerja (*.xlsx *.csv)"))  # fmt: skip
        if path:
            self.start_import(Path(path))

    def start_import(self, path: Path) -> None:
        from app.ui.inmates.import_dialog import ImportDialog

        try:
            table = self.services.inmates.read_import_table(self.actor, path)
        except Exception as exc:
            show_error(self, exc)
            return
        dialog = ImportDialog(self.services, self.actor, path, table, self)
        dialog.imported.connect(lambda: self._saved(""))
        self.dialog = dialog
        dialog.open()

    def choose_export(self) -> None:
        path, _chosen = QFileDialog.getSaveFileName(self, self.tr("Ekspor daftar"), "daftar-wbp.xlsx",
                                                   self.tr("Excel (*.xlsx);;CSV (*.csv)"))  # fmt: skip
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> JobHandle:
        flt = self.filter
        self.job = run_job(self, self.tr("Mengekspor daftar WBP"),
                           lambda progress: self.services.inmates.export_list(self.actor, flt, path, progress=progress),
                           on_success=lambda n: self.notify(self.tr("%Ln WBP diekspor ke %1", "", n).replace("%1", str(path))),
                           on_error=lambda exc: show_error(self, exc),
                           on_cancelled=lambda: self.notify(self.tr("Ekspor dibatalkan; {path} tidak diubah.").format(path=path)))  # fmt: skip
        return self.job

    def notify(self, text: str, warning: bool = False) -> None:
        """A non-blocking note beside the count (export finished, template saved); in the
        warning colour for a record saved with warnings."""
        self.view.notice.setStyleSheet(WARNING_STYLE if warning else NOTICE_STYLE)
        self.view.notice.setText(text)

    def choose_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan templat impor"), "templat-impor-wbp.xlsx",
                                              self.tr("Excel (*.xlsx);;CSV (*.csv)"))  # fmt: skip
        if path:
            self.save_template_to(Path(path))

    def save_template_to(self, path: Path) -> None:
        try:
            write_template(path)
        except OSError as exc:
            show_error(self, exc)
            return
        self.notify(self.tr("Templat disimpan: {path}").format(path=path))

    def print_list(self) -> None:
        flt = self.filter
        folder = self.services.paths.data / "dokumen" / "wbp"

        def job(_progress) -> Path:
            pdf = self.services.inmates.list_pdf(self.actor, flt)
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"daftar-wbp-{datetime.now():%Y%m%d-%H%M%S}.pdf"
            path.write_bytes(pdf)
            return path

        self.job = run_job(self, self.tr("Menyusun daftar WBP"), job, on_success=self._preview,
                           on_error=lambda exc: show_error(self, exc))  # fmt: skip

    def _preview(self, path: Path) -> None:
        from app.ui.common.pdf_preview import PdfPreviewDialog
        from app.ui.common.settings import AppSettings

        self.dialog = PdfPreviewDialog(path, AppSettings(self.services.paths.settings_file), self,
                                       title=self.tr("Daftar WBP"))  # fmt: skip
        self.dialog.open()

"""Import with preview: match the file's headers to fields (editable), preview the first rows,
check (nothing written, every problem listed as "baris N: column: message", the message and
the changed fields in the UI's language), then import in the
background — all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.exchange.inmates_columns import COLUMNS, match_headers
from app.exchange.inmates_read import Table
from app.services.actor import Actor
from app.services.container import Services
from app.services.inmates_dto import ImportIssue, ImportReport
from app.ui.common.i18n import ui_language
from app.ui.common.messages import show_error, translate_error
from app.ui.common.worker import JobHandle, run_job
from app.ui.inmates.change_text import field_name, value_text
from app.ui.inmates.record_tables import fmt, text_item

PREVIEW_ROWS = 20
MAPPING_WIDTH = 440  # the header table: a file's header and a field's name side by side


def _tr(text: str) -> str:
    return QCoreApplication.translate("inmates", text)


class ImportDialog(QDialog):
    imported = Signal()

    def __init__(self, services: Services, actor: Actor, path: Path, table: Table,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.path = path
        self.table = table
        self.report: ImportReport | None = None
        self.job: JobHandle | None = None
        self.setWindowTitle(self.tr("Impor WBP — {name}").format(name=path.name))
        self.mapping = QTableWidget(len(table.headers), 2)
        self.mapping.setObjectName("import_mapping")
        self.mapping.setHorizontalHeaderLabels([self.tr("Kolom di berkas"), self.tr("Diisikan ke")])
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.mapping.setColumnWidth(0, 180)
        auto = match_headers(table.headers)
        english = ui_language() == "en"
        self.combos: list[QComboBox] = []
        for row, header in enumerate(table.headers):
            self.mapping.setItem(row, 0, text_item(header))
            combo = QComboBox()
            combo.addItem(self.tr("(abaikan)"), "")
            for column in COLUMNS:
                # the field in the UI's language (the combo stays narrow enough to read whole);
                # both names, as the template's headers give them, in the tooltip
                combo.addItem(column.header_en if english else column.header_id, column.key)
                combo.setItemData(combo.count() - 1, f"{column.header_id} / {column.header_en}",
                                  Qt.ItemDataRole.ToolTipRole)  # fmt: skip
            combo.setCurrentIndex(max(0, combo.findData(auto.get(row, ""))))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping.setCellWidget(row, 1, combo)
            self.combos.append(combo)
        self.preview = QTableWidget(min(PREVIEW_ROWS, len(table.rows)), len(table.headers))
        self.preview.setObjectName("import_preview")
        self.preview.setHorizontalHeaderLabels(table.headers)
        self.preview.setVerticalHeaderLabels([str(n) for n, _ in table.rows[:PREVIEW_ROWS]])
        for r, (_, cells) in enumerate(table.rows[:PREVIEW_ROWS]):
            for c in range(len(table.headers)):
                self.preview.setItem(r, c, text_item(fmt(cells[c]) if c < len(cells) else ""))
        self.summary = QLabel(
            self.tr("%n baris data. Periksa dulu, lalu impor.", "", len(table.rows))
        )
        self.summary.setWordWrap(True)
        self.output = QPlainTextEdit()
        self.output.setObjectName("import_report")
        self.output.setReadOnly(True)
        self.check_button = QPushButton(self.tr("&Periksa"))
        self.import_button = QPushButton(self.tr("&Impor"))
        self.import_button.setObjectName("import_button")
        self.import_button.setEnabled(False)
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.run_import)
        close = QPushButton(self.tr("&Tutup"))
        close.clicked.connect(self.reject)
        top = QSplitter()
        top.addWidget(self.mapping)
        top.addWidget(self.preview)
        top.setSizes([MAPPING_WIDTH, 1000 - MAPPING_WIDTH])
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Cocokkan judul kolom berkas dengan isian Sibina:")))
        layout.addWidget(top, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.output, 1)
        layout.addLayout(buttons)
        self.resize(1000, 620)

    def current_mapping(self) -> dict[int, str]:
        return {
            i: combo.currentData() for i, combo in enumerate(self.combos) if combo.currentData()
        }

    def _mapping_changed(self) -> None:
        self.import_button.setEnabled(False)
        self.report = None

    def check(self) -> ImportReport | None:
        try:
            report = self.services.inmates.import_table(self.actor, self.table, dry_run=True,
                                                        mapping=self.current_mapping())  # fmt: skip
        except Exception as exc:
            show_error(self, exc)
            return None
        self.show_report(report)
        self.import_button.setEnabled(report.ok and any(c.action != "same" for c in report.changes))
        return report

    def show_report(self, report: ImportReport) -> None:
        self.report = report
        lines = [self._issue_line(issue) for issue in report.issues]
        lines += [self.tr("peringatan: {issue}").format(issue=self._issue_line(w))
                  for w in report.warnings]  # fmt: skip
        for change in report.changes:
            if change.action == "update":
                fields = ", ".join(
                    f"{field_name(k)}: {value_text(k, old)} → {value_text(k, new)}"
                    for k, (old, new) in change.changes.items() if not isinstance(new, list)
                )  # fmt: skip
                lines.append(self.tr("baris {row}: {number}: diubah {fields}").format(
                    row=change.row, number=change.reg_number, fields=fields or self.tr("(perkara/penahanan)")))  # fmt: skip
        self.output.setPlainText("\n".join(lines))
        counts = {a: report.count(a) for a in ("create", "update", "same")}
        if report.issues:
            text = self.tr(
                "{n} masalah — tidak ada yang akan ditulis sampai semua baris benar."
            ).format(n=len(report.issues))
            self.summary.setStyleSheet("color: #b00020;")
        else:
            verb = self.tr("ditulis") if report.written else self.tr("siap diimpor")
            text = self.tr("{rows} baris: {create} baru, {update} diubah, {same} sama — {verb}.").format(
                rows=report.rows, verb=verb, **counts)  # fmt: skip
            self.summary.setStyleSheet("")
        self.summary.setText(text)

    def _issue_line(self, issue: ImportIssue) -> str:
        """ "baris N: column: message", the message in the UI's language ("baris 1: message"
        for the header row as a whole)."""
        message = translate_error(issue.message, issue.params)
        if not issue.field:
            return self.tr("baris {row}: {message}").format(row=issue.row, message=message)
        return self.tr("baris {row}: {field}: {message}").format(
            row=issue.row, field=issue.field, message=message
        )

    def run_import(self) -> JobHandle:
        mapping = self.current_mapping()
        self.import_button.setEnabled(False)
        self.job = run_job(self, self.tr("Mengimpor WBP"),
                           lambda progress: self.services.inmates.import_table(
                               self.actor, self.table, mapping=mapping, progress=progress),
                           on_success=self._done, on_error=lambda exc: show_error(self, exc))  # fmt: skip
        return self.job

    def _done(self, report: ImportReport) -> None:
        self.show_report(report)
        if report.written:
            self.imported.emit()

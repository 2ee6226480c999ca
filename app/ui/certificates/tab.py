"""The Certificates tab's controller: filters -> paged register, and the actions.

Issuing runs in the background (progress + cancel; a cancelled batch issues nothing). Every PDF
made here is written under the data folder's "dokumen/sertifikat" and shown in the preview.
Dialogs are opened with `open()` (window-modal, non-blocking) and kept on `self`, so tests can
fill them in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QTimer, Slot
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from app.domain.roles import Permission
from app.services.actor import Actor
from app.services.certificates import CertificateDTO, CertificateFilter, IssuedBatch
from app.services.container import Services
from app.text import QT_TRANSLATE_NOOP
from app.ui.certificates.dialogs import IssueDialog, ReasonDialog
from app.ui.certificates.model import register_model
from app.ui.certificates.verify_dialog import VerifyDialog
from app.ui.certificates.view import CertificatesView
from app.ui.common.documents import preview_document, save_document, slug
from app.ui.common.messages import show_error
from app.ui.common.paged_model import ROW_ROLE
from app.ui.common.pdf_preview import PdfPreviewDialog
from app.ui.common.settings import AppSettings
from app.ui.common.worker import JobHandle, run_job

STATUSES = (
    ("", QT_TRANSLATE_NOOP("certificates", "Semua status")),
    ("valid", QT_TRANSLATE_NOOP("certificates", "Berlaku")),
    ("revoked", QT_TRANSLATE_NOOP("certificates", "Dicabut")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("certificates", text)


class CertificatesTab(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.settings = AppSettings(services.paths.settings_file)
        self.view = CertificatesView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.dialog: QDialog | None = None  # the dialog opened last (tests fill it in)
        self.preview: PdfPreviewDialog | None = None
        self.job: JobHandle | None = None
        self.last_batch: IssuedBatch | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._fill_filters()
        self.model = register_model(self._fetch, self._count)
        self.view.table.setModel(self.model)
        self.view.fit_columns()
        self._wire()
        self._apply_permissions()
        self._update_count()

    # --- set-up -------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        v = self.view
        v.kind.addItem(_tr(QT_TRANSLATE_NOOP("certificates", "Semua jenis")), "")
        for kind in self.services.certificates.kinds():
            v.kind.addItem(_tr(kind.label), kind.code)
        v.year.addItem(_tr(QT_TRANSLATE_NOOP("certificates", "Semua tahun")), 0)
        for year in self.services.certificates.years(self.actor):
            v.year.addItem(str(year), year)
        for code, label in STATUSES:
            v.status.addItem(_tr(label), code)

    def _wire(self) -> None:
        v = self.view
        v.search.textChanged.connect(lambda _t: self._search_timer.start())
        self._search_timer.timeout.connect(self.refresh)
        for combo in (v.kind, v.year, v.status):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        v.issue_button.clicked.connect(self.open_issue_dialog)
        v.reprint_button.clicked.connect(self.open_reprint_dialog)
        v.revoke_button.clicked.connect(self.open_revoke_dialog)
        v.verify_button.clicked.connect(self.open_verify_dialog)
        v.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.model.reloaded.connect(self._update_count)
        self.model.reloaded.connect(self._selection_changed)

    def _apply_permissions(self) -> None:
        v = self.view
        v.issue_button.setVisible(self.actor.can(Permission.ISSUE_CERTIFICATES))
        v.reprint_button.setVisible(self.actor.can(Permission.ISSUE_CERTIFICATES))
        v.revoke_button.setVisible(self.actor.can(Permission.REVOKE_CERTIFICATES))
        self._selection_changed()

    # --- the register -------------------------------------------------------------------
    def current_filter(self) -> CertificateFilter:
        v = self.view
        return CertificateFilter(v.search.text(), v.kind.currentData() or "",
                                 v.year.currentData() or None, v.status.currentData() or "")  # fmt: skip

    def _fetch(self, offset: int, limit: int) -> list[CertificateDTO]:
        return self.services.certificates.list(self.actor, self.current_filter(), offset, limit)

    def _count(self) -> int:
        return self.services.certificates.count(self.actor, self.current_filter())

    @Slot()
    def refresh(self) -> None:
        self._search_timer.stop()
        self.model.refresh()

    def _update_count(self) -> None:
        self.view.count_label.setText(self.tr("%n sertifikat", "", self.model.total()))

    def selected(self) -> CertificateDTO | None:
        index = self.view.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    @Slot()
    def _selection_changed(self, *_args: QModelIndex) -> None:
        cert = self.selected()
        self.view.reprint_button.setEnabled(cert is not None and not cert.revoked)
        self.view.revoke_button.setEnabled(cert is not None and not cert.revoked)
        if cert is None:
            self.view.detail.setText("")
        elif cert.revoked:
            self.view.detail.setText(
                self.tr("%1 dicabut oleh %2: %3")
                .replace("%1", cert.number).replace("%2", cert.revoked_by)
                .replace("%3", cert.revoked_reason)
            )  # fmt: skip
        else:
            self.view.detail.setText(
                self.tr("%1 — diterbitkan oleh %2, SHA-256 PDF %3…")
                .replace("%1", cert.number).replace("%2", cert.issued_by)
                .replace("%3", cert.pdf_sha256[:16])
            )  # fmt: skip

    # --- issue --------------------------------------------------------------------------
    @Slot()
    def open_issue_dialog(self) -> IssueDialog:
        dialog = IssueDialog(self.services.certificates.kinds(), self.services.clock().date(), self)
        dialog.accepted.connect(lambda: self.issue(dialog))
        self._open(dialog)
        return dialog

    def issue(self, dialog: IssueDialog) -> None:
        requests, on, second = dialog.requests(), dialog.issue_date(), dialog.second_signer()
        service, actor = self.services.certificates, self.actor
        self.job = run_job(
            self, self.tr("Menerbitkan sertifikat"),
            lambda progress: service.issue(actor, requests, issued_on=on, second_signer=second,
                                           progress=progress),
            on_success=self._issued, on_error=lambda exc: show_error(self, exc),
        )  # fmt: skip

    def _issued(self, batch: IssuedBatch) -> None:
        self.last_batch = batch
        self._reload_years()
        self.refresh()
        first = batch.certificates[0]
        name = f"sertifikat-{first.issued_on.isoformat()}-{slug(first.number)}"
        if len(batch.certificates) > 1:
            name += f"-dst-{len(batch.certificates)}"
        self.show_pdf(batch.pdf, name, self.tr("Sertifikat"))

    def _reload_years(self) -> None:
        combo = self.view.year
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for year in self.services.certificates.years(self.actor):
            combo.addItem(str(year), year)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    # --- reprint and revoke -------------------------------------------------------------
    @Slot()
    def open_reprint_dialog(self) -> ReasonDialog | None:
        cert = self.selected()
        if cert is None:
            return None
        dialog = ReasonDialog(
            self.tr("Cetak ulang %1").replace("%1", cert.number),
            self.tr("Cetak ulang dicatat di register dan log audit. Alasan (boleh kosong):"),
            self.tr("&Cetak ulang"), required=False, parent=self,
        )  # fmt: skip
        dialog.accepted.connect(lambda: self._reprint(cert, dialog.text()))
        self._open(dialog)
        return dialog

    def _reprint(self, cert: CertificateDTO, reason: str) -> None:
        try:
            pdf = self.services.certificates.reprint(self.actor, cert.id, reason)
        except Exception as exc:  # shown to the user
            show_error(self, exc)
            return
        self.refresh()
        self.show_pdf(pdf, f"cetak-ulang-{slug(cert.number)}", self.tr("Cetak ulang"))

    @Slot()
    def open_revoke_dialog(self) -> ReasonDialog | None:
        cert = self.selected()
        if cert is None:
            return None
        dialog = ReasonDialog(
            self.tr("Cabut %1").replace("%1", cert.number),
            self.tr("Sertifikat %1 atas nama %2 akan dicabut. Nomornya tidak dipakai lagi dan "
                    "verifikasi akan menyatakan DICABUT.")
            .replace("%1", cert.number).replace("%2", cert.recipient_name),
            self.tr("&Cabut sertifikat"), required=True, parent=self,
        )  # fmt: skip
        dialog.accepted.connect(lambda: self._revoke(cert, dialog.text()))
        self._open(dialog)
        return dialog

    def _revoke(self, cert: CertificateDTO, reason: str) -> None:
        try:
            self.services.certificates.revoke(self.actor, cert.id, reason)
        except Exception as exc:  # shown to the user
            show_error(self, exc)
            return
        self.refresh()

    # --- verify and preview -------------------------------------------------------------
    @Slot()
    def open_verify_dialog(self) -> VerifyDialog:
        dialog = VerifyDialog(self.services.certificates, self)
        self._open(dialog)
        return dialog

    def show_pdf(self, pdf: bytes, name: str, title: str) -> Path:
        path = save_document(self.services.paths, "sertifikat", name, pdf)
        self.preview = preview_document(self, self.services.paths, path, title)
        return path

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

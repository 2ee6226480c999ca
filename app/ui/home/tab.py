"""The home tab's controller: reads the facility, session, demo flag and audit chain status.

The audit chain check walks every event, so it runs in the background (no progress dialog) and
the label says "checking" until it is done. `refresh()` reloads everything (e.g. after the
facility profile was edited).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QVBoxLayout, QWidget
from shiboken6 import isValid

from app.domain.dates import day_name, long_date
from app.domain.roles import ROLE_LABELS
from app.errors import NotFound
from app.services.actor import Actor
from app.services.audit import VerifyResult
from app.services.container import Services
from app.text import QT_TRANSLATE_NOOP
from app.ui.common.i18n import ui_language
from app.ui.common.worker import JobHandle, run_job
from app.ui.home.view import LOGO_PX, HomeView

NO_LOGO_STYLE = "border: 1px dashed #9e9e9e; color: #757575;"
OK_STYLE = "color: #1b5e20;"
BROKEN_STYLE = "color: #b00020; font-weight: bold;"

# VerifyResult.reason is plain English from the service; shown translated.
REASONS = {
    "event missing (deleted)": QT_TRANSLATE_NOOP("HomeTab", "peristiwa hilang (dihapus)"),
    "previous hash does not match": QT_TRANSLATE_NOOP("HomeTab", "hash sebelumnya tidak cocok"),
    "content changed": QT_TRANSLATE_NOOP("HomeTab", "isi peristiwa diubah"),
    "newest events missing (deleted)": QT_TRANSLATE_NOOP(
        "HomeTab", "peristiwa terbaru hilang (dihapus)"
    ),
    "chain head missing": QT_TRANSLATE_NOOP("HomeTab", "kepala rantai hilang"),
}


def today_text(services: Services, lang: str) -> str:
    """ "Selasa, 15 Juli 2025": the day name and the long date of the services' clock."""
    today = services.clock().date()
    return f"{day_name(today, lang)}, {long_date(today, lang)}"


class HomeTab(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.view = HomeView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.audit_job: JobHandle | None = None
        self.audit_result: VerifyResult | None = None
        self.view.audit_check.clicked.connect(self.check_audit)
        self.refresh()

    def refresh(self) -> None:
        self.show_facility()
        self.show_session()
        self.view.demo_notice.setVisible(self.services.meta.is_demo())
        self.check_audit()

    def show_facility(self) -> None:
        v = self.view
        try:
            profile = self.services.facility.get()
        except NotFound:
            v.facility_name.setText(self.tr("Profil fasilitas belum diisi"))
            for label in (v.facility_address, v.facility_head, v.facility_code):
                label.clear()
            v.logo.clear()
            return
        v.facility_name.setText(profile.name)
        v.facility_address.setText(", ".join(p for p in (profile.address, profile.city) if p))
        v.facility_head.setText(
            self.tr("Kepala: {name} — NIP {nip}").format(
                name=profile.head_name, nip=profile.head_nip
            )
        )
        v.facility_code.setText(self.tr("Kode fasilitas: {code}").format(code=profile.code))
        pixmap = QPixmap()
        v.logo.setStyleSheet("")
        if profile.logo_png and pixmap.loadFromData(profile.logo_png):
            v.logo.setPixmap(
                pixmap.scaled(
                    LOGO_PX,
                    LOGO_PX,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            v.logo.setStyleSheet(NO_LOGO_STYLE)
            v.logo.setText(self.tr("(tanpa logo)"))

    def show_session(self) -> None:
        role = QCoreApplication.translate("roles", ROLE_LABELS[self.actor.role])
        self.view.user_name.setText(f"{self.actor.full_name} ({self.actor.username})")
        self.view.user_role.setText(role)
        self.view.today.setText(today_text(self.services, ui_language()))

    @Slot()
    def check_audit(self) -> None:
        if self.audit_job is not None and not self.audit_job.is_finished:
            return
        self.view.audit_status.setStyleSheet("")
        self.view.audit_status.setText(self.tr("Memeriksa rantai log audit…"))
        self.view.audit_check.setEnabled(False)
        self.audit_job = run_job(
            self, self.tr("Memeriksa log audit"), lambda _progress: self.services.audit.verify(),
            on_success=self._audit_checked, on_error=self._audit_failed, show_dialog=False,
        )  # fmt: skip

    def _audit_checked(self, result: VerifyResult) -> None:
        if not isValid(self):  # the tab was closed (log out) while the check ran
            return
        self.audit_result = result
        self.view.audit_check.setEnabled(True)
        if result.ok:
            self.view.audit_status.setStyleSheet(OK_STYLE)
            self.view.audit_status.setText(
                self.tr("✔ Log audit utuh, %n peristiwa.", "", result.count)
            )
            return
        reason = QCoreApplication.translate("HomeTab", REASONS.get(result.reason, result.reason))
        self.view.audit_status.setStyleSheet(BROKEN_STYLE)
        self.view.audit_status.setText(
            self.tr(
                "✖ Log audit RUSAK mulai peristiwa #{id}: {reason}. {count} peristiwa sebelumnya "
                "utuh. Laporkan ke admin; jangan ubah basis data."
            ).format(id=result.broken_id, reason=reason, count=result.count)
        )

    def _audit_failed(self, exc: Exception) -> None:
        if not isValid(self):
            return
        self.view.audit_check.setEnabled(True)
        self.view.audit_status.setStyleSheet(BROKEN_STYLE)
        self.view.audit_status.setText(
            self.tr("Log audit tidak dapat diperiksa: {error}").format(error=exc)
        )

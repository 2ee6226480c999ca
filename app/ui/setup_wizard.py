"""First start: a wizard for the facility profile and the first administrator (or demo data).

Nothing is written until the last page: `services.setup.complete()` writes the profile and the
admin in one transaction, and every field problem it reports is shown next to its field. The
welcome page can instead fill the empty database with the fictional demo facility (a background
job with progress and cancel), which also finishes the wizard.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.errors import SibinaError, ValidationError
from app.services.demo import DEFAULT_PASSWORD, DEMO_USERS, DemoOptions, DemoResult
from app.services.facility import validate_profile
from app.ui.common.facility_form import FacilityForm
from app.ui.common.field_errors import ErrorLabel, FieldErrors
from app.ui.common.messages import show_error, translate_error
from app.ui.common.worker import JobHandle, run_job

ADMIN_FIELDS = ("admin_username", "admin_full_name", "admin_password")


class WelcomePage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Selamat datang di Sibina"))
        intro = QLabel(
            self.tr(
                "Sibina belum disiapkan di komputer ini. Wizard ini meminta profil fasilitas "
                "(nama, kode, alamat, kepala dan logo yang dicetak pada setiap dokumen) dan "
                "membuat akun administrator pertama.\n\n"
                "Tidak ada yang disimpan sebelum Anda menekan Selesai pada halaman terakhir."
            )
        )
        intro.setWordWrap(True)
        demo_hint = QLabel(
            self.tr(
                "Hanya ingin mencoba? Data demo mengisi fasilitas fiktif beserta pengguna untuk "
                "setiap peran. Masuk sebagai <b>{user}</b> dengan kata sandi <b>{password}</b>. "
                "Jangan gunakan data demo untuk pekerjaan sungguhan."
            ).format(user=DEMO_USERS[0][0], password=DEFAULT_PASSWORD)
        )
        demo_hint.setWordWrap(True)
        demo_hint.setTextFormat(Qt.TextFormat.RichText)
        self.demo_button = QPushButton(self.tr("Isi data &demo"))
        self.demo_button.clicked.connect(wizard.load_demo)
        self.demo_status = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(16)
        layout.addWidget(demo_hint)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.demo_status)
        layout.addStretch(1)


class FacilityPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Profil fasilitas"))
        self.setSubTitle(
            self.tr("Dicetak pada kop surat, sertifikat dan setiap paket data. Dapat diubah nanti.")
        )
        self.form = FacilityForm()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)

    def validatePage(self) -> bool:
        """Check the profile's own rules here (nothing is written yet)."""
        errors = validate_profile(self.form.profile())
        self.form.show_errors(errors)
        return not errors


class AdminPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Administrator pertama"))
        self.setSubTitle(
            self.tr("Akun ini mengelola pengguna, profil fasilitas, cadangan dan log audit.")
        )
        self.errors = FieldErrors()
        self.username_edit = QLineEdit()
        self.username_edit.setPlaceholderText(self.tr("mis. admin"))
        self.full_name_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        rows = (
            (self.tr("&Nama pengguna:"), "admin_username", self.username_edit),
            (self.tr("Nama lengk&ap:"), "admin_full_name", self.full_name_edit),
            (self.tr("Kata san&di:"), "admin_password", self.password_edit),
            (self.tr("&Ulangi kata sandi:"), "repeat", self.repeat_edit),
        )
        for text, field, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            self.errors.row(form, label, field, widget)
        hint = QLabel(self.tr("Kata sandi minimal 8 karakter dan memuat huruf serta angka."))
        hint.setWordWrap(True)
        self.message = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        return self._wizard.complete()


class SetupWizard(QWizard):
    """exec() returns Accepted once the facility and the first admin (or the demo) are saved."""

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.demo_result: DemoResult | None = None
        self.demo_job: JobHandle | None = None
        self.setWindowTitle(self.tr("Penyiapan Sibina"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Kembali"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Lanjut >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Selesai"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Batal"))
        self.welcome_page = WelcomePage(self)
        self.facility_page = FacilityPage()
        self.admin_page = AdminPage(self)
        self.addPage(self.welcome_page)
        self.addPage(self.facility_page)
        self.addPage(self.admin_page)
        self.setMinimumSize(640, 560)

    # --- finishing with a real facility -------------------------------------------------------
    def complete(self) -> bool:
        """Write profile + admin; on problems show each next to its field and stay."""
        page = self.admin_page
        page.message.set_message("")
        entered = (self.facility_page.form.profile(), page.username_edit.text(),
                   page.full_name_edit.text(), page.password_edit.text())  # fmt: skip
        if page.password_edit.text() != page.repeat_edit.text():
            # every problem at once: the others too, not only after the passwords match
            others = self.services.setup.problems(*entered)
            self._show_errors(others)  # focuses the first of them, in form order
            page.errors.label("repeat").set_message(self.tr("Kata sandi tidak sama."))
            if not others:
                page.repeat_edit.setFocus()
            return False
        try:
            self.services.setup.complete(*entered)
        except ValidationError as exc:
            self._show_errors(exc.field_errors)
            return False
        except SibinaError as exc:
            page.message.set_message(translate_error(exc.template, exc.params))
            return False
        return True

    def _show_errors(self, field_errors: dict[str, str]) -> None:
        page = self.admin_page
        admin = {k: v for k, v in field_errors.items() if k in ADMIN_FIELDS}
        facility = {k: v for k, v in field_errors.items() if k not in ADMIN_FIELDS}
        page.errors.show(admin)
        unknown = self.facility_page.form.errors.show(facility, focus=False)
        if len(unknown) < len(facility):
            page.message.set_message(
                self.tr("Periksa juga isian yang ditandai pada halaman profil fasilitas (Kembali).")
            )
        elif unknown:
            page.message.set_message(translate_error(next(iter(unknown.values())), {}))

    # --- demo data ----------------------------------------------------------------------------
    def load_demo(self) -> None:
        self.welcome_page.demo_button.setEnabled(False)
        self.welcome_page.demo_status.set_message("")
        self.demo_job = run_job(
            self,
            self.tr("Mengisi data demo"),
            lambda progress: self.services.demo.load(DemoOptions(), progress),
            on_success=self._demo_loaded,
            on_error=self._demo_failed,
            on_cancelled=self._demo_cancelled,
        )

    def _demo_loaded(self, result: DemoResult) -> None:
        self.demo_result = result
        self.accept()

    def _demo_failed(self, exc: Exception) -> None:
        self.welcome_page.demo_button.setEnabled(True)
        if isinstance(exc, SibinaError):
            self.welcome_page.demo_status.set_message(translate_error(exc.template, exc.params))
        else:
            show_error(self, exc)

    def _demo_cancelled(self) -> None:
        self.welcome_page.demo_button.setEnabled(True)
        self.welcome_page.demo_status.set_message(
            self.tr("Pengisian data demo dibatalkan; tidak ada yang disimpan.")
        )

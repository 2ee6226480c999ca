"""Editing the facility profile later (admins): the same form as the setup wizard's page."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.roles import Permission
from app.errors import NotFound, SibinaError, ValidationError
from app.services.actor import Actor, require
from app.services.facility import FacilityProfile
from app.ui.common.dialog_buttons import save_cancel_buttons
from app.ui.common.facility_form import FacilityForm
from app.ui.common.field_errors import ErrorLabel
from app.ui.common.messages import translate_error


class FacilityDialog(QDialog):
    """After Accepted, `saved` holds the profile as stored."""

    def __init__(self, services, actor: Actor, parent: QWidget | None = None) -> None:
        require(actor, Permission.EDIT_FACILITY)  # before any widget exists
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.saved: FacilityProfile | None = None
        self.setWindowTitle(self.tr("Profil fasilitas"))
        intro = QLabel(
            self.tr("Profil ini dicetak pada kop surat, sertifikat dan setiap paket data.")
        )
        intro.setWordWrap(True)
        self.form = FacilityForm()
        self.message = ErrorLabel()
        self.buttons, self.save_button, _ = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        key_box = self._public_key_box()
        if key_box is not None:
            layout.addWidget(key_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        with contextlib.suppress(NotFound):  # no profile yet: start empty
            self.form.set_profile(services.facility.get())
        self.form.name_edit.setFocus()

    def _public_key_box(self) -> QGroupBox | None:
        """The facility's certificate signing key (public half): agencies and other Sibina
        installations use it to check certificate QR codes offline."""
        certificates = getattr(self._services, "certificates", None)
        if certificates is None:
            return None
        key, fingerprint = certificates.public_key_info()
        box = QGroupBox(self.tr("Kunci publik sertifikat"))
        form = QFormLayout(box)
        self.public_key_edit = QLineEdit(key)
        self.public_key_edit.setReadOnly(True)
        self.public_key_edit.setCursorPosition(0)
        self.public_key_edit.setObjectName("public_key")
        copy = QPushButton(self.tr("Salin"))
        copy.setAutoDefault(False)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(key))
        row = QHBoxLayout()
        row.addWidget(self.public_key_edit, 1)
        row.addWidget(copy)
        form.addRow(self.tr("Kunci (Ed25519):"), row)
        fingerprint_label = QLabel(fingerprint)
        fingerprint_label.setObjectName("public_key_fingerprint")
        fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Sidik jari:"), fingerprint_label)
        return box

    def accept(self) -> None:
        self.message.set_message("")
        try:
            self.saved = self._services.facility.update(self._actor, self.form.profile())
        except ValidationError as exc:
            leftover = self.form.show_errors(exc.field_errors)
            if leftover:
                self.message.set_message(translate_error(next(iter(leftover.values()))))
            return
        except SibinaError as exc:
            self.form.clear_errors()
            self.message.set_message(translate_error(exc.template, exc.params))
            return
        super().accept()

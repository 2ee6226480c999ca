"""Editing the facility profile later (admins): the same form as the setup wizard's page."""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.domain.roles import Permission
from app.errors import NotFound, SibinaError, ValidationError
from app.services.actor import Actor, require
from app.services.facility import FacilityProfile
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
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("&Simpan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("&Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        with contextlib.suppress(NotFound):  # no profile yet: start empty
            self.form.set_profile(services.facility.get())
        self.form.name_edit.setFocus()

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

"""Changing one's own password: old, new, repeat.

`forced=True` is used after an admin reset the password: the dialog says why, and its only way
out besides changing the password is "Keluar dari Sibina" (the caller quits when it is rejected).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import SibinaError, ValidationError
from app.services.actor import Actor
from app.ui.common.dialog_buttons import save_cancel_buttons
from app.ui.common.field_errors import ErrorLabel, FieldErrors
from app.ui.common.messages import translate_error


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class ChangePasswordDialog(QDialog):
    def __init__(
        self, auth_service, actor: Actor, parent: QWidget | None = None, forced: bool = False
    ) -> None:
        super().__init__(parent)
        self._auth = auth_service
        self._actor = actor
        self.forced = forced
        self.setWindowTitle(self.tr("Ganti kata sandi"))
        self.errors = FieldErrors()
        self.old_edit = password_edit()
        self.new_edit = password_edit()
        self.repeat_edit = password_edit()

        intro = QLabel(
            self.tr(
                "Kata sandi Anda baru saja diatur ulang oleh admin. Buat kata sandi baru "
                "sebelum melanjutkan; kata sandi sementara dari admin adalah kata sandi lama."
            )
            if forced
            else self.tr("Ganti kata sandi untuk akun {username}.").format(username=actor.username)
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for text, field, widget in (
            (self.tr("Kata sandi &lama:"), "old_password", self.old_edit),
            (self.tr("Kata sandi ba&ru:"), "new_password", self.new_edit),
            (self.tr("&Ulangi kata sandi baru:"), "repeat", self.repeat_edit),
        ):
            self.errors.row(form, QLabel(text), field, widget)  # row() sets the buddy
        hint = QLabel(self.tr("Minimal 8 karakter, memuat huruf dan angka."))
        self.message = ErrorLabel()

        self.buttons, self.save_button, self.cancel_button = save_cancel_buttons(
            self, self.tr("&Keluar dari Sibina") if forced else None
        )

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.old_edit.setFocus()

    def accept(self) -> None:
        self.message.set_message("")
        if self.new_edit.text() != self.repeat_edit.text():
            self.errors.clear()
            self.repeat_edit.clear()  # before the message: a change of the field clears it
            self.errors.label("repeat").set_message(self.tr("Kata sandi baru tidak sama."))
            self.repeat_edit.setFocus()
            return
        try:
            self._auth.change_own_password(self._actor, self.old_edit.text(), self.new_edit.text())
        except ValidationError as exc:
            leftover = self.errors.show(exc.field_errors)
            if leftover:
                self.message.set_message(translate_error(next(iter(leftover.values())), {}))
            return
        except SibinaError as exc:
            self.message.set_message(translate_error(exc.template, exc.params))
            return
        super().accept()

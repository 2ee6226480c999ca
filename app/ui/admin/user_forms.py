"""The small forms of user administration: new user, change role, reset password.

Each form calls the service itself in accept(), so a problem is shown next to its field and the
form stays open with what was typed; `result_user` holds the saved UserDTO after Accepted.
"""

from __future__ import annotations

import secrets
import string
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.roles import ROLE_LABELS, Role
from app.errors import SibinaError, ValidationError
from app.services.actor import Actor
from app.services.users import NewUser, UserDTO
from app.ui.common.dialog_buttons import save_cancel_buttons
from app.ui.common.field_errors import ErrorLabel, FieldErrors
from app.ui.common.messages import translate_error


def role_label(role: Role) -> str:
    return QCoreApplication.translate("roles", ROLE_LABELS[Role(role)])


def role_combo(current: Role | None = None) -> QComboBox:
    combo = QComboBox()
    for role in Role:
        combo.addItem(role_label(role), role.value)
    if current is not None:
        combo.setCurrentIndex(combo.findData(Role(current).value))
    return combo


def temporary_password() -> str:
    """A readable temporary password with letters and digits (passes the password rule)."""
    letters = "".join(secrets.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(6))
    digits = "".join(secrets.choice(string.digits[2:]) for _ in range(4))
    return f"{letters}{digits}"


def password_edit(echo: bool = False) -> QLineEdit:
    edit = QLineEdit()
    if not echo:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class _ServiceForm(QDialog):
    """A form dialog whose Simpan runs `save()`; field errors go next to the fields."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.errors = FieldErrors()
        self.result_user: UserDTO | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setVisible(False)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.message = ErrorLabel()
        self.buttons, self.save_button, _ = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(True)

    def add_row(self, text: str, field: str, widget: QWidget) -> None:
        self.errors.row(self.form, QLabel(text), field, widget)  # row() sets the buddy

    def run_service(self, call: Callable[[], UserDTO]) -> None:
        self.message.set_message("")
        try:
            self.result_user = call()
        except ValidationError as exc:
            leftover = self.errors.show(exc.field_errors)
            if leftover:
                self.message.set_message(translate_error(next(iter(leftover.values()))))
            return
        except SibinaError as exc:
            self.errors.clear()
            self.message.set_message(translate_error(exc.template, exc.params))
            return
        super().accept()

    def passwords_differ(self, first: QLineEdit, repeat: QLineEdit) -> bool:
        if first.text() == repeat.text():
            return False
        self.errors.clear()
        repeat.clear()  # before the message: a change of the field clears it
        self.errors.label("repeat").set_message(self.tr("Kata sandi tidak sama."))
        repeat.setFocus()
        return True


class NewUserDialog(_ServiceForm):
    def __init__(self, services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pengguna baru"), parent)
        self._services = services
        self._actor = actor
        self.username_edit = QLineEdit()
        self.username_edit.setPlaceholderText(self.tr("huruf kecil, mis. siti.aminah"))
        self.full_name_edit = QLineEdit()
        self.role_combo = role_combo(Role.REGISTRASI)
        self.password_edit = password_edit()
        self.repeat_edit = password_edit()
        self.add_row(self.tr("&Nama pengguna:"), "username", self.username_edit)
        self.add_row(self.tr("Nama &lengkap:"), "full_name", self.full_name_edit)
        self.add_row(self.tr("&Peran:"), "role", self.role_combo)
        self.add_row(self.tr("&Kata sandi:"), "password", self.password_edit)
        self.add_row(self.tr("&Ulangi kata sandi:"), "repeat", self.repeat_edit)
        self.username_edit.setFocus()

    def accept(self) -> None:
        if self.passwords_differ(self.password_edit, self.repeat_edit):
            return
        data = NewUser(
            self.username_edit.text(),
            self.full_name_edit.text(),
            self.role_combo.currentData(),
            self.password_edit.text(),
        )
        self.run_service(lambda: self._services.users.create_user(self._actor, data))


class RoleDialog(_ServiceForm):
    def __init__(self, services, actor: Actor, user: UserDTO, parent: QWidget | None = None):
        super().__init__(self.tr("Ubah peran"), parent)
        self._services = services
        self._actor = actor
        self._user = user
        self.set_intro(
            self.tr("Peran menentukan apa yang boleh dilakukan {name} ({username}).").format(
                name=user.full_name, username=user.username
            )
        )
        self.role_combo = role_combo(user.role)
        self.add_row(self.tr("&Peran:"), "role", self.role_combo)
        self.role_combo.setFocus()

    def accept(self) -> None:
        role = Role(self.role_combo.currentData())
        self.run_service(lambda: self._services.users.set_role(self._actor, self._user.id, role))


class ResetPasswordDialog(_ServiceForm):
    """Sets a temporary password (suggested, editable) that the user must change at login."""

    def __init__(self, services, actor: Actor, user: UserDTO, parent: QWidget | None = None):
        super().__init__(self.tr("Atur ulang kata sandi"), parent)
        self._services = services
        self._actor = actor
        self._user = user
        self.set_intro(
            self.tr(
                "Berikan kata sandi sementara ini kepada {name} ({username}). Saat masuk "
                "berikutnya ia wajib menggantinya. Akun yang terkunci juga dibuka."
            ).format(name=user.full_name, username=user.username)
        )
        self.password_edit = password_edit(echo=True)
        self.password_edit.setText(temporary_password())
        self.add_row(self.tr("Kata sandi semen&tara:"), "password", self.password_edit)
        self.password_edit.selectAll()
        self.password_edit.setFocus()

    def accept(self) -> None:
        password = self.password_edit.text()
        self.run_service(
            lambda: self._services.users.reset_password(self._actor, self._user.id, password)
        )

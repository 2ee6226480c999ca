"""The login dialog: username and password; after exec() == Accepted, `.actor` is the user.

A failed attempt shows the service's message in the dialog (attempts left, or the lock with its
minutes), keeps the username, clears the password and puts the cursor back in it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import APP_LONG_NAME, APP_NAME
from app.errors import SibinaError
from app.services.actor import Actor
from app.ui.common.field_errors import ErrorLabel
from app.ui.common.messages import translate_error


class LoginDialog(QDialog):
    def __init__(self, auth_service, parent: QWidget | None = None, username: str = "") -> None:
        super().__init__(parent)
        self._auth = auth_service
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Masuk ke {app}").format(app=APP_NAME))

        heading = QLabel(f"<b>{APP_LONG_NAME}</b>")
        title = QLabel(self.tr("Masukkan nama pengguna dan kata sandi Anda."))
        title.setWordWrap(True)
        self.username_edit = QLineEdit(username)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = ErrorLabel()
        self.message.setObjectName("login_message")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        user_label = QLabel(self.tr("&Nama pengguna:"))
        user_label.setBuddy(self.username_edit)
        password_label = QLabel(self.tr("&Kata sandi:"))
        password_label.setBuddy(self.password_edit)
        form.addRow(user_label, self.username_edit)
        form.addRow(password_label, self.password_edit)

        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton(
            self.tr("&Masuk"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("&Batal"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.login_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        (self.password_edit if username else self.username_edit).setFocus()

    def accept(self) -> None:
        """Try to log in; stay open with the reason when it fails."""
        username = self.username_edit.text().strip()
        if not username:
            self.message.set_message(self.tr("Isi nama pengguna."))
            self.username_edit.setFocus()
            return
        try:
            self.actor = self._auth.login(username, self.password_edit.text())
        except SibinaError as exc:  # AuthError: wrong, locked or disabled
            self._failed(translate_error(exc.template, exc.params))
            return
        self.message.set_message("")
        super().accept()

    def _failed(self, text: str) -> None:
        self.actor = None
        self.message.set_message(text)
        self.password_edit.clear()
        self.password_edit.setFocus()

"""The login dialog: username and password; after exec() == Accepted, `.actor` is the user.

A failed attempt shows the service's message in the dialog (attempts left, or the lock with its
minutes), keeps the username, clears the password and puts the cursor back in it.

At start-up the dialog is shown before the database is open (`auth_service=None`): it says
"Membuka basis data…", the fields can be filled, "Masuk" stays disabled until the shell hands over
the service with `set_auth_service()`. Enter pressed meanwhile is remembered: the login is tried as
soon as the service arrives.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
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
    def __init__(
        self, auth_service=None, parent: QWidget | None = None, username: str = ""
    ) -> None:
        super().__init__(parent)
        self._auth = auth_service
        self._submit_when_ready = False
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
        self.status = QLabel()  # "Membuka basis data…" while the service is on its way
        self.status.setObjectName("login_status")

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
        bottom = QHBoxLayout()  # the status beside the buttons: no jump when it goes away
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.setMinimumWidth(420)
        (self.password_edit if username else self.username_edit).setFocus()
        self._show_readiness()

    @property
    def is_ready(self) -> bool:
        """True once the dialog has the auth service (the database is open)."""
        return self._auth is not None

    def set_auth_service(self, auth_service) -> None:
        """The database is open: enable "Masuk"; log in now if Enter was pressed meanwhile."""
        self._auth = auth_service
        self._show_readiness()
        if self.isVisible():
            self._submit_pending()

    def _submit_pending(self) -> None:
        if self._submit_when_ready and self.is_ready and self.isVisible():
            self._submit_when_ready = False
            self.accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._submit_when_ready and self.is_ready:  # shown again after the setup wizard
            QTimer.singleShot(0, self._submit_pending)

    def _show_readiness(self) -> None:
        ready = self.is_ready
        self.login_button.setEnabled(ready)
        if ready:
            self.status.clear()
        elif self._submit_when_ready:
            self.status.setText(self.tr("Menunggu basis data…"))
        else:
            self.status.setText(self.tr("Membuka basis data…"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # QDialog ignores Enter while the default button is disabled; remember it instead.
        from PySide6.QtCore import Qt  # the Qt namespace costs ~20 ms: not before the window

        if not self.is_ready and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        """Try to log in; stay open with the reason when it fails."""
        username = self.username_edit.text().strip()
        if not username:
            self.message.set_message(self.tr("Isi nama pengguna."))
            self.username_edit.setFocus()
            return
        if not self.is_ready:  # the database is still opening: log in when it is open
            self._submit_when_ready = True
            self.message.set_message("")
            self._show_readiness()
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

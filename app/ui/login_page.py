"""The login page: the main window's central area while nobody is signed in.

User name and password; Enter in either field (or "Masuk") logs in through the auth service and
emits `logged_in(actor)`. A failed attempt shows the service's message (attempts left, or the lock
with its minutes), keeps the user name, clears the password and puts the cursor back in it.

At start-up the page is shown before the database is open (no auth service yet): it says
"Membuka basis data…", the fields can be filled, "Masuk" stays disabled until the shell hands over
the service with `set_auth_service()`. Enter pressed meanwhile is remembered: the login is tried as
soon as the service arrives.

Start-up speed: the page is built before the first paint, so it uses nothing heavy; not even the
Qt namespace (`PySide6.QtCore.Qt`, ~20 ms to build on first use): stretches centre the form.
Its texts keep the translation context "LoginDialog" of the dialog this page replaced, so the
existing translations stay valid.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_LONG_NAME, APP_NAME, __version__
from app.errors import SibinaError
from app.paths import resource_path
from app.ui.common.field_errors import ERROR_COLOUR

if TYPE_CHECKING:
    from app.services.actor import Actor

CARD_WIDTH = 440
ICON_PX = 72
MUTED = "#5f6368"  # secondary text: readable, but quieter than the form


class LoginPage(QWidget):
    logged_in = Signal(object)  # the Actor who just logged in

    def __init__(self, parent: QWidget | None = None, username: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("login_page")
        self._auth = None
        self._submit_when_ready = False
        self.actor: Actor | None = None

        icon = QLabel()
        icon.setPixmap(QIcon(str(resource_path("icons", "sibina.png"))).pixmap(ICON_PX, ICON_PX))
        heading = QLabel(APP_NAME)
        _restyle(heading, point_size=20, weight=QFont.Weight.DemiBold)
        subtitle = QLabel(APP_LONG_NAME.split(" — ", 1)[-1])  # "Sistem Informasi Pembinaan"
        _restyle(subtitle, colour=MUTED)
        self.facility = QLabel()  # the facility's name once the database is open
        self.facility.setObjectName("login_facility")
        _restyle(self.facility, weight=QFont.Weight.Bold)
        # Its line is kept while empty, so the form does not move when the name arrives.
        self.facility.setMinimumHeight(self.facility.fontMetrics().height() + 4)
        prompt = QLabel(
            QCoreApplication.translate("LoginDialog", "Masukkan nama pengguna dan kata sandi Anda.")
        )
        prompt.setWordWrap(True)
        self.username_edit = QLineEdit(username)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = _Message()
        self.message.setObjectName("login_message")
        self.status = QLabel()  # "Membuka basis data…" while the service is on its way
        self.status.setObjectName("login_status")
        _restyle(self.status, colour=MUTED)
        self.login_button = QPushButton(QCoreApplication.translate("LoginDialog", "&Masuk"))
        self.login_button.setDefault(True)  # drawn as the page's main button
        self.login_button.setMinimumWidth(110)

        form = QGridLayout()  # label | field; a grid is cheaper to set up than QFormLayout
        form.setColumnStretch(1, 1)
        user_label = QLabel(QCoreApplication.translate("LoginDialog", "&Nama pengguna:"))
        user_label.setBuddy(self.username_edit)
        password_label = QLabel(QCoreApplication.translate("LoginDialog", "&Kata sandi:"))
        password_label.setBuddy(self.password_edit)
        form.addWidget(user_label, 0, 0)
        form.addWidget(self.username_edit, 0, 1)
        form.addWidget(password_label, 1, 0)
        form.addWidget(self.password_edit, 1, 1)

        card = QFrame()  # a panel in the base (field) colour; palettes, not style sheets: faster
        card.setObjectName("login_card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setBackgroundRole(QPalette.ColorRole.Base)
        card.setAutoFillBackground(True)
        card.setFixedWidth(CARD_WIDTH)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(10)
        inner.addLayout(_centred(icon))
        inner.addLayout(_centred(heading))
        inner.addLayout(_centred(subtitle))
        inner.addLayout(_centred(self.facility))
        inner.addSpacing(6)
        inner.addWidget(prompt)
        inner.addLayout(form)
        inner.addWidget(self.message)
        bottom = QHBoxLayout()  # the status beside the button: no jump when it goes away
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.login_button)
        inner.addLayout(bottom)

        version = QLabel(
            QCoreApplication.translate("LoginDialog", "Versi {version}").format(version=__version__)
        )
        version.setObjectName("login_version")
        _restyle(version, colour=MUTED)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(version)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(_centred(card))
        layout.addStretch(3)  # a little above the middle, where the eye looks first
        layout.addLayout(footer)

        self.username_edit.returnPressed.connect(self.submit)
        self.password_edit.returnPressed.connect(self.submit)
        self.login_button.clicked.connect(self.submit)
        self.focus_field()
        self._show_readiness()

    def focus_field(self) -> None:
        """The cursor where typing starts: the password when the user name is filled in."""
        (self.password_edit if self.username else self.username_edit).setFocus()

    @property
    def is_ready(self) -> bool:
        """True once the page has the auth service (the database is open)."""
        return self._auth is not None

    @property
    def username(self) -> str:
        return self.username_edit.text().strip()

    def set_facility(self, name: str) -> None:
        self.facility.setText(name)

    def set_auth_service(self, auth_service) -> None:
        """The database is open: enable "Masuk"; log in now if Enter was pressed meanwhile."""
        self._auth = auth_service
        self._show_readiness()
        if self._submit_when_ready and self.is_ready:
            self._submit_when_ready = False
            self.submit()

    def _show_readiness(self) -> None:
        ready = self.is_ready
        self.login_button.setEnabled(ready)
        if ready:
            self.status.clear()
        elif self._submit_when_ready:
            self.status.setText(QCoreApplication.translate("LoginDialog", "Menunggu basis data…"))
        else:
            self.status.setText(QCoreApplication.translate("LoginDialog", "Membuka basis data…"))

    def submit(self) -> None:
        """Try to log in; stay with the reason when it fails."""
        if not self.username:
            self.message.set_message(
                QCoreApplication.translate("LoginDialog", "Isi nama pengguna.")
            )
            self.username_edit.setFocus()
            return
        if not self.is_ready:  # the database is still opening: log in when it is open
            self._submit_when_ready = True
            self.message.set_message("")
            self._show_readiness()
            return
        try:
            actor = self._auth.login(self.username, self.password_edit.text())
        except SibinaError as exc:  # AuthError: wrong, locked or disabled
            from app.ui.common.messages import translate_error

            self.fail(translate_error(exc.template, exc.params))
            return
        self.actor = actor
        self.message.set_message("")
        self.password_edit.clear()  # the page may stay (forced password change cancelled)
        self.logged_in.emit(actor)

    def fail(self, text: str = "") -> None:
        """Back to the password field, with `text` (why) shown."""
        self.actor = None
        self.message.set_message(text)
        self.password_edit.clear()
        self.password_edit.setFocus()


class _Message(QLabel):
    """Why the login failed: red, word-wrapped, hidden while empty. Like ErrorLabel, but with a
    palette instead of a style sheet (a style sheet costs a few ms before the first paint)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        _restyle(self, colour=ERROR_COLOUR)
        self.setVisible(False)

    def set_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def _restyle(
    label: QLabel, point_size: float = 0, weight: QFont.Weight | None = None, colour: str = ""
) -> None:
    if point_size or weight is not None:
        font = label.font()
        if point_size:
            font.setPointSizeF(point_size)
        if weight is not None:
            font.setWeight(weight)
        label.setFont(font)
    if colour:
        palette = label.palette()
        # Text too: on the card (background role Base) labels draw with the Text role.
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(role, QColor(colour))
        label.setPalette(palette)


def _centred(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    return row

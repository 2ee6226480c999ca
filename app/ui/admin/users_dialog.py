"""User administration (admins): the list of users and what can be done to one of them.

Create, change role, disable/enable and reset password all go through services.users; the forms
(app.ui.admin.user_forms) open window-modal with open(), so the list refreshes when they finish.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import SibinaError, ValidationError
from app.services.actor import Actor
from app.services.users import UserDTO, is_locked
from app.text import QT_TRANSLATE_NOOP
from app.ui.admin.user_forms import NewUserDialog, ResetPasswordDialog, RoleDialog, role_label
from app.ui.common.field_errors import ErrorLabel
from app.ui.common.messages import translate_error
from app.ui.common.row_list import row_list
from app.ui.common.timefmt import local_date_time

Index = QModelIndex | QPersistentModelIndex

HEADERS = (
    QT_TRANSLATE_NOOP("users", "Nama pengguna"),
    QT_TRANSLATE_NOOP("users", "Nama lengkap"),
    QT_TRANSLATE_NOOP("users", "Peran"),
    QT_TRANSLATE_NOOP("users", "Aktif"),
    QT_TRANSLATE_NOOP("users", "Terkunci sampai"),
    QT_TRANSLATE_NOOP("users", "Terakhir masuk"),
)
YES = QT_TRANSLATE_NOOP("users", "Ya")
NO = QT_TRANSLATE_NOOP("users", "Tidak")


def _tr(text: str) -> str:
    return QCoreApplication.translate("users", text)


class UsersModel(QAbstractTableModel):
    """The users (a short list, loaded whole)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._users: list[UserDTO] = []
        self._now: datetime | None = None

    def set_users(self, users: list[UserDTO], now: datetime | None = None) -> None:
        """`now` (the services' clock) hides locks that have already run out."""
        self.beginResetModel()
        self._users = list(users)
        self._now = now
        self.endResetModel()

    def user_at(self, row: int) -> UserDTO:
        return self._users[row]

    def row_of(self, user_id: int) -> int:
        return next((i for i, u in enumerate(self._users) if u.id == user_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        user = self._users[index.row()]
        column = index.column()
        if column == 0:
            return user.username
        if column == 1:
            return user.full_name
        if column == 2:
            return role_label(user.role)
        if column == 3:
            return _tr(YES) if user.active else _tr(NO)
        if column == 4:
            locked = user.locked_until
            expired = self._now is not None and not is_locked(locked, self._now)
            return "" if expired else local_date_time(locked)
        return local_date_time(user.last_login_at) or "—"

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return _tr(HEADERS[section]) if 0 <= section < len(HEADERS) else None


class UsersDialog(QDialog):
    def __init__(self, services, actor: Actor, parent: QWidget | None = None) -> None:
        # PermissionDenied before any widget exists (a half-built dialog would linger).
        users = services.users.list_users(actor)
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.form: QDialog | None = None  # the sub-form currently open (tests drive it)
        self.setWindowTitle(self.tr("Pengguna"))

        self.model = UsersModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        row_list(self.table)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # "20 Juli 2026 09:00" on one line
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.change_role())

        self.new_button = QPushButton(self.tr("&Tambah pengguna…"))
        self.role_button = QPushButton(self.tr("Ubah &peran…"))
        self.active_button = QPushButton(self.tr("&Nonaktifkan"))
        self.reset_button = QPushButton(self.tr("&Atur ulang kata sandi…"))
        self.unlock_button = QPushButton(self.tr("&Buka kunci"))
        self.unlock_button.setToolTip(
            self.tr("Akhiri penguncian karena percobaan masuk gagal; kata sandi tetap.")
        )
        self.unlock_button.clicked.connect(self.unlock)
        self.new_button.clicked.connect(self.new_user)
        self.role_button.clicked.connect(self.change_role)
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_password)
        side = QVBoxLayout()
        for button in (self.new_button, self.role_button, self.active_button, self.reset_button,
                       self.unlock_button):  # fmt: skip
            button.setAutoDefault(False)
            side.addWidget(button)
        side.addStretch(1)

        self.message = ErrorLabel()
        self.buttons = QDialogButtonBox()
        close = self.buttons.addButton(self.tr("T&utup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(1000, 440)
        self.model.set_users(users, services.clock())
        if users:  # a user is selected from the start: the buttons work at once
            self.table.selectRow(0)
        self._update_buttons()

    # --- list ---------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        current = self.selected_user()
        self.model.set_users(self._services.users.list_users(self._actor), self._services.clock())
        wanted = select_id if select_id is not None else (current.id if current else None)
        if wanted is not None:
            self.select_user(wanted)
        self._update_buttons()

    def select_user(self, user_id: int) -> None:
        row = self.model.row_of(user_id)
        if row >= 0:
            self.table.selectRow(row)

    def select_username(self, username: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.user_at(row).username == username:
                self.table.selectRow(row)
                return

    def selected_user(self) -> UserDTO | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.user_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_args) -> None:
        user = self.selected_user()
        for button in (self.role_button, self.active_button, self.reset_button):
            button.setEnabled(user is not None)
        self.unlock_button.setEnabled(
            user is not None and is_locked(user.locked_until, self._services.clock())
        )
        if user is not None and not user.active:
            self.active_button.setText(self.tr("A&ktifkan"))
        else:
            self.active_button.setText(self.tr("&Nonaktifkan"))

    # --- actions ------------------------------------------------------------------------------
    def new_user(self) -> None:
        self._open(NewUserDialog(self._services, self._actor, self))

    def change_role(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._open(RoleDialog(self._services, self._actor, user, self))

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._open(ResetPasswordDialog(self._services, self._actor, user, self))

    def toggle_active(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        self._run(lambda: self._services.users.set_active(self._actor, user.id, not user.active),
                  user.id)  # fmt: skip

    def unlock(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._run(lambda: self._services.users.unlock(self._actor, user.id), user.id)

    def _run(self, change: Callable[[], object], user_id: int) -> None:
        """A change made at once (no form): a refusal is shown under the list."""
        self.message.set_message("")
        try:
            change()
        except ValidationError as exc:
            text = next(iter(exc.field_errors.values()), exc.template)
            self.message.set_message(translate_error(text))
            return
        except SibinaError as exc:
            self.message.set_message(translate_error(exc.template, exc.params))
            return
        self.reload(user_id)

    def _open(self, form: QDialog) -> None:
        self.message.set_message("")
        self.form = form
        form.finished.connect(lambda result: self._form_finished(form, result))
        form.open()

    def _form_finished(self, form: QDialog, result: int) -> None:
        saved = getattr(form, "result_user", None)
        if self.form is form:
            self.form = None
        form.deleteLater()
        if result == QDialog.DialogCode.Accepted and saved is not None:
            self.reload(saved.id)

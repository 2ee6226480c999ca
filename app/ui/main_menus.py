"""The main window's menu bar, rebuilt for each state: signed out, File > Quit, Settings >
Language and Help > About; signed in, every item the actor's role may use. An item whose dialog
module is not installed stays hidden; `actions_by_key` finds any item (handy in tests)."""

from __future__ import annotations

import importlib
import importlib.util
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from app.domain.roles import Permission

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

# Dialogs other parts provide: (module, class). A menu item shows only once its module exists.
BACKUP_DIALOG = ("app.ui.admin.backup_dialog", "BackupDialog")
PASSWORD_DIALOG = ("app.ui.admin.change_password_dialog", "ChangePasswordDialog")
USERS_DIALOG = ("app.ui.admin.users_dialog", "UsersDialog")
FACILITY_DIALOG = ("app.ui.admin.facility_dialog", "FacilityDialog")
AUDIT_DIALOG = ("app.ui.admin.audit_view", "AuditLogDialog")
RULES_DIALOG = ("app.ui.remission.rules_dialog", "RuleTableDialog")
LANGUAGES = (("id", "Bahasa &Indonesia"), ("en", "&English"))
# The texts keep the context of the main window they belong to (and always were in); lupdate
# finds them by the name `translate`.
translate = QCoreApplication.translate


def available(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def dialog_class(spec: tuple[str, str]) -> type:
    return getattr(importlib.import_module(spec[0]), spec[1])


class MainMenuBar(QMenuBar):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.actions_by_key: dict[str, QAction] = {}
        w, signed_in, add = window, window.actor is not None, self._add
        file_menu = self.addMenu(translate("MainWindow", "&Berkas"))
        if signed_in:
            add("backup", file_menu, translate("MainWindow", "&Cadangkan…"),
                partial(w.open_backup, "backup"), permission=Permission.BACKUP,
                needs=BACKUP_DIALOG[0])  # fmt: skip
            add("restore", file_menu, translate("MainWindow", "&Pulihkan…"),
                partial(w.open_backup, "restore"), permission=Permission.RESTORE,
                needs=BACKUP_DIALOG[0])  # fmt: skip
            file_menu.addSeparator()
            add("change_password", file_menu, translate("MainWindow", "&Ubah kata sandi…"),
                w.change_password, needs=PASSWORD_DIALOG[0])  # fmt: skip
            add("logout", file_menu, translate("MainWindow", "Keluar &akun"), w.logout, "Ctrl+L")
            file_menu.addSeparator()
        add("quit", file_menu, translate("MainWindow", "&Keluar"), w.close, "Ctrl+Q")

        if signed_in:
            admin_menu = self.addMenu(translate("MainWindow", "&Admin"))
            add("users", admin_menu, translate("MainWindow", "&Pengguna…"), w.open_users,
                permission=Permission.MANAGE_USERS, needs=USERS_DIALOG[0])  # fmt: skip
            add("facility", admin_menu, translate("MainWindow", "Profil &fasilitas…"),
                w.open_facility, permission=Permission.EDIT_FACILITY,
                needs=FACILITY_DIALOG[0])  # fmt: skip
            add("audit", admin_menu, translate("MainWindow", "&Log audit…"), w.open_audit,
                permission=Permission.VIEW_AUDIT, needs=AUDIT_DIALOG[0])  # fmt: skip
            admin_menu.menuAction().setVisible(any(a.isVisible() for a in admin_menu.actions()))

        settings_menu = self.addMenu(translate("MainWindow", "&Pengaturan"))
        language_menu = settings_menu.addMenu(translate("MainWindow", "&Bahasa"))
        group = QActionGroup(self)
        for code, label in LANGUAGES:
            action = add(f"language_{code}", language_menu, label, partial(w.set_language, code))
            action.setCheckable(True)
            action.setChecked(w.settings.language == code)
            group.addAction(action)

        help_menu = self.addMenu(translate("MainWindow", "Ba&ntuan"))
        if signed_in:
            add("rules", help_menu, translate("MainWindow", "Tabel aturan &remisi…"), w.open_rules,
                needs=RULES_DIALOG[0])  # fmt: skip
        about = add("about", help_menu, translate("MainWindow", "&Tentang Sibina…"), w.show_about,
                    "F1")  # fmt: skip
        about.setEnabled(w.services is not None)  # it names the database: once it is open

    def _add(self, key: str, menu: QMenu, text: str, slot, shortcut: str = "",
             permission: Permission | None = None, needs: str | None = None) -> QAction:  # fmt: skip
        action = QAction(text, self)  # dies with this menu bar when the window rebuilds
        action.setObjectName(f"action_{key}")
        if shortcut:  # setShortcuts: setShortcut's overloads build the Qt namespace (~20 ms)
            action.setShortcuts([QKeySequence(shortcut)])
        action.triggered.connect(slot)
        actor = self.window_.actor
        allowed = permission is None or (actor is not None and actor.can(permission))
        present = needs is None or available(needs)
        action.setVisible(allowed and present)
        action.setEnabled(allowed and present)
        menu.addAction(action)
        self.actions_by_key[key] = action
        return action

"""The main window: tab bar, menus, status bar and shortcuts; the one place tabs are registered.

ADDING A TAB is a one-line edit of `TABS` below:

    TabSpec("inmates", QT_TRANSLATE_NOOP("tabs", "Warga Binaan"), Permission.VIEW_REGISTER,
            lazy("app.ui.inmates.tab", "InmatesTab")),

- key: a stable id (remembered as the last open tab; handy in tests: `window.tab("inmates")`).
- title: Indonesian, marked with QT_TRANSLATE_NOOP("tabs", ...); translated when shown.
- permission: the tab is built only for roles that have it (None: every role).
- factory: called as `factory(services, actor, parent) -> QWidget`; `lazy()` imports the module
  only when a window is built, so a tab costs nothing to roles that cannot see it.
A tab widget may define `refresh()` (called after the facility profile or a restore changed
data) and `can_close() -> bool` (asked before log out, quit or a language switch; return False
after telling the user, e.g. when a form holds unsaved edits).

When the window closes it emits `closed(outcome)`: "quit", "logout", "restart" (after a database
restore: reopen the services) or "language" (rebuild the window in the new language); the
application shell (app.ui.application) acts on it.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from app import APP_NAME
from app.domain.roles import ROLE_LABELS, Permission
from app.errors import NotFound
from app.services.actor import Actor
from app.services.container import Services
from app.text import QT_TRANSLATE_NOOP
from app.ui.about_dialog import AboutDialog, database_display
from app.ui.common.error_dialog import report_exception
from app.ui.common.messages import show_info
from app.ui.common.settings import AppSettings

TabFactory = Callable[[Services, Actor, QWidget], QWidget]


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: str
    permission: Permission | None
    factory: TabFactory


def lazy(module: str, name: str) -> TabFactory:
    """A factory that imports `module` and builds `name(services, actor, parent)` on first use."""

    def build(services: Services, actor: Actor, parent: QWidget) -> QWidget:
        return getattr(importlib.import_module(module), name)(services, actor, parent)

    return build


# The tabs, in the order shown. One line per tab (see the module docstring).
TABS: list[TabSpec] = [
    TabSpec("home", QT_TRANSLATE_NOOP("tabs", "Beranda"), None, lazy("app.ui.home.tab", "HomeTab")),
    TabSpec(
        "inmates",
        QT_TRANSLATE_NOOP("tabs", "Warga Binaan"),
        Permission.VIEW_REGISTER,
        lazy("app.ui.inmates.tab", "InmatesTab"),
    ),
    TabSpec(
        "remission",
        QT_TRANSLATE_NOOP("tabs", "Remisi"),
        Permission.VIEW_REMISSION,
        lazy("app.ui.remission.tab", "RemissionTab"),
    ),
    TabSpec(
        "certificates",
        QT_TRANSLATE_NOOP("tabs", "Sertifikat"),
        Permission.VIEW_CERTIFICATES,
        lazy("app.ui.certificates.tab", "CertificatesTab"),
    ),
]

# Dialogs other parts provide: (module, class). A menu item shows only once its module exists.
BACKUP_DIALOG = ("app.ui.admin.backup_dialog", "BackupDialog")
PASSWORD_DIALOG = ("app.ui.admin.change_password_dialog", "ChangePasswordDialog")
USERS_DIALOG = ("app.ui.admin.users_dialog", "UsersDialog")
FACILITY_DIALOG = ("app.ui.admin.facility_dialog", "FacilityDialog")
AUDIT_DIALOG = ("app.ui.admin.audit_view", "AuditLogDialog")
RULES_DIALOG = ("app.ui.remission.rules_dialog", "RuleTableDialog")


def _available(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def _dialog_class(spec: tuple[str, str]) -> type:
    return getattr(importlib.import_module(spec[0]), spec[1])


class MainWindow(QMainWindow):
    closed = Signal(str)

    def __init__(
        self,
        services: Services,
        actor: Actor,
        settings: AppSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.settings = settings
        self.outcome: str | None = None
        self._force_close = False
        self._closed_emitted = False
        self.is_demo = services.meta.is_demo()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tab_keys: list[str] = []
        self.setCentralWidget(self.tabs)
        self.actions_by_key: dict[str, QAction] = {}
        self._build_tabs()
        self._build_menus()
        self._build_status_bar()
        self._build_shortcuts()
        self.update_title()
        self.resize(1100, 720)
        self.restore_state()

    # Building ---------------------------------------------------------------------------------
    def _build_tabs(self) -> None:
        for spec in TABS:
            if spec.permission is not None and not self.actor.can(spec.permission):
                continue
            try:
                widget = spec.factory(self.services, self.actor, self.tabs)
            except Exception as exc:  # one broken tab must not keep the others from working
                report_exception(exc, self)
                continue
            widget.setObjectName(f"tab_{spec.key}")
            self.tabs.addTab(widget, QCoreApplication.translate("tabs", spec.title))
            self.tab_keys.append(spec.key)

    def _action(self, key: str, menu, text: str, slot, shortcut: str = "",
                permission: Permission | None = None, needs: str | None = None) -> QAction:  # fmt: skip
        action = QAction(text, self)
        action.setObjectName(f"action_{key}")
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        allowed = permission is None or self.actor.can(permission)
        present = needs is None or _available(needs)
        action.setVisible(allowed and present)
        action.setEnabled(allowed and present)
        menu.addAction(action)
        self.actions_by_key[key] = action
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Berkas"))
        self._action("backup", file_menu, self.tr("&Cadangkan…"), partial(self.open_backup, "backup"),
                     permission=Permission.BACKUP, needs=BACKUP_DIALOG[0])  # fmt: skip
        self._action("restore", file_menu, self.tr("&Pulihkan…"), partial(self.open_backup, "restore"),
                     permission=Permission.RESTORE, needs=BACKUP_DIALOG[0])  # fmt: skip
        file_menu.addSeparator()
        self._action("change_password", file_menu, self.tr("Ubah &kata sandi…"),
                     self.change_password, needs=PASSWORD_DIALOG[0])  # fmt: skip
        self._action("logout", file_menu, self.tr("Keluar &akun"), self.logout, "Ctrl+L")
        file_menu.addSeparator()
        self._action("quit", file_menu, self.tr("&Keluar"), self.close, "Ctrl+Q")

        admin_menu = bar.addMenu(self.tr("&Admin"))
        self._action("users", admin_menu, self.tr("&Pengguna…"), self.open_users,
                     permission=Permission.MANAGE_USERS, needs=USERS_DIALOG[0])  # fmt: skip
        self._action("facility", admin_menu, self.tr("Profil &fasilitas…"), self.open_facility,
                     permission=Permission.EDIT_FACILITY, needs=FACILITY_DIALOG[0])  # fmt: skip
        self._action("audit", admin_menu, self.tr("&Log audit…"), self.open_audit,
                     permission=Permission.VIEW_AUDIT, needs=AUDIT_DIALOG[0])  # fmt: skip
        admin_menu.menuAction().setVisible(any(a.isVisible() for a in admin_menu.actions()))

        settings_menu = bar.addMenu(self.tr("&Pengaturan"))
        language_menu = settings_menu.addMenu(self.tr("&Bahasa"))
        group = QActionGroup(self)
        for code, label in (("id", "Bahasa &Indonesia"), ("en", "&English")):
            action = self._action(f"language_{code}", language_menu, label,
                                  partial(self.set_language, code))  # fmt: skip
            action.setCheckable(True)
            action.setChecked(self.settings.language == code)
            group.addAction(action)

        help_menu = bar.addMenu(self.tr("Ba&ntuan"))
        self._action("rules", help_menu, self.tr("Tabel aturan &remisi…"), self.open_rules,
                     needs=RULES_DIALOG[0])  # fmt: skip
        self._action("about", help_menu, self.tr("&Tentang Sibina…"), self.show_about, "F1")

    def _build_status_bar(self) -> None:
        role = QCoreApplication.translate("roles", ROLE_LABELS[self.actor.role])
        self.user_label = QLabel(self.actor.full_name)
        self.user_label.setToolTip(self.tr("Pengguna: {name}").format(name=self.actor.username))
        self.role_label = QLabel(role)
        self.role_label.setToolTip(self.tr("Peran"))
        self.db_label = QLabel(database_display(self.services.db_url))
        self.db_label.setToolTip(self.tr("Basis data"))
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_label = QLabel(" DEMO ")
        self.demo_label.setStyleSheet("background: #c62828; color: white; font-weight: bold;")
        self.demo_label.setToolTip(self.tr("Basis data demo: data fiktif untuk latihan"))
        self.demo_label.setVisible(self.is_demo)
        status = self.statusBar()
        status.addWidget(QLabel(self.tr("Basis data:")))
        status.addWidget(self.db_label, 1)
        status.addPermanentWidget(self.demo_label)
        status.addPermanentWidget(QLabel(self.tr("Pengguna:")))
        status.addPermanentWidget(self.user_label)
        status.addPermanentWidget(QLabel(self.tr("Peran:")))
        status.addPermanentWidget(self.role_label)
        for label in (self.user_label, self.role_label):
            label.setStyleSheet("font-weight: bold; padding-right: 8px;")
        # A tab may report warnings for the status bar through a `warnings_changed(str)` signal
        # (e.g. detentions about to expire); the newest non-empty text is shown.
        self.warning_label = QLabel()
        self.warning_label.setObjectName("status_warnings")
        self.warning_label.setStyleSheet("color: #b45309; font-weight: bold;")
        status.insertWidget(0, self.warning_label)
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            signal = getattr(widget, "warnings_changed", None)
            if signal is not None:
                signal.connect(self._show_tab_warning)
                message = getattr(widget, "status_message", None)
                if callable(message):
                    self._show_tab_warning(message())

    def _show_tab_warning(self, text: str) -> None:
        self.warning_label.setText(text)
        self.warning_label.setVisible(bool(text))

    def _build_shortcuts(self) -> None:
        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(partial(self.show_tab_index, number - 1))

    def update_title(self) -> None:
        try:
            facility = self.services.facility.get().name
        except NotFound:
            facility = ""
        title = f"{APP_NAME} — {facility}" if facility else APP_NAME
        self.setWindowTitle(f"{title} [DEMO]" if self.is_demo else title)

    # Tabs -------------------------------------------------------------------------------------
    def tab(self, key: str) -> QWidget | None:
        return self.tabs.widget(self.tab_keys.index(key)) if key in self.tab_keys else None

    def show_tab(self, key: str) -> None:
        if key in self.tab_keys:
            self.tabs.setCurrentIndex(self.tab_keys.index(key))

    @Slot(int)
    def show_tab_index(self, index: int) -> None:
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def current_tab_key(self) -> str:
        index = self.tabs.currentIndex()
        return self.tab_keys[index] if 0 <= index < len(self.tab_keys) else ""

    def refresh_tabs(self) -> None:
        for index in range(self.tabs.count()):
            refresh = getattr(self.tabs.widget(index), "refresh", None)
            if callable(refresh):
                refresh()

    def confirm_close(self) -> bool:
        """Every tab agrees to close (none holds unsaved edits)."""
        for index in range(self.tabs.count()):
            can_close = getattr(self.tabs.widget(index), "can_close", None)
            if callable(can_close) and not can_close():
                self.tabs.setCurrentIndex(index)
                return False
        return True

    # State ------------------------------------------------------------------------------------
    def save_state(self) -> None:
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.last_tab = self.current_tab_key()

    def restore_state(self) -> None:
        geometry = self.settings.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)
        self.show_tab(self.settings.last_tab)

    # Closing ----------------------------------------------------------------------------------
    def finish(self, outcome: str, force: bool = False) -> bool:
        """Close the window with `outcome`; False when a tab vetoed it (unless forced)."""
        self.outcome = outcome
        self._force_close = force
        return self.close()

    @Slot()
    def logout(self) -> None:
        self.finish("logout")

    @Slot()
    def request_restart(self) -> None:
        """The database was replaced (restore): every screen is stale, so close regardless."""
        self.finish("restart", force=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._force_close and not self.confirm_close():
            self.outcome = None
            event.ignore()
            return
        self.save_state()
        event.accept()
        if not self._closed_emitted:
            self._closed_emitted = True
            self.closed.emit(self.outcome or "quit")

    # Menu actions -----------------------------------------------------------------------------
    @Slot(str)
    def set_language(self, code: str) -> None:
        if code == self.settings.language:
            return
        self.settings.language = code
        if not self.finish("language"):
            show_info(self, self.tr("Bahasa akan dipakai saat Sibina dibuka lagi."))

    @Slot()
    def show_about(self) -> None:
        AboutDialog(self.services, self).exec()

    @Slot()
    def change_password(self) -> None:
        dialog = _dialog_class(PASSWORD_DIALOG)(self.services.auth, self.actor, self, forced=False)
        dialog.exec()

    @Slot()
    def open_users(self) -> None:
        _dialog_class(USERS_DIALOG)(self.services, self.actor, self).exec()

    @Slot()
    def open_facility(self) -> None:
        dialog = _dialog_class(FACILITY_DIALOG)(self.services, self.actor, self)
        if dialog.exec():
            self.update_title()
            self.refresh_tabs()

    @Slot()
    def open_audit(self) -> None:
        _dialog_class(AUDIT_DIALOG)(self.services, self.actor, self).exec()

    @Slot()
    def open_rules(self) -> None:
        """Help > Tabel aturan remisi: every role reads it; an admin may change it."""
        _dialog_class(RULES_DIALOG)(self.services, self.actor, self).exec()

    def open_backup(self, mode: str = "backup") -> None:
        """File > Cadangkan / Pulihkan: one dialog does both; "restore" starts at the list."""
        dialog = _dialog_class(BACKUP_DIALOG)(self.services, self.actor, self)
        created = getattr(dialog, "backup_created", None)
        if created is not None:
            created.connect(self._backup_created)
        table = getattr(dialog, "table", None)
        if mode == "restore" and isinstance(table, QWidget):
            table.setFocus()
        dialog.exec()
        if getattr(dialog, "was_restored", False):
            self.request_restart()

    def _backup_created(self, info: object) -> None:
        name = getattr(getattr(info, "path", None), "name", "")
        self.statusBar().showMessage(self.tr("Cadangan dibuat: {name}").format(name=name), 15_000)

"""The main window, the program's only top-level window: signed out it shows the login page,
signed in the tabs; menus, status bar and shortcuts; the one place tabs are registered.

ADDING A TAB is a one-line edit of `TABS` below:

    TabSpec("inmates", QT_TRANSLATE_NOOP("tabs", "Warga Binaan"), Permission.VIEW_REGISTER,
            lazy("app.ui.inmates.tab", "InmatesTab")),

- key: a stable id (remembered as the last open tab; handy in tests: `window.tab("inmates")`).
- title: Indonesian, marked with QT_TRANSLATE_NOOP("tabs", ...); translated when shown.
- permission: the tab is shown only to roles that have it (None: every role).
- factory: called as `factory(services, actor, parent) -> QWidget` when the tab is first shown
  (app.ui.tab_host); `lazy()` imports the module only then, so a tab costs nothing until opened.
- status (optional): `status(services, actor) -> str`, a status-bar warning asked right after
  login while the tab is not built yet (the tab's own `warnings_changed(str)` takes over later).
A tab widget may define `refresh()` (called after the facility profile changed) and
`can_close() -> bool` (asked before log out, quit or a language switch; return False after telling
the user, e.g. when a form holds unsaved edits).

States: `MainWindow(None, None, settings)` starts signed out ("Membuka basis data…" until the
shell calls `set_services()`); the login page emits `login_accepted(actor)` and the shell answers
with `sign_in(actor)` (after a forced password change, if one is due). "Keluar akun" returns to the
login page with the user name filled in; a language switch rebuilds the window in place for the
same user; after a database restore the window signs out, emits `restart_requested` and waits for
the shell to hand over the reopened services. Closing the window emits `closed`: the program ends.
`MainWindow(services, actor, settings)` is signed in at once (tests, the self-test).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QStatusBar, QWidget

from app import APP_NAME
from app.domain.roles import Permission
from app.text import QT_TRANSLATE_NOOP
from app.ui.common.first_paint import AfterFirstPaint
from app.ui.common.settings import AppSettings
from app.ui.login_page import LoginPage
from app.ui.main_menus import (
    AUDIT_DIALOG,
    BACKUP_DIALOG,
    FACILITY_DIALOG,
    PASSWORD_DIALOG,
    RULES_DIALOG,
    USERS_DIALOG,
    MainMenuBar,
    dialog_class,
)

if TYPE_CHECKING:
    from app.services.actor import Actor
    from app.services.container import Services
    from app.ui.tab_host import TabHost

TabFactory = Callable[["Services", "Actor", QWidget], QWidget]
StatusProvider = Callable[["Services", "Actor"], str]


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: str
    permission: Permission | None
    factory: TabFactory
    status: StatusProvider | None = None


def lazy(module: str, name: str) -> Callable[..., Any]:
    """A callable that imports `module` and calls its `name(*args)` on first use: a tab (or a
    status provider) costs nothing until it is needed."""

    def call(*args: Any) -> Any:
        return getattr(importlib.import_module(module), name)(*args)

    return call


# The tabs, in the order shown. One line per tab (see the module docstring).
TABS: list[TabSpec] = [
    TabSpec("home", QT_TRANSLATE_NOOP("tabs", "Beranda"), None, lazy("app.ui.home.tab", "HomeTab")),
    TabSpec(
        "inmates",
        QT_TRANSLATE_NOOP("tabs", "Warga Binaan"),
        Permission.VIEW_REGISTER,
        lazy("app.ui.inmates.tab", "InmatesTab"),
        status=lazy("app.ui.inmates.status", "expiry_status"),
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


ACCOUNT_CHECK_MS = 60_000


class MainWindow(QMainWindow):
    closed = Signal()
    login_accepted = Signal(object)  # the Actor whose password the login page just verified
    signed_out = Signal()
    restart_requested = Signal()

    def __init__(
        self,
        services: Services | None,
        actor: Actor | None,
        settings: AppSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.settings = settings
        self.is_demo = False
        self._force_close = False
        self._closed_emitted = False
        self.login_page: LoginPage | None = None
        self.tabs: TabHost | None = None
        self.actions_by_key: dict[str, QAction] = {}
        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(partial(self.show_tab_index, number - 1))
        # An admin may deactivate the user or change their role meanwhile (another window, a
        # PC sharing the database): the writes refuse it at once, this returns to the login.
        self.account_check = QTimer(self)
        self.account_check.setInterval(ACCOUNT_CHECK_MS)
        self.account_check.timeout.connect(self.check_account)
        self.resize(1100, 720)
        self._rebuild()
        self._restore_geometry()  # after the content: its minimum size is known then

    # States -----------------------------------------------------------------------------------
    def set_services(self, services: Services) -> None:
        """The database is open: the login page can log in (at once if Enter is pending)."""
        self.services = services
        self.is_demo = services.meta.is_demo()
        self.update_title()
        about = self.actions_by_key.get("about")
        if about is not None:
            about.setEnabled(True)
        if self.login_page is not None:
            self._hand_over(self.login_page)

    def _hand_over(self, page: LoginPage) -> None:
        page.set_facility(self._facility_name())
        page.set_auth_service(self.services.auth)  # last: it may log in right away

    def sign_in(self, actor: Actor) -> None:
        """Switch to the tabs and full menus of `actor` (the services are set)."""
        self.actor = actor
        self._rebuild()

    def sign_out(self) -> None:
        """Back to the login page, the user name filled in (no questions asked: see logout)."""
        username = self.actor.username if self.actor else self._typed_username()
        self.save_state()
        self.actor = None
        self._rebuild(username)
        self.signed_out.emit()

    def _typed_username(self) -> str:
        return self.login_page.username if self.login_page is not None else ""

    def _rebuild(self, username: str = "") -> None:
        """Build the central page, menus and status bar for the current state and language."""
        if self.services is not None:
            self.is_demo = self.services.meta.is_demo()
        old = self.centralWidget()
        if old is not None:
            old.blockSignals(True)  # nothing more from it (a pending status check, say)
        self.login_page, self.tabs = None, None
        page: QWidget
        if self.actor is None:
            page = self.login_page = LoginPage(self, username)
            self.login_page.logged_in.connect(self.login_accepted)
        else:
            from app.ui.tab_host import TabHost  # at the first login, not before the first paint

            page = self.tabs = TabHost(TABS, self.services, self.actor, self)
        # The old page is hidden and deleted later, not now: this may run inside its own signal.
        self.setCentralWidget(page)
        page.show()  # now, not queued by the layout: the window may be on screen already
        self._build_menus()
        self._build_status_bar()
        self.update_title()
        if self.tabs is not None:
            self.account_check.start()
            self.tabs.show_key(self.settings.last_tab)
            AfterFirstPaint(self.tabs, self.tabs.check_status)
        else:
            self.account_check.stop()
            self.login_page.focus_field()  # again: set while it was hidden, it may be lost
            if self.services is not None:
                self._hand_over(self.login_page)

    # Building ---------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = MainMenuBar(self)
        self.setMenuBar(bar)  # the old bar goes, with its actions
        self.actions_by_key = bar.actions_by_key

    def _build_status_bar(self) -> None:
        if self.actor is None:  # nothing to say while nobody is signed in
            status = QStatusBar(self)
            self.setStatusBar(status)
            status.setVisible(False)
            return
        from app.ui.status_bar import SessionStatusBar  # Qt namespace: not before the first paint

        status = SessionStatusBar(self.actor, self.services.db_url, self.is_demo, self)
        self.setStatusBar(status)
        self.tabs.warning_changed.connect(status.show_warning)
        self.user_label, self.role_label = status.user_label, status.role_label
        self.db_label, self.demo_label = status.db_label, status.demo_label

    def _facility_name(self) -> str:
        from app.errors import NotFound

        try:
            return self.services.facility.get().name if self.services is not None else ""
        except NotFound:
            return ""

    def update_title(self) -> None:
        facility = self._facility_name()
        title = f"{APP_NAME} — {facility}" if facility else APP_NAME
        self.setWindowTitle(f"{title} [DEMO]" if self.is_demo else title)

    # Tabs (signed in) -------------------------------------------------------------------------
    @property
    def tab_keys(self) -> list[str]:
        return self.tabs.keys if self.tabs is not None else []

    def tab(self, key: str) -> QWidget | None:
        """The tab widget of `key`, built now if it was not yet (None: not for this actor)."""
        return self.tabs.tab(key) if self.tabs is not None else None

    def show_tab(self, key: str) -> None:
        if self.tabs is not None and key in self.tabs.keys:
            self.tabs.show_key(key)

    @Slot(int)
    def show_tab_index(self, index: int) -> None:
        if self.tabs is not None and 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def current_tab_key(self) -> str:
        return self.tabs.current_key() if self.tabs is not None else ""

    def refresh_tabs(self) -> None:
        if self.tabs is not None:
            self.tabs.refresh()

    def confirm_close(self) -> bool:
        """Every built tab agrees to close (none holds unsaved edits)."""
        return self.tabs is None or self.tabs.confirm_close()

    # Geometry and last tab --------------------------------------------------------------------
    def save_state(self) -> None:
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        if self.tabs is not None:
            self.settings.last_tab = self.current_tab_key()

    def _restore_geometry(self) -> None:
        geometry = self.settings.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)

    # Leaving ----------------------------------------------------------------------------------
    @Slot()
    def logout(self) -> None:
        if self.actor is not None and self.confirm_close():
            self.sign_out()

    @Slot()
    def check_account(self) -> None:
        """Signed in with an account since deactivated or given another role: back to the
        login page, saying why (nothing can be saved with the old login any more)."""
        if self.actor is None or self.services is None:
            return
        if self.services.auth.still_entitled(self.actor):
            return
        username = self.actor.username
        self.sign_out()
        if self.login_page is not None:
            self.login_page.fail(self.tr(
                "Akun {username} telah dinonaktifkan atau perannya diubah oleh admin. "
                "Masuk lagi untuk melanjutkan.").format(username=username))  # fmt: skip

    @Slot()
    def request_restart(self) -> None:
        """The database was replaced (restore): every screen is stale, so sign out regardless
        and wait for the shell to hand over the reopened services."""
        username = self.actor.username if self.actor else self._typed_username()
        self.save_state()
        self.actor, self.services = None, None
        self._rebuild(username)
        self.restart_requested.emit()

    def finish(self, force: bool = False) -> bool:
        """Close the window (the program ends); False when a tab vetoed it (unless forced)."""
        self._force_close = force
        return self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._force_close and not self.confirm_close():
            event.ignore()
            return
        self.save_state()
        event.accept()
        if not self._closed_emitted:
            self._closed_emitted = True
            self.closed.emit()

    # Menu actions -----------------------------------------------------------------------------
    @Slot(str)
    def set_language(self, code: str) -> None:
        if code == self.settings.language:
            return
        self.settings.language = code
        if not self.confirm_close():
            from app.ui.common.messages import show_info

            show_info(self, self.tr("Bahasa akan dipakai saat Sibina dibuka lagi."))
            return
        from PySide6.QtWidgets import QApplication

        from app.ui.common.i18n import install_translators

        install_translators(QApplication.instance(), code)
        self.save_state()
        states = self.tabs.view_states() if self.tabs is not None else {}
        self._rebuild(self._typed_username())  # signed in: the same user, the same tab
        if self.tabs is not None:  # ... and what its tabs showed (filters, the ceremony)
            self.tabs.restore_view_states(states)

    @Slot()
    def show_about(self) -> None:
        from app.ui.about_dialog import AboutDialog

        AboutDialog(self.services, self).exec()

    @Slot()
    def change_password(self) -> None:
        dialog = dialog_class(PASSWORD_DIALOG)(self.services.auth, self.actor, self, forced=False)
        dialog.exec()

    @Slot()
    def open_users(self) -> None:
        dialog_class(USERS_DIALOG)(self.services, self.actor, self).exec()

    @Slot()
    def open_facility(self) -> None:
        dialog = dialog_class(FACILITY_DIALOG)(self.services, self.actor, self)
        if dialog.exec():
            self.update_title()
            self.refresh_tabs()

    @Slot()
    def open_audit(self) -> None:
        dialog_class(AUDIT_DIALOG)(self.services, self.actor, self).exec()

    @Slot()
    def open_rules(self) -> None:
        """Help > Tabel aturan remisi: every role reads it; an admin may change it."""
        dialog_class(RULES_DIALOG)(self.services, self.actor, self).exec()

    def open_backup(self, mode: str = "backup") -> None:
        """File > Cadangkan / Pulihkan: one dialog does both; "restore" starts at the list."""
        dialog = dialog_class(BACKUP_DIALOG)(self.services, self.actor, self)
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

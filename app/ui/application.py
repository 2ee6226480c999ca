"""The GUI's life cycle: QApplication, language, error handler, the login dialog at once while
the database opens behind it, then setup wizard (first start, in place of the login) -> login ->
forced password change -> main window.

Start-up speed: nothing here imports the services (SQLAlchemy, alembic, ReportLab) before the
first window is on screen. The login dialog shows "Membuka basis data…" with "Masuk" disabled;
right after its first paint the services are opened (checks, backup-before-migrate, migrations)
on the UI thread, then the dialog is handed the auth service.

`Shell` keeps the state between windows: log out returns to the login dialog; a database restore
(main window outcome "restart") disposes the services, reopens them (migrations run) and returns
to the login; a language switch rebuilds the main window for the same user. A database that
cannot be opened (not SQLite, damaged, from a newer Sibina, read-only folder) is shown as a clear
message and the program ends with exit code 1 without touching the file.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from app import APP_NAME, ORGANIZATION, __version__
from app.errors import DatabaseProblem, SibinaError
from app.paths import DataPaths, resource_path
from app.services.actor import Actor
from app.ui.common.error_dialog import install_excepthook
from app.ui.common.i18n import install_translators
from app.ui.common.messages import error_text
from app.ui.common.settings import AppSettings

if TYPE_CHECKING:
    from app.services.container import Services
    from app.ui.common.worker import JobHandle
    from app.ui.login_dialog import LoginDialog

log = logging.getLogger(__name__)

EXIT_OK, EXIT_DATABASE = 0, 1
OPEN_FALLBACK_MS = 500  # open anyway if the dialog is not painted (started minimised, say)


class AfterFirstPaint(QObject):
    """Calls `action` once, just after `widget` has been painted for the first time (so the
    window is on screen before the UI thread gets busy), or after OPEN_FALLBACK_MS at the latest."""

    def __init__(self, widget: QWidget, action: Callable[[], None]) -> None:
        super().__init__(widget)
        self._action: Callable[[], None] | None = action
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._fire)
        self._fallback.start(OPEN_FALLBACK_MS)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._action is not None:
            QTimer.singleShot(0, self._fire)  # after this paint has been flushed to the screen
        return False

    def _fire(self) -> None:
        action, self._action = self._action, None
        self._fallback.stop()
        if action is not None:
            action()

    def cancel(self) -> None:
        self._action = None
        self._fallback.stop()


def show_database_problem(exc: DatabaseProblem, parent: QWidget | None = None) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QApplication.translate("Shell", "Basis data tidak dapat dibuka"),
        error_text(exc),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setInformativeText(
        QApplication.translate(
            "Shell", "Sibina ditutup tanpa mengubah berkas apa pun. Hubungi admin bila perlu."
        )
    )
    box.exec()


class Shell:
    """Walks the user from start-up to the main window and back (log out, restore, language)."""

    def __init__(self, app: QApplication, db_url: str, paths: DataPaths, settings: AppSettings):
        self.app = app
        self.db_url = db_url
        self.paths = paths
        self.settings = settings
        self.services: Services | None = None
        self.problem: DatabaseProblem | None = None
        self.open_error: Exception | None = None  # unexpected: re-raised by start()
        self.setup_needed = False
        self.window = None
        self.actor: Actor | None = None
        self.backup_job: JobHandle | None = None
        self.pending_status: tuple[str, int] | None = None
        self.exit_code = EXIT_OK
        self.running = False  # True once the main window is shown and the event loop owns us

    # Start and stop ---------------------------------------------------------------------------
    def start(self) -> bool:
        """Show the login dialog at once, open the database behind it, walk to the main window;
        False: the program should end now (`exit_code` says why)."""
        from app.ui.login_dialog import LoginDialog

        dialog = LoginDialog(None)  # "Membuka basis data…" until the services are open
        opener = AfterFirstPaint(dialog, lambda: self.open_behind(dialog))
        dialog.exec()
        opener.cancel()
        if self.open_error is not None:
            self.stop()
            raise self.open_error  # as before the dialog came first: the program stops with it
        if self.problem is not None:
            self.stop()  # in case the services opened and a later check failed
            self.report_problem(self.problem)
            return False
        if self.services is None:  # cancelled before the database was opened
            return False
        if self.setup_needed:  # the wizard takes the login dialog's place
            if not self.run_setup():
                self.stop()
                return False
            dialog.set_auth_service(self.services.auth)
            dialog.exec()
        actor = self.after_login(dialog)
        if actor is None:
            self.stop()
            return False
        self.actor = actor
        self.show_main_window()
        # After login and the tabs are built: the backup's audit write then meets no other write
        # at start-up (SQLite refuses a deferred transaction whose snapshot went stale).
        self.start_daily_backup()
        return True

    def open_behind(self, dialog: LoginDialog) -> None:
        """Runs inside the login dialog's exec(), after its first paint."""
        if not dialog.isVisible():  # already cancelled
            return
        try:
            self.open_services()
            self.setup_needed = self.services.setup.is_needed()
        except DatabaseProblem as exc:
            self.problem = exc
            dialog.done(QDialog.DialogCode.Rejected)  # start() shows the message
            return
        except Exception as exc:  # never leave the dialog waiting for a database that won't come
            self.open_error = exc
            dialog.done(QDialog.DialogCode.Rejected)
            return
        if self.setup_needed:
            dialog.done(QDialog.DialogCode.Rejected)
            return
        dialog.set_auth_service(self.services.auth)

    def open_services(self) -> None:
        from app.services.container import open_services  # SQLAlchemy, alembic: only now

        self.services = open_services(self.db_url, self.paths)
        migration = self.services.migration
        if migration.changed:
            log.info("database migrated %s -> %s", migration.from_revision, migration.to_revision)

    def report_problem(self, exc: DatabaseProblem) -> None:
        log.error("database cannot be opened: %s", exc.message)
        show_database_problem(exc)
        self.exit_code = EXIT_DATABASE

    def open_database(self) -> bool:
        try:
            self.open_services()
        except DatabaseProblem as exc:
            self.report_problem(exc)
            return False
        return True

    def stop(self) -> None:
        """Wait for the daily backup, then release the database."""
        if self.backup_job is not None and not self.backup_job.is_finished:
            loop = QEventLoop()
            self.backup_job.finished.connect(loop.quit)
            if not self.backup_job.is_finished:
                loop.exec()
        if self.services is not None:
            self.services.dispose()
            self.services = None

    def quit(self, code: int = EXIT_OK) -> None:
        self.exit_code = code
        self.stop()
        if self.running:
            self.app.exit(code)

    # Steps ------------------------------------------------------------------------------------
    def start_daily_backup(self) -> None:
        backup = getattr(self.services, "backup", None)
        if backup is None or not hasattr(backup, "auto_daily_backup"):
            return
        from app.ui.common.worker import run_job  # QThread and friends: not before the login

        self.backup_job = run_job(
            None, "auto backup", lambda _progress: backup.auto_daily_backup(),
            on_success=self.daily_backup_done, on_error=self.daily_backup_failed,
            show_dialog=False,
        )  # fmt: skip

    def daily_backup_done(self, path) -> None:
        log.info("daily backup: %s", path or "nothing to do")
        if path:
            text = QApplication.translate("Shell", "Cadangan harian dibuat: {name}")
            self.status_message(text.format(name=path.name), 15_000)

    def daily_backup_failed(self, exc: Exception) -> None:
        """Never blocks start-up: logged, and named in the status bar when the window is up."""
        message = error_text(exc) if isinstance(exc, SibinaError) else str(exc)
        log.error("daily backup failed: %s", message)
        text = QApplication.translate("Shell", "Cadangan harian gagal: {error}")
        self.status_message(text.format(error=message), 120_000)

    def status_message(self, text: str, timeout_ms: int) -> None:
        """Show `text` in the main window's status bar now, or as soon as the window opens."""
        if self.window is None:
            self.pending_status = (text, timeout_ms)
        else:
            self.window.statusBar().showMessage(text, timeout_ms)

    def run_setup(self) -> bool:
        from app.ui.setup_wizard import SetupWizard

        return SetupWizard(self.services).exec() == QDialog.DialogCode.Accepted

    def login(self) -> Actor | None:
        from app.ui.login_dialog import LoginDialog

        username = self.actor.username if self.actor else ""
        dialog = LoginDialog(self.services.auth, None, username=username)
        dialog.exec()
        return self.after_login(dialog)

    def after_login(self, dialog: LoginDialog) -> Actor | None:
        """The logged-in user, after a forced password change if one is due; None: cancelled."""
        if dialog.result() != QDialog.DialogCode.Accepted or dialog.actor is None:
            return None
        actor = dialog.actor
        if self.services.auth.must_change_password(actor):
            from app.ui.admin.change_password_dialog import ChangePasswordDialog

            forced = ChangePasswordDialog(self.services.auth, actor, None, forced=True)
            if forced.exec() != QDialog.DialogCode.Accepted:
                return None
        return actor

    def login_and_show(self) -> bool:
        actor = self.login()
        if actor is None:
            self.stop()
            return False
        self.actor = actor
        self.show_main_window()
        return True

    def show_main_window(self) -> None:
        from app.ui.main_window import MainWindow

        self.window = MainWindow(self.services, self.actor, self.settings)
        self.window.closed.connect(self.on_window_closed)
        self.window.show()
        if self.pending_status is not None:
            self.window.statusBar().showMessage(*self.pending_status)
            self.pending_status = None

    def on_window_closed(self, outcome: str) -> None:
        # Continue after closeEvent has returned; the next step may open modal dialogs.
        window, self.window = self.window, None
        if window is not None:
            window.deleteLater()
        QTimer.singleShot(0, lambda: self.after_window(outcome))

    def after_window(self, outcome: str) -> None:
        log.info("main window closed: %s", outcome)
        if outcome == "language":
            install_translators(self.app, self.settings.language)
            self.show_main_window()
            return
        if outcome == "restart":
            self.stop()
            if not self.open_database():
                self.quit(EXIT_DATABASE)
                return
        if outcome in ("logout", "restart"):
            if not self.login_and_show():
                self.quit(self.exit_code)
            return
        self.quit(EXIT_OK)


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    # Title bars and the taskbar (drawn by build/make_icon.py; the .exe carries the .ico).
    app.setWindowIcon(QIcon(str(resource_path("icons", "sibina.png"))))
    # Windows come and go (login, main window); the Shell decides when the program ends.
    app.setQuitOnLastWindowClosed(False)
    return app


def event_loop(app: QApplication) -> int:
    return app.exec()


def run_gui(db_url: str, paths: DataPaths) -> int:
    app = make_application()
    try:
        paths.ensure()
    except OSError as exc:  # the database check below names the problem if it matters
        log.warning("data folders cannot be created: %s", exc)
    settings = AppSettings(paths.settings_file)
    install_translators(app, settings.language)
    install_excepthook(paths.logs / "sibina.log")
    shell = Shell(app, db_url, paths, settings)
    if not shell.start():
        return shell.exit_code
    shell.running = True
    code = event_loop(app)
    shell.stop()
    return code if code else shell.exit_code

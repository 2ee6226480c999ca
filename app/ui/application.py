"""The GUI's life cycle: QApplication, language, error handler, then the main window at once,
signed out (its login page), while the database opens behind it.

Start-up speed: nothing here imports the services (SQLAlchemy, alembic, ReportLab) before the
main window is on screen. Its login page says "Membuka basis data…" with "Masuk" disabled; right
after the page's first paint the services are opened (checks, backup-before-migrate, migrations)
on the UI thread. On a fresh database the setup wizard runs over the window; then the window gets
the services and the login page works.

`Shell` drives the steps the window cannot take alone: after a login it asks for a forced
password change when one is due (cancelled: back to the login page), signs the window in and
starts the daily backup; after a database restore (the window's `restart_requested`) it disposes
the services, reopens them (migrations run) and hands them to the window's login page again.
Log out and the language switch happen inside the window. A database that cannot be opened
(not SQLite, damaged, from a newer Sibina, read-only folder) is shown as a clear message over the
window and the program ends with exit code 1 without touching the file.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from app import APP_NAME, ORGANIZATION, __version__
from app.errors import DatabaseProblem, SibinaError
from app.paths import DataPaths, resource_path
from app.ui.common.first_paint import AfterFirstPaint
from app.ui.common.i18n import install_translators
from app.ui.common.settings import AppSettings

if TYPE_CHECKING:
    from app.services.actor import Actor
    from app.services.container import Services
    from app.ui.common.worker import JobHandle
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

EXIT_OK, EXIT_DATABASE = 0, 1


def show_database_problem(exc: DatabaseProblem, parent: QWidget | None = None) -> None:
    from app.ui.common.messages import error_text

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
    """Opens the database behind the main window and walks the user through login and back."""

    def __init__(self, app: QApplication, db_url: str, paths: DataPaths, settings: AppSettings):
        self.app = app
        self.db_url = db_url
        self.paths = paths
        self.settings = settings
        self.services: Services | None = None
        self.open_error: Exception | None = None  # unexpected: re-raised by run_gui
        self.window: MainWindow | None = None
        self.opener: AfterFirstPaint | None = None
        self.backup_job: JobHandle | None = None
        self.pending_status: tuple[str, int] | None = None
        self.exit_code = EXIT_OK
        self.running = False  # True while run_gui's event loop runs: quit() then ends it

    # Start and stop ---------------------------------------------------------------------------
    def start(self) -> MainWindow:
        """Show the main window at once, signed out; the database opens after its first paint."""
        from app.ui.main_window import MainWindow

        window = self.window = MainWindow(None, None, self.settings)
        window.login_accepted.connect(self.after_login)
        window.restart_requested.connect(self.reopen)
        window.closed.connect(self.on_window_closed)
        window.show()
        self.open_after_paint()
        return window

    def open_after_paint(self) -> None:
        # Owned by the window: a language switch may replace the page before it is painted.
        self.opener = AfterFirstPaint(self.window.login_page, self.open_behind, self.window)

    def open_behind(self) -> None:
        """Open the services (the wizard first on a fresh database), then hand them over."""
        self.opener = None
        if self.window is None:  # closed meanwhile
            return
        self.install_error_handler()
        try:
            self.open_services()
            setup_needed = self.services.setup.is_needed()
        except DatabaseProblem as exc:
            self.report_problem(exc)
            self.end(EXIT_DATABASE)
            return
        except Exception as exc:  # never leave the window waiting for a database that won't come
            self.open_error = exc
            self.end(EXIT_DATABASE)
            return
        if setup_needed and not self.run_setup():
            self.end(EXIT_OK)
            return
        self.window.set_services(self.services)

    def install_error_handler(self) -> None:
        """Unexpected errors to the log and a dialog. Installed here, after the first paint and
        before anything else runs: the dialog's module is not needed for the window to show."""
        from app.ui.common.error_dialog import install_excepthook

        install_excepthook(self.paths.logs / "sibina.log")

    def open_services(self) -> None:
        from app.services.container import open_services  # SQLAlchemy, alembic: only now

        self.services = open_services(self.db_url, self.paths)
        migration = self.services.migration
        if migration.changed:
            log.info("database migrated %s -> %s", migration.from_revision, migration.to_revision)

    def report_problem(self, exc: DatabaseProblem) -> None:
        log.error("database cannot be opened: %s", exc.message)
        show_database_problem(exc, self.window)
        self.exit_code = EXIT_DATABASE

    def reopen(self) -> None:
        """After a restore: the window is back at its login page; release the old services and
        open the restored database once that page is on screen."""
        self.stop()
        self.open_after_paint()

    def end(self, code: int) -> None:
        """Close the window and end the program with `code`."""
        self.exit_code = code
        if self.window is not None:
            self.window.finish(force=True)  # -> on_window_closed
        else:
            self.quit(code)

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

    def on_window_closed(self) -> None:
        if self.opener is not None:  # closed before the database was opened: leave it be
            self.opener.cancel()
            self.opener = None
        window, self.window = self.window, None
        if window is not None:
            window.deleteLater()
        self.quit(self.exit_code)

    # Steps ------------------------------------------------------------------------------------
    def run_setup(self) -> bool:
        from app.ui.setup_wizard import SetupWizard

        return SetupWizard(self.services, self.window).exec() == QDialog.DialogCode.Accepted

    def after_login(self, actor: Actor) -> None:
        """The login page verified `actor`: a forced password change first if one is due, then
        the tabs; the first login also starts the daily backup."""
        window = self.window
        if self.services.auth.must_change_password(actor):
            from app.ui.admin.change_password_dialog import ChangePasswordDialog

            forced = ChangePasswordDialog(self.services.auth, actor, window, forced=True)
            if forced.exec() != QDialog.DialogCode.Accepted:
                window.login_page.fail()  # not signed in: the login page again
                return
        window.sign_in(actor)
        if self.pending_status is not None:
            window.statusBar().showMessage(*self.pending_status)
            self.pending_status = None
        # After the tab is built: the backup's audit write then meets no other write at start-up
        # (SQLite refuses a deferred transaction whose snapshot went stale). Once per run.
        if self.backup_job is None:
            self.start_daily_backup()

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
        from app.ui.common.messages import error_text

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


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    # Title bars and the taskbar (drawn by build/make_icon.py; the .exe carries the .ico).
    app.setWindowIcon(QIcon(str(resource_path("icons", "sibina.png"))))
    # Dialogs come and go over the main window; the Shell decides when the program ends.
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
    shell = Shell(app, db_url, paths, settings)  # installs the error handler after the paint
    shell.start()
    shell.running = True
    code = event_loop(app)
    shell.stop()
    if shell.open_error is not None:
        raise shell.open_error  # as when the database opened before any window: the program stops
    return code if code else shell.exit_code

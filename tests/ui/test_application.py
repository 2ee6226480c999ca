"""The GUI life cycle in the one main window: bad database -> message + exit 1; wizard when needed
(over the window); login; forced password change; log out; restore restart; language switch; the
daily backup after the first login."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.domain.roles import Role
from app.services.users import NewUser
from app.ui import application
from app.ui.admin.change_password_dialog import ChangePasswordDialog
from app.ui.application import Shell, run_gui
from app.ui.common.i18n import install_translators, ui_language
from app.ui.common.settings import AppSettings
from app.ui.main_window import MainWindow
from tests.conftest import PASSWORD, PROFILE
from tests.ui.foundation_helpers import log_in_window, type_into
from tests.ui.i18n_helpers import compile_qm
from tests.ui.modal_helpers import on_modal


@pytest.fixture(autouse=True)
def restore_app_state(qapp, monkeypatch):
    """run_gui changes process-wide things; put them back for the other tests."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    quit_on_close = qapp.quitOnLastWindowClosed()
    locale = QLocale()
    yield
    install_translators(qapp, "id")
    QLocale.setDefault(locale)
    qapp.setQuitOnLastWindowClosed(quit_on_close)


@pytest.fixture
def make_shell(qapp, db_url, data_dir):
    """make_shell() -> a started Shell: its main window is shown, the database opens behind it."""
    shells: list[Shell] = []

    def make() -> Shell:
        shell = Shell(qapp, db_url, data_dir, AppSettings(data_dir.settings_file))
        shells.append(shell)
        shell.start()
        return shell

    yield make
    for shell in shells:
        if shell.window is not None:
            shell.window.finish(force=True)
        shell.stop()


def log_in(qtbot, shell: Shell, username: str, password: str = PASSWORD) -> MainWindow:
    window = shell.window
    log_in_window(qtbot, window, username, password)
    return window


def real_event_loop(check):
    """An event_loop for run_gui that runs `check(app)` once the loop runs; exit 99 after 30 s."""

    def loop(app) -> int:
        safety = QTimer()
        safety.setSingleShot(True)
        safety.timeout.connect(lambda: app.exit(99))
        safety.start(30_000)
        QTimer.singleShot(0, lambda: check(app))
        try:
            return app.exec()
        finally:
            safety.stop()

    return loop


def main_window() -> MainWindow:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))


def prepared_database(db_url, data_dir, users: tuple[tuple[str, Role], ...] = ()) -> None:
    from app.services.container import open_services

    services = open_services(db_url, data_dir)
    try:
        services.setup.complete(PROFILE, "admin", "Admin Uji", PASSWORD)
        admin = services.auth.login("admin", PASSWORD)
        for name, role in users:
            services.users.create_user(admin, NewUser(name, f"Staf {name}", role, PASSWORD))
    finally:
        services.dispose()


def test_damaged_database_shows_a_message_and_exits_1_untouched(
    qapp, db_url, data_dir, monkeypatch
):
    db = Path(db_url.removeprefix("sqlite:///"))
    db.write_bytes(b"this is a spreadsheet, not a database" * 10)
    before = db.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(application, "event_loop", real_event_loop(lambda app: None))

    assert run_gui(db_url, data_dir) == 1
    assert len(shown) == 1
    assert "bukan basis data Sibina" in shown[0]
    assert db.read_bytes() == before
    assert sorted(p.name for p in db.parent.iterdir() if p.name.startswith("sibina.db")) == [
        "sibina.db"
    ]


def test_database_from_a_newer_version_is_refused(qapp, db_url, data_dir, monkeypatch) -> None:
    prepared_database(db_url, data_dir)
    import sqlite3

    db = db_url.removeprefix("sqlite:///")
    with sqlite3.connect(db) as con:
        con.execute("INSERT INTO alembic_version (version_num) VALUES ('9999_future')")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(application, "event_loop", real_event_loop(lambda app: None))
    assert run_gui(db_url, data_dir) == 1
    assert "versi Sibina yang lebih baru" in shown[0]


def test_first_start_runs_the_wizard_over_the_window_then_login(qtbot, make_shell, monkeypatch):
    wizard_runs: list[str] = []

    class FakeWizard:  # the real wizard is tested with its own widgets
        def __init__(self, services, parent=None) -> None:
            self.services = services
            self.parent = parent

        def exec(self) -> int:
            wizard_runs.append(type(self.parent).__name__)
            self.services.setup.complete(PROFILE, "kepala", "Kepala Rutan", PASSWORD)
            return QDialog.DialogCode.Accepted

    import app.ui.setup_wizard

    monkeypatch.setattr(app.ui.setup_wizard, "SetupWizard", FakeWizard)
    shell = make_shell()
    window = log_in(qtbot, shell, "kepala")
    assert wizard_runs == ["MainWindow"]  # a dialog over the main window
    qtbot.waitUntil(lambda: window.actor is not None)
    assert shell.window is window
    assert window.actor.username == "kepala"
    assert window.isVisible() and window.tabs is not None


def test_no_wizard_when_set_up_and_closing_before_login_ends_cleanly(
    qtbot, make_shell, db_url, data_dir, monkeypatch
) -> None:
    prepared_database(db_url, data_dir)
    import app.ui.setup_wizard

    monkeypatch.setattr(app.ui.setup_wizard, "SetupWizard", None)  # would fail if used
    shell = make_shell()
    window = shell.window
    qtbot.waitUntil(lambda: window.login_page.is_ready)
    window.actions_by_key["quit"].trigger()  # Berkas > Keluar, signed out
    assert shell.exit_code == 0
    assert shell.window is None
    assert shell.services is None  # released


def test_closing_at_once_leaves_the_database_unopened(qtbot, make_shell, data_dir) -> None:
    shell = make_shell()
    shell.window.close()
    qtbot.wait(600)  # longer than the open's fallback timer
    assert shell.services is None and shell.window is None
    assert not data_dir.default_db.exists()


def test_cancelled_wizard_ends_without_login(qtbot, make_shell, monkeypatch) -> None:
    class Cancelled:
        def __init__(self, services, parent=None) -> None:
            pass

        def exec(self) -> int:
            return QDialog.DialogCode.Rejected

    import app.ui.setup_wizard

    monkeypatch.setattr(app.ui.setup_wizard, "SetupWizard", Cancelled)
    shell = make_shell()
    qtbot.waitUntil(lambda: shell.window is None)
    assert shell.exit_code == 0
    assert shell.services is None


def test_limited_user_logs_in_logs_out_and_admin_logs_in(
    qtbot, make_shell, db_url, data_dir
) -> None:
    prepared_database(db_url, data_dir, users=(("tani", Role.PERTANIAN),))
    shell = make_shell()
    window = log_in(qtbot, shell, "tani")
    assert window.role_label.text() == "Pertanian"
    assert not window.actions_by_key["users"].isVisible()

    window.actions_by_key["logout"].trigger()
    assert window.actor is None and window.login_page is not None
    assert window.login_page.username_edit.text() == "tani"  # filled in for the next login
    assert "logout" not in window.actions_by_key
    type_into(qtbot, window.login_page.username_edit, "admin")
    type_into(qtbot, window.login_page.password_edit, PASSWORD)
    qtbot.keyClick(window.login_page.password_edit, Qt.Key.Key_Return)
    assert shell.window is window  # one window all along
    assert window.actor.username == "admin"
    assert window.role_label.text() == "Administrator"


def change_password_to(qtbot, old: str, new: str):
    def change(dialog: ChangePasswordDialog) -> None:
        assert dialog.forced
        assert isinstance(dialog.parentWidget(), MainWindow)
        qtbot.keyClicks(dialog.old_edit, old)
        qtbot.keyClicks(dialog.new_edit, new)
        qtbot.keyClicks(dialog.repeat_edit, new)
        dialog.accept()

    return change


def reset_password_of(db_url, data_dir, username: str, temporary: str) -> None:
    from app.services.container import open_services

    services = open_services(db_url, data_dir)
    admin = services.auth.login("admin", PASSWORD)
    user = next(u for u in services.users.list_users(admin) if u.username == username)
    services.users.reset_password(admin, user.id, temporary)
    services.dispose()


def test_forced_password_change_after_reset(qtbot, make_shell, db_url, data_dir) -> None:
    prepared_database(db_url, data_dir, users=(("didik", Role.PENDIDIKAN),))
    reset_password_of(db_url, data_dir, "didik", "sementara123")
    shell = make_shell()
    on_modal(ChangePasswordDialog, change_password_to(qtbot, "sementara123", "baru-rahasia-456"))
    window = log_in(qtbot, shell, "didik", "sementara123")
    qtbot.waitUntil(lambda: window.actor is not None)
    assert window.actor.username == "didik"
    assert not shell.services.auth.must_change_password(window.actor)
    assert shell.services.auth.login("didik", "baru-rahasia-456").username == "didik"


def test_cancelled_forced_change_stays_at_the_login_page(
    qtbot, make_shell, db_url, data_dir
) -> None:
    prepared_database(db_url, data_dir, users=(("didik", Role.PENDIDIKAN),))
    reset_password_of(db_url, data_dir, "didik", "sementara123")
    shell = make_shell()
    on_modal(ChangePasswordDialog, lambda dialog: dialog.reject())
    window = log_in(qtbot, shell, "didik", "sementara123")
    assert window.actor is None and window.tabs is None
    assert window.login_page.username_edit.text() == "didik"
    assert window.login_page.password_edit.text() == ""
    assert window.isVisible()


def test_restore_restart_reopens_the_services_and_asks_to_log_in(
    qtbot, make_shell, db_url, data_dir
) -> None:
    prepared_database(db_url, data_dir)
    shell = make_shell()
    window = log_in(qtbot, shell, "admin")
    old_services = shell.services
    window.request_restart()
    assert window.actor is None and window.services is None
    assert window.login_page.status.text() == "Membuka basis data…"
    assert window.login_page.username_edit.text() == "admin"
    qtbot.waitUntil(lambda: window.login_page.is_ready, timeout=10_000)
    assert shell.services is not None and shell.services is not old_services
    assert window.services is shell.services
    assert shell.services.facility.get().name == PROFILE.name
    log_in(qtbot, shell, "admin")
    assert shell.window is window and window.actor.username == "admin"


def test_language_switch_rebuilds_the_window_for_the_same_user(
    qtbot, make_shell, db_url, data_dir
) -> None:
    prepared_database(db_url, data_dir)
    compile_qm()
    shell = make_shell()
    window = log_in(qtbot, shell, "admin")
    window.show_tab("inmates")
    window.actions_by_key["language_en"].trigger()
    assert shell.window is window  # rebuilt in place
    assert ui_language() == "en"
    assert window.actor.username == "admin"
    assert window.actions_by_key["language_en"].isChecked()
    assert window.actions_by_key["logout"].text() == "Log &out"
    assert window.current_tab_key() == "inmates"  # the same tab, rebuilt
    assert window.tab("home").view.today.text().split(", ")[0] in (
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    )  # fmt: skip


def test_language_switch_while_signed_out_keeps_the_typed_name(
    qtbot, make_shell, db_url, data_dir
) -> None:
    prepared_database(db_url, data_dir)
    compile_qm()
    shell = make_shell()
    window = shell.window
    type_into(qtbot, window.login_page.username_edit, "admin")
    window.actions_by_key["language_en"].trigger()
    assert ui_language() == "en"
    assert window.login_page.username_edit.text() == "admin"
    assert window.actions_by_key["quit"].text() == "&Quit"
    qtbot.waitUntil(lambda: window.login_page.is_ready)  # the database still opens behind it


def test_run_gui_opens_the_main_window_and_makes_the_daily_backup(
    qtbot, db_url, data_dir, monkeypatch
) -> None:
    prepared_database(db_url, data_dir)
    seen: dict[str, object] = {}

    def check(app) -> None:
        window = main_window()
        seen["first"] = window.actor
        seen["quit_on_close"] = app.quitOnLastWindowClosed()
        log_in_window(qtbot, window, "admin", PASSWORD)
        seen["title"] = window.windowTitle()
        backups = Path(data_dir.backups)
        qtbot.waitUntil(lambda: any(p.suffix == ".db" for p in backups.iterdir()), timeout=10_000)
        seen["backups"] = [p.name for p in backups.iterdir() if p.suffix == ".db"]
        window.actions_by_key["quit"].trigger()  # File > Keluar ends the real event loop

    monkeypatch.setattr(application, "event_loop", real_event_loop(check))
    assert run_gui(db_url, data_dir) == 0
    assert seen["first"] is None  # signed out at first
    assert seen["title"] == "Sibina — Rutan Kelas IIA Pekalongan"
    assert seen["quit_on_close"] is False
    assert seen["backups"], "the automatic daily backup was not written"
    assert QApplication.applicationName() == "Sibina"

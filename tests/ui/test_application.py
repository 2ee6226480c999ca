"""The GUI life cycle: bad database -> message + exit 1; wizard when needed; login; forced password
change; log out; restore restart; language switch; the daily backup at start."""

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
from app.ui.login_dialog import LoginDialog
from app.ui.main_window import MainWindow
from tests.conftest import PASSWORD, PROFILE
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


def log_in(qtbot, username: str, password: str = PASSWORD) -> None:
    def fill(dialog: LoginDialog) -> None:
        dialog.username_edit.clear()
        qtbot.keyClicks(dialog.username_edit, username)
        qtbot.keyClicks(dialog.password_edit, password)
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)  # Enter = Masuk

    on_modal(LoginDialog, fill)


def cancel_login() -> None:
    on_modal(LoginDialog, lambda dialog: dialog.reject())


@pytest.fixture
def make_shell(qapp, db_url, data_dir):
    shells: list[Shell] = []

    def make() -> Shell:
        shell = Shell(qapp, db_url, data_dir, AppSettings(data_dir.settings_file))
        shells.append(shell)
        return shell

    yield make
    for shell in shells:
        if shell.window is not None:
            shell.window.finish("quit", force=True)
        shell.stop()


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
    monkeypatch.setattr(application, "event_loop", lambda app: pytest.fail("must not run"))

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
    assert run_gui(db_url, data_dir) == 1
    assert "versi Sibina yang lebih baru" in shown[0]


def test_first_start_runs_the_wizard_then_login_then_main_window(qtbot, make_shell, monkeypatch):
    wizard_runs: list[bool] = []

    class FakeWizard:  # the real wizard is tested with its own widgets
        def __init__(self, services, parent=None) -> None:
            self.services = services

        def exec(self) -> int:
            wizard_runs.append(True)
            self.services.setup.complete(PROFILE, "kepala", "Kepala Rutan", PASSWORD)
            return QDialog.DialogCode.Accepted

    import app.ui.setup_wizard

    monkeypatch.setattr(app.ui.setup_wizard, "SetupWizard", FakeWizard)
    shell = make_shell()
    log_in(qtbot, "kepala")
    assert shell.start() is True
    assert wizard_runs == [True]
    assert isinstance(shell.window, MainWindow)
    assert shell.window.actor.username == "kepala"
    assert shell.window.isVisible()


def test_no_wizard_when_set_up_and_cancelled_login_ends_cleanly(
    qtbot, make_shell, db_url, data_dir, monkeypatch
) -> None:
    prepared_database(db_url, data_dir)
    import app.ui.setup_wizard

    monkeypatch.setattr(app.ui.setup_wizard, "SetupWizard", None)  # would fail if used
    shell = make_shell()
    cancel_login()
    assert shell.start() is False
    assert shell.exit_code == 0
    assert shell.window is None
    assert shell.services is None  # released


def test_cancelled_wizard_ends_without_login(qtbot, make_shell, monkeypatch) -> None:
    class Cancelled:
        def __init__(self, services, parent=None) -> None:
            pass

        def exec(self) -> int:
            return QDialog.DialogCode.Rejected

    import app.ui.setup_wizard

    monkeypatch.setattr(app.ui.setup_wizard, "SetupWizard", Cancelled)
    shell = make_shell()
    assert shell.start() is False
    assert shell.window is None


def test_limited_user_logs_in_logs_out_and_admin_logs_in(
    qtbot, make_shell, db_url, data_dir
) -> None:
    prepared_database(db_url, data_dir, users=(("tani", Role.PERTANIAN),))
    shell = make_shell()
    log_in(qtbot, "tani")
    assert shell.start()
    first = shell.window
    assert first.role_label.text() == "Pertanian"
    assert not first.actions_by_key["users"].isVisible()

    log_in(qtbot, "admin")
    first.actions_by_key["logout"].trigger()
    qtbot.waitUntil(lambda: shell.window is not None and shell.window is not first)
    assert shell.window.actor.username == "admin"
    assert shell.window.role_label.text() == "Administrator"


def test_forced_password_change_after_reset(qtbot, make_shell, db_url, data_dir) -> None:
    prepared_database(db_url, data_dir, users=(("didik", Role.PENDIDIKAN),))
    from app.services.container import open_services

    services = open_services(db_url, data_dir)
    admin = services.auth.login("admin", PASSWORD)
    user = next(u for u in services.users.list_users(admin) if u.username == "didik")
    services.users.reset_password(admin, user.id, "sementara123")
    services.dispose()

    def change(dialog: ChangePasswordDialog) -> None:
        assert dialog.forced
        qtbot.keyClicks(dialog.old_edit, "sementara123")
        qtbot.keyClicks(dialog.new_edit, "baru-rahasia-456")
        qtbot.keyClicks(dialog.repeat_edit, "baru-rahasia-456")
        dialog.accept()

    shell = make_shell()
    log_in(qtbot, "didik", "sementara123")
    on_modal(ChangePasswordDialog, change)
    assert shell.start()
    assert shell.window.actor.username == "didik"
    assert not shell.services.auth.must_change_password(shell.window.actor)
    assert shell.services.auth.login("didik", "baru-rahasia-456").username == "didik"


def test_restore_restart_reopens_the_services_and_asks_to_log_in(
    qtbot, make_shell, db_url, data_dir
) -> None:
    prepared_database(db_url, data_dir)
    shell = make_shell()
    log_in(qtbot, "admin")
    assert shell.start()
    old_services = shell.services
    log_in(qtbot, "admin")
    shell.window.request_restart()
    qtbot.waitUntil(lambda: shell.window is not None and shell.services is not old_services)
    assert shell.window.services is shell.services
    assert shell.services.facility.get().name == PROFILE.name


def test_language_switch_rebuilds_the_window_for_the_same_user(
    qtbot, make_shell, db_url, data_dir
) -> None:
    prepared_database(db_url, data_dir)
    shell = make_shell()
    log_in(qtbot, "admin")
    assert shell.start()
    first = shell.window
    first.actions_by_key["language_en"].trigger()
    qtbot.waitUntil(lambda: shell.window is not None and shell.window is not first)
    assert ui_language() == "en"
    assert shell.window.actor.username == "admin"
    assert shell.window.actions_by_key["language_en"].isChecked()
    assert shell.window.tab("home").view.today.text().split(", ")[0] in (
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    )  # fmt: skip


def test_run_gui_opens_the_main_window_and_makes_the_daily_backup(
    qtbot, db_url, data_dir, monkeypatch
) -> None:
    prepared_database(db_url, data_dir)
    seen: dict[str, object] = {}

    def check(app) -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        seen["title"] = window.windowTitle()
        seen["quit_on_close"] = app.quitOnLastWindowClosed()
        backups = Path(data_dir.backups)
        qtbot.waitUntil(lambda: any(p.suffix == ".db" for p in backups.iterdir()), timeout=10_000)
        seen["backups"] = [p.name for p in backups.iterdir() if p.suffix == ".db"]
        window.actions_by_key["quit"].trigger()  # File > Keluar ends the real event loop

    def real_loop(app) -> int:
        safety = QTimer()
        safety.setSingleShot(True)
        safety.timeout.connect(lambda: app.exit(99))
        safety.start(30_000)
        QTimer.singleShot(0, lambda: check(app))
        try:
            return app.exec()
        finally:
            safety.stop()

    monkeypatch.setattr(application, "event_loop", real_loop)
    log_in(qtbot, "admin")
    assert run_gui(db_url, data_dir) == 0
    assert seen["title"] == "Sibina — Rutan Kelas IIA Pekalongan"
    assert seen["quit_on_close"] is False
    assert seen["backups"], "the automatic daily backup was not written"
    assert QApplication.applicationName() == "Sibina"

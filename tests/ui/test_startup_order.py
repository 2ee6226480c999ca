"""The start-up order: the login dialog shows at once, in a "Membuka basis data…" state, and the
database is opened only after it is on screen; Enter pressed meanwhile logs in once it is open;
a database that cannot be opened still gives its message and exit code 1."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.ui import application
from app.ui.application import Shell, run_gui
from app.ui.common.i18n import install_translators
from app.ui.common.settings import AppSettings
from app.ui.login_dialog import LoginDialog
from app.ui.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.ui.foundation_helpers import click, type_into
from tests.ui.modal_helpers import on_modal


@pytest.fixture(autouse=True)
def restore_app_state(qapp, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    quit_on_close = qapp.quitOnLastWindowClosed()
    locale = QLocale()
    yield
    install_translators(qapp, "id")
    QLocale.setDefault(locale)
    qapp.setQuitOnLastWindowClosed(quit_on_close)


def test_opening_state_then_ready(qtbot, services):
    dialog = LoginDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.is_ready
    assert not dialog.login_button.isEnabled()
    assert dialog.status.text() == "Membuka basis data…"
    type_into(qtbot, dialog.username_edit, "admin")  # the fields work meanwhile
    assert dialog.username_edit.text() == "admin"

    dialog.set_auth_service(services.auth)
    assert dialog.login_button.isEnabled()
    assert dialog.status.text() == ""
    assert dialog.result() != QDialog.DialogCode.Accepted  # nothing was asked yet
    type_into(qtbot, dialog.password_edit, PASSWORD)
    click(qtbot, dialog.login_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor.username == "admin"


def test_enter_while_opening_logs_in_when_the_database_is_open(qtbot, services):
    dialog = LoginDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.username_edit, "admin")
    type_into(qtbot, dialog.password_edit, PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.actor is None
    assert dialog.status.text() == "Menunggu basis data…"

    dialog.set_auth_service(services.auth)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor.username == "admin"


def test_enter_while_opening_with_a_wrong_password_shows_the_reason_when_open(qtbot, services):
    dialog = LoginDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.username_edit, "admin")
    type_into(qtbot, dialog.password_edit, "salah123")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    dialog.set_auth_service(services.auth)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message.text() == "Nama pengguna atau kata sandi salah. Sisa percobaan: 4."


def test_enter_while_opening_without_a_username_asks_for_it(qtbot):
    dialog = LoginDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.username_edit, Qt.Key.Key_Return)
    assert dialog.message.text() == "Isi nama pengguna."
    assert dialog.status.text() == "Membuka basis data…"


def test_the_login_dialog_is_shown_before_the_database_is_opened(
    qtbot, services, db_url, data_dir
) -> None:
    shell = Shell(QApplication.instance(), db_url, data_dir, AppSettings(data_dir.settings_file))
    first: dict[str, object] = {}

    def at_first_sight(dialog: LoginDialog) -> None:
        first.update(
            ready=dialog.is_ready,
            button=dialog.login_button.isEnabled(),
            status=dialog.status.text(),
            services=shell.services,
        )
        type_into(qtbot, dialog.username_edit, "admin")
        type_into(qtbot, dialog.password_edit, PASSWORD)
        qtbot.waitUntil(lambda: dialog.login_button.isEnabled(), timeout=10_000)
        first["services_when_ready"] = shell.services
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)

    on_modal(LoginDialog, at_first_sight)
    try:
        assert shell.start() is True
        assert first["ready"] is False and first["button"] is False
        assert first["status"] == "Membuka basis data…"
        assert first["services"] is None  # the database was not open yet
        assert first["services_when_ready"] is shell.services is not None
        assert isinstance(shell.window, MainWindow)
        assert shell.window.actor.username == "admin"
    finally:
        if shell.window is not None:
            shell.window.finish("quit", force=True)
        shell.stop()


def test_bad_database_closes_the_login_dialog_shows_the_message_and_exits_1(
    qapp, db_url, data_dir, monkeypatch
) -> None:
    db = Path(db_url.removeprefix("sqlite:///"))
    db.write_bytes(b"SQLite format 3\x00 but not really" * 20)
    before = db.read_bytes()
    shown: list[tuple[str, list[str]]] = []

    def record(box: QMessageBox) -> int:
        visible = [type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]
        shown.append((box.text(), visible))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    monkeypatch.setattr(application, "event_loop", lambda app: pytest.fail("must not run"))
    logins: list[LoginDialog] = []
    on_modal(LoginDialog, logins.append)

    assert run_gui(db_url, data_dir) == 1
    assert len(logins) == 1  # the login dialog came first ...
    assert len(shown) == 1  # ... then the message, with the dialog gone
    assert "LoginDialog" not in shown[0][1]
    assert db.read_bytes() == before


def test_an_unexpected_error_while_opening_ends_the_start_instead_of_waiting(
    qapp, db_url, data_dir, monkeypatch
) -> None:
    import app.services.container

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(app.services.container, "open_services", broken)
    shell = Shell(qapp, db_url, data_dir, AppSettings(data_dir.settings_file))
    with pytest.raises(RuntimeError, match="disk on fire"):
        shell.start()
    assert shell.services is None
    assert not any(isinstance(w, LoginDialog) and w.isVisible() for w in qapp.topLevelWidgets())

"""The start-up order: the main window shows at once, signed out, its login page in a "Membuka
basis data…" state, and the database is opened only after it is on screen; Enter pressed
meanwhile logs in once it is open; a database that cannot be opened still gives its message (over
the window) and exit code 1."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui import application
from app.ui.application import Shell, run_gui
from app.ui.common.i18n import install_translators
from app.ui.common.settings import AppSettings
from app.ui.login_page import LoginPage
from app.ui.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.ui.foundation_helpers import click, type_into


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


def opening_page(qtbot) -> LoginPage:
    page = LoginPage()
    qtbot.addWidget(page)
    page.show()
    return page


def test_opening_state_then_ready(qtbot, services):
    page = opening_page(qtbot)
    assert not page.is_ready
    assert not page.login_button.isEnabled()
    assert page.status.text() == "Membuka basis data…"
    type_into(qtbot, page.username_edit, "admin")  # the fields work meanwhile
    assert page.username_edit.text() == "admin"

    page.set_auth_service(services.auth)
    assert page.login_button.isEnabled()
    assert page.status.text() == ""
    assert page.actor is None  # nothing was asked yet
    type_into(qtbot, page.password_edit, PASSWORD)
    click(qtbot, page.login_button)
    assert page.actor.username == "admin"


def test_enter_while_opening_logs_in_when_the_database_is_open(qtbot, services):
    page = opening_page(qtbot)
    type_into(qtbot, page.username_edit, "admin")
    type_into(qtbot, page.password_edit, PASSWORD)
    qtbot.keyClick(page.password_edit, Qt.Key.Key_Return)
    assert page.actor is None
    assert page.status.text() == "Menunggu basis data…"

    with qtbot.waitSignal(page.logged_in, timeout=1000):
        page.set_auth_service(services.auth)
    assert page.actor.username == "admin"


def test_enter_while_opening_with_a_wrong_password_shows_the_reason_when_open(qtbot, services):
    page = opening_page(qtbot)
    type_into(qtbot, page.username_edit, "admin")
    type_into(qtbot, page.password_edit, "salah123")
    qtbot.keyClick(page.password_edit, Qt.Key.Key_Return)
    page.set_auth_service(services.auth)
    assert page.actor is None
    assert page.message.text() == "Nama pengguna atau kata sandi salah. Sisa percobaan: 4."


def test_enter_while_opening_without_a_username_asks_for_it(qtbot):
    page = opening_page(qtbot)
    qtbot.keyClick(page.username_edit, Qt.Key.Key_Return)
    assert page.message.text() == "Isi nama pengguna."
    assert page.status.text() == "Membuka basis data…"


def test_the_main_window_is_shown_before_the_database_is_opened(
    qtbot, services, db_url, data_dir
) -> None:
    shell = Shell(QApplication.instance(), db_url, data_dir, AppSettings(data_dir.settings_file))
    try:
        window = shell.start()
        page = window.login_page
        # At once, before any event was processed: the window, signed out, and no database.
        assert isinstance(window, MainWindow) and window.isVisible()
        assert window.actor is None and window.tabs is None
        assert page is not None and page.isVisible()
        assert not page.is_ready and not page.login_button.isEnabled()
        assert page.status.text() == "Membuka basis data…"
        assert shell.services is None
        type_into(qtbot, page.username_edit, "admin")
        type_into(qtbot, page.password_edit, PASSWORD)
        qtbot.keyClick(page.password_edit, Qt.Key.Key_Return)  # before the database is open

        qtbot.waitUntil(lambda: window.actor is not None, timeout=10_000)
        assert shell.services is not None and window.services is shell.services
        assert shell.window is window  # the same window, now signed in
        assert window.actor.username == "admin"
        assert window.current_tab_key() == "home"
    finally:
        if shell.window is not None:
            shell.window.finish(force=True)
        shell.stop()


def test_bad_database_shows_the_message_over_the_window_and_exits_1(
    qtbot, db_url, data_dir, monkeypatch
) -> None:
    db = Path(db_url.removeprefix("sqlite:///"))
    db.write_bytes(b"SQLite format 3\x00 but not really" * 20)
    before = db.read_bytes()
    shown: list[tuple[str, str, bool]] = []

    def record(box: QMessageBox) -> int:
        parent = box.parentWidget()
        page = getattr(parent, "login_page", None)
        shown.append((box.text(), type(parent).__name__, page is not None and page.isVisible()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    monkeypatch.setattr(application, "event_loop", event_loop_with_safety)

    assert run_gui(db_url, data_dir) == 1
    assert len(shown) == 1  # the message, over the signed-out main window
    assert shown[0][1:] == ("MainWindow", True)
    assert "rusak" in shown[0][0]  # damaged
    assert db.read_bytes() == before
    assert not any(
        isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_an_unexpected_error_while_opening_ends_the_start_instead_of_waiting(
    qapp, db_url, data_dir, monkeypatch
) -> None:
    import app.services.container

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(app.services.container, "open_services", broken)
    monkeypatch.setattr(application, "event_loop", event_loop_with_safety)
    with pytest.raises(RuntimeError, match="disk on fire"):
        run_gui(db_url, data_dir)
    assert not any(
        isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def event_loop_with_safety(app) -> int:
    """The real event loop, ended with 99 if the program does not end by itself."""
    safety = QTimer()
    safety.setSingleShot(True)
    safety.timeout.connect(lambda: app.exit(99))
    safety.start(30_000)
    try:
        return app.exec()
    finally:
        safety.stop()

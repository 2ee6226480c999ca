"""The login page (the main window's central area while signed out; it replaced the login
dialog): messages for wrong passwords and locked accounts, Enter logs in."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.roles import Role
from tests.conftest import PASSWORD
from tests.ui.foundation_helpers import click, log_in, type_into


def test_wrong_password_says_how_many_attempts_are_left(qtbot, services):
    page = log_in(qtbot, services.auth, "admin", "salah123")

    assert page.actor is None
    assert page.message.text() == "Nama pengguna atau kata sandi salah. Sisa percobaan: 4."
    assert page.username_edit.text() == "admin"
    assert page.password_edit.text() == ""
    assert page.focusWidget() is page.password_edit


def test_five_wrong_passwords_lock_the_account(qtbot, services, clock):
    page = log_in(qtbot, services.auth, "admin", "salah123")
    for _ in range(4):
        type_into(qtbot, page.password_edit, "salah123")
        click(qtbot, page.login_button)
    assert page.message.text() == "Kata sandi salah 5 kali. Akun admin dikunci 15 menit."

    type_into(qtbot, page.password_edit, PASSWORD)  # even the right password is refused now
    click(qtbot, page.login_button)
    assert page.actor is None
    assert "terkunci" in page.message.text()
    assert "15 menit" in page.message.text()

    clock.advance(minutes=16)
    type_into(qtbot, page.password_edit, PASSWORD)
    with qtbot.waitSignal(page.logged_in, timeout=1000) as signal:
        click(qtbot, page.login_button)
    assert signal.args[0].username == "admin"


def test_right_password_and_enter_log_in(qtbot, services):
    logged_in = []
    page = log_in(qtbot, services.auth, "", "")
    page.logged_in.connect(logged_in.append)
    type_into(qtbot, page.username_edit, "admin")
    type_into(qtbot, page.password_edit, PASSWORD)
    qtbot.keyClick(page.password_edit, Qt.Key.Key_Return)

    assert [actor.username for actor in logged_in] == ["admin"]
    assert page.actor.role == Role.ADMIN
    assert page.password_edit.text() == ""  # not left behind on the page
    assert page.message.isHidden()


def test_enter_in_the_user_name_field_logs_in_too(qtbot, services):
    page = log_in(qtbot, services.auth, "", "")
    type_into(qtbot, page.password_edit, PASSWORD)
    type_into(qtbot, page.username_edit, "admin")
    with qtbot.waitSignal(page.logged_in, timeout=1000):
        qtbot.keyClick(page.username_edit, Qt.Key.Key_Return)


def test_empty_username_is_asked_for(qtbot, services):
    page = log_in(qtbot, services.auth, "", PASSWORD)
    assert page.actor is None
    assert page.message.text() == "Isi nama pengguna."
    assert page.focusWidget() is page.username_edit


def test_the_page_names_the_facility_and_the_version(qtbot, services):
    page = log_in(qtbot, services.auth, "", "")
    assert page.facility.text() == ""
    page.set_facility("Rutan Kelas IIA Pekalongan")
    assert page.facility.text() == "Rutan Kelas IIA Pekalongan"
    assert page.findChild(type(page.status), "login_version").text() == "Versi 0.1.0"

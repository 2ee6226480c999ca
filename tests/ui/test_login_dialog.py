"""The login dialog: messages for wrong passwords and locked accounts, Enter logs in."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from app.domain.roles import Role
from tests.conftest import PASSWORD
from tests.ui.foundation_helpers import click, log_in, type_into


def test_wrong_password_says_how_many_attempts_are_left(qtbot, services):
    dialog = log_in(qtbot, services.auth, "admin", "salah123")

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.actor is None
    assert dialog.message.text() == "Nama pengguna atau kata sandi salah. Sisa percobaan: 4."
    assert dialog.username_edit.text() == "admin"
    assert dialog.password_edit.text() == ""
    assert dialog.focusWidget() is dialog.password_edit


def test_five_wrong_passwords_lock_the_account(qtbot, services, clock):
    dialog = log_in(qtbot, services.auth, "admin", "salah123")
    for _ in range(4):
        type_into(qtbot, dialog.password_edit, "salah123")
        click(qtbot, dialog.login_button)
    assert dialog.message.text() == "Kata sandi salah 5 kali. Akun admin dikunci 15 menit."

    type_into(qtbot, dialog.password_edit, PASSWORD)  # even the right password is refused now
    click(qtbot, dialog.login_button)
    assert dialog.actor is None
    assert "terkunci" in dialog.message.text()
    assert "15 menit" in dialog.message.text()

    clock.advance(minutes=16)
    type_into(qtbot, dialog.password_edit, PASSWORD)
    click(qtbot, dialog.login_button)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_right_password_and_enter_log_in(qtbot, services):
    dialog = log_in(qtbot, services.auth, "admin", PASSWORD)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor.username == "admin"
    assert dialog.actor.role == Role.ADMIN


def test_empty_username_is_asked_for(qtbot, services):
    dialog = log_in(qtbot, services.auth, "", PASSWORD)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message.text() == "Isi nama pengguna."

"""Changing one's own password through the dialog, and the forced change after a reset."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from app.errors import AuthError
from app.ui.admin.change_password_dialog import ChangePasswordDialog
from tests.conftest import PASSWORD
from tests.ui.foundation_helpers import click, type_into


def make_dialog(qtbot, services, actor, forced=False) -> ChangePasswordDialog:
    dialog = ChangePasswordDialog(services.auth, actor, None, forced=forced)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(qtbot, dialog, old, new, repeat=None) -> None:
    type_into(qtbot, dialog.old_edit, old)
    type_into(qtbot, dialog.new_edit, new)
    type_into(qtbot, dialog.repeat_edit, new if repeat is None else repeat)


def test_problems_are_shown_next_to_the_fields(qtbot, services, admin):
    dialog = make_dialog(qtbot, services, admin)
    fill(qtbot, dialog, "bukan-itu1", "pendek")
    click(qtbot, dialog.save_button)
    assert dialog.errors.text("old_password") == "Kata sandi lama salah."
    assert dialog.errors.text("new_password") == "Kata sandi minimal 8 karakter."
    assert dialog.result() != QDialog.DialogCode.Accepted

    fill(qtbot, dialog, PASSWORD, "baru-sekali1", repeat="baru-sekali2")
    click(qtbot, dialog.save_button)
    assert dialog.errors.text("repeat") == "Kata sandi baru tidak sama."
    assert dialog.errors.text("old_password") == ""
    assert services.auth.login("admin", PASSWORD)  # nothing changed yet


def test_changing_the_password(qtbot, services, admin):
    dialog = make_dialog(qtbot, services, admin)
    fill(qtbot, dialog, PASSWORD, "baru-sekali1")
    click(qtbot, dialog.save_button)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.auth.login("admin", "baru-sekali1").username == "admin"
    with pytest.raises(AuthError):
        services.auth.login("admin", PASSWORD)


def test_forced_change_after_a_reset_offers_only_quitting(qtbot, services, admin, make_actor):
    from app.domain.roles import Role

    clerk = make_actor(Role.REGISTRASI, "clerk")
    services.users.reset_password(admin, clerk.user_id, "sementara9")
    clerk = services.auth.login("clerk", "sementara9")
    assert services.auth.must_change_password(clerk)

    dialog = make_dialog(qtbot, services, clerk, forced=True)
    assert dialog.cancel_button.text() == "&Keluar dari Sibina"
    fill(qtbot, dialog, "sementara9", "pilihanku7")
    click(qtbot, dialog.save_button)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not services.auth.must_change_password(clerk)
    assert services.auth.login("clerk", "pilihanku7").username == "clerk"


def test_forced_dialog_rejected_means_quit(qtbot, services, admin):
    dialog = make_dialog(qtbot, services, admin, forced=True)
    click(qtbot, dialog.cancel_button)
    assert dialog.result() == QDialog.DialogCode.Rejected

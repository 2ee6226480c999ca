"""The whole first start, through the screens: wizard -> admin logs in on the login page ->
creates a limited user -> that user logs in (and, after a password reset, must change the
password first)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from app.domain.roles import Permission, Role
from app.errors import PermissionDenied
from app.ui.admin.change_password_dialog import ChangePasswordDialog
from app.ui.admin.users_dialog import UsersDialog
from app.ui.setup_wizard import SetupWizard
from tests.ui.foundation_helpers import (
    click,
    click_finish,
    click_next,
    fill_admin,
    fill_facility,
    log_in,
    type_into,
)


def test_wizard_to_second_user_with_a_limited_role(qtbot, empty_services):
    services = empty_services
    assert services.setup.is_needed()

    wizard = SetupWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    click_next(qtbot, wizard)
    fill_facility(qtbot, wizard)
    click_next(qtbot, wizard)
    fill_admin(qtbot, wizard, "rina", "kuncirutan1")
    click_finish(qtbot, wizard)
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert not services.setup.is_needed()

    login = log_in(qtbot, services.auth, "rina", "kuncirutan1")
    admin = login.actor
    assert admin is not None, login.message.text()
    assert admin.role == Role.ADMIN
    assert not services.auth.must_change_password(admin)

    users = UsersDialog(services, admin)
    qtbot.addWidget(users)
    users.show()
    click(qtbot, users.new_button)
    form = users.form
    type_into(qtbot, form.username_edit, "joko")
    type_into(qtbot, form.full_name_edit, "Joko Susilo")
    form.role_combo.setCurrentIndex(form.role_combo.findData(Role.PERTANIAN.value))
    type_into(qtbot, form.password_edit, "cangkul2025")
    type_into(qtbot, form.repeat_edit, "cangkul2025")
    click(qtbot, form.save_button)
    assert form.result() == QDialog.DialogCode.Accepted

    second = log_in(qtbot, services.auth, "joko", "cangkul2025")
    joko = second.actor
    assert joko is not None, second.message.text()
    assert joko.role == Role.PERTANIAN
    assert not joko.can(Permission.MANAGE_USERS)
    with pytest.raises(PermissionDenied):
        UsersDialog(services, joko)

    # The admin resets Joko's password: Joko must choose a new one before going on.
    users.select_username("joko")
    click(qtbot, users.reset_button)
    reset = users.form
    temporary = reset.password_edit.text()
    click(qtbot, reset.save_button)
    again = log_in(qtbot, services.auth, "joko", temporary)
    assert again.actor is not None, again.message.text()
    assert services.auth.must_change_password(again.actor)
    change = ChangePasswordDialog(services.auth, again.actor, None, forced=True)
    qtbot.addWidget(change)
    change.show()
    type_into(qtbot, change.old_edit, temporary)
    type_into(qtbot, change.new_edit, "sabit20255")
    type_into(qtbot, change.repeat_edit, "sabit20255")
    click(qtbot, change.save_button)
    assert change.result() == QDialog.DialogCode.Accepted
    assert not services.auth.must_change_password(again.actor)
    assert log_in(qtbot, services.auth, "joko", "sabit20255").actor.username == "joko"

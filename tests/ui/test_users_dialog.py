"""User administration through the real dialog: create, role, disable, reset."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from app.domain.roles import Role
from app.errors import AuthError, PermissionDenied
from app.ui.admin.user_forms import NewUserDialog, ResetPasswordDialog, RoleDialog
from app.ui.admin.users_dialog import UsersDialog
from tests.conftest import PASSWORD
from tests.ui.foundation_helpers import click, type_into


def make_dialog(qtbot, services, actor) -> UsersDialog:
    dialog = UsersDialog(services, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def create_user(qtbot, dialog: UsersDialog, username: str, role: Role, password=PASSWORD):
    click(qtbot, dialog.new_button)
    form = dialog.form
    assert isinstance(form, NewUserDialog)
    type_into(qtbot, form.username_edit, username)
    type_into(qtbot, form.full_name_edit, "Joko Susilo")
    form.role_combo.setCurrentIndex(form.role_combo.findData(role.value))
    type_into(qtbot, form.password_edit, password)
    type_into(qtbot, form.repeat_edit, password)
    click(qtbot, form.save_button)
    return form


def cell(dialog: UsersDialog, username: str, column: int) -> str:
    model = dialog.model
    for row in range(model.rowCount()):
        if model.user_at(row).username == username:
            return model.data(model.index(row, column))
    raise AssertionError(f"{username} not listed")


def test_lists_users_and_passes_the_model_tester(qtbot, qtmodeltester, services, admin):
    dialog = make_dialog(qtbot, services, admin)
    assert cell(dialog, "admin", 2) == "Administrator"
    assert cell(dialog, "admin", 3) == "Ya"
    assert cell(dialog, "admin", 5) != "—"  # logged in by the fixture
    qtmodeltester.check(dialog.model)


def test_create_a_user_with_a_limited_role(qtbot, services, admin):
    dialog = make_dialog(qtbot, services, admin)
    form = create_user(qtbot, dialog, "tani", Role.PERTANIAN)

    assert form.result() == QDialog.DialogCode.Accepted
    assert dialog.form is None
    assert cell(dialog, "tani", 2) == "Pertanian"
    assert dialog.selected_user().username == "tani"
    stored = {u.username: u for u in services.users.list_users(admin)}
    assert stored["tani"].role == Role.PERTANIAN


def test_new_user_problems_are_shown_next_to_fields_and_form_stays(qtbot, services, admin):
    dialog = make_dialog(qtbot, services, admin)
    form = create_user(qtbot, dialog, "admin", Role.REGISTRASI, password="123")

    assert dialog.form is form and form.isVisible()
    assert form.errors.text("username") == "Nama pengguna sudah dipakai."
    assert form.errors.text("password") == "Kata sandi minimal 8 karakter."
    assert form.username_edit.text() == "admin"  # nothing typed is lost
    assert len(services.users.list_users(admin)) == 1


def test_disable_and_enable_a_user(qtbot, services, admin, make_actor):
    make_actor(Role.PENDIDIKAN, "guru")
    dialog = make_dialog(qtbot, services, admin)
    dialog.select_username("guru")
    click(qtbot, dialog.active_button)

    assert cell(dialog, "guru", 3) == "Tidak"
    assert dialog.active_button.text() == "A&ktifkan"
    with pytest.raises(AuthError, match="dinonaktifkan"):
        services.auth.login("guru", PASSWORD)

    click(qtbot, dialog.active_button)
    assert cell(dialog, "guru", 3) == "Ya"
    assert services.auth.login("guru", PASSWORD).username == "guru"


def test_admin_cannot_disable_self_and_is_told_so(qtbot, services, admin):
    dialog = make_dialog(qtbot, services, admin)
    dialog.select_username("admin")
    click(qtbot, dialog.active_button)
    assert dialog.message.text() == "Anda tidak dapat menonaktifkan akun sendiri."
    assert cell(dialog, "admin", 3) == "Ya"


def test_reset_password_makes_the_user_change_it(qtbot, services, admin, make_actor):
    make_actor(Role.PERPUSTAKAAN, "pustaka")
    dialog = make_dialog(qtbot, services, admin)
    dialog.select_username("pustaka")
    click(qtbot, dialog.reset_button)
    form = dialog.form
    assert isinstance(form, ResetPasswordDialog)
    temporary = form.password_edit.text()
    assert len(temporary) >= 8
    click(qtbot, form.save_button)

    assert form.result() == QDialog.DialogCode.Accepted
    actor = services.auth.login("pustaka", temporary)
    assert services.auth.must_change_password(actor)


def test_last_admin_keeps_the_admin_role(qtbot, services, admin):
    dialog = make_dialog(qtbot, services, admin)
    dialog.select_username("admin")
    click(qtbot, dialog.role_button)
    form = dialog.form
    assert isinstance(form, RoleDialog)
    form.role_combo.setCurrentIndex(form.role_combo.findData(Role.REGISTRASI.value))
    click(qtbot, form.save_button)

    assert form.isVisible()
    assert form.errors.text("role") == "Harus tetap ada minimal satu admin aktif."
    assert cell(dialog, "admin", 2) == "Administrator"


def test_change_role(qtbot, services, admin, make_actor):
    make_actor(Role.PERTANIAN, "tani")
    dialog = make_dialog(qtbot, services, admin)
    dialog.select_username("tani")
    click(qtbot, dialog.role_button)
    form = dialog.form
    form.role_combo.setCurrentIndex(form.role_combo.findData(Role.PEMBINAAN.value))
    click(qtbot, form.save_button)
    assert cell(dialog, "tani", 2) == "Pembinaan"


def test_a_limited_role_cannot_open_user_administration(qtbot, services, make_actor):
    clerk = make_actor(Role.REGISTRASI)
    with pytest.raises(PermissionDenied):
        UsersDialog(services, clerk)


def test_lock_is_listed_until_it_runs_out(qtbot, services, admin, make_actor, clock):
    make_actor(Role.PEMBINAAN, "bina")
    for _ in range(5):
        with pytest.raises(AuthError):
            services.auth.login("bina", "salah-salah1")
    dialog = make_dialog(qtbot, services, admin)
    assert cell(dialog, "bina", 4).startswith("15 Juli 2025 ")  # 09:15 UTC, shown in local time
    clock.advance(minutes=16)
    dialog.reload()
    assert cell(dialog, "bina", 4) == ""


def test_a_locked_account_is_unlocked_without_a_new_password(qtbot, services, admin, make_actor):
    from app.services.audit import AuditFilter

    make_actor(Role.PEMBINAAN, "bina")
    for _ in range(5):
        with pytest.raises(AuthError):
            services.auth.login("bina", "salah-salah1")
    dialog = make_dialog(qtbot, services, admin)
    assert dialog.selected_user() is not None and dialog.role_button.isEnabled()  # from the start
    dialog.select_username("admin")
    assert not dialog.unlock_button.isEnabled()  # not locked
    dialog.select_username("bina")
    assert dialog.unlock_button.isEnabled()
    click(qtbot, dialog.unlock_button)
    assert cell(dialog, "bina", 4) == "" and not dialog.unlock_button.isEnabled()
    assert services.auth.login("bina", PASSWORD).username == "bina"  # the same password
    (event,) = services.audit.list_events(admin, AuditFilter(action="user_unlocked"))
    assert event.username == "admin" and event.before["locked_until"]
    assert event.after["locked_until"] is None


def test_unlocking_an_account_that_is_not_locked_is_refused(services, admin, make_actor):
    from app.errors import ValidationError

    make_actor(Role.PEMBINAAN, "bina")
    user_id = next(u.id for u in services.users.list_users(admin) if u.username == "bina")
    with pytest.raises(ValidationError) as info:
        services.users.unlock(admin, user_id)
    assert info.value.field_errors == {"locked": "Akun ini tidak sedang terkunci."}
    with pytest.raises(PermissionDenied):
        services.users.unlock(make_actor(Role.REGISTRASI), user_id)

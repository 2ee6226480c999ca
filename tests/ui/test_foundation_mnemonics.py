"""Keyboard use: no two Alt+letter shortcuts collide on one screen of the foundation dialogs, the
login page or the main window's menu bar (signed out and signed in)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget, QWizard

from app.ui.admin.audit_view import AuditLogDialog
from app.ui.admin.change_password_dialog import ChangePasswordDialog
from app.ui.admin.facility_dialog import FacilityDialog
from app.ui.admin.user_forms import NewUserDialog
from app.ui.admin.users_dialog import UsersDialog
from app.ui.setup_wizard import SetupWizard
from tests.ui.foundation_helpers import login_page
from tests.ui.mnemonic_helpers import MNEMONIC, assert_unique, mnemonics


@pytest.mark.parametrize(
    "make",
    [
        lambda s, a: login_page(s.auth),
        lambda s, a: ChangePasswordDialog(s.auth, a, None),
        lambda s, a: ChangePasswordDialog(s.auth, a, None, forced=True),
        lambda s, a: FacilityDialog(s, a),
        lambda s, a: UsersDialog(s, a),
        lambda s, a: NewUserDialog(s, a),
        lambda s, a: AuditLogDialog(s, a),
    ],
)
def test_dialog_mnemonics_are_unique(qtbot, services, admin, make):
    dialog = make(services, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    assert_unique(dialog.findChildren(QWidget))


def test_wizard_pages_with_their_buttons_are_unique(qtbot, empty_services):
    wizard = SetupWizard(empty_services)
    qtbot.addWidget(wizard)
    wizard.show()
    buttons = [wizard.button(b) for b in (QWizard.WizardButton.BackButton,
               QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton,
               QWizard.WizardButton.CancelButton)]  # fmt: skip
    button_keys = mnemonics(buttons, visible_only=False)
    assert len(button_keys) == 4
    for page in (wizard.welcome_page, wizard.facility_page, wizard.admin_page):
        keys = mnemonics(page.findChildren(QWidget), visible_only=False) + button_keys
        assert len(keys) > 4
        assert len(keys) == len(set(keys)), (page.title(), sorted(keys))


def test_menu_bar_mnemonics_are_unique_signed_out_and_in(qtbot, services, admin, tmp_path):
    from app.ui.common.settings import AppSettings
    from app.ui.main_window import MainWindow

    window = MainWindow(None, None, AppSettings(tmp_path / "sibina.ini"))
    qtbot.addWidget(window)
    for signed_in in (False, True):
        if signed_in:
            window.set_services(services)
            window.sign_in(admin)
        menus = [a for a in window.menuBar().actions() if a.isVisible()]
        keys = [MNEMONIC.search(a.text()).group(1).lower() for a in menus]
        assert len(keys) == len(set(keys)), keys
        for menu in (a.menu() for a in menus):
            items = [a.text() for a in menu.actions() if a.isVisible() and a.text()]
            letters = [m.group(1).lower() for t in items if (m := MNEMONIC.search(t))]
            assert len(letters) == len(set(letters)), items

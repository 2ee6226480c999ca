"""Driving the foundation dialogs like a person would (shared by the wizard and flow tests)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWizard

from app.ui.login_dialog import LoginDialog
from app.ui.setup_wizard import SetupWizard


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def click_next(qtbot, wizard: QWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def click_finish(qtbot, wizard: QWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


def fill_facility(qtbot, wizard: SetupWizard, nip: str = "197001012000031001") -> None:
    form = wizard.facility_page.form
    type_into(qtbot, form.name_edit, "Rutan Kelas IIA Pekalongan")
    type_into(qtbot, form.code_edit, "RUTAN-PKL")
    type_into(qtbot, form.address_edit, "Jl. Uji No. 1")
    type_into(qtbot, form.city_edit, "Pekalongan")
    type_into(qtbot, form.head_name_edit, "Budi Santoso")
    type_into(qtbot, form.head_nip_edit, nip)


def fill_admin(qtbot, wizard: SetupWizard, username: str, password: str, repeat=None) -> None:
    page = wizard.admin_page
    type_into(qtbot, page.username_edit, username)
    type_into(qtbot, page.full_name_edit, "Rina Kusumawati")
    type_into(qtbot, page.password_edit, password)
    type_into(qtbot, page.repeat_edit, password if repeat is None else repeat)


def log_in(qtbot, auth, username: str, password: str) -> LoginDialog:
    """Type the credentials and press Enter; returns the dialog (accepted or showing why not)."""
    dialog = LoginDialog(auth)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.username_edit, username)
    type_into(qtbot, dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    return dialog


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

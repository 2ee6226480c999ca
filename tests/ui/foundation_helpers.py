"""Driving the foundation screens like a person would (shared by the wizard, login and flow
tests)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWizard

from app.ui.login_page import LoginPage
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


def log_in(qtbot, auth, username: str, password: str) -> LoginPage:
    """A login page of its own: type the credentials and press Enter; returns the page (its
    `actor` is set when the login worked, else its message says why)."""
    page = LoginPage()
    qtbot.addWidget(page)
    page.set_auth_service(auth)
    page.show()
    enter_credentials(qtbot, page, username, password)
    return page


def enter_credentials(qtbot, page: LoginPage, username: str, password: str) -> None:
    type_into(qtbot, page.username_edit, username)
    type_into(qtbot, page.password_edit, password)
    qtbot.keyClick(page.password_edit, Qt.Key.Key_Return)  # Enter = Masuk


def log_in_window(qtbot, window, username: str, password: str) -> None:
    """Wait until the main window's login page can log in (the database is open), then log in."""
    qtbot.waitUntil(lambda: window.login_page is not None and window.login_page.is_ready)
    enter_credentials(qtbot, window.login_page, username, password)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def login_page(auth) -> LoginPage:
    page = LoginPage()
    page.set_auth_service(auth)
    return page

"""Editing the facility profile later (admin only), with the wizard's form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog

from app.domain.roles import Role
from app.errors import PermissionDenied
from app.services.audit import AuditFilter
from app.ui.admin.facility_dialog import FacilityDialog
from tests.conftest import PROFILE
from tests.ui.foundation_helpers import click, type_into


def make_dialog(qtbot, services, actor) -> FacilityDialog:
    dialog = FacilityDialog(services, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_shows_the_stored_profile_and_saves_changes(qtbot, services, admin, tmp_path):
    dialog = make_dialog(qtbot, services, admin)
    form = dialog.form
    assert form.name_edit.text() == PROFILE.name
    assert form.head_nip_edit.text() == PROFILE.head_nip
    type_into(qtbot, form.city_edit, "Batang")
    logo = tmp_path / "logo.png"
    image = QImage(200, 400, QImage.Format.Format_ARGB32)
    image.fill(QColor("navy"))
    image.save(str(logo))
    assert form.load_logo(str(logo))
    click(qtbot, dialog.save_button)

    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = services.facility.get()
    assert stored.city == "Batang"
    assert QImage.fromData(stored.logo_png, "PNG").size().toTuple() == (200, 400)  # not enlarged
    events = services.audit.list_events(admin, AuditFilter(entity="facility"))
    assert events[0].action == "facility_updated"


def test_errors_are_shown_next_to_fields_and_nothing_saved(qtbot, services, admin, tmp_path):
    dialog = make_dialog(qtbot, services, admin)
    form = dialog.form
    type_into(qtbot, form.head_nip_edit, "123")
    form.name_edit.clear()
    bad = tmp_path / "bukan-gambar.png"
    bad.write_text("bukan gambar")
    assert not form.load_logo(str(bad))
    assert "tidak dapat dibaca" in form.errors.text("logo")
    click(qtbot, dialog.save_button)

    assert dialog.isVisible()
    assert form.errors.text("head_nip") == "NIP terdiri dari 18 angka."
    assert form.errors.text("name") == "Wajib diisi."
    assert services.facility.get() == PROFILE


def test_only_admins_may_edit(qtbot, services, make_actor):
    with pytest.raises(PermissionDenied):
        FacilityDialog(services, make_actor(Role.PIMPINAN))


def test_enter_saves(qtbot, services, admin):
    dialog = make_dialog(qtbot, services, admin)
    type_into(qtbot, dialog.form.city_edit, "Pemalang")
    qtbot.keyClick(dialog.form.city_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.facility.get().city == "Pemalang"


def test_shows_the_certificate_public_key(qtbot, services, admin):
    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

    dialog = make_dialog(qtbot, services, admin)
    key, fingerprint = services.certificates.public_key_info()
    assert dialog.findChild(QLineEdit, "public_key").text() == key
    assert dialog.findChild(QLabel, "public_key_fingerprint").text() == fingerprint
    copy = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Salin")
    copy.click()
    assert QApplication.clipboard().text() == key

"""The record dialog's keys: Enter in any field saves (it never opens the photo picker), and
Escape or "Batal" asks before unsaved edits are thrown away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from app.domain.roles import Role
from app.ui.inmates.tab import InmatesTab
from tests.inmate_samples import detainee
from tests.ui.widget_helpers import shown


def open_record(qtbot, services, actor, inmate_id):
    tab = shown(qtbot, InmatesTab(services, actor, None), 1200, 600)
    qtbot.waitUntil(lambda: tab.ready, timeout=2000)
    tab.open_inmate(inmate_id)
    dialog = tab.dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


@pytest.fixture
def no_picker(monkeypatch):
    """The photo picker, recorded instead of shown."""
    opened: list[str] = []

    def pick(*args, **kwargs):
        opened.append("picker")
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    return opened


def test_enter_in_a_field_saves_and_never_opens_the_photo_picker(qtbot, services, admin,
                                                                 no_picker):  # fmt: skip
    record = services.inmates.create(admin, detainee(1, full_name="Ahmad Sulaiman"))
    dialog = open_record(qtbot, services, admin, record.id)
    form = dialog.form
    form.photo_button.setFocus()  # a button that once had focus must not keep Enter
    name = form.inputs["full_name"]
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Ahmad Baru")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert no_picker == []
    assert not dialog.isVisible()
    assert services.inmates.get(admin, record.id).data.full_name == "Ahmad Baru"


def test_enter_on_another_section_saves_too(qtbot, services, admin, no_picker):
    record = services.inmates.create(admin, detainee(1))
    dialog = open_record(qtbot, services, admin, record.id)
    dialog.sections.setCurrentIndex(1)
    block = dialog.form.inputs["block"]
    block.setFocus()
    block.setText("Z")
    qtbot.keyClick(block, Qt.Key.Key_Enter)
    assert no_picker == [] and not dialog.isVisible()
    assert services.inmates.get(admin, record.id).data.block == "Z"


def test_only_the_save_button_is_auto_default(qtbot, services, admin):
    record = services.inmates.create(admin, detainee(1))
    dialog = open_record(qtbot, services, admin, record.id)
    assert dialog.save_button.isDefault()
    others = [b.text() for b in dialog.findChildren(QPushButton)
              if b is not dialog.save_button and (b.autoDefault() or b.isDefault())]  # fmt: skip
    assert others == []


def test_read_only_enter_closes(qtbot, services, admin, make_actor, no_picker):
    record = services.inmates.create(admin, detainee(1))
    dialog = open_record(qtbot, services, make_actor(Role.PEMBINAAN), record.id)
    close = dialog.findChild(QPushButton, "close_button")
    assert close.isDefault()
    qtbot.keyClick(dialog.sections, Qt.Key.Key_Return)
    assert no_picker == [] and not dialog.isVisible()

"""The record dialog opens with the cursor in its first field (the section tabs came first, so
typing went nowhere until a Tab)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app.ui.common import messages
from tests.inmate_samples import detainee
from tests.ui.inmates.tab_helpers import open_from_tab


@pytest.mark.parametrize("inmate", ["new", "existing"])
def test_the_cursor_starts_in_the_first_field(qtbot, services, admin, inmate):
    record = services.inmates.create(admin, detainee(1))
    dialog = open_from_tab(qtbot, services, admin, record.id if inmate == "existing" else None)
    identity = dialog.form.pages["identity"]
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None, timeout=2000)
    focused = dialog.focusWidget()
    assert identity.isAncestorOf(focused), type(focused).__name__
    first = next(w for w in dialog.form.inputs.values() if identity.isAncestorOf(w))
    assert focused is first or first.isAncestorOf(focused)
    dialog.reject()


def test_a_stray_key_does_not_replace_the_registration_number(qtbot, services, admin,
                                                              monkeypatch):  # fmt: skip
    # closing with the edit throws it away without asking
    monkeypatch.setattr(messages, "_run", lambda box: QMessageBox.StandardButton.Discard)
    record = services.inmates.create(admin, detainee(1))
    dialog = open_from_tab(qtbot, services, admin, record.id)
    number = dialog.form.inputs["reg_number"]
    qtbot.waitUntil(lambda: dialog.focusWidget() is number, timeout=2000)
    assert not number.hasSelectedText()
    qtbot.keyClicks(number, "x")
    assert number.text() == "AI.1/2025x"  # appended, not replacing the number
    dialog.reject()

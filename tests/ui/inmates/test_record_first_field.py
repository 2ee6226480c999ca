"""The record dialog opens with the cursor in its first field (the section tabs came first, so
typing went nowhere until a Tab)."""

from __future__ import annotations

import pytest

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

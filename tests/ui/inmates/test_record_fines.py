"""Fines in the record read grouped as the UI's language writes money (800.000.000; English
800,000,000); the register keeps the number, and a fine is typed with or without the dots."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from app.ui.common import messages
from tests.inmate_samples import convict, detainee
from tests.ui.inmates.tab_helpers import open_dialog


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    """The edits left in the dialog are thrown away when the test closes it (no modal box)."""
    monkeypatch.setattr(messages, "_run", lambda box: QMessageBox.StandardButton.Discard)


def with_fine(fine: int):
    sample = convict(1)
    return replace(sample, cases=(replace(sample.cases[0], fine=fine),))


def open_record(qtbot, services, admin, data):
    record = services.inmates.create(admin, data)
    return record, open_dialog(qtbot, services, admin, record.id)


def fine_item(dialog):
    return dialog.cases.table.item(0, [c.key for c in dialog.cases.cells].index("fine"))


def type_fine(qtbot, dialog, text: str) -> None:
    """Select the fine cell, F2, type over it, Enter (the delegate commits in a queued call)."""
    dialog.sections.setCurrentWidget(dialog.cases)
    table = dialog.cases.table
    table.setCurrentCell(0, fine_item(dialog).column())
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.viewport().findChild(QLineEdit)
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: fine_item(dialog).text() == text, timeout=2000)


@pytest.mark.parametrize("typed", ["1.500.000", "1500000"])
def test_the_fine_reads_grouped_and_is_typed_either_way(qtbot, services, admin, indonesian, typed):
    record, dialog = open_record(qtbot, services, admin, with_fine(800_000_000))
    assert fine_item(dialog).text() == "800.000.000"
    assert not dialog.has_unsaved_changes()
    type_fine(qtbot, dialog, typed)
    assert dialog.save()
    assert services.inmates.get(admin, record.id).data.cases[0].fine == 1_500_000


def test_in_english_the_fine_reads_with_commas(qtbot, services, admin, english):
    record, dialog = open_record(qtbot, services, admin, with_fine(800_000_000))
    assert fine_item(dialog).text() == "800,000,000"
    type_fine(qtbot, dialog, "2,500,000")
    assert dialog.save()
    assert services.inmates.get(admin, record.id).data.cases[0].fine == 2_500_000


def test_the_verdict_dialog_groups_the_fine(qtbot, services, admin, indonesian):
    _, dialog = open_record(qtbot, services, admin, detainee(1))
    qtbot.mouseClick(dialog.action_buttons["verdict"], Qt.MouseButton.LeftButton)
    fine = dialog.status_dialog.fine
    fine.setValue(800_000_000)
    assert fine.text() == "Rp 800.000.000"
    fine.lineEdit().selectAll()
    qtbot.keyClicks(fine, "1250000")
    assert fine.value() == 1_250_000
    dialog.status_dialog.reject()

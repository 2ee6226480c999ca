"""The record's table cells that hold one of a few words (sentence type, detention stage and
kind, fine paid) show them in the UI's language and offer them in a drop-down; what is stored
stays the register's value."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox

from app.ui.common import messages
from tests.inmate_samples import convict
from tests.ui.inmates.tab_helpers import open_dialog


@pytest.fixture(autouse=True)
def discard(monkeypatch):
    """Closing a dialog with unsaved rows throws them away without asking."""
    monkeypatch.setattr(messages, "_run", lambda box: QMessageBox.StandardButton.Discard)


def column(section, key: str) -> int:
    return [cell.key for cell in section.cells].index(key)


def text(section, key: str, row: int = 0) -> str:
    return section.table.item(row, column(section, key)).text()


def open_editor(qtbot, section, key: str, row: int = 0) -> QComboBox:
    table = section.table
    table.setFocus()
    table.setCurrentCell(row, column(section, key))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.indexWidget(table.currentIndex())
    assert isinstance(editor, QComboBox)
    return editor


def test_in_english_the_choices_read_in_english_and_are_stored_as_before(
    qtbot, services, admin, english
):
    record = services.inmates.create(admin, convict(1))
    dialog = open_dialog(qtbot, services, admin, record.id)
    cases, detentions = dialog.cases, dialog.detentions
    assert text(cases, "sentence_type") == "Imprisonment"
    assert text(cases, "fine_paid") == "no"
    assert text(detentions, "kind") == "Detention centre"
    dialog.sections.setCurrentWidget(detentions)
    editor = open_editor(qtbot, detentions, "kind")
    assert [editor.itemText(i) for i in range(editor.count())] == [
        "Detention centre", "House arrest", "City arrest"
    ]  # fmt: skip
    editor.setCurrentIndex(1)
    editor.activated.emit(1)  # chosen: the edit ends at once
    assert text(detentions, "kind") == "House arrest"
    dialog.sections.setCurrentWidget(cases)
    editor = open_editor(qtbot, cases, "sentence_type")
    assert [editor.itemText(i) for i in range(editor.count())] == [
        "", "Imprisonment", "Confinement", "Life", "Death"
    ]  # fmt: skip
    editor.setCurrentIndex(2)
    editor.activated.emit(2)
    cases.table.item(0, column(cases, "fine_paid")).setText("YES")  # typed, in any case
    rows, problems = cases.values()
    assert problems == {}
    assert (rows[0]["sentence_type"], rows[0]["fine_paid"]) == ("kurungan", True)
    assert dialog.store()
    saved = services.inmates.get(admin, record.id).data
    assert saved.detentions[0].kind == "rumah"
    assert saved.cases[0].sentence_type == "kurungan" and saved.cases[0].fine_paid is True


def test_a_stored_word_typed_in_any_case_is_read_and_an_unknown_one_is_kept(qtbot, services, admin):
    record = services.inmates.create(admin, convict(1))
    dialog = open_dialog(qtbot, services, admin, record.id)
    cases, detentions = dialog.cases, dialog.detentions
    assert (text(cases, "sentence_type"), text(detentions, "kind")) == ("Penjara", "Rutan")
    detentions.table.item(0, column(detentions, "kind")).setText("KOTA")
    cases.table.item(0, column(cases, "sentence_type")).setText("Seumur Hidup")
    assert detentions.values()[0][0]["kind"] == "kota"
    assert cases.values()[0][0]["sentence_type"] == "seumur_hidup"
    cases.table.item(0, column(cases, "sentence_type")).setText("percobaan")
    assert cases.values()[0][0]["sentence_type"] == "percobaan"  # the register says it is wrong
    dialog.sections.setCurrentWidget(cases)
    editor = open_editor(qtbot, cases, "sentence_type")
    assert editor.currentText() == "percobaan"  # offered as it is: opening changes nothing
    assert not dialog.store()
    assert "Jenis pidana tidak dikenal." in cases.error.text()

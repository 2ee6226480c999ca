"""A date typed in the record that has the right shape but no such day (31-02-2025) is named as
such, in the section tables and in the identity fields, in either language; a text that is no
date at all is still 'not recognised'."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from app.ui.common import messages
from tests.inmate_samples import convict
from tests.ui.inmates.tab_helpers import open_dialog


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    """The edits left in the dialog are thrown away when the test closes it (no modal box)."""
    monkeypatch.setattr(messages, "_run", lambda box: QMessageBox.StandardButton.Discard)


def open_record(qtbot, services, admin):
    record = services.inmates.create(admin, convict(1))
    return record, open_dialog(qtbot, services, admin, record.id)


def type_into(qtbot, dialog, section, row: int, key: str, text: str) -> None:
    """Edit a cell as a person does: open its section, select it, F2, type over it, Enter."""
    dialog.sections.setCurrentWidget(section)
    column = [c.key for c in section.cells].index(key)
    table = section.table
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.viewport().findChild(QLineEdit)
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits in a queued call
    qtbot.waitUntil(lambda: table.item(row, column).text() == text, timeout=2000)


def test_a_day_that_does_not_exist_is_named_in_the_section_tables(qtbot, services, admin):
    record, dialog = open_record(qtbot, services, admin)
    type_into(qtbot, dialog, dialog.cases, 0, "verdict_date", "31-02-2024")
    type_into(qtbot, dialog, dialog.detentions, 0, "end", "30-02-2024")
    type_into(qtbot, dialog, dialog.discipline, 0, "date", "2025/05/02")  # not a date shape at all
    assert not dialog.save()
    assert dialog.cases.error.text() == "Baris 1, Tgl. putusan: Tanggal itu tidak ada (31-02-2024)."
    column = [c.key for c in dialog.cases.cells].index("verdict_date")
    assert dialog.cases.table.item(0, column).toolTip() == "Tanggal itu tidak ada (31-02-2024)."
    assert dialog.detentions.error.text() == "Baris 1, Akhir: Tanggal itu tidak ada (30-02-2024)."
    assert dialog.discipline.error.text() == (
        "Baris 1, Tanggal: Tanggal tidak dikenali (contoh: 17-08-1990)."
    )
    assert services.inmates.get(admin, record.id).data == convict(1)


def test_in_english_the_missing_day_reads_in_english(qtbot, services, admin, english):
    _, dialog = open_record(qtbot, services, admin)
    type_into(qtbot, dialog, dialog.cases, 0, "inkracht_date", "29-02-2023")
    dialog.form.inputs["birth_date"].setText("31-04-1990")
    assert not dialog.save()
    assert dialog.cases.error.text() == (
        "Row 1, Inkracht date: That date does not exist (29-02-2023)."
    )
    assert dialog.form.errors.text("birth_date") == "That date does not exist (31-04-1990)."

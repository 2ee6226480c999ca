"""The record's repeating sections: a new detention period row can be added and typed into
(the proposed code once compared a number with a date there), and read-only roles cannot open
any cell."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.domain.inmates.record import DetentionData
from app.domain.roles import Role
from app.ui.common import messages
from tests.inmate_samples import detainee
from tests.ui.inmates.tab_helpers import open_dialog, open_from_tab


@pytest.fixture(autouse=True)
def discard(monkeypatch):
    """Closing a dialog with unsaved rows throws them away without asking."""
    monkeypatch.setattr(messages, "_run", lambda box: QMessageBox.StandardButton.Discard)


def test_adding_a_detention_period_to_a_record_that_has_one(qtbot, services, admin):
    record = services.inmates.create(admin, detainee(1))
    dialog = open_dialog(qtbot, services, admin, record.id)
    table = dialog.detentions
    dialog.sections.setCurrentWidget(table)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)  # raised TypeError before
    assert table.table.rowCount() == 2
    stage = [c.key for c in table.cells].index("stage")
    table.table.item(1, stage).setText("A.II")  # typed before its dates: still no error
    assert dialog.form.proposed.text().startswith("Usulan: A.I ")
    start = [c.key for c in table.cells].index("start")
    table.table.item(1, start).setText("21-07-2025")
    assert dialog.form.proposed.text().startswith("Usulan: A.II ")


def test_read_only_roles_cannot_open_a_cell(qtbot, services, admin, make_actor):
    record = services.inmates.create(admin, detainee(1))
    dialog = open_dialog(qtbot, services, make_actor(Role.PIMPINAN), record.id)
    for section in (dialog.cases, dialog.detentions, dialog.discipline):
        table = section.table
        cells = [
            table.item(r, c) for r in range(table.rowCount()) for c in range(table.columnCount())
        ]
        assert all(not item.flags() & Qt.ItemFlag.ItemIsEditable for item in cells)
        assert not section.add_button.isVisible()
    detentions = dialog.detentions.table
    dialog.sections.setCurrentWidget(dialog.detentions)
    detentions.setCurrentCell(0, 0)
    qtbot.keyClick(detentions, Qt.Key.Key_F2)
    assert not detentions.isPersistentEditorOpen(detentions.item(0, 0))
    assert detentions.state() != detentions.State.EditingState


def test_a_detention_beyond_grant_and_extension_is_warned_under_its_table(qtbot, services, admin):
    long_period = DetentionData("A.I", date(2025, 5, 1), date(2025, 7, 9))  # 70 days > 20 + 40
    record = services.inmates.create(admin, detainee(1, admission_date=date(2025, 5, 1),
                                                    detentions=(long_period,)))  # fmt: skip
    dialog = open_dialog(qtbot, services, admin, record.id)
    dialog.sections.setCurrentWidget(dialog.detentions)
    warning = dialog.detentions.warning
    assert warning.isVisible() and warning.text().startswith("⚠ Baris 1, Akhir: Penahanan tahap")
    assert "Pasal 29" in warning.text() and dialog.form.nik_warning.text() == ""


def test_saving_a_record_with_a_warning_says_so_in_the_tab(qtbot, services, admin):
    record = services.inmates.create(admin, detainee(1, admission_date=date(2025, 5, 1),
                                                    detentions=(DetentionData("A.I", date(2025, 5, 1),
                                                                              date(2025, 5, 20)),)))  # fmt: skip
    dialog = open_from_tab(qtbot, services, admin, record.id)
    tab = dialog.opened_from
    table = dialog.detentions
    dialog.sections.setCurrentWidget(table)
    end = [c.key for c in table.cells].index("end")
    table.table.item(0, end).setText("09-07-2025")  # 70 days of A.I: lawful only with Pasal 29
    assert dialog.save()
    notice = tab.view.notice
    assert notice.text().startswith(f"⚠ {record.data.full_name} tersimpan dengan peringatan:")
    assert "Pasal 29" in notice.text() and "8a5300" in notice.styleSheet()
    tab.notify("Templat disimpan")  # the next note is not a warning
    assert "8a5300" not in notice.styleSheet()


def test_saving_a_record_without_a_warning_adds_no_note(qtbot, services, admin):
    record = services.inmates.create(admin, detainee(1))
    dialog = open_from_tab(qtbot, services, admin, record.id)
    dialog.form.inputs["aliases"].setText("Udin")
    assert dialog.save()
    assert dialog.opened_from.view.notice.text() == ""

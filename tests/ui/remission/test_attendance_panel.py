"""The attendance panel through its real widgets: only for approved ceremonies, quick keys on the
selected rows, a note, search, "Semua hadir", save (checked in the database), print, unsaved
marks when the ceremony changes, and a read-only role."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from app.domain.roles import Role
from app.ui.common import messages
from app.ui.remission.attendance_model import NOTE_COLUMN, STATUS_COLUMN, AttendanceModel
from app.ui.remission.attendance_panel import AttendancePanel
from tests.ui.main_window_helpers import open_window
from tests.ui.mnemonic_helpers import MNEMONIC, assert_unique
from tests.ui.remission.conftest import wait_preview


def make_panel(qtbot, services, actor, ceremony) -> AttendancePanel:
    panel = AttendancePanel(services, actor, None)
    qtbot.addWidget(panel)
    panel.resize(1100, 520)
    panel.show()
    panel.set_ceremony(ceremony)
    return panel


def shown(panel, column: int) -> list[str]:
    proxy = panel.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def stored(services, admin, ceremony) -> dict[str, tuple[str, str]]:
    lines = services.remission.attendance_list(admin, ceremony.id)
    return {line.full_name: (line.status, line.note) for line in lines}


def test_draft_ceremony_has_no_attendance_yet(qtbot, services, admin, draft):
    panel = make_panel(qtbot, services, admin, draft)
    assert "setelah upacara disetujui pimpinan" in panel.caption.text()
    assert panel.proxy.rowCount() == 0
    assert not panel.table.isEnabled() and not panel.print_button.isEnabled()


def test_mark_with_keys_note_search_and_save(qtbot, services, admin, approved):
    panel = make_panel(qtbot, services, admin, approved)
    assert shown(panel, 2) == ["Ani Penerima", "Budi Penerima", "Cici Penerima"]
    assert shown(panel, 3) == ["A / 1", "A / 2", "A / 3"]
    assert not panel.save_button.isEnabled()
    table = panel.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_H)  # row 1 is selected; H marks it, the next is selected
    qtbot.keyClick(table, Qt.Key.Key_S)
    assert shown(panel, STATUS_COLUMN) == ["Hadir", "Sakit", ""]
    assert table.current_row() == 2
    assert panel.save_button.isEnabled() and "(belum disimpan)" in panel.summary.text()
    # Enter edits the note of the selected row
    table.select_row(1)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None and table.state() == table.State.EditingState
    qtbot.keyClicks(editor, "Demam")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits through the event loop
    qtbot.waitUntil(lambda: shown(panel, NOTE_COLUMN)[1] == "Demam")
    # search, then mark what is shown
    qtbot.keyClicks(panel.search, "cici")
    assert shown(panel, 2) == ["Cici Penerima"]
    table.select_row(0)
    qtbot.keyClick(table, Qt.Key.Key_I)
    panel.search.clear()
    assert shown(panel, STATUS_COLUMN) == ["Hadir", "Sakit", "Izin"]
    assert stored(services, admin, approved)["Ani Penerima"] == ("", "")  # not saved yet
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored(services, admin, approved) == {
        "Ani Penerima": ("hadir", ""), "Budi Penerima": ("sakit", "Demam"),
        "Cici Penerima": ("izin", ""),
    }  # fmt: skip
    assert not panel.save_button.isEnabled()
    assert panel.summary.text() == (
        "3 penerima: Hadir 1 · Tidak hadir 0 · Izin 1 · Sakit 1 · belum dicatat 0"
    )
    # several rows at once, then clear one with Del
    selection = table.selectionModel()
    table.select_row(0)
    selection.select(panel.proxy.index(2, 0), QItemSelectionModel.SelectionFlag.Select
                     | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
    qtbot.keyClick(table, Qt.Key.Key_T)
    assert shown(panel, STATUS_COLUMN) == ["Tidak hadir", "Sakit", "Tidak hadir"]
    table.select_row(2)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    qtbot.mouseClick(panel.all_button, Qt.MouseButton.LeftButton)  # only the unmarked row
    assert shown(panel, STATUS_COLUMN) == ["Tidak hadir", "Sakit", "Hadir"]
    panel.grab().save("/tmp/shots/attendance_panel.png")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert stored(services, admin, approved)["Ani Penerima"] == ("tidak_hadir", "")
    assert stored(services, admin, approved)["Cici Penerima"] == ("hadir", "")


def test_print_saves_first_and_unsaved_marks_are_offered(qtbot, services, admin, approved,
                                                         answers):  # fmt: skip
    panel = make_panel(qtbot, services, admin, approved)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_H)
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    wait_preview(qtbot, panel)
    assert panel.preview.path.name == "daftar-hadir-2025-08-17-RU.pdf"
    assert stored(services, admin, approved)["Ani Penerima"] == ("hadir", "")
    panel.table.select_row(1)
    qtbot.keyClick(panel.table, Qt.Key.Key_S)
    panel.set_ceremony(None)  # answered Yes: saved before leaving
    assert answers == ["Simpan perubahan daftar hadir “Pemberian Remisi Umum 17 Agustus 2025”?"]
    assert stored(services, admin, approved)["Budi Penerima"] == ("sakit", "")
    assert panel.proxy.rowCount() == 0


def test_read_only_role_reads_and_prints(qtbot, services, admin, make_actor, approved):
    panel = make_panel(qtbot, services, make_actor(Role.PIMPINAN, "kepala"), approved)
    assert not any(b.isVisibleTo(panel) for b in panel.edit_buttons())
    assert panel.print_button.isVisibleTo(panel)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_H)
    panel.mark("hadir")
    assert shown(panel, STATUS_COLUMN) == ["", "", ""]
    assert not panel.model.is_dirty()


def test_mnemonics_and_model(qtbot, qtmodeltester, services, admin, approved):
    panel = make_panel(qtbot, services, admin, approved)
    assert_unique(panel.findChildren(QWidget))
    model = AttendanceModel()
    model.editable = True
    model.set_lines(services.remission.attendance_list(admin, approved.id))
    model.mark([0, 2], "izin")
    qtmodeltester.check(model)


@pytest.mark.parametrize(
    ("button", "signed_out", "saved"),
    [
        (QMessageBox.StandardButton.Cancel, False, ""),
        (QMessageBox.StandardButton.Discard, True, ""),
        (QMessageBox.StandardButton.Save, True, "hadir"),
    ],
)
def test_logout_asks_about_unsaved_marks(qtbot, services, admin, approved, settings,
                                         monkeypatch, button, signed_out, saved):  # fmt: skip
    asked: list[list[str]] = []

    def run(box: QMessageBox) -> int:
        asked.append([b.text() for b in box.buttons()])
        return button

    monkeypatch.setattr(messages, "_run", run)
    window = open_window(qtbot, services, admin, settings)
    window.show()
    window.show_tab("remission")
    tab = window.tab("remission")
    tab.reload_ceremonies(approved.id)
    panel = tab.pages.attendance
    tab.view.pages.setCurrentWidget(panel)
    assert shown(panel, 2)[0] == "Ani Penerima"
    panel.table.setFocus()
    panel.table.select_row(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_H)  # marked, not saved
    window.actions_by_key["logout"].trigger()
    assert sorted(asked[0]) == ["&Buang perubahan", "&Simpan", "Ba&tal"]
    letters = [MNEMONIC.search(text).group(1).lower() for text in asked[0]]
    assert len(set(letters)) == 3  # each button its own Alt+letter
    assert (window.actor is None) is signed_out
    assert stored(services, admin, approved)["Ani Penerima"] == (saved, "")


def test_in_english_the_keys_are_the_english_first_letters(qtbot, services, admin, approved,
                                                           english):  # fmt: skip
    panel = make_panel(qtbot, services, admin, approved)
    buttons = [b.text() for b in panel.mark_buttons.values()]
    assert buttons == ["Pr&esent [P]", "A&bsent [A]", "E&xcused [E]", "S&ick [S]"]
    table = panel.table
    table.setFocus()
    for key in (Qt.Key.Key_P, Qt.Key.Key_A, Qt.Key.Key_E):  # each marks a row, then the next
        qtbot.keyClick(table, key)
    assert shown(panel, STATUS_COLUMN) == ["Present", "Absent", "Excused"]
    table.select_row(0)
    qtbot.keyClick(table, Qt.Key.Key_T)  # the Indonesian letters still work
    assert shown(panel, STATUS_COLUMN)[0] == "Absent"

"""The run-sheet panel through its real widgets: add items by typing (errors next to the fields),
keys to edit, move and delete, the default programme, guests, printing, and a read-only role."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.domain.roles import Role
from app.services.remission_agenda import default_template
from app.ui.remission.programme_dialogs import AgendaItemDialog, GuestDialog
from app.ui.remission.programme_panel import AGENDA_COLUMNS, ProgrammePanel
from app.ui.remission.programme_tables import ListModel
from tests.ui.mnemonic_helpers import assert_unique
from tests.ui.remission.conftest import wait_preview

CTRL = Qt.KeyboardModifier.ControlModifier


def make_panel(qtbot, services, actor, ceremony) -> ProgrammePanel:
    panel = ProgrammePanel(services, actor, None)
    qtbot.addWidget(panel)
    panel.resize(1100, 640)
    panel.show()
    panel.set_ceremony(ceremony)
    return panel


def activities(panel) -> list[str]:
    model = panel.agenda.model
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def add_item(qtbot, panel, start: str, activity: str) -> AgendaItemDialog:
    qtbot.mouseClick(panel.agenda.add_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, AgendaItemDialog)
    qtbot.keyClicks(dialog.start_edit, start)
    qtbot.keyClicks(dialog.activity_edit, activity)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return dialog


def test_agenda_by_typing_and_keys(qtbot, services, admin, draft, answers):
    panel = make_panel(qtbot, services, admin, draft)
    assert panel.caption.text() == "Pemberian Remisi Umum 17 Agustus 2025 — Aula"
    assert panel.fill_button.isEnabled()  # the run sheet is empty
    dialog = add_item(qtbot, panel, "8.7", "")
    assert dialog.isVisible()  # both problems shown next to their fields, the form stays
    assert dialog.errors.text("start_time") == "Tulis jam dengan format JJ:MM, mis. 08:30."
    assert dialog.errors.text("activity") == "Acara wajib diisi."
    dialog.grab().save("/tmp/shots/agenda_dialog_errors.png")
    dialog.start_edit.clear()
    qtbot.keyClicks(dialog.start_edit, "08.10")
    qtbot.keyClicks(dialog.end_edit, "08:20")
    qtbot.keyClicks(dialog.activity_edit, "Pembacaan keputusan remisi")
    qtbot.keyClicks(dialog.performer_edit, "Petugas registrasi")
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    add_item(qtbot, panel, "08:00", "Pembukaan")
    add_item(qtbot, panel, "08:30", "Doa")
    assert activities(panel) == ["Pembukaan", "Pembacaan keputusan remisi", "Doa"]
    assert panel.agenda.model.index(1, 0).data() == "08:10–08:20"
    assert not panel.fill_button.isEnabled()
    # the new item is selected; Ctrl+Up moves it up, the order is stored
    table = panel.agenda.table
    table.setFocus()
    assert panel.agenda.current().activity == "Doa"
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(table, Qt.Key.Key_Up, CTRL)
    assert activities(panel) == ["Pembukaan", "Doa", "Pembacaan keputusan remisi"]
    stored = services.remission.agenda(admin, draft.id)
    assert [(i.activity, i.position) for i in stored] == [
        ("Pembukaan", 0),
        ("Doa", 1),
        ("Pembacaan keputusan remisi", 2),
    ]
    qtbot.keyClick(table, Qt.Key.Key_Down, CTRL)
    assert activities(panel)[2] == "Doa" and panel.agenda.current().activity == "Doa"
    # Enter opens the selected item; change it
    qtbot.keyClick(table, Qt.Key.Key_Return)
    edit = panel.dialog
    assert isinstance(edit, AgendaItemDialog) and edit.activity_edit.text() == "Doa"
    edit.activity_edit.selectAll()
    qtbot.keyClicks(edit.activity_edit, "Doa bersama")
    qtbot.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
    assert activities(panel)[2] == "Doa bersama"
    # Del deletes after a question
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert answers == ["Hapus “Doa bersama” dari susunan acara?"]
    assert [i.activity for i in services.remission.agenda(admin, draft.id)] == [
        "Pembukaan",
        "Pembacaan keputusan remisi",
    ]
    assert activities(panel) == ["Pembukaan", "Pembacaan keputusan remisi"]
    panel.grab().save("/tmp/shots/programme_panel_typed.png")


def test_default_programme_guests_and_print(qtbot, services, admin, approved):
    panel = make_panel(qtbot, services, admin, approved)
    qtbot.mouseClick(panel.fill_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog.start_edit.text() == "08:00"
    qtbot.keyClicks(dialog.start_edit, "25:00")  # replaces the selected text
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("start_time").startswith("Tulis jam")
    dialog.start_edit.setText("07:30")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(activities(panel)) == len(default_template().items)
    assert panel.agenda.model.index(0, 0).data() == "07:30–07:35"
    assert not panel.fill_button.isEnabled()
    # a guest, typed in
    qtbot.mouseClick(panel.guests.add_button, Qt.MouseButton.LeftButton)
    guest = panel.dialog
    assert isinstance(guest, GuestDialog)
    qtbot.mouseClick(guest.save_button, Qt.MouseButton.LeftButton)
    assert guest.errors.text("name") == "Nama tamu wajib diisi."
    qtbot.keyClicks(guest.name_edit, "H. Achmad Afzan")
    qtbot.keyClicks(guest.office_edit, "Wali Kota Pekalongan")
    qtbot.keyClicks(guest.role_edit, "menyerahkan SK remisi secara simbolis")
    guest.attended_combo.setCurrentIndex(1)
    qtbot.mouseClick(guest.save_button, Qt.MouseButton.LeftButton)
    (stored,) = services.remission.guests(admin, approved.id)
    assert (stored.name, stored.office, stored.attended) == ("H. Achmad Afzan",
                                                            "Wali Kota Pekalongan", True)  # fmt: skip
    assert panel.guests.model.index(0, 3).data() == "Hadir"
    panel.grab().save("/tmp/shots/programme_panel.png")
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    wait_preview(qtbot, panel)
    assert panel.preview.path.name == "susunan-acara-2025-08-17-RU.pdf"
    assert panel.preview.document.pageCount() >= 1


def test_read_only_role_sees_no_edit_controls(qtbot, services, admin, make_actor, draft):
    services.remission.fill_default_agenda(admin, draft.id)
    pimpinan = make_actor(Role.PIMPINAN, "kepala")
    panel = make_panel(qtbot, services, pimpinan, draft)
    assert len(activities(panel)) == len(default_template().items)
    for section in (panel.agenda, panel.guests):
        assert not any(b.isVisibleTo(panel) for b in section.edit_buttons())
    assert not panel.fill_button.isVisibleTo(panel)
    assert panel.print_button.isVisibleTo(panel)
    panel.agenda.table.setFocus()
    qtbot.keyClick(panel.agenda.table, Qt.Key.Key_Return)
    qtbot.keyClick(panel.agenda.table, Qt.Key.Key_Delete)
    qtbot.keyClick(panel.agenda.table, Qt.Key.Key_Down, CTRL)
    assert panel.dialog is None
    assert len(services.remission.agenda(admin, draft.id)) == len(default_template().items)


def test_no_ceremony_and_models(qtbot, qtmodeltester, services, admin, draft):
    panel = make_panel(qtbot, services, admin, None)
    assert not panel.agenda.isEnabled() and not panel.print_button.isEnabled()
    assert panel.open_agenda_dialog() is None
    panel.set_ceremony(draft)
    assert_unique(panel.findChildren(QWidget))
    model = ListModel(AGENDA_COLUMNS)
    model.set_items(services.remission.fill_default_agenda(admin, draft.id))
    qtmodeltester.check(model)

"""Undoing a mistaken release, transfer or death through its dialog: it names the change and
the person, asks for a written reason, and the record is active again."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.domain.roles import Role
from app.services.inmates_dto import StatusAction, StatusChange
from app.ui.common import messages
from app.ui.inmates.status_undo_dialog import UndoStatusDialog, undo_offered
from tests.inmate_samples import detainee
from tests.ui.inmates.tab_helpers import open_dialog
from tests.ui.widget_helpers import shown


def _dead(services, admin):
    record = services.inmates.create(admin, detainee(1))
    return services.inmates.change_status(
        admin, record.id, StatusChange(StatusAction.DEATH, date(2025, 7, 10))
    )


def test_undo_asks_for_a_reason_and_makes_the_record_active(qtbot, services, admin):
    record = _dead(services, admin)
    assert undo_offered(admin, record)
    dialog = shown(qtbot, UndoStatusDialog(services, admin, record.id), 480, 260)
    assert dialog.summary.text() == (
        "Yang dibatalkan: Meninggal dunia pada 10 Juli 2025, dicatat oleh admin.\n"
        "Budi Fiktif 1 (AI.1/2025) kembali berstatus Tahanan."
    )
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("reason") == "Wajib diisi."
    assert dialog.isVisible()
    assert services.inmates.get(admin, record.id).data.status == "meninggal"
    qtbot.keyClicks(dialog.reason, "Salah pilih orang: yang meninggal AI.2/2025")
    with qtbot.waitSignal(dialog.changed) as changed:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert changed.args == [record.id]
    assert not dialog.isVisible()
    stored = services.inmates.get(admin, record.id)
    assert stored.data.status == "tahanan"
    assert stored.events[-1].note == "Salah pilih orang: yang meninggal AI.2/2025"
    assert not undo_offered(admin, stored)


def test_enter_in_the_reason_does_not_undo(qtbot, services, admin):
    record = _dead(services, admin)
    dialog = shown(qtbot, UndoStatusDialog(services, admin, record.id), 480, 260)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    dialog.reason.setFocus()
    qtbot.keyClicks(dialog.reason, "Salah")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert services.inmates.get(admin, record.id).data.status == "meninggal"


def test_not_offered_to_other_roles_and_refused_by_the_service(qtbot, services, admin,
                                                                make_actor, monkeypatch):  # fmt: skip
    record = _dead(services, admin)
    registrasi = make_actor(Role.REGISTRASI)
    assert not undo_offered(registrasi, record)
    shown_texts: list[str] = []
    monkeypatch.setattr(messages, "_run", lambda box: shown_texts.append(box.text()) or 0)
    dialog = shown(qtbot, UndoStatusDialog(services, registrasi, record.id), 480, 260)
    qtbot.keyClicks(dialog.reason, "Salah")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert shown_texts == ["Hanya administrator yang dapat membatalkan perubahan status."]
    assert services.inmates.get(admin, record.id).data.status == "meninggal"


def test_nothing_to_undo(qtbot, services, admin):
    record = services.inmates.create(admin, detainee(1))
    assert not undo_offered(admin, record)
    dialog = shown(qtbot, UndoStatusDialog(services, admin, record.id), 480, 260)
    assert dialog.summary.text() == (
        "Tidak ada pembebasan, pemindahan, atau kematian yang dapat dibatalkan."
    )
    assert not dialog.ok_button.isEnabled()


def test_the_record_offers_the_undo_to_an_administrator_and_shows_it_in_the_history(
    qtbot, services, admin, make_actor
):
    record = _dead(services, admin)
    dialog = open_dialog(qtbot, services, admin, record.id)
    dialog.sections.setCurrentWidget(dialog.status_actions.parentWidget())  # the status section
    assert dialog.undo_button.isVisible()
    assert not any(button.isEnabled() for button in dialog.action_buttons.values())
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    undo = dialog.status_dialog
    assert isinstance(undo, UndoStatusDialog) and undo.isVisible()
    qtbot.keyClicks(undo.reason, "Salah orang")
    qtbot.mouseClick(undo.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.record.data.status == "tahanan"  # the record reloaded
    assert not dialog.undo_button.isVisible()
    assert dialog.action_buttons[StatusAction.RELEASE].isEnabled()
    events = [dialog.events.item(r, 1).text() for r in range(dialog.events.rowCount())]
    assert events[-1] == "Pembatalan"
    other = open_dialog(qtbot, services, make_actor(Role.REGISTRASI), record.id)
    assert other.undo_button.isHidden()

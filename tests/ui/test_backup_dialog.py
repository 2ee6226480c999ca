"""The backup dialog driven through its widgets: back up to a picked folder (USB stick), cancel,
the list of automatic backups, restore with confirmation, rights per role."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

import app.services.backup as backup_module
from app.domain.dates import long_date
from app.domain.roles import Role
from app.services.users import NewUser
from app.ui.admin import backup_dialog
from app.ui.admin.backup_dialog import BackupDialog
from app.ui.common import messages
from app.ui.common.timefmt import to_local
from tests.conftest import PASSWORD


class Boxes:
    """Stands in for every message box: records it, answers Yes (or `answer`)."""

    def __init__(self, answer=QMessageBox.StandardButton.Yes) -> None:
        self.seen: list[tuple[str, str]] = []
        self.answer = answer

    def __call__(self, box: QMessageBox) -> int:
        self.seen.append((box.windowTitle(), box.text()))
        if box.standardButtons() & QMessageBox.StandardButton.Yes:
            return self.answer
        return QMessageBox.StandardButton.Ok


@pytest.fixture
def boxes(monkeypatch) -> Boxes:
    recorder = Boxes()
    monkeypatch.setattr(messages, "_run", recorder)
    return recorder


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def pick_folder(monkeypatch, usb):
    """QFileDialog.getExistingDirectory answers `usb`; the start folders asked are recorded."""
    asked: list[str] = []

    def fake(parent, caption, start):
        asked.append(start)
        return str(usb)

    monkeypatch.setattr(backup_dialog.QFileDialog, "getExistingDirectory", fake)
    return asked


def open_dialog(qtbot, services, actor) -> BackupDialog:
    dialog = BackupDialog(services, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def usernames(services) -> list[str]:
    con = sqlite3.connect(services.paths.default_db)
    try:
        return sorted(r[0] for r in con.execute("SELECT username FROM users"))
    finally:
        con.close()


def test_backup_to_a_picked_folder_and_the_folder_is_remembered(
    qtbot, services, admin, usb, pick_folder
):
    dialog = open_dialog(qtbot, services, admin)
    with qtbot.waitSignal(dialog.backup_created, timeout=10_000) as created:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    info = created.args[0]
    assert dialog.job.is_finished and dialog.job.result == info
    assert [p.name for p in usb.iterdir()] == [info.path.name]
    assert info.path.name.startswith("sibina-RUTAN-PKL-")
    assert str(info.path) in dialog.status_label.text()
    assert not dialog.error_label.isVisible()

    again = open_dialog(qtbot, services, admin)  # a new session remembers the stick
    assert str(usb) in again.last_folder_label.text()
    with qtbot.waitSignal(again.backup_created, timeout=10_000):
        qtbot.mouseClick(again.create_button, Qt.MouseButton.LeftButton)
    assert pick_folder[1] == str(usb)
    assert len(list(usb.iterdir())) == 2


def test_cancelled_backup_leaves_no_file(qtbot, services, admin, usb, pick_folder, monkeypatch):
    gate = threading.Event()
    real_copy = backup_module.copy_database

    def held_copy(source, target, progress=None):
        gate.wait(10)  # the copy starts only after Cancel was pressed
        return real_copy(source, target, progress)

    monkeypatch.setattr(backup_module, "copy_database", held_copy)
    dialog = open_dialog(qtbot, services, admin)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert not dialog.create_button.isEnabled()  # busy
    progress = dialog.job.dialog
    cancel_button = progress.findChild(QPushButton)
    assert cancel_button.text() == "Batal"
    cancel_button.click()  # the progress dialog's own Cancel button
    gate.set()
    qtbot.waitUntil(lambda: dialog.job.is_finished, timeout=10_000)
    assert dialog.job.cancelled
    assert list(usb.iterdir()) == []
    assert "dibatalkan" in dialog.status_label.text()
    assert dialog.create_button.isEnabled()


def test_failed_backup_shows_the_reason_in_the_dialog(
    qtbot, services, admin, tmp_path, monkeypatch
):
    gone = tmp_path / "dicabut"
    monkeypatch.setattr(backup_dialog.QFileDialog, "getExistingDirectory",
                        lambda *args: str(gone))  # fmt: skip
    dialog = open_dialog(qtbot, services, admin)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job.is_finished, timeout=10_000)
    assert dialog.error_label.isVisible()
    assert "tidak ditemukan" in dialog.error_label.text()


def test_list_shows_the_automatic_backups(qtbot, services, admin, clock):
    services.backup.auto_daily_backup()
    clock.advance(days=1)
    services.backup.auto_daily_backup()
    dialog = open_dialog(qtbot, services, admin)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text().startswith(long_date(to_local(clock.now).date()))
    assert dialog.table.item(0, 1).text() == "otomatis"
    assert dialog.table.item(0, 3).text().endswith("-auto.db")
    assert str(services.paths.backups) in dialog.folder_label.text()
    assert not dialog.restore_selected_button.isEnabled()
    dialog.table.selectRow(1)
    assert dialog.restore_selected_button.isEnabled()


def test_restore_from_file_confirms_then_restores_and_emits_restored(
    qtbot, services, admin, usb, boxes, monkeypatch
):
    info = services.backup.create(admin, usb)
    services.users.create_user(admin, NewUser("sesudah", "Staf", Role.REGISTRASI, PASSWORD))
    monkeypatch.setattr(backup_dialog.QFileDialog, "getOpenFileName",
                        lambda *args: (str(info.path), ""))  # fmt: skip
    dialog = open_dialog(qtbot, services, admin)
    with qtbot.waitSignal(dialog.restored, timeout=10_000):
        qtbot.mouseClick(dialog.restore_file_button, Qt.MouseButton.LeftButton)

    question, done = boxes.seen
    assert info.path.name in question[1] and long_date(info.taken_at.date()) in question[1]
    assert "Rutan Kelas IIA Pekalongan" in question[1]
    assert "masuk kembali" in done[1]
    assert dialog.was_restored and dialog.last_restore.kept_as.exists()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "sesudah" not in usernames(services)
    assert services.audit.verify().ok


def test_restore_declined_or_refused_changes_nothing(
    qtbot, services, admin, usb, boxes, monkeypatch
):
    info = services.backup.create(admin, usb)
    services.users.create_user(admin, NewUser("sesudah", "Staf", Role.REGISTRASI, PASSWORD))
    bad = usb / "catatan.db"
    bad.write_text("bukan basis data")
    dialog = open_dialog(qtbot, services, admin)
    emitted: list[bool] = []
    dialog.restored.connect(lambda: emitted.append(True))

    boxes.answer = QMessageBox.StandardButton.No
    dialog.restore_file(info.path)
    assert dialog.job is None  # nothing started after "No"
    dialog.restore_file(bad)
    assert "bukan cadangan Sibina" in boxes.seen[-1][1]
    assert len(boxes.seen) == 2  # the question, then the error: no second question
    assert not emitted and not dialog.was_restored
    assert "sesudah" in usernames(services)
    assert list(services.paths.backups.iterdir()) == []


@pytest.mark.parametrize(
    ("role", "may_back_up", "may_restore"),
    [(Role.REGISTRASI, True, False), (Role.PERTANIAN, False, False), (Role.ADMIN, True, True)],
)
def test_buttons_follow_the_role(qtbot, services, make_actor, role, may_back_up, may_restore):
    dialog = open_dialog(qtbot, services, make_actor(role))
    assert dialog.create_button.isEnabled() == may_back_up
    assert dialog.restore_file_button.isVisible() == may_restore
    assert dialog.restore_selected_button.isVisible() == may_restore


def test_escape_closes_when_idle(qtbot, services, admin):
    dialog = open_dialog(qtbot, services, admin)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_server_database_says_to_use_the_server_tools(qtbot, services, admin):
    from app.services.backup import BackupService

    services.backup = BackupService(services.uow, "postgresql://sibina@server/db", services.paths)
    dialog = open_dialog(qtbot, services, admin)
    assert dialog.server_label.isVisible() and "pg_dump" in dialog.server_label.text()
    assert not dialog.create_button.isEnabled()
    assert not dialog.restore_file_button.isVisible()


def test_restore_the_selected_automatic_backup(qtbot, services, admin, boxes):
    automatic = services.backup.auto_daily_backup()
    services.users.create_user(admin, NewUser("sesudah", "Staf", Role.REGISTRASI, PASSWORD))
    dialog = open_dialog(qtbot, services, admin)
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.restored, timeout=10_000):
        qtbot.mouseClick(dialog.restore_selected_button, Qt.MouseButton.LeftButton)
    assert automatic.name in boxes.seen[0][1]
    assert dialog.last_restore.restored_from == automatic
    assert "sesudah" not in usernames(services)

"""A final status change (death, release, transfer) asks first, naming the person, the change and
its date; No (the default, also Enter and Esc) saves nothing and keeps what was typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.ui.common import messages
from tests.inmate_samples import detainee
from tests.ui.inmates.tab_helpers import open_from_tab


@pytest.fixture
def answer(monkeypatch):
    """Every message box answered with `answer.button`; what each asked is kept."""

    class Answer:
        button = QMessageBox.StandardButton.No
        asked: list[str] = []
        defaults: list[bool] = []  # was No the default button (and Esc) of each box

    def run(box: QMessageBox) -> int:
        Answer.asked.append(box.text())
        no = box.button(QMessageBox.StandardButton.No)
        Answer.defaults.append(
            no is not None and box.defaultButton() is no and box.escapeButton() is no
        )
        return Answer.button

    monkeypatch.setattr(messages, "_run", run)
    Answer.asked, Answer.defaults = [], []
    return Answer


def _fill(status, action: str) -> None:
    if action == "release":
        status.reason.setCurrentIndex(status.reason.findData("pb"))
    if action == "transfer":
        status.destination.setText("Lapas Kedungpane")
    status.document.setText("No. 12/2025")


QUESTIONS = {
    "death": "Catat Budi Fiktif 1 (AI.1/2025) meninggal pada 15\u00a0Juli\u00a02025?\n\n"
    "Orang ini tidak lagi masuk daftar aktif.",
    "release": "Catat Budi Fiktif 1 (AI.1/2025) bebas pada 15\u00a0Juli\u00a02025, alasan: Pembebasan "
    "bersyarat (PB)?\n\nOrang ini tidak lagi masuk daftar aktif.",
    "transfer": "Catat Budi Fiktif 1 (AI.1/2025) pindah ke Lapas Kedungpane pada 15\u00a0Juli\u00a02025?\n\n"
    "Orang ini tidak lagi masuk daftar aktif.",
}


@pytest.mark.parametrize("action", ["death", "release", "transfer"])
def test_final_change_asks_and_no_saves_nothing(qtbot, services, admin, answer, action):
    record = services.inmates.create(admin, detainee(1))
    dialog = open_from_tab(qtbot, services, admin, record.id)
    qtbot.mouseClick(dialog.action_buttons[action], Qt.MouseButton.LeftButton)
    status = dialog.status_dialog
    _fill(status, action)
    qtbot.mouseClick(status.ok_button, Qt.MouseButton.LeftButton)
    assert answer.asked == [QUESTIONS[action]]
    assert answer.defaults == [True]
    assert status.isVisible() and status.document.text() == "No. 12/2025"
    assert services.inmates.get(admin, record.id).data.status == "tahanan"
    assert len(services.inmates.get(admin, record.id).events) == 1
    assert [e.action for e in services.inmates.history(admin, record.id)] == ["inmate_created"]
    answer.button = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(status.ok_button, Qt.MouseButton.LeftButton)
    assert len(answer.asked) == 2 and not status.isVisible()
    stored = services.inmates.get(admin, record.id)
    assert stored.data.status == {"death": "meninggal", "release": "bebas",
                                  "transfer": "pindah"}[action]  # fmt: skip
    assert stored.events[-1].document == "No. 12/2025"
    assert dialog.form.inputs["status"].currentData() == stored.data.status


def test_a_refused_change_shows_its_problems_without_asking(qtbot, services, admin, answer):
    """No reason chosen: the field says so; there is nothing to confirm yet."""
    record = services.inmates.create(admin, detainee(1))
    dialog = open_from_tab(qtbot, services, admin, record.id)
    qtbot.mouseClick(dialog.action_buttons["release"], Qt.MouseButton.LeftButton)
    status = dialog.status_dialog
    qtbot.mouseClick(status.ok_button, Qt.MouseButton.LeftButton)
    assert answer.asked == []
    assert status.errors.text("reason") == "Wajib diisi."
    assert status.isVisible()
    assert services.inmates.get(admin, record.id).data.status == "tahanan"


def test_enter_in_the_question_does_not_confirm(qtbot, services, admin, monkeypatch):
    """The real box: Enter presses its default button, which is No."""
    record = services.inmates.create(admin, detainee(1))
    dialog = open_from_tab(qtbot, services, admin, record.id)
    qtbot.mouseClick(dialog.action_buttons["death"], Qt.MouseButton.LeftButton)
    status = dialog.status_dialog
    shown: list[QMessageBox] = []

    def run(box: QMessageBox) -> int:
        shown.append(box)
        box.show()
        qtbot.waitExposed(box)
        qtbot.keyClick(box, Qt.Key.Key_Return)
        return box.standardButton(box.clickedButton())

    monkeypatch.setattr(messages, "_run", run)
    qtbot.mouseClick(status.ok_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    assert status.isVisible()
    assert services.inmates.get(admin, record.id).data.status == "tahanan"


def test_a_verdict_is_not_asked_about(qtbot, services, admin, answer, clock):
    """A verdict keeps the person in the register (and can be followed by a release)."""
    clock.now = clock.now.replace(day=25)
    record = services.inmates.create(admin, detainee(1))
    dialog = open_from_tab(qtbot, services, admin, record.id)
    qtbot.mouseClick(dialog.action_buttons["verdict"], Qt.MouseButton.LeftButton)
    status = dialog.status_dialog
    qtbot.keyClicks(status.verdict_number, "9/Pid.B/2025/PN Pkl")
    status.years.setValue(2)
    qtbot.mouseClick(status.ok_button, Qt.MouseButton.LeftButton)
    assert answer.asked == [] and not status.isVisible()
    assert services.inmates.get(admin, record.id).data.status == "narapidana"

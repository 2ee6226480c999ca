"""The record dialog's keys: Enter in any field saves (it never opens the photo picker), and
Escape or "Batal" asks before unsaved edits are thrown away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from app.domain.roles import Role
from app.ui.common import messages
from tests.inmate_samples import detainee
from tests.ui.inmates.tab_helpers import open_from_tab


@pytest.fixture
def no_picker(monkeypatch):
    """The photo picker, recorded instead of shown."""
    opened: list[str] = []

    def pick(*args, **kwargs):
        opened.append("picker")
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    return opened


def test_enter_in_a_field_saves_and_never_opens_the_photo_picker(qtbot, services, admin,
                                                                 no_picker):  # fmt: skip
    record = services.inmates.create(admin, detainee(1, full_name="Ahmad Sulaiman"))
    dialog = open_from_tab(qtbot, services, admin, record.id)
    form = dialog.form
    form.photo_button.setFocus()  # a button that once had focus must not keep Enter
    name = form.inputs["full_name"]
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Ahmad Baru")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert no_picker == []
    assert not dialog.isVisible()
    assert services.inmates.get(admin, record.id).data.full_name == "Ahmad Baru"


def test_enter_on_another_section_saves_too(qtbot, services, admin, no_picker):
    record = services.inmates.create(admin, detainee(1))
    dialog = open_from_tab(qtbot, services, admin, record.id)
    dialog.sections.setCurrentIndex(1)
    block = dialog.form.inputs["block"]
    block.setFocus()
    block.setText("Z")
    qtbot.keyClick(block, Qt.Key.Key_Enter)
    assert no_picker == [] and not dialog.isVisible()
    assert services.inmates.get(admin, record.id).data.block == "Z"


def test_only_the_button_row_is_auto_default(qtbot, services, admin):
    record = services.inmates.create(admin, detainee(1))
    dialog = open_from_tab(qtbot, services, admin, record.id)
    assert dialog.save_button.isDefault()
    close = dialog.findChild(QPushButton, "close_button")
    others = [b.text() for b in dialog.findChildren(QPushButton)
              if b not in (dialog.save_button, close) and (b.autoDefault() or b.isDefault())]  # fmt: skip
    assert others == []


def test_read_only_enter_closes(qtbot, services, admin, make_actor, no_picker):
    record = services.inmates.create(admin, detainee(1))
    dialog = open_from_tab(qtbot, services, make_actor(Role.PEMBINAAN), record.id)
    close = dialog.findChild(QPushButton, "close_button")
    assert close.isDefault()
    qtbot.keyClick(dialog.sections, Qt.Key.Key_Return)
    assert no_picker == [] and not dialog.isVisible()


@pytest.fixture
def answer(monkeypatch):
    """Message boxes answered with `answer.button` (default: keep editing), their texts and
    buttons recorded instead of shown."""

    class Answer:
        button = QMessageBox.StandardButton.Cancel
        asked: list[tuple[str, list[str]]] = []

    def run(box: QMessageBox) -> int:
        Answer.asked.append((box.text(), [b.text() for b in box.buttons()]))
        return Answer.button

    monkeypatch.setattr(messages, "_run", run)
    Answer.asked = []
    return Answer


@pytest.mark.parametrize("how", ["escape", "cancel", "enter on cancel", "window"])
def test_unsaved_edits_are_kept_unless_discarded(qtbot, services, admin, answer, how):
    record = services.inmates.create(admin, detainee(1, full_name="Ahmad Sulaiman"))
    dialog = open_from_tab(qtbot, services, admin, record.id)
    name = dialog.form.inputs["full_name"]
    name.setFocus()
    name.clear()

    def leave() -> None:
        if how == "escape":
            qtbot.keyClick(name, Qt.Key.Key_Escape)
        elif how == "cancel":
            qtbot.mouseClick(
                dialog.findChild(QPushButton, "close_button"), Qt.MouseButton.LeftButton
            )
        elif how == "enter on cancel":  # Enter presses the focused "Batal", not "Simpan"
            close = dialog.findChild(QPushButton, "close_button")
            close.setFocus()
            qtbot.keyClick(close, Qt.Key.Key_Return)
        else:
            dialog.close()

    leave()
    assert dialog.isVisible() and name.text() == ""  # kept editing: the edit is still there
    text, buttons = answer.asked[0]
    assert text == "Perubahan belum disimpan. Buang perubahan?"
    assert sorted(buttons) == ["&Buang perubahan", "&Lanjutkan mengedit"]
    answer.button = QMessageBox.StandardButton.Discard
    leave()
    assert not dialog.isVisible()
    assert services.inmates.get(admin, record.id).data.full_name == "Ahmad Sulaiman"


def test_edits_in_a_section_table_count_too(qtbot, services, admin, answer):
    record = services.inmates.create(admin, detainee(1))
    dialog = open_from_tab(qtbot, services, admin, record.id)
    dialog.discipline.add_row({"date": "01-01-2020"})
    qtbot.keyClick(dialog.sections, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(answer.asked) == 1


@pytest.mark.parametrize("inmate", ["existing", "new"])
def test_without_edits_escape_closes_at_once(qtbot, services, admin, answer, inmate):
    record = services.inmates.create(admin, detainee(1))
    dialog = open_from_tab(qtbot, services, admin, record.id if inmate == "existing" else None)
    qtbot.keyClick(dialog.form.inputs["full_name"], Qt.Key.Key_Escape)
    assert not dialog.isVisible() and answer.asked == []


def test_after_a_status_change_nothing_counts_as_unsaved(qtbot, services, admin, answer, clock):
    clock.now = clock.now.replace(day=25)
    record = services.inmates.create(admin, detainee(1))
    dialog = open_from_tab(qtbot, services, admin, record.id)
    dialog.open_status_dialog("verdict")
    status = dialog.status_dialog
    status.verdict_number.setText("9/Pid.B/2025/PN Pkl")
    status.years.setValue(2)
    for edit in (status.verdict_date, status.inkracht_date, status.date):
        edit.setDate(edit.date().addDays(-3))
    status.submit()
    assert dialog.form.inputs["status"].currentData() == "narapidana"
    dialog.reject()
    assert not dialog.isVisible() and answer.asked == []


def test_read_only_never_asks(qtbot, services, admin, make_actor, answer):
    record = services.inmates.create(admin, detainee(1))
    dialog = open_from_tab(qtbot, services, make_actor(Role.PEMBINAAN), record.id)
    qtbot.keyClick(dialog.sections, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and answer.asked == []


def test_the_question_reads_in_english(qtbot, services, admin, answer, english):
    record = services.inmates.create(admin, detainee(1))
    dialog = open_from_tab(qtbot, services, admin, record.id)
    dialog.form.inputs["full_name"].clear()
    dialog.reject()
    text, buttons = answer.asked[0]
    assert text == "The changes have not been saved. Discard them?"
    assert sorted(buttons) == ["&Discard changes", "&Keep editing"]


def _edit_name(dialog, text: str) -> None:
    name = dialog.form.inputs["full_name"]
    name.setFocus()
    name.selectAll()
    name.insert(text)


def test_a_status_action_with_unsaved_edits_asks_first(qtbot, services, admin, answer):
    """A status action reloads the record: unsaved edits are never replaced without a word.
    Batal keeps them (no status dialog); Buang reloads the record as saved."""
    record = services.inmates.create(admin, detainee(1, full_name="Ahmad Sulaiman"))
    dialog = open_from_tab(qtbot, services, admin, record.id)
    _edit_name(dialog, "Ahmad Baru")
    dialog.open_status_dialog("verdict")
    text, buttons = answer.asked[0]
    assert text.startswith("Perubahan pada data WBP ini belum disimpan.")
    assert sorted(buttons) == ["&Buang perubahan", "&Simpan", "Ba&tal"]
    assert dialog.status_dialog is None
    assert dialog.form.inputs["full_name"].text() == "Ahmad Baru"

    answer.button = QMessageBox.StandardButton.Discard
    dialog.open_status_dialog("verdict")
    assert dialog.status_dialog is not None
    dialog.status_dialog.reject()
    assert dialog.form.inputs["full_name"].text() == "Ahmad Sulaiman"
    assert services.inmates.get(admin, record.id).data.full_name == "Ahmad Sulaiman"


def test_saving_before_a_status_action_keeps_the_edit_and_the_dialog(qtbot, services, admin,
                                                                     answer):  # fmt: skip
    record = services.inmates.create(admin, detainee(1, full_name="Ahmad Sulaiman"))
    dialog = open_from_tab(qtbot, services, admin, record.id)
    saved: list[str] = []
    dialog.saved.connect(saved.append)
    _edit_name(dialog, "Ahmad Baru")
    answer.button = QMessageBox.StandardButton.Save
    dialog.open_status_dialog("verdict")
    assert dialog.isVisible() and dialog.status_dialog is not None
    assert services.inmates.get(admin, record.id).data.full_name == "Ahmad Baru"
    assert saved == [record.id] and not dialog.has_unsaved_changes()
    dialog.status_dialog.reject()


def test_an_edit_that_cannot_be_saved_stops_the_status_action(qtbot, services, admin, answer):
    record = services.inmates.create(admin, detainee(1, full_name="Ahmad Sulaiman"))
    dialog = open_from_tab(qtbot, services, admin, record.id)
    dialog.form.inputs["full_name"].clear()
    answer.button = QMessageBox.StandardButton.Save
    dialog.open_status_dialog("verdict")
    assert dialog.status_dialog is None
    assert dialog.form.errors.text("full_name") == "Wajib diisi."
    assert services.inmates.get(admin, record.id).data.full_name == "Ahmad Sulaiman"

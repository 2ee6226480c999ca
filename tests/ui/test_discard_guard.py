"""Esc, Batal or the close button of a form dialog asks before typed input is thrown away; an
unchanged dialog closes without asking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.ui.common import messages
from tests.ui.test_form_buddies import FORMS, world  # noqa: F401 (the fixture)


@pytest.fixture
def answers(monkeypatch):
    """The questions asked, answered from `answers.reply` (Cancel: keep editing)."""
    asked: list[str] = []

    def run(box: QMessageBox) -> int:
        asked.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        return run.reply

    run.reply = QMessageBox.StandardButton.Cancel
    run.asked = asked
    monkeypatch.setattr(messages, "_run", run)
    return run


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


@pytest.mark.parametrize(
    ("name", "type_into"),
    [
        ("override", lambda d: d.justification.setPlainText("surat Kanwil 12")),
        ("flags", lambda d: d.boxes["donor"].toggle()),
        ("correction", lambda d: d.reason.setPlainText("salah hitung")),
        ("new_ceremony", lambda d: d.venue.setText("Aula")),
        ("sk", lambda d: d.number.setText("W11.PAS-{no}/2025")),
        ("ledger_entry", lambda d: d.days.setValue(15)),
        ("guest", lambda d: d.name_edit.setText("Wali Kota")),
        ("ceremony_details", lambda d: d.venue.setText("Lapangan")),
    ],
)
def test_esc_after_a_change_asks_and_keeps_or_discards(
    qtbot, services, admin, request, answers, name, type_into
):
    dialog = shown(qtbot, FORMS[name](services, admin, request.getfixturevalue("world")))
    type_into(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert answers.asked == ["Perubahan belum disimpan. Buang perubahan?"]
    assert dialog.isVisible()  # Lanjutkan mengedit: still open, with what was typed
    answers.reply = QMessageBox.StandardButton.Discard
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        dialog.close()  # the window's close button asks too
    assert len(answers.asked) == 2 and not dialog.isVisible()


@pytest.mark.parametrize("name", ["override", "flags", "correction", "new_ceremony", "sk"])
def test_an_unchanged_dialog_closes_without_a_question(
    qtbot, services, admin, request, answers, name
):
    dialog = shown(qtbot, FORMS[name](services, admin, request.getfixturevalue("world")))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert answers.asked == [] and not dialog.isVisible()

"""Enter presses a form dialog's main button from any field, also after Tab has passed over the
buttons (Qt makes a focused button the default for a while and gives the role back only to a
default button it knows) and after a click on a button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from tests.ui.test_form_buddies import FORMS, world  # noqa: F401 (the fixture)

DIALOGS = [name for name in FORMS if name not in ("identity", "facility")]  # forms, no dialogs


def default_button(dialog: QDialog) -> QPushButton | None:
    found = [button for button in dialog.findChildren(QPushButton) if button.isDefault()]
    assert len(found) <= 1
    return found[0] if found else None


def first_field(dialog: QDialog) -> QWidget | None:
    """A visible input: a text or number field, else a drop-down, else a check box."""
    for kind in (QLineEdit, QAbstractSpinBox, QTextEdit, QComboBox, QAbstractButton):
        for widget in dialog.findChildren(kind):
            inner = isinstance(widget.parent(), (QAbstractSpinBox, QComboBox))  # their own edit
            if isinstance(widget, QPushButton) or inner:
                continue
            if widget.isVisible() and widget.isEnabled():
                return widget
    return None


def opened(qtbot, services, admin, request, name: str) -> QDialog:
    """The form dialog `name`, shown and active (keys go to it)."""
    dialog = FORMS[name](services, admin, request.getfixturevalue("world"))
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


@pytest.mark.parametrize("name", DIALOGS)
def test_enter_presses_the_main_button_after_tab_passed_over_the_buttons(
    qtbot, services, admin, request, name
):
    dialog = opened(qtbot, services, admin, request, name)
    main = default_button(dialog)
    assert main is not None
    field = first_field(dialog)
    assert field is not None
    buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisible() and b is not main]
    for button in buttons:  # Tab over every other button (a focused button is the default)
        button.setFocus(Qt.FocusReason.TabFocusReason)
        assert button.hasFocus()
        field.setFocus(Qt.FocusReason.TabFocusReason)
        assert default_button(dialog) is main, (name, button.text())
    # a click on the main button (say the save was refused) leaves it the one Enter presses
    main.setFocus(Qt.FocusReason.MouseFocusReason)
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    assert default_button(dialog) is main


@pytest.mark.parametrize("name", DIALOGS)
def test_a_dialog_opens_with_the_cursor_in_a_field_not_on_a_button(
    qtbot, services, admin, request, name
):
    dialog = opened(qtbot, services, admin, request, name)
    focused = dialog.focusWidget()
    assert focused is not None and not isinstance(focused, QPushButton), (name, focused)


@pytest.mark.parametrize(
    ("name", "note"),
    [("override", "override_justification"), ("flags", "flags_note"),
     ("correction", "correct_reason")],
)  # fmt: skip
def test_enter_in_a_note_saves_and_shift_enter_starts_a_new_line(
    qtbot, services, admin, request, name, note
):
    dialog = opened(qtbot, services, admin, request, name)
    saved: list[object] = []
    dialog.apply = saved.append
    edit = dialog.findChild(QWidget, note)
    edit.setFocus()
    qtbot.keyClicks(edit, "Surat Kanwil nomor 12")
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(edit, "tanggal 1 Agustus")
    assert edit.toPlainText() == "Surat Kanwil nomor 12\ntanggal 1 Agustus" and not saved
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert len(saved) == 1 and dialog.result() == QDialog.DialogCode.Accepted

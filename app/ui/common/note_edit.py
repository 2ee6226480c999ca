"""A short multi-line note in a form dialog (a justification, a reason): Enter saves the dialog,
as in every other field; Shift+Enter starts a new line. Tab moves on to the next field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class NoteEdit(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if event.key() in ENTER_KEYS and not shift:
            default = _default_button(self.window())
            if default is not None:
                default.click()
                return
        super().keyPressEvent(event)


def _default_button(window: QWidget) -> QPushButton | None:
    """The window's enabled default button (a form dialog's Save), if it has one."""
    for button in window.findChildren(QPushButton):
        if button.isDefault() and button.isEnabled() and button.isVisible():
            return button
    return None

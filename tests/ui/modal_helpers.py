"""Driving modal dialogs in tests: exec() blocks, so act on the dialog from a timer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


def on_modal(cls: type, action: Callable[[QDialog], None], tries: int = 500) -> None:
    """Run `action(dialog)` once a modal dialog of `cls` is open (polls every 10 ms, 5 s max).
    Prefer keys (Enter) over mouse clicks in `action`: two synthetic clicks at the same spot in
    quick succession are taken for a double click and the second one is lost."""

    def poll(left: int) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, cls):
            action(widget)
        elif left:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(tries))

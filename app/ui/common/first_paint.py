"""Run something just after a widget is first on screen: the window shows before the UI thread
gets busy (opening the database at start-up, status-bar checks after the login)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 500  # act anyway if the widget is not painted (window minimised, say)


class AfterFirstPaint(QObject):
    """Calls `action` once, just after `widget` has been painted for the first time, or after
    FALLBACK_MS at the latest. Dies with `parent` (default: `widget`); with a longer-lived parent
    the fallback still acts when `widget` is replaced before it was painted. `cancel()` forgets
    the action."""

    def __init__(
        self, widget: QWidget, action: Callable[[], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent or widget)
        self._action: Callable[[], None] | None = action
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._fire)
        self._fallback.start(FALLBACK_MS)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._action is not None:
            # After this paint has been flushed to the screen; dropped if the widget goes first.
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        action, self._action = self._action, None
        self._fallback.stop()
        if action is not None:
            action()

    def cancel(self) -> None:
        self._action = None
        self._fallback.stop()

"""Putting a widget on screen in a test: owned by qtbot (closed after the test), at a size."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def shown(qtbot, widget: W, width: int, height: int) -> W:
    """`widget`, registered with qtbot, resized to width x height and shown."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    return widget

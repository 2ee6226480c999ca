"""Alt+letter shortcuts of a screen: the letters marked with & on its buttons and labels,
and the check that no two collide."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

MNEMONIC = re.compile(r"&([^&])")


def mnemonics(widgets: list[QWidget], visible_only: bool = True) -> list[str]:
    return [key for key, _text in marked(widgets, visible_only)]


def marked(widgets: list[QWidget], visible_only: bool = True) -> list[tuple[str, str]]:
    """(letter, text) of every button and label with an Alt+letter."""
    keys = []
    for widget in widgets:
        if not isinstance(widget, QAbstractButton | QLabel):
            continue
        if not visible_only or widget.isVisibleTo(widget.window()):
            match = MNEMONIC.search(widget.text().replace("&&", ""))
            if match:
                keys.append((match.group(1).lower(), widget.text()))
    return keys


def assert_unique(widgets: list[QWidget]) -> None:
    keys = marked(widgets)
    assert keys, "no mnemonics found"
    counts = Counter(key for key, _text in keys)
    duplicates = {key: [text for k, text in keys if k == key] for key, n in counts.items() if n > 1}
    assert not duplicates, duplicates

"""Alt+letter shortcuts of a screen: the letters marked with & on its buttons and labels,
and the check that no two collide."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

MNEMONIC = re.compile(r"&([^&])")


def mnemonics(widgets: list[QWidget], visible_only: bool = True) -> list[str]:
    keys = []
    for widget in widgets:
        if not isinstance(widget, QAbstractButton | QLabel):
            continue
        if not visible_only or widget.isVisibleTo(widget.window()):
            match = MNEMONIC.search(widget.text().replace("&&", ""))
            if match:
                keys.append(match.group(1).lower())
    return keys


def assert_unique(widgets: list[QWidget]) -> None:
    keys = mnemonics(widgets)
    assert keys, "no mnemonics found"
    duplicates = {k: n for k, n in Counter(keys).items() if n > 1}
    assert not duplicates

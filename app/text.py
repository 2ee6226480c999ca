"""Marking text for translation outside Qt.

Services and the domain must not import Qt, yet their messages reach people. They write messages
in Indonesian (the default language) wrapped in `QT_TRANSLATE_NOOP("context", "text")`: this
function returns the text unchanged, and `pyside6-lupdate` finds the call by its name, so the
English .ts file carries a translation that the UI applies with QCoreApplication.translate.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text

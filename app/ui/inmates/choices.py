"""How the register's stored choices read on screen: religion, education, marital status, sex.

The register stores them as app.domain.inmates.codes writes them (Indonesian; imports, exports
and printed papers use those values as they are). Screens show the translation; a value outside
the known choices (an old or hand-edited row) is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.inmates.codes import (
    EDUCATION_LEVELS,
    MARITAL_STATUSES,
    RELIGIONS,
    SEX_LABELS,
    SEX_LETTERS,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("inmates", text)


def religion_text(value: str) -> str:
    return _tr(value) if value in RELIGIONS else value


def education_text(value: str) -> str:
    return _tr(value) if value in EDUCATION_LEVELS else value


def marital_text(value: str) -> str:
    return _tr(value) if value in MARITAL_STATUSES else value


def sex_letter(value: str) -> str:
    """'L' / 'P' (English 'M' / 'F') for a narrow column."""
    return _tr(SEX_LETTERS[value]) if value in SEX_LETTERS else value


def sex_text(value: str) -> str:
    return _tr(SEX_LABELS[value]) if value in SEX_LABELS else value

"""Showing dates and stored times in the UI language: "15 Juli 2025" / "15 July 2025"; the
database keeps naive UTC times, people read local time ("15 Juli 2025 16:00").

Printed documents stay Indonesian whatever the UI language: reports call app.domain.dates
directly; screens call these."""

from __future__ import annotations

from datetime import date, datetime

from app.domain.dates import long_date, long_date_time, to_local
from app.ui.common.i18n import ui_language


def local_date_time(value: datetime | None) -> str:
    """`15 Juli 2025 16:00` in the UI language, or "" for no time."""
    if value is None:
        return ""
    return long_date_time(to_local(value), ui_language())


def ui_date(value: date | None) -> str:
    """`15 Juli 2025` (or `15 July 2025` in the English UI); "" for no date."""
    return long_date(value, ui_language()) if value else ""

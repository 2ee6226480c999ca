"""Showing stored times: the database keeps naive UTC; people read local time, "15 Juli 2025 16:00"."""

from __future__ import annotations

from datetime import UTC, datetime

from app.domain.dates import long_date_time
from app.ui.common.i18n import ui_language


def to_local(value: datetime) -> datetime:
    """A naive UTC time from the database as a naive local time of this workstation."""
    return value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def local_date_time(value: datetime | None) -> str:
    """`15 Juli 2025 16:00` in the UI language, or "" for no time."""
    if value is None:
        return ""
    return long_date_time(to_local(value), ui_language())

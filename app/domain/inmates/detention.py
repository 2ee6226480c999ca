"""Detention limits (KUHAP) per stage, and the warning list of detentions about to expire.

Limits are data with their legal basis (DESIGN rule 10): days first granted + one extension.
Pasal 29 KUHAP allows two further 30-day extensions in grave cases; staff enter those as periods.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.inmates.codes import RegCode


@dataclass(frozen=True)
class DetentionLimit:
    initial_days: int
    extension_days: int
    basis: str


DETENTION_LIMITS: dict[RegCode, DetentionLimit] = {
    RegCode.A_I: DetentionLimit(20, 40, "KUHAP Pasal 24"),
    RegCode.A_II: DetentionLimit(20, 30, "KUHAP Pasal 25"),
    RegCode.A_III: DetentionLimit(30, 60, "KUHAP Pasal 26"),
    RegCode.A_IV: DetentionLimit(30, 60, "KUHAP Pasal 27"),
    RegCode.A_V: DetentionLimit(50, 60, "KUHAP Pasal 28"),
}

WARN_DAYS = 10
URGENT_DAYS = 3
GRAVE_CASE_DAYS = 60  # KUHAP Pasal 29: two further 30-day extensions in grave cases


def period_end(stage: RegCode | str, start: date, extended: bool = False) -> date:
    """The last day of a detention period that starts on `start` (day 1 = start)."""
    limit = DETENTION_LIMITS[RegCode(stage)]
    days = limit.initial_days + (limit.extension_days if extended else 0)
    return start + timedelta(days=days - 1)


def stage_limit(stage: RegCode | str, grave: bool = False) -> int:
    """The most days a stage may hold someone: first grant + extension (+ Pasal 29 when grave)."""
    limit = DETENTION_LIMITS[RegCode(stage)]
    return limit.initial_days + limit.extension_days + (GRAVE_CASE_DAYS if grave else 0)


def held_days(start: date, end: date) -> int:
    """Days in a period, both ends counted."""
    return (end - start).days + 1


def days_left(end: date, today: date) -> int:
    return (end - today).days


def expiry_level(end: date | None, today: date) -> int:
    """0 = no warning, 10 = ends within 10 days, 3 = within 3 days (or already past)."""
    if end is None:
        return 0
    left = days_left(end, today)
    if left <= URGENT_DAYS:
        return URGENT_DAYS
    if left <= WARN_DAYS:
        return WARN_DAYS
    return 0


def warning_window(today: date) -> tuple[date, date]:
    """Detentions ending on or before the second date need a warning (the first: past ones
    are shown too, because they are the most urgent of all)."""
    return today - timedelta(days=365), today + timedelta(days=WARN_DAYS)

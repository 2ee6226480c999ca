"""Dates as people read them: "15 Juli 2025" in Indonesian, "15 July 2025" in English."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from functools import lru_cache

MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
# what long_date writes in Indonesian (day and year without leading zeros)
LONG_DATE_ID = re.compile(r"([1-9]\d?) (" + "|".join(MONTHS_ID) + r") ([1-9]\d{0,3})", re.ASCII)
DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


# Cached: a proposal list writes the same few hundred dates (the occasion, release dates) into
# thousands of reasons. Dates are immutable, so a cached text can never be stale; the bound keeps
# a long-running session from growing without limit.
@lru_cache(maxsize=4096)
def long_date(value: date, lang: str = "id") -> str:
    """`15 Juli 2025` (id) or `15 July 2025` (en)."""
    months = MONTHS_EN if lang == "en" else MONTHS_ID
    return f"{value.day} {months[value.month - 1]} {value.year}"


def parse_long_date(text: str) -> date | None:
    """The date `long_date` wrote (`15 Juli 2025`, Indonesian), or None for any other text."""
    found = LONG_DATE_ID.fullmatch(text)
    if found is None:
        return None
    day, month, year = found.groups()
    try:
        return date(int(year), MONTHS_ID.index(month) + 1, int(day))
    except ValueError:  # 31 Februari
        return None


def to_local(value: datetime) -> datetime:
    """A naive UTC time (as the database keeps times) as a naive local time of this
    workstation."""
    return value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def long_date_time(value: datetime, lang: str = "id") -> str:
    return f"{long_date(value.date(), lang)} {value:%H:%M}"


def place_and_date(city: str, value: date, lang: str = "id") -> str:
    """The dateline of a letter: `Pekalongan, 15 Juli 2025`."""
    return f"{city}, {long_date(value, lang)}"


def day_name(value: date, lang: str = "id") -> str:
    return (DAYS_EN if lang == "en" else DAYS_ID)[value.weekday()]


def full_years(birth: date, on: date) -> int:
    """Age in completed years on `on` (born 29 February: a year older on 1 March)."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))

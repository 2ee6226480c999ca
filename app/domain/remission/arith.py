"""Calendar arithmetic for sentences (remission.md "Units").

Month-end rule: adding calendar months keeps the day of the month, and when that day does not exist
in the target month the LAST valid day of that month is used: 31 January + 1 month = 28 February
(29 in a leap year); 29 February + 1 year = 28 February. Years and months are added together as
one number of months (never month by month), so 31 January + 2 months = 31 March.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction
from math import floor

MAX_SENTENCE_YEARS = 100  # the longest fixed-term sentence taken (all its parts together)


def longer_than_max(years: int, months: int, days: int) -> bool:
    """Whether years + months + days together exceed MAX_SENTENCE_YEARS (a day counted as 1/366
    of a year, so that 100 years written as days still fits). Longer lengths are typing errors,
    and dates that far ahead leave the calendar (year 9999)."""
    return Fraction(years) + Fraction(months, 12) + Fraction(days, 366) > MAX_SENTENCE_YEARS


# days per month of a common year; February of a leap year is handled in add_months
MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def add_months(start: date, months: int) -> date:
    """`start` + `months` calendar months (negative allowed), clipped to the month's last day."""
    year, month0 = divmod(start.year * 12 + start.month - 1 + months, 12)
    day = start.day
    # a table instead of calendar.monthrange (which also works out a weekday): this runs
    # several times per case of the proposal list; only days 29-31 can need clipping
    if day > 28:
        last = 29 if month0 == 1 and calendar.isleap(year) else MONTH_DAYS[month0]
        day = min(day, last)
    return date(year, month0 + 1, day)


def add_years(start: date, years: int) -> date:
    return add_months(start, 12 * years)


@dataclass(frozen=True)
class Length:
    """A length given as calendar months plus days (a sentence, or a fraction of one)."""

    months: int
    days: int

    def add_to(self, start: date) -> date:
        return add_months(start, self.months) + timedelta(days=self.days)


def sentence_length(years: int, months: int, days: int) -> Length:
    return Length(years * 12 + months, days)


def fraction_of(length: Length, fraction: Fraction, days_per_month: int) -> Length:
    """fraction x length: whole months stay calendar months; the remainder of a month (and the
    fraction of the day part) is converted at `days_per_month` days and rounded down once."""
    exact_months = length.months * fraction
    whole = floor(exact_months)
    days = floor((exact_months - whole) * days_per_month + length.days * fraction)
    return Length(whole, days)


def length_in_months(length: Length, days_per_month: int) -> Fraction:
    """The length in (30-day) months, for comparisons such as '2/3 is at least 9 months'."""
    return length.months + Fraction(length.days, days_per_month)


def days_between(start: date, end: date) -> int:
    return (end - start).days

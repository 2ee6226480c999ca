"""Ceremony dates: 17 August for RU and RD (RD only in dasawarsa years), and the religion's
holiday for RK proposed from the Indonesian calendar of the `holidays` package.

The rule table maps each religion to a holiday and names what to look for in the package's
Indonesian holiday names ("Idul Fitri", "Natal", "Nyepi", "Waisak", "Imlek"); the first day that
matches in the year is proposed (Idul Fitri has a second day). Staff may change the date.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from app.domain.remission.rules import RuleSet


@lru_cache(maxsize=64)
def _indonesian_holidays(year: int) -> tuple[tuple[date, str], ...]:
    import holidays  # imported when first needed: it takes ~80 ms, not worth paying at start-up

    calendar = holidays.country_holidays("ID", years=year, language="id")
    return tuple(sorted(calendar.items()))


def holiday_date(rules: RuleSet, holiday_key: str, year: int) -> date | None:
    """The first day of `holiday_key` (e.g. "idul_fitri") in `year`, or None if not found."""
    needle = rules.holiday_lookup[holiday_key].casefold()
    for day, name in _indonesian_holidays(year):
        if needle in name.casefold():
            return day
    return None


def rk_date(rules: RuleSet, religion: str, year: int) -> date | None:
    """The Remisi Khusus day of a religion in a year (None: no holiday for that religion)."""
    key = rules.holiday_of(religion)
    return holiday_date(rules, key, year) if key else None


def ru_date(rules: RuleSet, year: int) -> date:
    month, day = rules.ru_month_day
    return date(year, month, day)


def next_ru_date(rules: RuleSet, today: date) -> date:
    """This year's 17 August, or next year's once it has passed: the RU ceremony to prepare."""
    day = ru_date(rules, today.year)
    return day if day >= today else ru_date(rules, today.year + 1)


def rd_date(rules: RuleSet, year: int) -> date | None:
    """The Remisi Dasawarsa day, or None when `year` is not a dasawarsa year."""
    if not rules.rd.is_dasawarsa_year(year):
        return None
    return date(year, rules.rd.month, rules.rd.day)


def proposed_date(rules: RuleSet, kind: str, year: int, religion: str = "") -> date | None:
    if kind == "RU":
        return ru_date(rules, year)
    if kind == "RD":
        return rd_date(rules, year)
    if kind == "RK":
        return rk_date(rules, religion, year)
    return None

"""The shortcuts the proposal list's speed rests on give the same answers as the plain rules:
month arithmetic without calendar.monthrange, the child test by the year, cached long dates, and
one Decider (with shared reasons) for many cases."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.dates import MONTHS_ID, long_date
from app.domain.remission.arith import add_months, add_years
from app.domain.remission.decide import Decider, decide, is_child
from app.domain.remission.keydates import case_timeline
from app.domain.remission.model import Flags, Kind, Occasion, Religion, Status
from tests.domain.remission_factory import RULES, make_case, penjara, prior, rk, ru

dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31))
month_ends = st.builds(
    lambda y, m: date(y, m, calendar.monthrange(y, m)[1]),
    st.integers(1900, 2199),
    st.integers(1, 12),
)


def reference_add_months(start: date, months: int) -> date:
    """The rule as first written: calendar.monthrange gives the month's last day."""
    year, month = divmod(start.year * 12 + start.month - 1 + months, 12)
    month += 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


@given(st.one_of(dates, month_ends), st.integers(-1300, 1300))
def test_add_months_matches_the_calendar(start, months):
    assert add_months(start, months) == reference_add_months(start, months)


@pytest.mark.parametrize(("year", "last"), [(2024, 29), (2025, 28), (1900, 28), (2000, 29)])
def test_add_months_clips_to_february(year, last):
    assert add_months(date(year, 1, 31), 1) == date(year, 2, last)


@given(st.one_of(dates, st.just(date(2008, 2, 29))), dates, st.one_of(st.none(), dates))
def test_child_by_the_year_matches_the_full_comparison(birth, on, inkracht):
    case = make_case(birth_date=birth, inkracht_date=inkracht)
    verdict = inkracht or on
    assert is_child(case, on, RULES) is (verdict < add_years(birth, RULES.child_age_years))


@pytest.mark.parametrize(
    ("birth", "verdict", "child"),
    [
        (date(2007, 2, 28), date(2025, 2, 27), True),
        (date(2007, 2, 28), date(2025, 2, 28), False),  # 18 on the day
        (date(2008, 2, 29), date(2026, 2, 27), True),
        (date(2008, 2, 29), date(2026, 2, 28), False),  # born 29 February: 18 on 28 February
        (date(2007, 12, 31), date(2024, 12, 31), True),  # a year earlier: by the year alone
        (date(2007, 1, 1), date(2026, 1, 1), False),  # a year later: by the year alone
    ],
)
def test_child_on_the_edges_of_the_eighteenth_birthday(birth, verdict, child):
    case = make_case(birth_date=birth, inkracht_date=verdict)
    assert is_child(case, verdict, RULES) is child


@given(st.one_of(dates, st.datetimes(min_value=datetime(1900, 1, 1))))
def test_cached_long_date_is_the_plain_text(value):
    expected = f"{value.day} {MONTHS_ID[value.month - 1]} {value.year}"
    assert long_date(value) == expected
    assert long_date(value) == expected  # from the cache


def _cases(n: int) -> list:
    """A mixed register: detainees, convicts, released, children, flags, histories."""
    start = date(2020, 1, 1)
    out = []
    for i in range(n):
        out.append(
            make_case(
                id=f"c{i}",
                status=Status.TAHANAN if i % 5 == 0 else Status.NARAPIDANA,
                sentence=None if i % 5 == 0 else penjara(i % 7, i % 11, i % 3),
                detention_start=start + timedelta(days=37 * i % 2000),
                birth_date=date(2007, 1 + i % 12, 1) if i % 9 == 0 else None,
                religion=list(Religion)[i % len(Religion)],
                discipline=(date(2025, 5, 1),) if i % 13 == 0 else (),
                prior_remissions=(prior("RU", "2023-08-17", 30),) if i % 4 == 0 else (),
                flags=Flags(donor=i % 6 == 0, pemuka=i % 8 == 0, corruption_fines_paid=i % 17 != 0),
            )
        )
    return out


@settings(max_examples=30)
@given(st.permutations(_cases(60)), st.sampled_from([ru("2025-08-17"), rk("2025-03-31")]))
def test_one_decider_gives_each_case_its_own_decision(cases, occasion):
    """Shared reasons and cached lookups never carry one case's answer over to another."""
    decider = Decider(occasion, RULES)
    assert [decider.decide(c) for c in cases] == [decide(c, occasion, RULES) for c in cases]


def test_the_same_reason_is_shared_not_made_again():
    decider = Decider(ru("2025-08-17"), RULES)
    held = make_case(status=Status.TAHANAN, sentence=None, inkracht_date=None)
    first, second = decider.decide(held), decider.decide(held._replace(id="y"))
    assert first.reasons[0].code == "NOT_NARAPIDANA"
    assert first.reasons[0] is second.reasons[0]
    assert first.reasons == decide(held, ru("2025-08-17"), RULES).reasons


def test_decisions_reasons_and_timelines_stay_immutable():
    decision = decide(make_case(), ru("2024-08-17"), RULES)
    line = case_timeline(make_case(), RULES, [])
    for value, field in [(decision, "days"), (decision.reasons[0], "text"), (line, "release")]:
        with pytest.raises(AttributeError):
            setattr(value, field, None)
    assert decision == decide(make_case(), Occasion(Kind.RU, date(2024, 8, 17)), RULES)

"""Sentence arithmetic and key dates (remission.md "Units" and "Key dates")."""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

import pytest

from app.domain.remission.arith import Length, add_months, add_years, fraction_of
from app.domain.remission.keydates import credit_days, expiry_date, key_dates, timeline
from app.domain.remission.model import Sentence, SentenceType
from tests.domain.remission_factory import RULES, D, make_case, penjara, prior


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        ("2025-01-31", 1, "2025-02-28"),  # month end: last valid day
        ("2024-01-31", 1, "2024-02-29"),  # leap year
        ("2025-01-31", 2, "2025-03-31"),  # months added at once, not month by month
        ("2025-03-31", 1, "2025-04-30"),
        ("2025-08-31", -6, "2025-02-28"),
        ("2024-08-31", -6, "2024-02-29"),
        ("2025-12-15", 1, "2026-01-15"),
        ("2025-01-15", -1, "2024-12-15"),
        ("2024-02-29", 12, "2025-02-28"),
        ("2024-02-29", 48, "2028-02-29"),
    ],
)
def test_add_months_month_end_rule(start, months, expected):
    assert add_months(D(start), months) == D(expected)


def test_add_years_from_29_february():
    assert add_years(D("2024-02-29"), 1) == D("2025-02-28")
    assert add_years(D("2024-02-29"), 4) == D("2028-02-29")


@pytest.mark.parametrize(
    ("start", "sentence", "credit", "expected"),
    [
        ("2024-02-10", penjara(3), 0, "2027-02-10"),  # example 1
        ("2024-03-01", penjara(1, 6), 0, "2025-09-01"),  # example 4
        ("2025-01-31", penjara(0, 1), 0, "2025-02-28"),  # 31 January + 1 month
        ("2024-01-31", penjara(0, 1), 0, "2024-02-29"),
        ("2025-01-31", penjara(0, 1, 1), 0, "2025-03-01"),  # months first, then days
        ("2024-02-29", penjara(1), 0, "2025-02-28"),
        ("2024-02-10", penjara(3), 40, "2027-01-01"),
        (
            "2024-02-10",
            penjara(0, 0, 10),
            30,
            "2024-02-10",
        ),  # credit > sentence: never before start
    ],
)
def test_expiry(start, sentence, credit, expected):
    assert key_dates(
        make_case(detention_start=D(start), sentence=sentence, detention_credit_days=credit), RULES
    ).expiry_date == D(expected)


def test_detention_credit_kuhap_22():
    assert credit_days(30, "rutan", RULES) == 30
    assert credit_days(30, "rumah", RULES) == 10
    assert credit_days(31, "rumah", RULES) == 10  # rounded down
    assert credit_days(30, "kota", RULES) == 6
    assert credit_days(4, "kota", RULES) == 0


def test_release_counts_every_remission_and_adds_substitute():
    case = make_case(
        prior_remissions=(prior("RU", "2024-08-17", 30), prior("RK", "2025-03-31", 30)),
        fine_unpaid_subsidiary_days=90,
    )
    dates = key_dates(case, RULES)
    assert dates.release_date == D("2026-12-12") + timedelta(days=90)


def test_release_never_before_the_remission_day_and_substitute_starts_then():
    line = timeline(D("2024-03-01"), D("2025-09-01"), 30, [(D("2025-08-17"), 60)])
    assert line.main_end == D("2025-08-17")
    assert line.release == D("2025-09-16")


def test_remission_during_substitute_shortens_it():
    # main sentence ended 2025-08-01, 60 substitute days -> 2025-09-30; RD 30 on 17 August
    line = timeline(D("2024-01-01"), D("2025-08-01"), 60, [(D("2025-08-17"), 30)])
    assert line.main_end == D("2025-08-01")
    assert line.release == D("2025-08-31")
    line = timeline(D("2024-01-01"), D("2025-08-01"), 60, [(D("2025-08-17"), 90)])
    assert line.release == D("2025-08-17")


def test_remission_after_release_changes_nothing():
    line = timeline(D("2024-01-01"), D("2025-01-01"), 0, [(D("2025-08-17"), 30)])
    assert line.release == D("2025-01-01")


@pytest.mark.parametrize(
    ("sentence", "third", "half", "two_thirds"),
    [
        (penjara(3), "2025-02-10", "2025-08-10", "2026-02-10"),
        (penjara(2, 6), "2024-12-10", "2025-05-10", "2025-10-10"),
        (penjara(1, 1), "2024-06-20", "2024-08-25", "2024-10-30"),  # 13 months: 4m10d, 6m15d, 8m20d
        (penjara(0, 7), "2024-04-20", "2024-05-25", "2024-06-30"),  # 2m10d, 3m15d, 4m20d
        (
            penjara(0, 0, 10),
            "2024-02-13",
            "2024-02-15",
            "2024-02-16",
        ),  # 3, 5, 6 days (rounded down)
    ],
)
def test_fraction_dates_calendar_months(sentence, third, half, two_thirds):
    dates = key_dates(make_case(sentence=sentence), RULES)
    assert (dates.one_third, dates.half, dates.two_thirds) == (D(third), D(half), D(two_thirds))


def test_fraction_dates_subtract_credit_and_remissions():
    case = make_case(detention_credit_days=10, prior_remissions=(prior("RU", "2024-08-17", 30),))
    dates = key_dates(case, RULES)
    assert dates.two_thirds == D("2026-02-10") - timedelta(days=40)
    assert dates.one_third == D("2025-02-10") - timedelta(days=40)


def test_fraction_of_combines_remainders_before_rounding():
    # 1 month 15 days x 1/3 = 1/3 month (10 days) + 5 days = 15 days
    assert fraction_of(Length(1, 15), Fraction(1, 3), 30) == Length(0, 15)
    assert fraction_of(Length(36, 0), Fraction(2, 3), 30) == Length(24, 0)
    assert fraction_of(Length(1, 1), Fraction(2, 3), 30) == Length(0, 20)  # 20 + 2/3 -> 20


def test_fraction_method_days_setting():
    raw = RULES.raw()
    raw["options"]["fraction_method"]["value"] = "days"
    from app.domain.remission.rules import parse_rules

    rules = parse_rules(raw)
    dates = key_dates(make_case(sentence=penjara(3)), rules)
    # 3 years from 2024-02-10 = 1096 days; 2/3 = 730.67 -> 730 days
    assert dates.two_thirds == D("2024-02-10") + timedelta(days=730)


@pytest.mark.parametrize(
    ("sentence", "parole"),
    [
        (penjara(1, 1, 15), True),  # 13.5 months x 2/3 = exactly 9 months
        (penjara(1, 1, 14), False),
        (penjara(1, 2), True),
        (penjara(1), False),  # 2/3 of 12 months = 8 months
    ],
)
def test_parole_needs_two_thirds_of_at_least_nine_months(sentence, parole):
    dates = key_dates(make_case(sentence=sentence), RULES)
    assert (dates.parole_date is not None) is parole
    if parole:
        assert dates.parole_date == dates.two_thirds


@pytest.mark.parametrize("kind", [SentenceType.SEUMUR_HIDUP, SentenceType.MATI])
def test_life_and_death_have_no_dates(kind):
    dates = key_dates(make_case(sentence=Sentence(kind)), RULES)
    assert dates == type(dates)()


def test_no_sentence_no_dates():
    assert key_dates(make_case(sentence=None), RULES).release_date is None


def test_kurungan_has_dates_like_penjara():
    case = make_case(sentence=Sentence(SentenceType.KURUNGAN, 0, 6))
    assert key_dates(case, RULES).expiry_date == D("2024-08-10")


def test_expiry_date_helper_never_before_start():
    assert expiry_date(date(2025, 1, 1), Length(0, 5), 10) == date(2025, 1, 1)

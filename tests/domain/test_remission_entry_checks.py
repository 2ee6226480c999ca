"""A remission entered by hand must fit the current detention, the day the law gives its kind
and the rule table's amounts (entry_checks.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.remission.decide import decide
from app.domain.remission.entry_checks import (
    ALREADY_THIS_YEAR,
    AMOUNT_ABOVE_TABLE,
    BEFORE_DETENTION,
    BEFORE_VERDICT,
    NOT_A_DASAWARSA_YEAR,
    NOT_ON_THE_DAY,
    RD_BEFORE_VERDICT,
    before_verdict_problems,
    ledger_entry_problems,
    repeat_problems,
)
from app.domain.remission.model import Kind, PriorRemission
from tests.domain.remission_factory import RULES
from tests.domain.remission_strategies import cases, occasions

START = date(2023, 3, 17)


@pytest.mark.parametrize(
    ("kind", "on", "days", "field", "template", "values"),
    [
        (Kind.RU, date(2020, 8, 17), 60, "date", BEFORE_DETENTION, {"start": "17-03-2023"}),
        (Kind.RU, date(2024, 12, 1), 60, "date", NOT_ON_THE_DAY, {"day": "17-08"}),
        (Kind.RT, date(2024, 8, 16), 20, "date", NOT_ON_THE_DAY, {"day": "17-08"}),
        (Kind.RD, date(2024, 8, 17), 60, "date", NOT_A_DASAWARSA_YEAR, {"years": "2015, 2025"}),
        (Kind.RU, date(2024, 8, 17), 181, "days", AMOUNT_ABOVE_TABLE, {"most": 180}),
        (Kind.RT, date(2024, 8, 17), 91, "days", AMOUNT_ABOVE_TABLE, {"most": 90}),
        (Kind.RK, date(2024, 12, 25), 61, "days", AMOUNT_ABOVE_TABLE, {"most": 60}),
        (Kind.RD, date(2025, 8, 17), 91, "days", AMOUNT_ABOVE_TABLE, {"most": 90}),
    ],
)
def test_an_impossible_entry_is_named(kind, on, days, field, template, values):
    assert ledger_entry_problems(kind, on, days, START, RULES) == {field: (template, values)}


@pytest.mark.parametrize(
    ("kind", "on", "days"),
    [
        (Kind.RU, date(2024, 8, 17), 180),
        (Kind.RT, date(2024, 8, 17), 90),
        (Kind.RD, date(2025, 8, 17), 90),
        (Kind.RK, date(2024, 4, 10), 60),  # the holiday moves: any day
        (Kind.RK, START, 15),  # on the first day of detention
    ],
)
def test_what_the_law_gives_passes(kind, on, days):
    assert ledger_entry_problems(kind, on, days, START, RULES) == {}


def test_without_a_detention_start_only_the_day_and_amount_count():
    assert ledger_entry_problems(Kind.RU, date(2001, 8, 17), 60, None, RULES) == {}


@settings(max_examples=300, deadline=None)
@given(cases(), occasions())
def test_every_grant_of_the_engine_can_be_entered_as_history(case, occasion):
    decision = decide(case, occasion, RULES)
    if not decision.eligible:
        return
    assert ledger_entry_problems(occasion.kind, occasion.date, decision.days,
                                 case.detention_start, RULES) == {}  # fmt: skip
    if decision.additional_days:
        assert ledger_entry_problems(Kind.RT, occasion.date, decision.additional_days,
                                     case.detention_start, RULES) == {}  # fmt: skip


@given(st.integers(1, 4000), st.sampled_from(list(Kind)))
def test_any_day_before_the_detention_is_refused(days_before, kind):
    on = START - timedelta(days=days_before)
    assert ledger_entry_problems(kind, on, 1, START, RULES)["date"][0] == BEFORE_DETENTION


@given(
    st.dates(date(1900, 1, 1), date(2100, 12, 31)), st.dates(date(1990, 1, 1), date(2090, 12, 31))
)
def test_an_sk_date_is_accepted_exactly_within_a_year_of_its_ceremony(sk_date, occasion):
    from app.domain.remission.arith import add_years
    from app.domain.remission.entry_checks import SK_DATE_FAR, sk_date_problem

    near = add_years(occasion, -1) <= sk_date <= add_years(occasion, 1)
    problem = sk_date_problem(sk_date, occasion)
    assert (problem is None) == near
    if problem is not None:
        assert problem[0] == SK_DATE_FAR and problem[1]["sk_date"] == sk_date.strftime("%d-%m-%Y")


def test_an_sk_date_on_the_edges():
    from app.domain.remission.entry_checks import sk_date_problem

    occasion = date(2024, 2, 29)  # a year before and after: 28 February (the leap day clipped)
    assert sk_date_problem(date(2023, 2, 28), occasion) is None
    assert sk_date_problem(date(2023, 2, 27), occasion) is not None
    assert sk_date_problem(date(2025, 2, 28), occasion) is None
    assert sk_date_problem(date(2025, 3, 1), occasion) is not None


# --- one remission of a kind a year (Keppres 174/1999 Pasal 4 and 5; RD: its dasawarsa year) --


def _prior(kind: Kind, on: str, days: int = 60) -> PriorRemission:
    return PriorRemission(kind, date.fromisoformat(on), days)


LEDGER = (
    _prior(Kind.RU, "2024-08-17", 30),
    _prior(Kind.RT, "2024-08-17", 10),
    _prior(Kind.RK, "2025-03-31", 30),
    _prior(Kind.RD, "2025-08-17", 90),
)


@pytest.mark.parametrize(
    ("kind", "on", "existing", "days"),
    [
        (Kind.RU, date(2024, 8, 17), "17-08-2024", 30),
        (Kind.RT, date(2024, 8, 17), "17-08-2024", 10),
        (Kind.RK, date(2025, 12, 25), "31-03-2025", 30),  # one RK a year, whatever its date
        (Kind.RD, date(2025, 8, 17), "17-08-2025", 90),
    ],
)
def test_a_second_remission_of_a_kind_in_a_year_is_refused(kind, on, existing, days):
    assert repeat_problems(kind, on, LEDGER, RULES) == {
        "date": (ALREADY_THIS_YEAR, {"kind": kind.value, "existing": existing, "days": days})
    }


@pytest.mark.parametrize(
    ("kind", "on"),
    [
        (Kind.RU, date(2025, 8, 17)),  # another year
        (Kind.RK, date(2024, 4, 10)),  # the RK of 2024 is not there yet
        (Kind.RT, date(2025, 8, 17)),
        (Kind.RD, date(2035, 8, 17)),
    ],
)
def test_one_of_a_kind_in_another_year_or_of_another_kind_passes(kind, on):
    assert repeat_problems(kind, on, LEDGER, RULES) == {}


def test_rt_twice_in_a_year_when_the_table_sums_donor_and_pemuka():
    """Summed, the donor RT and the pemuka RT may stand in the archive as two decrees."""
    summing = replace(RULES, rt_when_both="sum")
    assert repeat_problems(Kind.RT, date(2024, 8, 17), LEDGER, summing) == {}
    assert repeat_problems(Kind.RU, date(2024, 8, 17), LEDGER, summing) != {}


@settings(max_examples=300, deadline=None)
@given(cases(), occasions())
def test_what_the_engine_grants_is_never_a_repeat_of_the_ledger(case, occasion):
    if decide(case, occasion, RULES).eligible:
        assert repeat_problems(occasion.kind, occasion.date, case.prior_remissions, RULES) == {}


# --- only a narapidana: not before the verdict is final, unless as a remisi susulan ------------

INKRACHT = date(2024, 9, 1)


@pytest.mark.parametrize(
    ("kind", "on", "start", "birth", "template", "minimum"),
    [
        (Kind.RU, date(2024, 8, 17), date(2024, 6, 1), None, BEFORE_VERDICT, 180),
        (Kind.RT, date(2024, 8, 17), date(2024, 6, 1), None, BEFORE_VERDICT, 180),
        (Kind.RK, date(2024, 4, 10), date(2024, 2, 10), None, BEFORE_VERDICT, 180),
        (Kind.RU, date(2024, 8, 17), date(2024, 2, 19), None, BEFORE_VERDICT, 180),  # 180 days
        # a child at the verdict: a PMP susulan from more than 3 months
        (Kind.RU, date(2024, 8, 17), date(2024, 5, 19), date(2008, 1, 1), BEFORE_VERDICT, 90),
        (Kind.RD, date(2025, 8, 17), date(2020, 1, 1), None, RD_BEFORE_VERDICT, None),
    ],
)
def test_a_remission_while_still_a_detainee_is_refused(kind, on, start, birth, template, minimum):
    inkracht = INKRACHT if kind != Kind.RD else date(2025, 9, 1)
    values = {"inkracht": f"{inkracht:%d-%m-%Y}"}
    if minimum is not None:
        values["minimum"] = minimum
    problems = before_verdict_problems(kind, on, inkracht, start, birth, RULES)
    assert problems == {"date": (template, values)}


@pytest.mark.parametrize(
    ("kind", "on", "inkracht", "start", "birth"),
    [
        (Kind.RU, date(2024, 8, 17), date(2024, 8, 17), date(2024, 6, 1), None),  # final that day
        (Kind.RU, date(2025, 8, 17), INKRACHT, date(2024, 6, 1), None),  # a narapidana
        (Kind.RU, date(2024, 8, 17), INKRACHT, date(2024, 2, 18), None),  # susulan: 181 days
        (Kind.RK, date(2024, 4, 10), INKRACHT, date(2023, 10, 1), None),  # susulan
        (Kind.RT, date(2024, 8, 17), INKRACHT, date(2023, 10, 1), None),  # with its RU susulan
        (Kind.RU, date(2024, 8, 17), INKRACHT, date(2024, 5, 18), date(2008, 1, 1)),  # child
        (Kind.RU, date(2024, 8, 17), None, date(2024, 6, 1), None),  # inkracht not known
        (Kind.RU, date(2024, 8, 17), INKRACHT, None, None),  # detention not known
    ],
)
def test_a_narapidana_a_remisi_susulan_or_an_unknown_verdict_passes(kind, on, inkracht, start,
                                                                      birth):  # fmt: skip
    assert before_verdict_problems(kind, on, inkracht, start, birth, RULES) == {}


def test_an_adult_at_the_verdict_needs_six_months_even_if_a_child_at_the_remission():
    """Child or adult as the engine counts it: the age on the inkracht date."""
    on, start = date(2024, 8, 17), date(2024, 5, 18)  # 91 days
    assert before_verdict_problems(Kind.RU, on, INKRACHT, start, date(2006, 8, 20), RULES) != {}
    assert before_verdict_problems(Kind.RU, on, INKRACHT, start, date(2006, 9, 2), RULES) == {}


@settings(max_examples=300, deadline=None)
@given(cases(), occasions())
def test_what_the_engine_grants_is_never_before_the_verdict(case, occasion):
    if decide(case, occasion, RULES).eligible:
        assert before_verdict_problems(occasion.kind, occasion.date, case.inkracht_date,
                                       case.detention_start, case.birth_date, RULES) == {}  # fmt: skip

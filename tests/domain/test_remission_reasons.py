"""Every reason code, and the boundaries: 180/181 days, discipline window edges, children."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.domain.remission.decide import decide
from app.domain.remission.model import Religion, Sentence, SentenceType, Status
from app.domain.remission.reasons import CATALOGUE
from tests.domain.remission_factory import RULES, D, codes, make_case, penjara, prior, rd, rk, ru


def _excluded(decision, code):
    assert not decision.eligible
    assert decision.days == decision.additional_days == 0 and decision.category is None
    assert code in codes(decision)
    found = next(r for r in decision.reasons if r.code == code)
    assert found.text and found.basis and found.excludes
    return found


@pytest.mark.parametrize(("served", "eligible"), [(180, False), (181, True)])
def test_served_more_than_180_days(served, eligible):
    occasion = ru("2025-08-17")
    decision = decide(
        make_case(detention_start=occasion.date - timedelta(days=served)), occasion, RULES
    )
    assert decision.eligible is eligible
    if not eligible:
        found = _excluded(decision, "SERVED_TOO_SHORT")
        assert "180" in found.text and "PP 32/1999" in found.basis


@pytest.mark.parametrize(("served", "eligible"), [(29, False), (30, True)])
def test_rd_from_30_days_served(served, eligible):
    occasion = rd("2025-08-17")
    decision = decide(
        make_case(detention_start=occasion.date - timedelta(days=served)), occasion, RULES
    )
    assert decision.eligible is eligible


@pytest.mark.parametrize(
    ("occasion", "punished", "excluded"),
    [
        ("2025-08-17", "2025-02-16", False),  # one day outside the 6 calendar months
        ("2025-08-17", "2025-02-17", True),  # first day of the window
        ("2025-08-17", "2025-08-17", True),  # on the day itself
        ("2025-08-17", "2025-08-18", False),  # after the day: not "before"
        ("2025-08-31", "2025-02-27", False),  # month end: window starts 28 February
        ("2025-08-31", "2025-02-28", True),
        ("2024-08-31", "2024-02-28", False),  # leap year: window starts 29 February
        ("2024-08-31", "2024-02-29", True),
    ],
)
def test_discipline_window(occasion, punished, excluded):
    case = make_case(
        detention_start=D("2020-01-01"), sentence=penjara(10), discipline=(D(punished),)
    )
    decision = decide(case, rk(occasion), RULES)
    assert ("DISCIPLINE" in codes(decision)) is excluded
    assert decision.eligible is not excluded


def test_not_narapidana_and_susulan():
    tahanan = make_case(status=Status.TAHANAN, sentence=None, inkracht_date=None)
    decision = decide(tahanan, ru("2024-08-17"), RULES)  # detained 189 days
    _excluded(decision, "NOT_NARAPIDANA")
    assert decision.susulan_candidate and "SUSULAN_CANDIDATE" in codes(decision)
    assert decision.release_date_before is None and decision.release_date_after is None


@pytest.mark.parametrize(("served", "susulan"), [(180, False), (181, True)])
def test_susulan_needs_more_than_six_months(served, susulan):
    occasion = ru("2025-08-17")
    case = make_case(
        status=Status.TAHANAN, sentence=None, detention_start=occasion.date - timedelta(days=served)
    )
    assert decide(case, occasion, RULES).susulan_candidate is susulan


def test_susulan_for_rk_only_for_the_holiday_of_ones_religion():
    case = make_case(status=Status.TAHANAN, sentence=None, detention_start=D("2024-01-01"))
    assert decide(case, rk("2025-03-31", "islam"), RULES).susulan_candidate
    assert not decide(case, rk("2025-12-25", "kristen"), RULES).susulan_candidate


def test_inkracht_after_the_day_is_not_yet_narapidana():
    case = make_case(inkracht_date=D("2024-08-18"))
    decision = decide(case, ru("2024-08-17"), RULES)
    _excluded(decision, "NOT_NARAPIDANA")
    assert decision.susulan_candidate  # 189 days detained
    assert decide(make_case(inkracht_date=D("2024-08-17")), ru("2024-08-17"), RULES).eligible


def test_no_susulan_for_rd():
    case = make_case(status=Status.TAHANAN, sentence=None, detention_start=D("2020-01-01"))
    assert not decide(case, rd("2025-08-17"), RULES).susulan_candidate


@pytest.mark.parametrize(
    ("kind", "word"), [(SentenceType.SEUMUR_HIDUP, "seumur hidup"), (SentenceType.MATI, "mati")]
)
def test_life_and_death_excluded(kind, word):
    for occasion in (ru("2025-08-17"), rk("2025-03-31"), rd("2025-08-17")):
        decision = decide(make_case(sentence=Sentence(kind)), occasion, RULES)
        found = _excluded(decision, "SENTENCE_LIFE_OR_DEATH")
        assert word in found.text and "UU 22/2022" in found.basis
        assert decision.release_date_before is None


def test_serving_fine_substitute_excludes_ru_and_rk_not_rd():
    # 1 year from 2024-02-10 ends 2025-02-10; 300 substitute days run to 2025-12-07
    case = make_case(sentence=penjara(1), fine_unpaid_subsidiary_days=300)
    _excluded(decide(case, ru("2025-08-17"), RULES), "SERVING_SUBSTITUTE")
    _excluded(decide(case, rk("2025-03-31"), RULES), "SERVING_SUBSTITUTE")
    decision = decide(case, rd("2025-08-17"), RULES)
    assert decision.eligible and decision.days == 30  # 360 / 12
    assert decision.release_date_after == decision.release_date_before - timedelta(days=30)
    assert decision.category == "I"


def test_cuti_menjelang_bebas_excludes_ru_rk():
    case = make_case(flags={"cuti_menjelang_bebas": True})
    _excluded(decide(case, ru("2024-08-17"), RULES), "CUTI_MENJELANG_BEBAS")
    assert decide(case, rd("2025-08-17"), RULES).eligible


def test_corruption_fines_unpaid():
    case = make_case(flags={"corruption_fines_paid": False})
    for occasion in (ru("2024-08-17"), rd("2025-08-17")):
        found = _excluded(decide(case, occasion, RULES), "CORRUPTION_FINES_UNPAID")
        assert "7/2022" in found.basis


def test_terrorism_programme_not_done():
    case = make_case(flags={"terrorism_programme_done": False})
    _excluded(decide(case, ru("2024-08-17"), RULES), "TERRORISM_PROGRAMME_NOT_DONE")


def test_escaped_only_loses_rd():
    case = make_case(flags={"escaped": True})
    _excluded(decide(case, rd("2025-08-17"), RULES), "ESCAPED")
    assert decide(case, ru("2024-08-17"), RULES).eligible


def test_religion_checks_for_rk():
    _excluded(
        decide(make_case(religion=Religion.LAINNYA), rk("2025-03-31"), RULES),
        "NO_RELIGIOUS_HOLIDAY",
    )
    found = _excluded(
        decide(make_case(religion=Religion.HINDU), rk("2025-03-31"), RULES), "RELIGION_MISMATCH"
    )
    assert "Nyepi" in found.text and "Idul Fitri" in found.text


def test_one_per_year():
    case = make_case(prior_remissions=(prior("RU", "2024-08-17", 30),))
    _excluded(decide(case, ru("2024-08-17"), RULES), "ALREADY_GRANTED_THIS_YEAR")
    assert decide(case, ru("2025-08-17"), RULES).eligible


def test_not_yet_detained():
    case = make_case(detention_start=D("2024-09-01"))
    decision = decide(case, ru("2024-08-17"), RULES)
    _excluded(decision, "NOT_YET_DETAINED")
    assert decision.served_days == 0


def test_already_released():
    case = make_case(sentence=penjara(0, 3))  # free on 2024-05-10
    found = _excluded(decide(case, ru("2024-08-17"), RULES), "ALREADY_RELEASED")
    assert "10 Mei 2024" in found.text


def test_every_exclusion_is_listed_not_only_the_first():
    case = make_case(
        detention_start=D("2024-06-01"),
        discipline=(D("2024-07-01"),),
        flags={"corruption_fines_paid": False, "terrorism_programme_done": False},
    )
    decision = decide(case, ru("2024-08-17"), RULES)
    assert {
        "SERVED_TOO_SHORT",
        "DISCIPLINE",
        "CORRUPTION_FINES_UNPAID",
        "TERRORISM_PROGRAMME_NOT_DONE",
    } <= set(codes(decision))


@pytest.mark.parametrize(("inkracht", "child"), [("2025-02-28", True), ("2025-03-01", False)])
def test_child_is_under_18_at_the_verdict(inkracht, child):
    case = make_case(
        birth_date=D("2007-03-01"), inkracht_date=D(inkracht), detention_start=D("2025-01-01")
    )
    decision = decide(case, ru("2025-08-17"), RULES)  # 228 days served
    assert decision.child is child
    assert ("CHILD_PMP" in codes(decision)) is child


@pytest.mark.parametrize(("served", "eligible"), [(90, False), (91, True)])
def test_child_threshold_three_months(served, eligible):
    occasion = ru("2025-08-17")
    case = make_case(birth_date=D("2010-01-01"), inkracht_date=D("2025-06-01"),
                     detention_start=occasion.date - timedelta(days=served))  # fmt: skip
    decision = decide(case, occasion, RULES)
    assert decision.eligible is eligible
    if eligible:
        assert decision.days == 30 and "Pengurangan Masa Pidana" in decision.reasons[-2].text
    else:
        assert "90" in _excluded(decision, "SERVED_TOO_SHORT").text


def test_child_born_29_february_turns_18_on_28_february():
    case = make_case(
        birth_date=D("2008-02-29"), inkracht_date=D("2026-02-27"), detention_start=D("2025-06-01")
    )
    assert decide(case, ru("2026-08-17"), RULES).child
    case = make_case(
        birth_date=D("2008-02-29"), inkracht_date=D("2026-02-28"), detention_start=D("2025-06-01")
    )
    assert not decide(case, ru("2026-08-17"), RULES).child


def test_history_after_the_occasion_is_not_counted_and_said_so():
    case = make_case(prior_remissions=(prior("RK", "2025-03-31", 30),))
    decision = decide(case, ru("2024-08-17"), RULES)
    assert decision.eligible and decision.days == 30
    assert decision.release_date_before == D("2027-02-10")
    assert "HISTORY_AFTER_OCCASION" in codes(decision)


def test_an_ru_granted_on_the_rd_day_counts_in_the_rd_release_date():
    """17 August 2025: RU 60 days alone leaves 2 September, RD 55 days alone 7 September; both
    together free the person on the day. The RD ignored the RU recorded that morning."""
    case = make_case(detention_start=D("2024-01-01"), inkracht_date=D("2024-06-01"),
                     sentence=penjara(1, 10))  # fmt: skip
    assert decide(case, ru("2025-08-17"), RULES).release_date_after == D("2025-09-02")
    alone = decide(case, rd(), RULES)
    assert (alone.days, alone.category, alone.release_date_after) == (55, "I", D("2025-09-07"))
    with_ru = case._replace(prior_remissions=(prior("RU", "2025-08-17", 60),))
    decision = decide(with_ru, rd(), RULES)
    assert decision.eligible and decision.days == 55 and decision.category == "II"
    assert decision.release_date_before == D("2025-09-02")
    assert decision.release_date_after == D("2025-08-17")
    found = next(r for r in decision.reasons if r.code == "SAME_DAY_COUNTED")
    assert found.text == ("RU pada hari yang sama (60 hari) ikut dihitung: sebelum remisi ini "
                          "bebas 2 September 2025.")  # fmt: skip
    assert "HISTORY_AFTER_OCCASION" not in codes(decision) and not found.excludes


def test_the_ru_and_rt_of_the_day_are_not_counted_again_for_that_ru():
    """An RU recomputed after its own grants (RU + RT that day) is refused as already given;
    its own RT is no "other grant of the day"."""
    case = make_case(
        prior_remissions=(prior("RU", "2025-08-17", 60), prior("RT", "2025-08-17", 30))
    )
    decision = decide(case, ru("2025-08-17"), RULES)
    assert "SAME_DAY_COUNTED" not in codes(decision)
    assert "ALREADY_GRANTED_THIS_YEAR" in codes(decision)


def test_eligible_decisions_list_the_row_and_category():
    decision = decide(make_case(), ru("2024-08-17"), RULES)
    assert codes(decision) == ["RU_TABLE", "CATEGORY_I"]
    assert all(r.basis for r in decision.reasons)


def test_every_catalogue_code_is_exercised():
    """Guard: a new reason code must get a test in this file or test_remission_tables/examples."""
    import pathlib

    here = pathlib.Path(__file__).parent
    text = "".join(p.read_text(encoding="utf-8") for p in here.glob("test_remission_*.py"))
    untested = [code for code in CATALOGUE if f'"{code}"' not in text]
    assert untested == []

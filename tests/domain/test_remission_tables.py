"""Every row of the RU and RK tables, RD and RT amounts, and the n-th counting choices."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.domain.remission.amounts import largest_additional, largest_amount
from app.domain.remission.decide import decide
from app.domain.remission.model import Kind, Religion, Sentence, SentenceType
from app.domain.remission.rules import parse_rules
from tests.domain.remission_factory import RULES, D, codes, make_case, penjara, prior, rd, rk, ru


def _with_history(kind: str, count: int, first_year: int = 2010, **changes):
    history = tuple(
        prior(kind, f"{first_year + i}-{'08-17' if kind == 'RU' else '04-01'}", 1)
        for i in range(count)
    )
    return make_case(
        detention_start=D("2009-01-01"), sentence=penjara(30), prior_remissions=history, **changes
    )


@pytest.mark.parametrize(
    ("served", "days", "label"),
    [
        (181, 30, "6 sampai 12"),
        (359, 30, "6 sampai 12"),
        (360, 60, "12 bulan atau lebih"),
        (400, 60, "12 bulan"),
    ],
)
def test_first_ru_by_time_served(served, days, label):
    occasion = ru("2025-08-17")
    case = make_case(detention_start=occasion.date - timedelta(days=served))
    decision = decide(case, occasion, RULES)
    assert decision.eligible and decision.days == days and decision.nth == 1
    assert decision.served_days == served
    assert label in decision.reasons[0].text and decision.reasons[0].code == "RU_TABLE"


@pytest.mark.parametrize(
    ("nth", "days"), [(2, 90), (3, 120), (4, 150), (5, 150), (6, 180), (7, 180), (12, 180)]
)
def test_later_ru_rows(nth, days):
    decision = decide(_with_history("RU", nth - 1), ru("2025-08-17"), RULES)
    assert (decision.eligible, decision.nth, decision.days) == (True, nth, days)
    assert "Pasal 4" in decision.reasons[0].basis


@pytest.mark.parametrize(("served", "days"), [(181, 15), (359, 15), (360, 30)])
def test_first_rk_by_time_served(served, days):
    occasion = rk("2025-03-31")
    decision = decide(
        make_case(detention_start=occasion.date - timedelta(days=served)), occasion, RULES
    )
    assert decision.eligible and decision.days == days and decision.reasons[0].code == "RK_TABLE"
    assert "Idul Fitri" in decision.reasons[0].text


@pytest.mark.parametrize(("nth", "days"), [(2, 30), (3, 30), (4, 45), (5, 45), (6, 60), (9, 60)])
def test_later_rk_rows(nth, days):
    decision = decide(_with_history("RK", nth - 1), rk("2025-03-31"), RULES)
    assert (decision.eligible, decision.nth, decision.days) == (True, nth, days)
    assert "Pasal 5" in decision.reasons[0].basis


@pytest.mark.parametrize(
    ("religion", "occasion_religion"),
    [("islam", "islam"), ("kristen", "kristen"), ("katolik", "kristen"), ("kristen", "katolik"),
     ("hindu", "hindu"), ("buddha", "buddha"), ("konghucu", "konghucu")],
)  # fmt: skip
def test_religion_holiday_map(religion, occasion_religion):
    case = make_case(religion=Religion(religion))
    assert decide(case, rk("2025-06-01", occasion_religion), RULES).eligible


def test_other_kinds_do_not_count_towards_nth():
    case = _with_history("RK", 3)
    assert decide(case, ru("2025-08-17"), RULES).nth == 1


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        (penjara(3), 90),  # 1080 / 12
        (penjara(2), 60),
        (penjara(1, 1, 5), 32),  # 395 / 12 = 32.9 -> 32
        (penjara(0, 6), 15),
        (penjara(5), 90),  # 150 capped at 90
        (penjara(3, 0, 1), 90),  # 90.08 -> 90
        (Sentence(SentenceType.KURUNGAN, 0, 4), 10),
    ],
)
def test_rd_amount(sentence, days):
    case = make_case(sentence=sentence, detention_start=D("2025-05-01"))
    decision = decide(case, rd("2025-08-17"), RULES)
    assert decision.eligible and decision.days == days and decision.additional_days == 0
    assert any(r.code == "RD_AMOUNT" for r in decision.reasons)


@pytest.mark.parametrize(
    ("ru_history", "flags", "additional", "rt_codes"),
    [
        (0, {"donor": True}, 15, ["RT_DONOR"]),  # 1/2 of 30
        (0, {"pemuka": True}, 10, ["RT_PEMUKA"]),  # 1/3 of 30
        # the larger (default "max"), and why the other is not added
        (0, {"donor": True, "pemuka": True}, 15, ["RT_DONOR", "RT_BOTH_LARGER"]),
        (1, {"pemuka": True}, 30, ["RT_PEMUKA"]),  # 1/3 of 90
        (3, {"pemuka": True}, 50, ["RT_PEMUKA"]),  # 1/3 of 150
        (5, {"donor": True}, 90, ["RT_DONOR"]),  # 1/2 of 180
        (0, {}, 0, []),
    ],
)
def test_rt_with_ru(ru_history, flags, additional, rt_codes):
    history = tuple(prior("RU", f"{2016 + i}-08-17", 1) for i in range(ru_history))
    case = make_case(detention_start=D("2015-02-10") if ru_history else D("2025-01-10"), sentence=penjara(30),
                     prior_remissions=history, flags=flags)  # fmt: skip
    decision = decide(case, ru("2025-08-17"), RULES)
    assert decision.eligible and decision.additional_days == additional
    assert [c for c in codes(decision) if c.startswith("RT_")] == rt_codes


def test_rt_rounds_down():
    # first RU of 30 days for a 6-12 month stay: pemuka 1/3 = 10; an RU of 60 gives donor 30
    case = make_case(detention_start=D("2024-08-01"), flags={"pemuka": True, "donor": False})
    assert decide(case, ru("2025-08-17"), RULES).additional_days == 20  # 60 / 3
    raw = RULES.raw()
    raw["rt"]["pemuka_fraction"] = "2/7"
    rules = parse_rules(raw)
    decision = decide(case, ru("2025-08-17"), rules)
    assert decision.additional_days == 17  # 60 x 2/7 = 17.14
    (pemuka,) = (r for r in decision.reasons if r.code == "RT_PEMUKA")
    assert pemuka.text == "Remisi Tambahan 2/7 dari Remisi Umum 60 hari (pemuka): 17 hari."


def test_rt_sum_setting():
    raw = RULES.raw()
    raw["options"]["rt_when_both"]["value"] = "sum"
    case = make_case(flags={"donor": True, "pemuka": True})
    decision = decide(case, ru("2024-08-17"), parse_rules(raw))
    assert decision.additional_days == 25
    assert [c for c in codes(decision) if c.startswith("RT_")] == ["RT_DONOR", "RT_PEMUKA"]


def test_no_rt_with_rk_or_rd():
    case = make_case(flags={"donor": True, "pemuka": True}, detention_start=D("2024-02-10"))
    assert decide(case, rk("2025-03-31"), RULES).additional_days == 0
    assert decide(case, rd("2025-08-17"), RULES).additional_days == 0


def test_nth_years_since_detention_setting():
    raw = RULES.raw()
    raw["options"]["nth_counting"]["value"] = "years_since_detention"
    rules = parse_rules(raw)
    # detained 2024-02-10: 17 Aug 2024 (189 days) was an eligible anniversary -> 2025 is the 2nd
    case = make_case(prior_remissions=())
    assert decide(case, ru("2025-08-17"), rules).nth == 2
    assert decide(case, ru("2025-08-17"), rules).days == 90
    assert decide(case, ru("2024-08-17"), rules).nth == 1
    # detained 2024-03-01: 17 Aug 2024 was only 169 days -> 2025 is still the 1st (12+ months)
    late = case._replace(detention_start=D("2024-03-01"))
    assert decide(late, ru("2025-08-17"), rules).days == 60
    # the default counts what was received: no history -> 1st
    assert decide(case, ru("2025-08-17"), RULES).nth == 1


def test_zero_amount_row_is_not_a_grant():
    raw = RULES.raw()
    raw["ru"]["rows"][0]["days"] = 0
    decision = decide(make_case(), ru("2024-08-17"), parse_rules(raw))
    assert not decision.eligible and decision.days == 0
    assert "ZERO_AMOUNT" in codes(decision)


def test_the_largest_amount_of_each_kind():
    # the shipped tables: RU up to 180 days (ke-6 and later), RK up to 60, RD capped at 90
    assert largest_amount(Kind.RU, RULES) == 180
    assert largest_amount(Kind.RK, RULES) == 60
    assert largest_amount(Kind.RD, RULES) == RULES.rd.cap_days == 90
    raw = RULES.raw()
    raw["ru"]["rows"][-1]["days"] = 200
    assert largest_amount(Kind.RU, parse_rules(raw)) == 200


def test_the_largest_additional_remission():
    assert largest_additional(60, RULES) == 30  # donor 1/2 (the larger)
    assert largest_additional(45, RULES) == 22  # rounded down
    assert largest_additional(0, RULES) == 0
    raw = RULES.raw()
    raw["options"]["rt_when_both"]["value"] = "sum"
    assert largest_additional(60, parse_rules(raw)) == 50  # 1/2 + 1/3


def test_a_donor_who_is_also_pemuka_is_told_why_only_the_larger_is_given():
    case = make_case(detention_start=D("2025-01-10"), sentence=penjara(30),
                     flags={"donor": True, "pemuka": True})  # fmt: skip
    decision = decide(case, ru("2025-08-17"), RULES)
    both = next(r for r in decision.reasons if r.code == "RT_BOTH_LARGER")
    assert both.text == ("Donor sekaligus pemuka: diberikan Remisi Tambahan yang terbesar, "
                         "15 hari; 10 hari yang lain tidak ditambahkan.")  # fmt: skip
    assert both.basis == RULES.basis("rt_when_both") and not both.excludes


@pytest.mark.parametrize(
    ("sentence", "exact"),
    [(penjara(1, 1, 5), "32,92"), (penjara(0, 6), "15"), (penjara(3, 0, 1), "90,08")],
)
def test_the_rd_reason_writes_the_exact_amount_with_a_decimal_comma(sentence, exact):
    case = make_case(sentence=sentence, detention_start=D("2025-05-01"))
    (text,) = [
        r.text for r in decide(case, rd("2025-08-17"), RULES).reasons if r.code == "RD_AMOUNT"
    ]
    assert f"= {exact} hari" in text, text

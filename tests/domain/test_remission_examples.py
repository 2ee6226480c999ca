"""The five synthetic examples of remission.md, with the exact dates given there."""

from __future__ import annotations

from datetime import timedelta

from app.domain.remission.decide import decide
from app.domain.remission.keydates import key_dates
from app.domain.remission.model import Sentence, SentenceType, Status
from tests.domain.remission_factory import RULES, D, codes, make_case, penjara, prior, rk, ru


def test_example_1_first_ru():
    case = make_case()  # detained 2024-02-10, penjara 3 years, narapidana since 2024-06-01, Islam
    decision = decide(case, ru("2024-08-17"), RULES)
    assert decision.served_days == 189
    assert decision.eligible and decision.nth == 1 and decision.days == 30
    assert decision.release_date_before == D("2027-02-10")  # expiry
    assert decision.release_date_after == D("2027-01-11")
    assert decision.category == "I" and "CATEGORY_I" in codes(decision)


def test_example_2_first_rk_after_an_ru():
    case = make_case(prior_remissions=(prior("RU", "2024-08-17", 30),))
    decision = decide(case, rk("2025-03-31"), RULES)
    assert decision.served_days == 415
    assert decision.eligible and decision.nth == 1 and decision.days == 30
    assert decision.release_date_before == D("2027-01-11")
    assert decision.release_date_after == D("2026-12-12")
    assert decision.category == "I"
    both = make_case(
        prior_remissions=(prior("RU", "2024-08-17", 30), prior("RK", "2025-03-31", 30))
    )
    assert key_dates(both, RULES).release_date == D("2026-12-12")


def test_example_3_discipline_within_six_months():
    case = make_case(
        detention_start=D("2023-03-01"), sentence=penjara(2, 6), discipline=(D("2025-05-02"),)
    )
    decision = decide(case, ru("2025-08-17"), RULES)
    assert not decision.eligible and codes(decision) == ["DISCIPLINE"]
    assert "2 Mei 2025" in decision.reasons[0].text


def test_example_4_category_two():
    case = make_case(
        detention_start=D("2024-03-01"), sentence=penjara(1, 6), inkracht_date=D("2024-09-01")
    )
    assert key_dates(case, RULES).expiry_date == D("2025-09-01")
    decision = decide(case, ru("2025-08-17"), RULES)
    assert decision.eligible and decision.nth == 1 and decision.days == 60  # 12+ months served
    assert decision.new_end == D("2025-07-03")  # before the remission day
    assert decision.category == "II" and "CATEGORY_II" in codes(decision)
    assert decision.release_date_after == D("2025-08-17")
    assert decision.days == 60  # the full entitlement is recorded


def test_example_4_with_unpaid_fine_substitute():
    case = make_case(
        detention_start=D("2024-03-01"), sentence=penjara(1, 6), fine_unpaid_subsidiary_days=30
    )
    decision = decide(case, ru("2025-08-17"), RULES)
    assert decision.release_date_before == D("2025-10-01")
    assert decision.category == "II" and "CATEGORY_II_SUBSTITUTE" in codes(decision)
    assert decision.release_date_after == D("2025-09-16")


def test_example_4_with_a_long_substitute_stays_category_two():
    """Category II is decided on the main sentence: with 60 substitute days the plain formula would
    give 2025-09-01 (substitute served before the main sentence ended); the substitute starts on
    the remission day instead."""
    case = make_case(
        detention_start=D("2024-03-01"), sentence=penjara(1, 6), fine_unpaid_subsidiary_days=60
    )
    decision = decide(case, ru("2025-08-17"), RULES)
    assert decision.category == "II"
    assert decision.release_date_after == D("2025-08-17") + timedelta(days=60)


def test_example_5_life_sentence_and_detainee():
    life = decide(make_case(sentence=Sentence(SentenceType.SEUMUR_HIDUP)), ru("2024-08-17"), RULES)
    assert not life.eligible and codes(life) == ["SENTENCE_LIFE_OR_DEATH"]
    detainee = decide(
        make_case(status=Status.TAHANAN, inkracht_date=None, sentence=None), ru("2024-08-17"), RULES
    )
    assert not detainee.eligible and codes(detainee)[0] == "NOT_NARAPIDANA"


def test_category_boundary_new_end_on_the_day_is_category_two():
    on_the_day = make_case(
        detention_start=D("2024-04-16"), sentence=penjara(1, 6)
    )  # expiry 2025-10-16
    decision = decide(on_the_day, ru("2025-08-17"), RULES)
    assert decision.days == 60 and decision.new_end == D("2025-08-17")
    assert decision.category == "II" and decision.release_date_after == D("2025-08-17")
    day_after = make_case(
        detention_start=D("2024-04-17"), sentence=penjara(1, 6)
    )  # expiry 2025-10-17
    decision = decide(day_after, ru("2025-08-17"), RULES)
    assert decision.category == "I" and decision.release_date_after == D("2025-08-18")

"""The rule table is data with citations; the validator refuses a malformed table, naming the key."""

from __future__ import annotations

import json

import pytest

from app.domain.remission.rules import RuleTableError, parse_rules
from app.services.rules import load_remission_rules, remission_rules_path
from tests.domain.remission_factory import RULES


def test_shipped_table_loads_with_the_documented_defaults():
    assert RULES.min_served_days == 180
    assert RULES.child_min_served_days == 90
    assert RULES.child_age_years == 18
    assert RULES.discipline_window_months == 6
    assert RULES.rd.min_served_days == 30
    assert RULES.rd.cap_days == 90
    assert RULES.nth_counting == "received"
    assert RULES.religion_holiday["katolik"] == RULES.religion_holiday["kristen"] == "natal"
    assert RULES.religion_holiday["lainnya"] is None


def test_every_row_and_rule_carries_a_legal_basis():
    for table in (RULES.ru, RULES.rk):
        assert table.basis
        assert all(row.basis.strip() for row in table.rows)
    assert all(text.strip() for text in RULES.bases.values())
    for key in ("nth_counting", "rt_when_both", "fraction_method", "discipline_window_months"):
        assert RULES.basis(key)


def test_raw_round_trips_and_is_a_copy():
    raw = RULES.raw()
    raw["ru"]["rows"][0]["days"] = 999
    assert RULES.ru.rows[0].days == 30
    assert parse_rules(RULES.raw()) == RULES


def _broken(change) -> RuleTableError:
    raw = RULES.raw()
    change(raw)
    with pytest.raises(RuleTableError) as info:
        parse_rules(raw)
    return info.value


@pytest.mark.parametrize(
    ("change", "key"),
    [
        (
            lambda r: r["thresholds"]["min_served_days"].pop("value"),
            "thresholds.min_served_days.value",
        ),
        (
            lambda r: r["thresholds"]["min_served_days"].update(value="180"),
            "thresholds.min_served_days.value",
        ),
        (
            lambda r: r["thresholds"]["discipline_window_months"].update(value=-1),
            "thresholds.discipline_window_months.value",
        ),
        (
            lambda r: r["thresholds"]["child_age_years"].update(basis=""),
            "thresholds.child_age_years.basis",
        ),
        (
            lambda r: r["options"]["nth_counting"].update(value="guess"),
            "options.nth_counting.value",
        ),
        (lambda r: r["options"]["rt_when_both"].pop("basis"), "options.rt_when_both.basis"),
        (lambda r: r["ru"]["rows"][2].update(days=-5), "ru.rows[2].days"),
        (lambda r: r["ru"]["rows"][2].update(days=True), "ru.rows[2].days"),
        (lambda r: r["rk"]["rows"][0].pop("basis"), "rk.rows[0].basis"),
        (
            lambda r: r["rk"]["religion_holiday"].update(islam="lebaran"),
            "rk.religion_holiday.islam",
        ),
        (lambda r: r["rk"]["religion_holiday"].pop("hindu"), "rk.religion_holiday.hindu"),
        (lambda r: r["rd"].update(fraction="12"), "rd.fraction"),
        (lambda r: r["rd"].update(month_day="17-08"), "rd.month_day"),
        (lambda r: r["ru"].update(month_day="8/17"), "ru.month_day"),
        (lambda r: r["ru"].update(month_day="02-30"), "ru.month_day"),  # no such day
        (lambda r: r["ru"].update(month_day="02-29"), "ru.month_day"),  # not every year
        (lambda r: r["rd"].update(month_day="04-31"), "rd.month_day"),
        (lambda r: r["rt"].update(pemuka_fraction="4/3"), "rt.pemuka_fraction"),
        (lambda r: r["detention_credit"].pop("kota"), "detention_credit.kota"),
        (
            lambda r: r["eligibility"]["escaped_no_rd"].pop("basis"),
            "eligibility.escaped_no_rd.basis",
        ),
        (
            lambda r: r["eligibility"]["excluded_sentence_types"].update(value=["gantung"]),
            "eligibility.excluded_sentence_types.value",
        ),
        (lambda r: r.update(schema=2), "schema"),
        (lambda r: r.pop("categories"), "categories.basis"),
        (
            lambda r: r["rk"]["holidays"]["nyepi"].pop("holidays_name_contains"),
            "rk.holidays.nyepi.holidays_name_contains",
        ),
    ],
)
def test_malformed_table_names_the_key(change, key):
    error = _broken(change)
    assert error.key == key
    assert key in error.message


def test_gap_in_a_table_is_refused():
    def gap(raw):
        raw["ru"]["rows"][1]["served_min_days"] = 361

    error = _broken(gap)
    assert error.key == "ru.rows[1]" and "celah" in error.problem


def test_overlap_in_a_table_is_refused():
    def overlap(raw):
        raw["rk"]["rows"][2]["nth_max"] = 4  # 2nd-4th overlaps 4th-5th

    error = _broken(overlap)
    assert error.key.startswith("rk.rows[") and "tumpang tindih" in error.problem


def test_a_later_remission_earning_fewer_days_is_refused():
    def falling(raw):
        raw["ru"]["rows"][3]["days"] = 60  # the 3rd RU below the 2nd (90 days)

    error = _broken(falling)
    assert error.key == "ru.rows[3].days" and "lebih sedikit (60 hari)" in error.problem
    assert "ke-2" in error.problem


def test_a_longer_time_served_earning_fewer_days_is_refused():
    def falling(raw):
        raw["ru"]["rows"][1]["days"] = 20  # 1st RU after 12 months below 6-12 months (30)

    error = _broken(falling)
    assert error.key == "ru.rows[1].days" and "20 hari" in error.problem


def test_missing_later_rows_are_refused():
    def cut(raw):
        raw["ru"]["rows"].pop()  # no row for the 6th RU and later

    error = _broken(cut)
    assert error.key == "ru.rows" and "ke-6" in error.problem


def test_not_an_object():
    with pytest.raises(RuleTableError):
        parse_rules([])  # type: ignore[arg-type]


def test_file_loader_reports_bad_json(tmp_path):
    path = tmp_path / "remission.json"
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(RuleTableError) as info:
        load_remission_rules(path)
    assert "JSON" in info.value.message
    with pytest.raises(RuleTableError):
        load_remission_rules(tmp_path / "missing.json")


def test_shipped_file_is_valid_json_with_sources():
    data = json.loads(remission_rules_path().read_text(encoding="utf-8"))
    assert any("Keppres 174/1999" in source for source in data["sources"])

"""Record validation: all problems at once, warnings apart from errors."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.dates import full_years
from app.domain.inmates.nik import make_nik
from app.domain.inmates.record import CaseData, DetentionData, DisciplineData, InmateData
from app.domain.inmates.regnumber import DEFAULT_PATTERN, compile_pattern
from app.domain.inmates.rules import (
    DETENTION_BEYOND_KUHAP,
    DETENTION_NEEDS_PASAL_29,
    DETENTION_OVERLAP,
    TOO_OLD,
    TOO_YOUNG,
    clean_record,
    normalise_code,
    validate_record,
)
from app.domain.inmates.text_limits import (
    CASE_LIMITS,
    DISCIPLINE_LIMITS,
    FIELD_LIMITS,
    TOO_LONG,
)

TODAY = date(2025, 7, 15)
PATTERN = compile_pattern(DEFAULT_PATTERN)
GOOD = InmateData(
    reg_number="AI.1/2025", full_name="Budi Fiktif", sex="L", status="tahanan", reg_code="A.I",
    nik=make_nik("337501", date(1990, 5, 17), "L", 1), birth_date=date(1990, 5, 17),
    religion="Islam", admission_date=date(2025, 7, 1),
    detentions=(DetentionData("A.I", date(2025, 7, 1), date(2025, 7, 20)),),
)  # fmt: skip
CONVICT = replace(
    GOOD, status="narapidana", reg_code="B.I", reg_number="B.I-5/2025",
    cases=(CaseData("362 KUHP", "pencurian", "PN Pekalongan", "12/Pid.B/2025/PN Pkl",
                    date(2025, 7, 5), date(2025, 7, 12), "penjara", 2, 0, 0),),
)  # fmt: skip


def test_good_records_pass():
    assert validate_record(GOOD, TODAY, PATTERN).ok
    assert validate_record(CONVICT, TODAY, PATTERN).ok


def test_every_problem_is_reported_at_once():
    bad = replace(
        GOOD, full_name="", reg_number="nomor asal", sex="X", nik="123",
        birth_date=date(2030, 1, 1), status="narapidana", reg_code="A.I",
        cases=(CaseData(verdict_date=date(2026, 1, 1), inkracht_date=date(2025, 1, 1),
                        sentence_type="penjara"),),
        detentions=(DetentionData("A.I", date(2025, 7, 1), date(2025, 6, 1)),),
        discipline=(DisciplineData(date(2026, 1, 1), "", ""),),
    )  # fmt: skip
    errors = validate_record(bad, TODAY, PATTERN).errors
    for field in ("full_name", "reg_number", "sex", "nik", "birth_date", "reg_code",
                  "cases.0.verdict_date", "cases.0.inkracht_date", "cases.0.verdict_number",
                  "cases.0.sentence", "detentions.0.end", "discipline.0.date",
                  "discipline.0.violation", "discipline.0.punishment"):  # fmt: skip
        assert field in errors, field


def test_detention_start_after_inkracht():
    late = replace(CONVICT, admission_date=date(2025, 7, 13),
                   detentions=(DetentionData("A.I", date(2025, 7, 13), date(2025, 7, 14)),))  # fmt: skip
    errors = validate_record(late, TODAY, PATTERN).errors
    assert errors == {
        "cases.0.inkracht_date": "Awal penahanan tidak boleh sesudah tanggal inkracht."
    }


def test_required_per_status():
    assert set(validate_record(replace(GOOD, status="bebas"), TODAY).errors) == {
        "release_date", "release_reason"}  # fmt: skip
    assert set(validate_record(replace(GOOD, status="pindah"), TODAY).errors) == {
        "release_date", "transfer_destination"}  # fmt: skip
    assert set(validate_record(replace(GOOD, status="meninggal"), TODAY).errors) == {"death_date"}
    assert "cases" in validate_record(replace(CONVICT, cases=()), TODAY).errors


def test_nik_disagreement_is_a_warning_not_an_error():
    check = validate_record(replace(GOOD, birth_date=date(1991, 5, 17), sex="P"), TODAY, PATTERN)
    assert check.ok
    assert set(check.warnings) == {"birth_date", "sex"}


def test_clean_record():
    messy = replace(GOOD, full_name="  Budi   Fiktif ", nik="3375 0117 0590 0001", reg_code="ai",
                    sex="l")  # fmt: skip
    clean = clean_record(messy)
    assert (clean.full_name, clean.nik, clean.reg_code, clean.sex) == (
        "Budi Fiktif", "3375011705900001", "A.I", "L")  # fmt: skip
    assert normalise_code("b iia") == "B.IIa"


@given(
    st.integers(0, 5),
    st.integers(0, 11),
    st.integers(0, 29),
    st.sampled_from(["penjara", "kurungan"]),
)
def test_fixed_term_needs_positive_length(years, months, days, kind):
    case = replace(CONVICT.cases[0], sentence_type=kind, sentence_years=years,
                   sentence_months=months, sentence_days=days)  # fmt: skip
    code = "B.III" if kind == "kurungan" else "B.I"
    errors = validate_record(replace(CONVICT, cases=(case,), reg_code=code), TODAY).errors
    assert ("cases.0.sentence" in errors) == (years == months == days == 0)


def test_an_extension_that_continues_the_current_period_may_start_tomorrow():
    """The extension order arrives before the current period ends (the warnings ask for it):
    it is recorded at once, starting the day after. Any other future start is refused."""
    extension = DetentionData("A.I", date(2025, 7, 21), date(2025, 8, 29))
    extended = replace(GOOD, detentions=(*GOOD.detentions, extension))
    assert validate_record(extended, TODAY, PATTERN).ok
    gap = replace(extension, start=date(2025, 7, 22))
    result = validate_record(replace(GOOD, detentions=(*GOOD.detentions, gap)), TODAY, PATTERN)
    assert result.errors["detentions.1.start"] == "Tanggal tidak boleh di masa depan."
    alone = replace(GOOD, detentions=(extension,))
    assert "detentions.0.start" in validate_record(alone, TODAY, PATTERN).errors


@given(st.integers(min_value=1, max_value=400), st.integers(min_value=0, max_value=60))
def test_only_a_future_start_right_after_a_running_period_passes(ahead, length):
    start = TODAY + timedelta(days=ahead)
    later = DetentionData("A.II", start, start + timedelta(days=length))
    record = replace(GOOD, detentions=(*GOOD.detentions, later))
    continues = start == GOOD.detentions[0].end + timedelta(days=1)
    errors = validate_record(record, TODAY, PATTERN).errors
    assert ("detentions.1.start" not in errors) == continues


def _with_sentence(years: int, months: int = 0, days: int = 0) -> dict[str, str]:
    case = replace(CONVICT.cases[0], sentence_years=years, sentence_months=months,
                   sentence_days=days)  # fmt: skip
    return validate_record(replace(CONVICT, cases=(case,)), TODAY).errors


def test_a_sentence_longer_than_100_years_is_refused():
    """9000 years could be typed in the case table; the record then could not be opened (its
    key dates fell outside the calendar). 100 years is the limit, all parts together."""
    assert "cases.0.sentence" not in _with_sentence(100)
    assert "cases.0.sentence" not in _with_sentence(99, 12)
    assert "cases.0.sentence" not in _with_sentence(0, 0, 36_600)
    assert _with_sentence(9000)["cases.0.sentence"].startswith("Lama pidana seluruhnya paling")
    assert "cases.0.sentence" in _with_sentence(100, 0, 1)
    assert "cases.0.sentence" in _with_sentence(99, 13)


@given(
    st.sampled_from(["seumur_hidup", "mati"]),
    st.integers(0, 5),
    st.integers(0, 5),
    st.integers(0, 5),
)
def test_a_life_or_death_sentence_has_no_length(kind, years, months, days):
    """ "Seumur hidup 20 tahun" was saved; its key dates then read as a 20-year term."""
    case = replace(CONVICT.cases[0], sentence_type=kind, sentence_years=years,
                   sentence_months=months, sentence_days=days)  # fmt: skip
    errors = validate_record(replace(CONVICT, reg_code="SH" if kind == "seumur_hidup" else "MT",
                                     cases=(case,)), TODAY).errors  # fmt: skip
    assert ("cases.0.sentence" in errors) == bool(years or months or days)
    if years or months or days:
        assert errors["cases.0.sentence"].startswith("Pidana seumur hidup atau mati tidak")


@given(st.integers(0, 150), st.integers(0, 1300), st.integers(0, 40_000))
def test_the_limit_is_the_same_as_the_command_lines(years, months, days):
    """The register and `remission compute` refuse the same lengths."""
    from app.domain.inmates.rules import SENTENCE_TOO_LONG
    from app.domain.remission.arith import longer_than_max

    refused = _with_sentence(years, months, days).get("cases.0.sentence") == SENTENCE_TOO_LONG
    assert refused == longer_than_max(years, months, days)
    assert refused == (years * 12 * 366 + months * 366 + days * 12 > 100 * 12 * 366)


def test_detention_periods_may_not_share_a_day():
    second = DetentionData("A.II", date(2025, 7, 10), date(2025, 8, 8))
    errors = validate_record(replace(GOOD, detentions=(*GOOD.detentions, second)), TODAY).errors
    assert errors["detentions.1.start"] == DETENTION_OVERLAP
    # the later-starting period is the one marked, wherever it stands in the list
    errors = validate_record(replace(GOOD, detentions=(second, *GOOD.detentions)), TODAY).errors
    assert "detentions.0.start" in errors and "detentions.1.start" not in errors
    following = replace(second, start=date(2025, 7, 21))
    assert validate_record(replace(GOOD, detentions=(*GOOD.detentions, following)), TODAY).ok


@given(st.integers(min_value=1, max_value=200))
def test_a_stage_holds_no_longer_than_kuhap_allows(days):
    """A.I: 20 + 40 days; beyond that only with the two Pasal 29 extensions (+60), never more."""
    start = date(2025, 3, 1)
    period = DetentionData("A.I", start, start + timedelta(days=days - 1))
    check = validate_record(replace(GOOD, detentions=(period,)), TODAY)
    assert (check.errors.get("detentions.0.end") == DETENTION_BEYOND_KUHAP) == (days > 120)
    assert (check.warnings.get("detentions.0.end") == DETENTION_NEEDS_PASAL_29) == (
        60 < days <= 120
    )


def test_the_kuhap_limit_counts_every_period_of_the_stage():
    first = DetentionData("A.I", date(2025, 3, 1), date(2025, 3, 20))  # 20 days
    extension = DetentionData("A.I", date(2025, 3, 21), date(2025, 4, 29))  # 40 days
    record = replace(GOOD, detentions=(first, extension))
    assert validate_record(record, TODAY).warnings == {}
    longer = replace(extension, end=date(2025, 4, 30))
    check = validate_record(replace(record, detentions=(first, longer)), TODAY)
    assert check.warnings == {"detentions.1.end": DETENTION_NEEDS_PASAL_29}
    next_stage = DetentionData("A.II", date(2025, 5, 1), date(2025, 6, 19))  # 50 days: its own
    check = validate_record(replace(record, detentions=(first, extension, next_stage)), TODAY)
    assert check.ok and check.warnings == {}


@given(st.sampled_from(sorted(FIELD_LIMITS)), st.integers(min_value=0, max_value=3))
def test_a_text_longer_than_the_register_keeps_is_refused(name, extra):
    limit = FIELD_LIMITS[name]
    text = "A" * (limit + extra)
    errors = validate_record(replace(GOOD, **{name: text}), TODAY).errors
    assert (errors.get(name) == TOO_LONG[limit]) == (extra > 0)


def test_long_case_and_discipline_texts_are_refused_by_row():
    entry = DisciplineData(date(2025, 7, 10), "x" * 301, "teguran")
    record = replace(CONVICT, cases=(replace(CONVICT.cases[0], court="P" * 201),),
                     discipline=(entry,))  # fmt: skip
    errors = validate_record(record, TODAY).errors
    assert errors["cases.0.court"] == TOO_LONG[200]
    assert errors["discipline.0.violation"] == TOO_LONG[300]


def test_the_limits_are_the_register_columns():
    from app.db.models import DisciplineEntry, Inmate, InmateCase

    for model, limits in ((Inmate, FIELD_LIMITS), (InmateCase, CASE_LIMITS),
                          (DisciplineEntry, DISCIPLINE_LIMITS)):  # fmt: skip
        for name, limit in limits.items():
            assert model.__table__.columns[name].type.length == limit, (model, name)


@pytest.mark.parametrize(("birth", "problem"), [
    (date(2013, 7, 2), "TOO_YOUNG"),  # 11 the day before the 12th birthday
    (date(2013, 7, 1), None),  # 12 on the day of admission
    (date(1914, 7, 2), None),  # 110, a day before the 111th birthday
    (date(1914, 7, 1), "TOO_OLD"),  # 111
    (date(1800, 1, 1), "TOO_OLD"),
])  # fmt: skip
def test_the_age_at_admission_is_between_12_and_110(birth, problem):
    record = replace(GOOD, birth_date=birth, nik="")
    errors = validate_record(record, TODAY).errors
    expected = {"TOO_YOUNG": TOO_YOUNG, "TOO_OLD": TOO_OLD}.get(problem)
    assert errors.get("birth_date") == expected


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31)),
       st.integers(min_value=0, max_value=120), st.integers(min_value=0, max_value=364))  # fmt: skip
def test_full_years_grow_by_one_on_each_birthday(birth, years, into_year):
    """Born on a day other than 29 February: `years` birthdays later, plus less than a year."""
    if (birth.month, birth.day) == (2, 29):
        birth = birth.replace(day=28)
    birthday = birth.replace(year=birth.year + years)
    on = birthday + timedelta(days=into_year)
    if on >= birthday.replace(year=birthday.year + 1):
        return  # 365 days in a leap year can reach the next birthday
    assert full_years(birth, on) == years
    assert full_years(birth, birthday - timedelta(days=1)) == years - 1 if years else True


def test_full_years_for_a_leap_day_birth():
    born = date(2004, 2, 29)
    assert full_years(born, date(2005, 2, 28)) == 0
    assert full_years(born, date(2005, 3, 1)) == 1
    assert full_years(born, date(2008, 2, 29)) == 4

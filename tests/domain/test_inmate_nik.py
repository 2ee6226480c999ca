"""NIK: strict check (stdnum) and the birth date / sex warnings."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from app.domain.inmates.nik import clean_nik, make_nik, nik_problem, nik_sex, nik_warnings

REGIONS = ("337501", "332601", "317101")
births = st.dates(min_value=date(1940, 1, 1), max_value=date(2010, 12, 31))


def test_known_examples():
    assert nik_problem("3171011708450001") is None
    assert nik_problem("3171 0117 0845 0001") is None  # spaces as typed off a KTP
    assert nik_problem("31710117084500") == "NIK harus 16 angka."
    assert nik_problem("3171A11708450001") == "NIK hanya berisi angka."
    assert nik_problem("9971011708450001") is not None  # unknown province
    assert nik_problem("3171013002001234") is not None  # 30 February


@given(st.sampled_from(REGIONS), births, st.sampled_from("LP"), st.integers(1, 9999))
def test_generated_nik_is_valid_and_agrees(region, birth, sex, serial):
    nik = make_nik(region, birth, sex, serial)
    assert nik_problem(nik) is None
    assert nik_sex(nik) == sex
    assert nik_warnings(nik, birth, sex) == {}


@given(st.sampled_from(REGIONS), births, st.sampled_from("LP"), st.integers(1, 9999), births)
def test_other_birth_date_warns(region, birth, sex, serial, other):
    nik = make_nik(region, birth, sex, serial)
    warnings = nik_warnings(nik, other, sex)
    same = (other.day, other.month, other.year % 100) == (birth.day, birth.month, birth.year % 100)
    assert ("birth_date" in warnings) is not same
    assert "sex" in nik_warnings(nik, birth, "L" if sex == "P" else "P")


@given(st.text(alphabet="0123456789", max_size=20))
def test_wrong_length_is_an_error(digits):
    if len(digits) != 16:
        assert nik_problem(digits) is not None


@given(st.text(max_size=20))
def test_never_crashes(text):
    problem = nik_problem(text)
    assert problem is None or isinstance(problem, str)
    if problem is None:
        assert len(clean_nik(text)) == 16

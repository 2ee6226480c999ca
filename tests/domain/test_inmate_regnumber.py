"""The registration-number pattern language."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.inmates.codes import RegCode
from app.domain.inmates.regnumber import (
    DEFAULT_PATTERN,
    PatternError,
    compile_pattern,
    describe_pattern,
    example_number,
    number_sort_key,
)

DEFAULT = compile_pattern(DEFAULT_PATTERN)


@pytest.mark.parametrize(
    "number", ["B.I-123/2025", "AIII.45/2025", "A.III.45/2025", "b.iia-7/2024", "SH-1/2020"]
)
def test_default_accepts(number):
    assert DEFAULT.matches(number)


@pytest.mark.parametrize(
    "number", ["", "123/2025", "B.I 123/2025", "X.I-1/2025", "B.I-123/25", "B.I-1234567/2025"]
)
def test_default_refuses(number):
    assert not DEFAULT.matches(number)


def test_parts_and_description():
    assert DEFAULT.parts("B.I-123/2025") == {"kode": "B.I", "nomor": "123", "tahun": "2025"}
    text = describe_pattern(DEFAULT_PATTERN)
    assert text.startswith("kode registrasi") and '"-" atau "."' in text
    assert example_number(DEFAULT_PATTERN) == "B.I-123/2025"


@pytest.mark.parametrize("bad", ["", "{kode}/{tahun}", "{foo}{nomor}", "{nomor}{nomor}"])
def test_bad_patterns(bad):
    with pytest.raises(PatternError):
        compile_pattern(bad)


codes = st.sampled_from([c.value for c in RegCode])


@given(
    codes, st.booleans(), st.sampled_from("-."), st.integers(1, 999_999), st.integers(1000, 9999)
)
def test_default_accepts_every_written_form(code, dotted, sep, serial, year):
    written = code if dotted else code.replace(".", "")
    assert DEFAULT.matches(f"{written}{sep}{serial}/{year}")


@given(st.text(alphabet="ABI./-0123456789 ", max_size=16))
def test_simple_pattern_matches_example_only_form(text):
    pattern = compile_pattern("REG {nomor}")
    assert pattern.matches(text) == (
        text.strip().startswith("REG ")
        and text.strip()[4:].isdigit()
        and 1 <= len(text.strip()[4:]) <= 6
    )


@given(st.integers(1, 999_999), st.integers(1000, 9999), codes)
def test_example_number_matches_its_pattern(serial, year, code):
    for source in (DEFAULT_PATTERN, "{nomor}/{kode}/{tahun}", "W11-{tahun}-{nomor}"):
        assert compile_pattern(source).matches(example_number(source, code, serial, year))


def test_code_in_number():
    from app.domain.inmates.regnumber import code_in_number

    assert code_in_number("AII.2/2025") == "A.II"
    assert code_in_number("AIII.45/2025") == "A.III"
    assert code_in_number("B.I-123/2025") == "B.I"
    assert code_in_number("biia-7/2024") == "B.IIa"
    assert code_in_number("W11-77") is None
    assert code_in_number("Ahmad") is None


@given(
    st.sampled_from(["B.I-", "AII.", "SH "]),
    st.integers(0, 10**9),
    st.integers(0, 10**9),
    st.integers(1990, 2100),
)
def test_the_sort_key_orders_serials_as_numbers(prefix, a, b, year):
    key = lambda serial: number_sort_key(f"{prefix}{serial}/{year}")  # noqa: E731
    assert (key(a) < key(b)) == (a < b)
    assert number_sort_key(f" {prefix.lower()}{a}/{year}") == key(a)  # case and edges ignored

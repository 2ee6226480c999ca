"""Numbers and remission amounts in Indonesian words (piagam, decree extracts)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.terbilang import duration_spelled, duration_text, terbilang, thousands

DIGITS = {w: i for i, w in enumerate(("nol", "satu", "dua", "tiga", "empat", "lima", "enam",
                                      "tujuh", "delapan", "sembilan"))}  # fmt: skip
SCALES = {"ribu": 1000, "juta": 10**6, "miliar": 10**9}
SE = {"sepuluh": 10, "sebelas": 11, "seratus": 100}


def words_to_number(text: str) -> int:
    """An independent reading of Indonesian number words (the test's oracle)."""
    total = group = pending = 0
    for word in text.split():
        if word in DIGITS:
            pending = DIGITS[word]
        elif word in SE:
            group += SE[word]
        elif word == "belas":
            group, pending = group + pending + 10, 0
        elif word == "puluh":
            group, pending = group + pending * 10, 0
        elif word == "ratus":
            group, pending = group + pending * 100, 0
        elif word == "seribu":
            total += 1000
        elif word in SCALES:
            total, group, pending = total + (group + pending) * SCALES[word], 0, 0
        else:
            raise AssertionError(f"unknown word {word!r} in {text!r}")
    return total + group + pending


def spelled_to_days(text: str, per: int = 30) -> int:
    parts = re.fullmatch(r"(?:(\d+) \(([a-z ]+)\) bulan)? ?(?:(\d+) \(([a-z ]+)\) hari)?", text)
    assert parts, text
    months, month_words, days, day_words = parts.groups()
    for number, words in ((months, month_words), (days, day_words)):
        if number is not None:
            assert words_to_number(words) == int(number), text
    return int(months or 0) * per + int(days or 0)


def text_to_days(text: str, per: int = 30) -> int:
    parts = re.fullmatch(r"(?:(\d+) bulan)? ?(?:(\d+) hari)?", text)
    assert parts, text
    return int(parts.group(1) or 0) * per + int(parts.group(2) or 0)


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "nol"), (1, "satu"), (10, "sepuluh"), (11, "sebelas"), (12, "dua belas"),
        (15, "lima belas"), (20, "dua puluh"), (45, "empat puluh lima"), (100, "seratus"),
        (111, "seratus sebelas"), (180, "seratus delapan puluh"), (250, "dua ratus lima puluh"),
        (1000, "seribu"), (1500, "seribu lima ratus"), (2025, "dua ribu dua puluh lima"),
        (1_000_000, "satu juta"), (21_000_017, "dua puluh satu juta tujuh belas"),
    ],
)  # fmt: skip
def test_terbilang_examples(number, words):
    assert terbilang(number) == words


def test_amounts_as_staff_write_them():
    assert duration_text(60) == "2 bulan"
    assert duration_text(45) == "1 bulan 15 hari"
    assert duration_text(15) == "15 hari"
    assert duration_text(0) == "0 hari"
    assert duration_spelled(60) == "2 (dua) bulan"
    assert duration_spelled(45) == "1 (satu) bulan 15 (lima belas) hari"
    assert duration_spelled(20) == "20 (dua puluh) hari"
    with pytest.raises(ValueError):
        duration_text(-1)
    with pytest.raises(ValueError):
        terbilang(10**12)


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_words_read_back_to_the_number(number):
    assert words_to_number(terbilang(number)) == number


@given(st.integers(min_value=0, max_value=5000), st.sampled_from([30, 31]))
def test_amount_words_round_trip_to_the_days(days, per):
    assert text_to_days(duration_text(days, per), per) == days
    assert spelled_to_days(duration_spelled(days, per), per) == days


@given(st.integers(0, 10**12))
def test_thousands_are_grouped_by_three_with_dots(number):
    text = thousands(number)
    assert re.fullmatch(r"\d{1,3}(\.\d{3})*", text)
    assert int(text.replace(".", "")) == number


def test_thousands_examples():
    assert (thousands(0), thousands(999), thousands(1380), thousands(5_004_000)) == (
        "0", "999", "1.380", "5.004.000")  # fmt: skip

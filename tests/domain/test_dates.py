"""Dates as people read them."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.dates import MONTHS_ID, day_name, long_date, parse_long_date, place_and_date


def test_indonesian_long_date():
    assert long_date(date(2025, 7, 15)) == "15 Juli 2025"
    assert long_date(date(2025, 8, 17)) == "17 Agustus 2025"


def test_english_long_date():
    assert long_date(date(2025, 7, 15), "en") == "15 July 2025"


def test_dateline():
    assert place_and_date("Pekalongan", date(2025, 7, 15)) == "Pekalongan, 15 Juli 2025"


def test_day_names():
    assert day_name(date(2025, 8, 17)) == "Minggu"
    assert day_name(date(2025, 7, 15), "en") == "Tuesday"


@given(st.dates())
def test_long_date_round_trips(value: date):
    day, month, year = long_date(value).split(" ")
    assert date(int(year), MONTHS_ID.index(month) + 1, int(day)) == value


@given(st.dates())
def test_a_long_date_reads_back(value):
    assert parse_long_date(long_date(value)) == value


@pytest.mark.parametrize(
    "text",
    ["", "15 July 2025", "31 Februari 2025", "05 Juli 2025", "15 juli 2025", "15 Juli 02025",
     "15  Juli 2025", "15 Juli 2025.", "١٥ Juli 2025", "0 Juli 2025"],
)  # fmt: skip
def test_other_texts_are_not_long_dates(text):
    assert parse_long_date(text) is None

"""Reading a stored reason text back into its values (reason_values.py): every template of the
catalogue, its field shapes, and texts that are not the template's."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.dates import long_date
from app.domain.remission.reason_values import (
    DATE_FIELDS,
    DATE_LIST_FIELDS,
    NUMBER_FIELDS,
    TEXT_FIELDS,
    reason_values,
)
from app.domain.remission.reasons import CATALOGUE, reason

CODES = sorted(CATALOGUE)
KINDS = (NUMBER_FIELDS, DATE_FIELDS, DATE_LIST_FIELDS, TEXT_FIELDS)


def fields(code: str) -> list[str]:
    return [n for _, n, _, _ in string.Formatter().parse(CATALOGUE[code][1]) if n is not None]


def test_every_field_of_the_catalogue_has_exactly_one_shape():
    for code in CODES:
        for name in fields(code):
            assert sum(name in kind for kind in KINDS) == 1, (code, name)


dates = st.dates().map(long_date)
numbers = st.integers(0, 100_000).map(str)
# a short text as the engine and the rule table write them (a label, a holiday, a word): words
# of letters, digits and hyphens; not the template's own punctuation
words = st.from_regex(r"[A-Za-z0-9/-]+( [A-Za-z0-9/-]+){0,3}", fullmatch=True)


def value_of(name: str) -> st.SearchStrategy[str]:
    if name in NUMBER_FIELDS:
        return numbers
    if name in DATE_FIELDS:
        return dates
    if name in DATE_LIST_FIELDS:
        return st.lists(dates, min_size=1, max_size=4).map(", ".join)
    return words


@pytest.mark.parametrize("code", CODES)
@given(data=st.data())
def test_the_values_read_back_from_the_text(code, data):
    values = {name: data.draw(value_of(name), label=name) for name in fields(code)}
    text = reason(code, "basis", **values).text
    assert reason_values(code, text) == values


def test_a_real_text_reads_back():
    text = (
        "Tercatat hukuman disiplin (register F) pada 3 Maret 2025, 1 Juli 2025, dalam 6 bulan "
        "sebelum hari remisi (sejak 17 Februari 2025)."
    )
    assert reason_values("DISCIPLINE", text) == {
        "dates": "3 Maret 2025, 1 Juli 2025",
        "months": "6",
        "window_start": "17 Februari 2025",
    }


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("CATEGORY_I", "Kategori II: bebas pada hari remisi 17 Agustus 2025."),  # another code's
        ("CATEGORY_I", "Kategori I: masa pidana berkurang, bebas 17 August 2025."),  # not a date
        ("SERVED_TOO_SHORT", "Baru menjalani seratus hari; syaratnya lebih dari 180 hari."),
        ("RU_TABLE", "Remisi Umum ke-1: 15 hari."),  # an older wording
        ("NO_SUCH_CODE", "Kategori I: masa pidana berkurang, bebas 17 Agustus 2025."),
        ("CATEGORY_I", ""),
    ],
)
def test_a_text_that_is_not_the_templates_reads_as_none(code, text):
    assert reason_values(code, text) is None

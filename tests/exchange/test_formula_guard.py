"""Text a spreadsheet would run as a formula is written as text and reads back unchanged."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.exchange.formula_guard import FORMULA_STARTS, guarded_csv_text, unguarded_text

texts = st.one_of(
    st.text(),
    st.tuples(st.sampled_from([*FORMULA_STARTS, "'", "''"]), st.text()).map("".join),
)


@given(texts)
def test_every_text_reads_back_as_it_was(text):
    assert unguarded_text(guarded_csv_text(text)) == text


@given(texts)
def test_a_guarded_text_never_starts_a_formula(text):
    assert not guarded_csv_text(text).startswith(FORMULA_STARTS)


def test_ordinary_text_is_left_alone():
    for text in ("Ahmad Sulaiman", "B.I-2/2025", "3375010101900001", "", "O'Neil"):
        assert guarded_csv_text(text) == text == unguarded_text(text)
    assert guarded_csv_text('=HYPERLINK("http://x","klik")') == '\'=HYPERLINK("http://x","klik")'

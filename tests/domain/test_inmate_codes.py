"""Registration codes proposed from status and sentence; detention limits and warnings."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.inmates.codes import (
    CONVICT_CODES,
    RegCode,
    SentenceType,
    Status,
    code_fits_status,
    propose_code,
)
from app.domain.inmates.detention import expiry_level, period_end
from app.domain.inmates.sentence import Sentence, add_sentence


@pytest.mark.parametrize(
    ("kind", "sentence", "code"),
    [
        ("penjara", Sentence(1, 0, 1), RegCode.B_I),
        ("penjara", Sentence(1, 0, 0), RegCode.B_IIA),
        ("penjara", Sentence(0, 3, 1), RegCode.B_IIA),
        ("penjara", Sentence(0, 3, 0), RegCode.B_IIB),
        ("penjara", Sentence(0, 0, 1), RegCode.B_IIB),
        ("penjara", Sentence(0, 13, 0), RegCode.B_I),
        ("kurungan", Sentence(0, 6, 0), RegCode.B_III),
        ("seumur_hidup", Sentence(), RegCode.SH),
        ("mati", Sentence(), RegCode.MT),
    ],
)
def test_convict_codes(kind, sentence, code):
    assert propose_code(Status.NARAPIDANA, kind, sentence) is code


sentences = st.builds(Sentence, st.integers(0, 30), st.integers(0, 24), st.integers(0, 400))


@given(sentences)
def test_penjara_code_follows_length(sentence):
    code = propose_code("narapidana", SentenceType.PENJARA, sentence)
    months, days = sentence.total_months, sentence.days
    if (months, days) > (12, 0):
        assert code is RegCode.B_I
    elif (months, days) > (3, 0):
        assert code is RegCode.B_IIA
    else:
        assert code is RegCode.B_IIB
    assert code in CONVICT_CODES and code_fits_status(code, Status.NARAPIDANA)


@given(sentences, sentences)
def test_longer_sentence_never_gets_a_lighter_code(a, b):
    order = [RegCode.B_IIB, RegCode.B_IIA, RegCode.B_I]
    short, long = sorted((a, b), key=Sentence.key)
    assert order.index(propose_code("narapidana", "penjara", short)) <= order.index(
        propose_code("narapidana", "penjara", long)
    )


@given(st.sampled_from([c.value for c in RegCode][:5]))
def test_detainee_takes_stage(stage):
    assert propose_code("tahanan", detention_stage=stage).value == stage
    assert propose_code("bebas") is None


def test_detention_limits():
    start = date(2025, 7, 1)
    assert period_end("A.I", start) == start + timedelta(days=19)
    assert period_end("A.I", start, extended=True) == start + timedelta(days=59)
    assert period_end("A.V", start, extended=True) == start + timedelta(days=109)
    today = date(2025, 7, 15)
    assert expiry_level(today + timedelta(days=11), today) == 0
    assert expiry_level(today + timedelta(days=10), today) == 10
    assert expiry_level(today + timedelta(days=4), today) == 10
    assert expiry_level(today + timedelta(days=3), today) == 3
    assert expiry_level(today - timedelta(days=1), today) == 3


def test_add_sentence_calendar():
    assert add_sentence(date(2024, 2, 10), Sentence(3)) == date(2027, 2, 10)
    assert add_sentence(date(2024, 1, 31), Sentence(0, 1)) == date(2024, 2, 29)
    assert add_sentence(date(2024, 3, 1), Sentence(1, 6)) == date(2025, 9, 1)
    assert Sentence(2, 6, 10).describe() == "2 tahun 6 bulan 10 hari"

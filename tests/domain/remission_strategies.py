"""Hypothesis strategies for the remission engine: cases of every status, sentence and history,
and occasions of every kind (shared by the property tests)."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from app.domain.remission.model import (
    Case,
    Flags,
    Kind,
    Occasion,
    PriorRemission,
    Religion,
    Sentence,
    SentenceType,
    Status,
)

dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2036, 12, 31))

sentences = st.one_of(
    st.builds(
        Sentence,
        st.sampled_from([SentenceType.PENJARA, SentenceType.KURUNGAN]),
        st.integers(0, 20),
        st.integers(0, 11),
        st.integers(0, 40),
    ).filter(lambda s: s.years or s.months or s.days),
    st.builds(Sentence, st.sampled_from([SentenceType.SEUMUR_HIDUP, SentenceType.MATI])),
)
priors = st.builds(PriorRemission, st.sampled_from(list(Kind)), dates, st.integers(0, 240))
flags = st.builds(Flags, *(st.booleans() for _ in Flags.__dataclass_fields__))


@st.composite
def cases(draw: st.DrawFn) -> Case:
    start = draw(dates)
    status = draw(st.sampled_from(list(Status)))
    sentence = draw(st.none() if status == Status.TAHANAN and draw(st.booleans()) else sentences)
    return Case(
        id=draw(st.text(min_size=1, max_size=8).filter(str.strip)),
        status=status,
        religion=draw(st.sampled_from(list(Religion))),
        sentence=sentence,
        detention_start=start,
        birth_date=draw(st.none() | st.dates(min_value=date(1950, 1, 1), max_value=start)),
        detention_credit_days=draw(st.integers(0, 400)),
        inkracht_date=draw(st.none() | dates),
        fine_unpaid_subsidiary_days=draw(st.integers(0, 400)),
        discipline=tuple(draw(st.lists(dates, max_size=3))),
        prior_remissions=tuple(draw(st.lists(priors, max_size=6))),
        flags=draw(flags),
    )


@st.composite
def occasions(draw: st.DrawFn) -> Occasion:
    kind = draw(st.sampled_from([Kind.RU, Kind.RK, Kind.RD]))
    if kind == Kind.RU:
        return Occasion(kind, date(draw(st.integers(2000, 2036)), 8, 17))
    if kind == Kind.RD:
        return Occasion(kind, date(draw(st.sampled_from([2005, 2015, 2025, 2035])), 8, 17))
    religion = draw(st.sampled_from([r for r in Religion if r != Religion.LAINNYA]))
    return Occasion(kind, draw(dates), religion)

"""Hypothesis properties of the remission engine and the sentence dates (issue 5 Correctness)."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.remission.amounts import largest_additional, largest_amount
from app.domain.remission.decide import decide
from app.domain.remission.keydates import key_dates, timeline
from app.domain.remission.model import Case, Flags, Kind
from app.domain.remission.parse import parse_cases
from app.domain.remission.reason_values import reason_values
from app.domain.remission.reasons import CATALOGUE
from tests.domain.remission_factory import RULES
from tests.domain.remission_strategies import cases, dates, occasions, priors

DAY = timedelta(days=1)


@settings(max_examples=400, deadline=None)
@given(cases(), occasions())
def test_decision_invariants(case, occasion):
    decision = decide(case, occasion, RULES)
    assert decision.days >= 0 and decision.additional_days >= 0 and decision.served_days >= 0
    assert decision.reasons, "a decision always lists its reasons"
    excluded = any(r.excludes for r in decision.reasons)
    assert decision.eligible is not excluded
    assert all(r.code and r.text and r.basis for r in decision.reasons)
    if not decision.eligible:
        assert decision.days == decision.additional_days == 0 and decision.category is None
        assert decision.release_date_after == decision.release_date_before
        return
    assert decision.days > 0 and decision.category in ("I", "II")
    if occasion.kind != Kind.RU:
        assert decision.additional_days == 0
    # category II exactly when the new end of what is being served is on or before the day
    assert (decision.category == "II") is (decision.new_end <= occasion.date)
    before, after = decision.release_date_before, decision.release_date_after
    assert after <= before
    assert after >= occasion.date
    if decision.category == "I":
        assert before - after == timedelta(days=decision.days + decision.additional_days)
    dates_now = key_dates(case, RULES)
    expiry = dates_now.expiry_date
    substitute = timedelta(days=case.fine_unpaid_subsidiary_days)
    assert case.detention_start <= after <= expiry + substitute


@settings(max_examples=400, deadline=None)
@given(cases(), occasions())
def test_the_engine_never_gives_more_than_an_override_may(case, occasion):
    """The limits an override or a correction is held to never refuse what the engine gives."""
    decision = decide(case, occasion, RULES)
    assert decision.days <= largest_amount(occasion.kind, RULES)
    assert decision.additional_days <= largest_additional(decision.days, RULES)


@settings(max_examples=400, deadline=None)
@given(cases(), occasions())
def test_every_reason_the_engine_writes_reads_back(case, occasion):
    """The English UI reads the values back from the stored text (reason_values): each reason
    the engine writes fits its template, and the values read fill it in to the same text."""
    for r in decide(case, occasion, RULES).reasons:
        values = reason_values(r.code, r.text)
        assert values is not None, r.text
        assert CATALOGUE[r.code][1].format(**values) == r.text


@settings(max_examples=400, deadline=None)
@given(cases())
def test_release_between_detention_start_and_expiry_plus_substitute(case):
    dates_now = key_dates(case, RULES)
    if case.sentence is None or not case.sentence.type.is_fixed_term:
        assert dates_now.release_date is None and dates_now.two_thirds is None
        return
    substitute = timedelta(days=case.fine_unpaid_subsidiary_days)
    assert case.detention_start <= dates_now.expiry_date
    assert case.detention_start <= dates_now.release_date <= dates_now.expiry_date + substitute
    assert case.detention_start <= dates_now.one_third <= dates_now.half <= dates_now.two_thirds
    assert dates_now.two_thirds <= dates_now.expiry_date
    assert dates_now.parole_date in (None, dates_now.two_thirds)


@settings(max_examples=400, deadline=None)
@given(cases(), priors)
def test_adding_a_remission_never_moves_release_later(case, extra):
    with_more = case._replace(prior_remissions=(*case.prior_remissions, extra))
    before, after = key_dates(case, RULES), key_dates(with_more, RULES)
    if before.release_date is not None:
        assert after.release_date <= before.release_date
        assert after.two_thirds <= before.two_thirds


@settings(max_examples=300, deadline=None)
@given(
    dates,
    st.integers(0, 4000),
    st.integers(0, 400),
    st.lists(st.tuples(dates, st.integers(0, 400)), max_size=6),
    st.tuples(dates, st.integers(0, 400)),
)
def test_timeline_monotone_and_bounded(start, length, substitute, history, extra):
    expiry = start + timedelta(days=length)
    base = timeline(start, expiry, substitute, history)
    more = timeline(start, expiry, substitute, [*history, extra])
    assert more.release <= base.release
    assert start <= more.release <= expiry + timedelta(days=substitute)
    assert more.main_end <= more.release


def _as_json(case: Case) -> dict:
    sentence = None
    if case.sentence is not None:
        s = case.sentence
        sentence = {"type": s.type.value, "years": s.years, "months": s.months, "days": s.days}
    return {
        "id": case.id,
        "status": case.status.value,
        "religion": case.religion.value,
        "birth_date": case.birth_date and case.birth_date.isoformat(),
        "sentence": sentence,
        "detention_start": case.detention_start.isoformat(),
        "detention_credit_days": case.detention_credit_days,
        "inkracht_date": case.inkracht_date and case.inkracht_date.isoformat(),
        "fine_unpaid_subsidiary_days": case.fine_unpaid_subsidiary_days,
        "discipline": [d.isoformat() for d in case.discipline],
        "prior_remissions": [
            {"kind": p.kind.value, "date": p.date.isoformat(), "days": p.days}
            for p in case.prior_remissions
        ],
        "flags": {name: getattr(case.flags, name) for name in Flags.__dataclass_fields__},
    }


@settings(max_examples=300, deadline=None)
@given(cases())
def test_parser_reads_back_what_the_contract_says(case):
    parsed, problems = parse_cases([_as_json(case)], require_person=True)
    # a prior remission before the detention start needs an earlier, credited detention
    stray = [i for i, p in enumerate(case.prior_remissions) if p.date < case.detention_start]
    if stray and case.detention_credit_days == 0:
        assert parsed == ()
        assert [p.field for p in problems] == [f"prior_remissions[{i}].date" for i in stray]
        return
    assert problems == [] and parsed == (case,)

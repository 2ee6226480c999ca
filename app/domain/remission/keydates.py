"""Key dates of a fixed-term sentence: expiry, release, 1/3, 1/2, 2/3 and parole (remission.md).

Release is computed as a timeline so that it stays exact at the edges the plain formula
(expiry - remissions + substitute) does not cover:
- a remission applies on its own date: the main sentence never ends before the day the remission
  was granted (category II: free on that day), and the unpaid fine substitute (kurungan pengganti)
  is served after the main sentence, so it starts on that day;
- a remission granted while the substitute is served (RD allows it) shortens the substitute;
- no date is ever before the start of the last continuous detention.
For ordinary histories the result equals expiry - sum(remissions) + substitute days.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction
from math import floor
from typing import NamedTuple

from app.domain.remission.arith import (
    Length,
    add_months,
    fraction_of,
    length_in_months,
    sentence_length,
)
from app.domain.remission.model import Case, Sentence, SentenceType
from app.domain.remission.rules import RuleSet

ONE_THIRD, HALF, TWO_THIRDS = Fraction(1, 3), Fraction(1, 2), Fraction(2, 3)
# the sentence types with an end (SentenceType.is_fixed_term), for a quick `in` test
FIXED_TERM = tuple(t for t in SentenceType if t.is_fixed_term)


# A NamedTuple, immutable: made once or twice per decision (cheaper than a dataclass).
class Timeline(NamedTuple):
    expiry: date
    main_end: date  # the main sentence ends (the person is free of it) on this day
    release: date  # main_end + unpaid substitute days (less remissions given during it)


@dataclass(frozen=True)
class KeyDates:
    expiry_date: date | None = None
    release_date: date | None = None
    one_third: date | None = None
    half: date | None = None
    two_thirds: date | None = None
    parole_date: date | None = None


def credit_days(days: int, kind: str, rules: RuleSet) -> int:
    """Detention credit (KUHAP Pasal 22): days in rutan count fully, house arrest 1/3, city 1/5."""
    return floor(days * rules.credit_fractions[kind])


def fixed_length(sentence: Sentence | None) -> Length | None:
    """The sentence as calendar months + days, or None when it has no end (life, death, none)."""
    if sentence is None or not sentence.type.is_fixed_term:
        return None
    return sentence_length(sentence.years, sentence.months, sentence.days)


def expiry_date(start: date, length: Length, credit: int) -> date:
    """start + sentence (calendar years and months, then days) - credited detention days."""
    return date.fromordinal(max(length.add_to(start).toordinal() - credit, start.toordinal()))


def timeline(
    start: date, expiry: date, substitute_days: int, remissions: Iterable[tuple[date, int]]
) -> Timeline:
    """Apply (date, days) remissions in date order to the main sentence, then the substitute."""
    first = start.toordinal()
    main_end = expiry.toordinal()
    release = main_end + substitute_days
    for granted_date, days in sorted(remissions):
        # inlined _apply (the hot loop of the proposal list): same rule, see _apply
        granted = granted_date.toordinal()
        if granted < main_end:
            main_end = max(main_end - days, granted, first)
            release = main_end + substitute_days
        elif granted < release:
            release = max(release - days, granted, first)
    return Timeline(expiry, date.fromordinal(main_end), date.fromordinal(release))


def extend(line: Timeline, start: date, substitute_days: int, granted: date, days: int) -> Timeline:
    """`line` plus one more remission granted on or after every remission already in it."""
    main_end, release = _apply(
        line.main_end.toordinal(),
        line.release.toordinal(),
        start.toordinal(),
        substitute_days,
        granted.toordinal(),
        days,
    )
    return Timeline(line.expiry, date.fromordinal(main_end), date.fromordinal(release))


def _apply(
    main_end: int, release: int, first: int, substitute: int, granted: int, days: int
) -> tuple[int, int]:
    """One remission on day `granted` (ordinals): it shortens what is being served on that day,
    never to before that day nor before the detention start."""
    floor_day = max(granted, first)
    if granted < main_end:
        main_end = max(main_end - days, floor_day)
        return main_end, main_end + substitute
    if granted < release:
        return main_end, max(release - days, floor_day)
    return main_end, release


def case_timeline(
    case: Case, rules: RuleSet, remissions: Iterable[tuple[date, int]]
) -> Timeline | None:
    sentence = case.sentence
    if sentence is None or sentence.type not in FIXED_TERM:
        return None
    # fixed_length + expiry_date written out (the same arithmetic, without the Length value):
    # the proposal list computes this for every person of the register
    start = case.detention_start
    end = add_months(start, sentence.years * 12 + sentence.months)
    if sentence.days:
        end += timedelta(days=sentence.days)
    expiry = date.fromordinal(max(end.toordinal() - case.detention_credit_days, start.toordinal()))
    return timeline(start, expiry, case.fine_unpaid_subsidiary_days, remissions)


def fraction_date(
    case: Case, length: Length, fraction: Fraction, received_days: int, rules: RuleSet
) -> date:
    """detention_start + fraction x sentence - credit - remissions received (never before start)."""
    start = case.detention_start
    if rules.fraction_method == "days":
        total = (length.add_to(start) - start).days
        reached = start + timedelta(days=floor(total * fraction))
    else:
        reached = fraction_of(length, fraction, rules.days_per_month).add_to(start)
    offset = case.detention_credit_days + received_days
    return date.fromordinal(max(reached.toordinal() - offset, start.toordinal()))


def parole_possible(length: Length, rules: RuleSet) -> bool:
    """PB needs 2/3 of the sentence to be at least 9 months (months of 30 days)."""
    two_thirds = length_in_months(length, rules.days_per_month) * TWO_THIRDS
    return two_thirds >= rules.parole_min_two_thirds_months


def key_dates(case: Case, rules: RuleSet) -> KeyDates:
    """All key dates, counting every prior remission of the case; no dates without a fixed term."""
    length = fixed_length(case.sentence)
    if length is None:
        return KeyDates()
    history = [(r.date, r.days) for r in case.prior_remissions]
    line = case_timeline(case, rules, history)
    assert line is not None
    received = sum(days for _, days in history)
    third, half, two = (
        fraction_date(case, length, f, received, rules) for f in (ONE_THIRD, HALF, TWO_THIRDS)
    )
    return KeyDates(
        expiry_date=line.expiry,
        release_date=line.release,
        one_third=third,
        half=half,
        two_thirds=two,
        parole_date=two if parole_possible(length, rules) else None,
    )

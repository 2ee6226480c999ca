"""How much: the n-th remission of a kind, the RU/RK table rows, RD and RT amounts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from math import floor

from app.domain.remission.arith import add_years
from app.domain.remission.model import Case, Flags, Kind, Sentence
from app.domain.remission.rules import RuleSet, TableRow


def nth_remission(
    case: Case, kind: Kind, occasion: date, served_threshold: int, rules: RuleSet
) -> int:
    """Which remission of this kind the occasion's one is (1 = the first).

    "received" (default): 1 + the remissions of this kind received before the occasion.
    "years_since_detention": 1 + the earlier anniversaries of the occasion's day (same month and
    day in earlier years) within the current detention at which the served threshold was already
    passed, i.e. the remissions time alone would have earned (for RK the holiday moves each year;
    its date in the occasion's year is used as the anniversary, an approximation of a few days).
    """
    if rules.nth_counting == "received":
        nth = 1
        for r in case.prior_remissions:  # a loop, not sum(generator): once per grant of a list
            if r.kind == kind and r.date < occasion:
                nth += 1
        return nth
    count, back = 0, 1
    while True:
        anniversary = add_years(occasion, -back)
        served = (anniversary - case.detention_start).days
        if served <= served_threshold:
            return count + 1
        count, back = count + 1, back + 1


def table_row(kind: Kind, nth: int, served_days: int, rules: RuleSet) -> TableRow:
    table = rules.ru if kind == Kind.RU else rules.rk
    return table.row_for(nth, served_days)


@dataclass(frozen=True)
class RdAmount:
    exact: Fraction  # 1/12 of the sentence in days, before rounding
    days: int


def rd_amount(sentence: Sentence, rules: RuleSet) -> RdAmount:
    """(total months x 30 + days) x 1/12, rounded down, capped (remission.md RD default)."""
    total_days = (sentence.years * 12 + sentence.months) * rules.days_per_month + sentence.days
    exact = total_days * rules.rd.fraction
    return RdAmount(exact=exact, days=min(floor(exact), rules.rd.cap_days))


@dataclass(frozen=True)
class RtAmount:
    donor_days: int
    pemuka_days: int
    days: int  # what is given: the larger, or the sum (rules.rt_when_both)


def rt_amount(ru_days: int, flags: Flags, rules: RuleSet) -> RtAmount:
    donor = floor(ru_days * rules.rt.donor_fraction) if flags.donor else 0
    pemuka = floor(ru_days * rules.rt.pemuka_fraction) if flags.pemuka else 0
    given = donor + pemuka if rules.rt_when_both == "sum" else max(donor, pemuka)
    return RtAmount(donor_days=donor, pemuka_days=pemuka, days=given)


def largest_amount(kind: Kind, rules: RuleSet) -> int:
    """The most days one remission of `kind` can be under the rule table: the largest row of the
    RU or RK table (children's PMP uses the same tables), RD's cap, or for RT what the largest
    RU brings (largest_additional). An override, a correction or a history entry above it is
    refused."""
    if kind == Kind.RD:
        return rules.rd.cap_days
    if kind == Kind.RT:
        return largest_additional(largest_amount(Kind.RU, rules), rules)
    table = rules.ru if kind == Kind.RU else rules.rk
    return max(row.days for row in table.rows)


def largest_additional(ru_days: int, rules: RuleSet) -> int:
    """The most Remisi Tambahan an RU of `ru_days` can bring: as for a donor who is also a
    pemuka (the larger fraction, or both when the table sums them)."""
    return rt_amount(ru_days, Flags(donor=True, pemuka=True), rules).days

"""The remission decision for one case on one occasion: eligible or not, how much, which category,
the release date before and after, and every reason with its legal basis (remission.md).

Every exclusion that applies is listed (not only the first), so staff see all problems at once.

`decide(case, occasion, rules)` decides one case; `Decider(occasion, rules).decide(case)` decides
many for the same occasion (the proposal list of a facility is thousands of cases): what depends
only on the occasion and the rule table is then worked out once, not once per case.
"""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction
from typing import Any, NamedTuple

from app.domain.dates import long_date
from app.domain.remission.amounts import nth_remission, rd_amount, rt_amount, table_row
from app.domain.remission.arith import add_months, add_years
from app.domain.remission.keydates import FIXED_TERM, Timeline, case_timeline, extend
from app.domain.remission.model import Case, Kind, Occasion, Sentence, Status
from app.domain.remission.reasons import Reason, reason
from app.domain.remission.rules import RuleSet, TableRow
from app.text import QT_TRANSLATE_NOOP

# words that go into reason texts (translated when a stored reason is shown in English)
SENTENCE_WORDS = {
    "seumur_hidup": QT_TRANSLATE_NOOP("remission", "seumur hidup"),
    "mati": QT_TRANSLATE_NOOP("remission", "mati"),
}
MORE_THAN = QT_TRANSLATE_NOOP("remission", "lebih dari")
AT_LEAST = QT_TRANSLATE_NOOP("remission", "sedikitnya")
DURATION_UNITS = ("tahun", "bulan", "hari")  # describe(): "5 tahun 3 bulan"


# A NamedTuple (immutable, compared and printed field by field like the frozen dataclass it
# was) because it is several times cheaper to make: the proposal list makes one per person.
class Decision(NamedTuple):
    case_id: str
    kind: Kind
    eligible: bool
    days: int  # the RU / RK / RD amount (the full entitlement, also in category II)
    additional_days: int  # RT given with an RU
    category: str | None  # "I", "II" or None when not eligible
    susulan_candidate: bool
    served_days: int
    release_date_before: date | None
    release_date_after: date | None
    reasons: tuple[Reason, ...]
    child: bool = False
    nth: int | None = None
    # the unclamped end of what is being served (main sentence, or the substitute once the main
    # sentence is over) after this remission: category II exactly when it is <= the occasion
    new_end: date | None = None


def is_child(case: Case, on: date, rules: RuleSet) -> bool:
    """Under 18 at the verdict (the inkracht date; the occasion when no verdict is recorded)."""
    birth = case.birth_date
    if birth is None:
        return False
    verdict = case.inkracht_date or on
    # most people are clearly adults or clearly children by the year alone; only in the year of
    # the birthday does the day count (add_years then clips 29 February)
    coming_of_age = birth.year + rules.child_age_years
    if verdict.year != coming_of_age and coming_of_age <= date.max.year:
        return verdict.year < coming_of_age
    return verdict < add_years(birth, rules.child_age_years)


def decimal_id(value: Fraction) -> str:
    """A number of days to two decimals as Indonesian writes it: "152,5", "45,83", "90"."""
    return f"{float(value):.2f}".rstrip("0").rstrip(".").replace(".", ",")


def describe(sentence: Sentence) -> str:
    parts = zip((sentence.years, sentence.months, sentence.days), DURATION_UNITS, strict=True)
    return " ".join(f"{n} {w}" for n, w in parts if n) or "0 hari"


def decide(case: Case, occasion: Occasion, rules: RuleSet) -> Decision:
    return Decider(occasion, rules).decide(case)


def _refused(
    case: Case,
    kind: Kind,
    served: int,
    release: date | None,
    reasons: list[Reason],
    child: bool,
    susulan: bool = False,
    nth: int | None = None,
) -> Decision:
    """A "no": nothing granted, the release date unchanged, the reasons listed."""
    # positional: the field order of Decision (the hot path of the proposal list)
    return Decision(case.id, kind, False, 0, 0, None, susulan, served, release, release,
                    tuple(reasons), child, nth)  # fmt: skip


class Decider:
    """Decisions for one occasion under one rule table.

    Worked out once here rather than for every case: the discipline window, the bases looked up
    in the table, the RK religion check, and the reasons: a reason with the same code and the
    same values reads the same for everyone (the occasion's date, the flags, "served 120 days",
    "released on 3 May"), so it is made once and shared, which also lets the proposal list
    encode each distinct reason once. A Decider keeps no decision; all it keeps depends only on
    its (immutable) occasion and rules, and it lives for one computation."""

    def __init__(self, occasion: Occasion, rules: RuleSet) -> None:
        self.occasion = occasion
        self.rules = rules
        self.occ = occasion.date
        self.kind = occasion.kind
        self.ru_rk = occasion.kind in (Kind.RU, Kind.RK)
        # the kinds this occasion grants itself (RT goes with RU): not "another grant that day"
        self.own_kinds = (Kind.RU, Kind.RT) if occasion.kind == Kind.RU else (occasion.kind,)
        self.window_start = add_months(occasion.date, -rules.discipline_window_months)
        self._same: dict[tuple, Reason] = {}  # (code and values) -> the reason
        self._religion: dict[Any, tuple[Reason | None, bool]] = {}  # RK: religion -> check
        self._rows: dict[int, tuple[tuple[int, int | None, TableRow], ...]] = {}  # per n-th

    def _shared(self, key: tuple, code: str, basis_key: str, **params: Any) -> Reason:
        """The reason `code` (basis from the rule table), made once per `key`: the code and
        every value that goes into its text."""
        found = self._same.get(key)
        if found is None:
            found = self._same[key] = reason(code, self.rules.basis(basis_key), **params)
        return found

    def decide(self, case: Case) -> Decision:
        occ, rules = self.occ, self.rules
        served = (occ - case.detention_start).days
        if served < 0:
            served = 0
        priors = case.prior_remissions
        history = [(r.date, r.days) for r in priors if r.date < occ] if priors else []
        before = case_timeline(case, rules, history)
        child = case.birth_date is not None and is_child(case, occ, rules)
        threshold = rules.child_min_served_days if child else rules.min_served_days
        reasons: list[Reason] = []
        susulan = self._exclusions(case, served, threshold, before, reasons)
        # another kind granted on this very day (the RU and RT of 17 August 2025 for its RD):
        # part of the day's release date, though not of what was served before it
        own = self.own_kinds
        same_day = [r for r in priors if r.date == occ and r.kind not in own] if priors else ()
        if same_day and before is not None:
            before = case_timeline(case, rules, [*history, *((r.date, r.days) for r in same_day)])
            reasons.append(reason("SAME_DAY_COUNTED", rules.basis("categories"),
                                  kind=", ".join(sorted({r.kind.value for r in same_day})),
                                  days=sum(r.days for r in same_day),
                                  release=long_date(before.release)))  # fmt: skip
        ignored = len(priors) - len(history) - len(same_day)
        if ignored:
            key = ("HISTORY_AFTER_OCCASION", ignored)
            reasons.append(self._shared(key, key[0], "nth_counting", count=ignored))
        for r in reasons:
            if r.excludes:
                release = before.release if before is not None else None
                return _refused(case, self.kind, served, release, reasons, child, susulan)
        return self._grant(case, served, threshold, child, before, reasons)

    def _exclusions(
        self, case: Case, served: int, threshold: int, before: Timeline | None, out: list[Reason]
    ) -> bool:
        """Append every exclusion that applies; return whether the case is a remisi susulan
        candidate."""
        occ, kind, rules, ru_rk, shared = self.occ, self.kind, self.rules, self.ru_rk, self._shared
        sentence = case.sentence
        inkracht = case.inkracht_date
        narapidana = case.status == Status.NARAPIDANA and (inkracht is None or inkracht <= occ)
        if not narapidana:
            out.append(
                shared(
                    ("NOT_NARAPIDANA",), "NOT_NARAPIDANA", "narapidana_only", date=long_date(occ)
                )
            )
        if sentence is not None and sentence.type.value in rules.excluded_sentence_types:
            value = sentence.type.value
            words = SENTENCE_WORDS.get(value, value)
            key = ("SENTENCE_LIFE_OR_DEATH", value)
            out.append(shared(key, key[0], "excluded_sentence_types", sentence=words))
        start = case.detention_start
        if start > occ:
            basis = rules.basis("narapidana_only")
            out.append(reason("NOT_YET_DETAINED", basis, start=long_date(start)))
        else:
            if kind == Kind.RD:
                minimum = rules.rd.min_served_days
                if served < minimum:
                    key = ("SERVED_TOO_SHORT", served, minimum, "rd")
                    out.append(shared(key, key[0], "rd", served=served, condition=AT_LEAST,
                                      minimum=minimum))  # fmt: skip
            elif served <= threshold:
                child = threshold != rules.min_served_days
                basis_key = "child_min_served_days" if child else "min_served_days"
                key = ("SERVED_TOO_SHORT", served, threshold, basis_key)
                out.append(shared(key, key[0], basis_key, served=served, condition=MORE_THAN,
                                  minimum=threshold))  # fmt: skip
            if before is not None:
                if before.release <= occ:
                    key = ("ALREADY_RELEASED", before.release)
                    out.append(shared(key, key[0], "categories", release=long_date(before.release)))
                elif before.main_end <= occ and (ru_rk or not rules.rd.allowed_while_substitute):
                    key = ("SERVING_SUBSTITUTE", before.main_end)
                    main_end = long_date(before.main_end)
                    basis_key = "no_ru_rk_while_substitute_or_cmb"
                    out.append(shared(key, key[0], basis_key, main_end=main_end))
        if case.discipline:
            self._discipline_check(case, out)
        flags = case.flags
        if ru_rk and flags.cuti_menjelang_bebas:
            key = ("CUTI_MENJELANG_BEBAS",)
            out.append(shared(key, key[0], "no_ru_rk_while_substitute_or_cmb"))
        if not flags.corruption_fines_paid:
            key = ("CORRUPTION_FINES_UNPAID",)
            out.append(shared(key, key[0], "corruption_fines_paid"))
        if not flags.terrorism_programme_done:
            key = ("TERRORISM_PROGRAMME_NOT_DONE",)
            out.append(shared(key, key[0], "terrorism_programme_done"))
        if kind == Kind.RD and flags.escaped:
            out.append(shared(("ESCAPED",), "ESCAPED", "escaped_no_rd"))
        religion_ok = kind != Kind.RK or self._religion_check(case, out)
        life = sentence is not None and sentence.type not in FIXED_TERM
        susulan = not narapidana and ru_rk and served > threshold and not life and religion_ok
        if susulan:
            key = ("SUSULAN_CANDIDATE", served, threshold)
            out.append(shared(key, key[0], "susulan", served=served, minimum=threshold))
        year = occ.year
        for prior in case.prior_remissions:
            if prior.kind == kind and prior.date.year == year:
                key = ("ALREADY_GRANTED_THIS_YEAR", prior.date)
                out.append(shared(key, key[0], "one_per_year", kind=kind.value,
                                  date=long_date(prior.date), year=year))  # fmt: skip
                break
        return susulan

    def _discipline_check(self, case: Case, out: list[Reason]) -> None:
        """Register F entries dated from (occasion - 6 calendar months) up to the occasion,
        inclusive."""
        occ, window_start, rules = self.occ, self.window_start, self.rules
        hits = sorted(d for d in case.discipline if window_start <= d <= occ)
        if hits:
            out.append(
                reason(
                    "DISCIPLINE",
                    rules.basis("discipline_window_months"),
                    dates=", ".join(long_date(d) for d in hits),
                    months=rules.discipline_window_months,
                    window_start=long_date(window_start),
                )
            )

    def _religion_check(self, case: Case, out: list[Reason]) -> bool:
        """Whether the case's religion has the occasion's holiday; a reason when it has not."""
        found = self._religion.get(case.religion)
        if found is None:
            found = self._religion[case.religion] = self._religion_outcome(case.religion.value)
        refusal, ok = found
        if refusal is not None:
            out.append(refusal)
        return ok

    def _religion_outcome(self, religion: str) -> tuple[Reason | None, bool]:
        """(the reason against, whether the religion has the occasion's holiday)."""
        rules, occasion = self.rules, self.occasion
        own = rules.holiday_of(religion)
        wanted = rules.holiday_of(occasion.religion.value) if occasion.religion else None
        refusal = None
        if own is None:
            refusal = reason("NO_RELIGIOUS_HOLIDAY", rules.basis("religion"), religion=religion)
        elif own != wanted:
            names = rules.holiday_names
            occasion_name = names.get(wanted, "-") if wanted else "-"
            refusal = reason(
                "RELIGION_MISMATCH", rules.basis("religion"), own=names[own], occasion=occasion_name
            )
        return refusal, own is not None and own == wanted

    def _grant(
        self,
        case: Case,
        served: int,
        threshold: int,
        child: bool,
        before: Timeline | None,
        reasons: list[Reason],
    ) -> Decision:
        occ, kind, rules = self.occ, self.kind, self.rules
        sentence = case.sentence
        if sentence is None:
            raise ValueError(f"case {case.id}: a narapidana needs a sentence")
        nth: int | None = None
        additional = 0
        if kind == Kind.RD:
            amount = rd_amount(sentence, rules)
            days = amount.days
            exact = decimal_id(amount.exact)
            reasons.append(
                reason(
                    "RD_AMOUNT",
                    rules.rd.basis,
                    sentence=describe(sentence),
                    exact=exact,
                    cap=rules.rd.cap_days,
                    days=days,
                )
            )
        else:
            nth = nth_remission(case, kind, occ, threshold, rules)
            row = self._table_row(nth, served)
            days = row.days
            if kind == Kind.RU:
                reasons.append(
                    reason(
                        "RU_TABLE", row.basis, label=row.label, nth=nth, served=served, days=days
                    )
                )
                if case.flags.donor or case.flags.pemuka:  # else no RT
                    additional = _rt(case, rules, days, reasons)
            else:
                holiday = rules.holiday_names[rules.holiday_of(case.religion.value) or ""]
                reasons.append(
                    reason(
                        "RK_TABLE",
                        row.basis,
                        holiday=holiday,
                        label=row.label,
                        nth=nth,
                        served=served,
                        days=days,
                    )
                )
        if days <= 0:
            basis = {Kind.RU: rules.ru.basis, Kind.RK: rules.rk.basis}.get(kind, rules.rd.basis)
            reasons.append(reason("ZERO_AMOUNT", basis))
            release = before.release if before else None
            return _refused(case, kind, served, release, reasons, child, nth=nth)
        if child:
            basis = f"{rules.basis('child_age_years')}; {rules.basis('child_min_served_days')}"
            reasons.append(reason("CHILD_PMP", basis, age=rules.child_age_years))
        total = days + additional
        assert before is not None
        after = extend(before, case.detention_start, case.fine_unpaid_subsidiary_days, occ, total)
        in_main = before.main_end > occ
        current_end = before.main_end if in_main else before.release
        new_end = current_end - timedelta(days=total)
        substitute_left = case.fine_unpaid_subsidiary_days if in_main else 0
        category = "II" if new_end <= occ else "I"
        basis = rules.basis("categories")
        release_text = long_date(after.release)
        if category == "I":
            reasons.append(reason("CATEGORY_I", basis, release=release_text))
        elif substitute_left:
            reasons.append(
                reason(
                    "CATEGORY_II_SUBSTITUTE",
                    basis,
                    release=release_text,
                    substitute=substitute_left,
                )
            )
        else:
            reasons.append(reason("CATEGORY_II", basis, release=release_text))
        # positional: the field order of Decision (case_id, kind, eligible, days, additional_days,
        # category, susulan_candidate, served_days, release before/after, reasons, child, nth,
        # new_end)
        return Decision(case.id, kind, True, days, additional, category, False, served,
                        before.release, after.release, tuple(reasons), child, nth, new_end)  # fmt: skip

    def _table_row(self, nth: int, served: int) -> TableRow:
        """`table_row`, with the rows for each n-th (and their served ranges) looked out once."""
        rows = self._rows.get(nth)
        if rows is None:
            table = self.rules.ru if self.kind == Kind.RU else self.rules.rk
            rows = self._rows[nth] = tuple(
                (row.served_min_days, row.served_max_days, row)
                for row in table.rows
                if row.nth_min <= nth and (row.nth_max is None or nth <= row.nth_max)
            )
        for low, high, row in rows:  # TableRow.matches, the n-th already matched
            if low <= served and (high is None or served <= high):
                return row
        return table_row(self.kind, nth, served, self.rules)  # no row: the table's own error


def _rt(case: Case, rules: RuleSet, ru_days: int, reasons: list[Reason]) -> int:
    rt = rt_amount(ru_days, case.flags, rules)
    if rt.days == 0:
        return 0
    both = rules.rt_when_both == "sum"
    if rt.donor_days and (both or rt.donor_days >= rt.pemuka_days):
        reasons.append(reason("RT_DONOR", rules.rt.donor_basis,
                              fraction=_ratio(rules.rt.donor_fraction), ru=ru_days,
                              days=rt.donor_days))  # fmt: skip
    if rt.pemuka_days and (both or rt.pemuka_days > rt.donor_days):
        reasons.append(reason("RT_PEMUKA", rules.rt.pemuka_basis,
                              fraction=_ratio(rules.rt.pemuka_fraction), ru=ru_days,
                              days=rt.pemuka_days))  # fmt: skip
    if rt.donor_days and rt.pemuka_days and not both:  # say why the other one is not added
        smaller = min(rt.donor_days, rt.pemuka_days)
        reasons.append(reason("RT_BOTH_LARGER", rules.basis("rt_when_both"), days=rt.days,
                              smaller=smaller))  # fmt: skip
    return rt.days


def _ratio(fraction: Fraction) -> str:
    """A rule table's fraction as the table writes it ("1/2")."""
    return f"{fraction.numerator}/{fraction.denominator}"

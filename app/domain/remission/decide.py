"""The remission decision for one case on one occasion: eligible or not, how much, which category,
the release date before and after, and every reason with its legal basis (remission.md).

Every exclusion that applies is listed (not only the first), so staff see all problems at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.dates import long_date
from app.domain.remission.amounts import nth_remission, rd_amount, rt_amount, table_row
from app.domain.remission.arith import add_months, add_years
from app.domain.remission.keydates import Timeline, case_timeline, extend
from app.domain.remission.model import Case, Kind, Occasion, Sentence, Status
from app.domain.remission.reasons import Reason, reason
from app.domain.remission.rules import RuleSet

SENTENCE_WORDS = {"seumur_hidup": "seumur hidup", "mati": "mati"}


@dataclass(frozen=True)
class Decision:
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
    if case.birth_date is None:
        return False
    verdict = case.inkracht_date or on
    return verdict < add_years(case.birth_date, rules.child_age_years)


def describe(sentence: Sentence) -> str:
    parts = zip(
        (sentence.years, sentence.months, sentence.days), ("tahun", "bulan", "hari"), strict=True
    )
    return " ".join(f"{n} {w}" for n, w in parts if n) or "0 hari"


def decide(case: Case, occasion: Occasion, rules: RuleSet) -> Decision:
    occ, kind = occasion.date, occasion.kind
    served = max(0, (occ - case.detention_start).days)
    history = [(r.date, r.days) for r in case.prior_remissions if r.date < occ]
    before = case_timeline(case, rules, history)
    child = is_child(case, occ, rules)
    threshold = rules.child_min_served_days if child else rules.min_served_days
    reasons: list[Reason] = []
    susulan = _exclusions(case, occasion, rules, served, threshold, before, reasons)
    ignored = len(case.prior_remissions) - len(history)
    if ignored:
        reasons.append(reason("HISTORY_AFTER_OCCASION", rules.basis("nth_counting"), count=ignored))
    release_before = before.release if before else None
    if not any(r.excludes for r in reasons):
        return _grant(case, occasion, rules, served, threshold, child, before, reasons)
    return _refused(case, kind, served, release_before, reasons, child, susulan=susulan)


def _refused(
    case: Case,
    kind: Kind,
    served: int,
    release: date | None,
    reasons: list[Reason],
    child: bool,
    *,
    susulan: bool = False,
    nth: int | None = None,
) -> Decision:
    """A "no": nothing granted, the release date unchanged, the reasons listed."""
    return Decision(
        case_id=case.id,
        kind=kind,
        eligible=False,
        days=0,
        additional_days=0,
        category=None,
        susulan_candidate=susulan,
        served_days=served,
        release_date_before=release,
        release_date_after=release,
        reasons=tuple(reasons),
        child=child,
        nth=nth,
    )


def _exclusions(
    case: Case,
    occasion: Occasion,
    rules: RuleSet,
    served: int,
    threshold: int,
    before: Timeline | None,
    out: list[Reason],
) -> bool:
    """Append every exclusion that applies; return whether the case is a remisi susulan candidate."""
    occ, kind = occasion.date, occasion.kind
    ru_rk = kind in (Kind.RU, Kind.RK)
    sentence = case.sentence
    susulan = False
    narapidana = case.status == Status.NARAPIDANA and (
        case.inkracht_date is None or case.inkracht_date <= occ
    )
    if not narapidana:
        out.append(reason("NOT_NARAPIDANA", rules.basis("narapidana_only"), date=long_date(occ)))
    if sentence is not None and sentence.type.value in rules.excluded_sentence_types:
        words = SENTENCE_WORDS.get(sentence.type.value, sentence.type.value)
        out.append(
            reason("SENTENCE_LIFE_OR_DEATH", rules.basis("excluded_sentence_types"), sentence=words)
        )
    if case.detention_start > occ:
        start = long_date(case.detention_start)
        out.append(reason("NOT_YET_DETAINED", rules.basis("narapidana_only"), start=start))
    else:
        _served_check(kind, served, threshold, rules, out)
    if before is not None and case.detention_start <= occ:
        if before.release <= occ:
            out.append(
                reason(
                    "ALREADY_RELEASED", rules.basis("categories"), release=long_date(before.release)
                )
            )
        elif before.main_end <= occ and (ru_rk or not rules.rd.allowed_while_substitute):
            basis = rules.basis("no_ru_rk_while_substitute_or_cmb")
            out.append(reason("SERVING_SUBSTITUTE", basis, main_end=long_date(before.main_end)))
    _discipline_check(case, occ, rules, out)
    if ru_rk and case.flags.cuti_menjelang_bebas:
        out.append(reason("CUTI_MENJELANG_BEBAS", rules.basis("no_ru_rk_while_substitute_or_cmb")))
    if not case.flags.corruption_fines_paid:
        out.append(reason("CORRUPTION_FINES_UNPAID", rules.basis("corruption_fines_paid")))
    if not case.flags.terrorism_programme_done:
        out.append(reason("TERRORISM_PROGRAMME_NOT_DONE", rules.basis("terrorism_programme_done")))
    if kind == Kind.RD and case.flags.escaped:
        out.append(reason("ESCAPED", rules.basis("escaped_no_rd")))
    religion_ok = kind != Kind.RK or _religion_check(case, occasion, rules, out)
    life = sentence is not None and not sentence.type.is_fixed_term
    if not narapidana and ru_rk and served > threshold and not life and religion_ok:
        susulan = True
        out.append(
            reason("SUSULAN_CANDIDATE", rules.basis("susulan"), served=served, minimum=threshold)
        )
    for prior in case.prior_remissions:
        if prior.kind == kind and prior.date.year == occ.year:
            out.append(
                reason(
                    "ALREADY_GRANTED_THIS_YEAR",
                    rules.basis("one_per_year"),
                    kind=kind.value,
                    date=long_date(prior.date),
                    year=occ.year,
                )
            )
            break
    return susulan


def _served_check(
    kind: Kind, served: int, threshold: int, rules: RuleSet, out: list[Reason]
) -> None:
    if kind == Kind.RD:
        if served < rules.rd.min_served_days:
            out.append(
                reason(
                    "SERVED_TOO_SHORT",
                    rules.basis("rd"),
                    served=served,
                    condition="sedikitnya",
                    minimum=rules.rd.min_served_days,
                )
            )
    elif served <= threshold:
        key = "min_served_days" if threshold == rules.min_served_days else "child_min_served_days"
        out.append(
            reason(
                "SERVED_TOO_SHORT",
                rules.basis(key),
                served=served,
                condition="lebih dari",
                minimum=threshold,
            )
        )


def _discipline_check(case: Case, occ: date, rules: RuleSet, out: list[Reason]) -> None:
    """Register F entries dated from (occasion - 6 calendar months) up to the occasion, inclusive."""
    window_start = add_months(occ, -rules.discipline_window_months)
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


def _religion_check(case: Case, occasion: Occasion, rules: RuleSet, out: list[Reason]) -> bool:
    """Whether the case's religion has the occasion's holiday; a reason when it has not."""
    own = rules.holiday_of(case.religion.value)
    wanted = rules.holiday_of(occasion.religion.value) if occasion.religion else None
    if own is None:
        out.append(
            reason("NO_RELIGIOUS_HOLIDAY", rules.basis("religion"), religion=case.religion.value)
        )
    elif own != wanted:
        names = rules.holiday_names
        occasion_name = names.get(wanted, "-") if wanted else "-"
        out.append(
            reason(
                "RELIGION_MISMATCH", rules.basis("religion"), own=names[own], occasion=occasion_name
            )
        )
    return own is not None and own == wanted


def _grant(
    case: Case,
    occasion: Occasion,
    rules: RuleSet,
    served: int,
    threshold: int,
    child: bool,
    before: Timeline | None,
    reasons: list[Reason],
) -> Decision:
    occ, kind = occasion.date, occasion.kind
    sentence = case.sentence
    if sentence is None:
        raise ValueError(f"case {case.id}: a narapidana needs a sentence")
    nth: int | None = None
    additional = 0
    if kind == Kind.RD:
        amount = rd_amount(sentence, rules)
        days = amount.days
        exact = f"{float(amount.exact):.2f}".rstrip("0").rstrip(".")
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
        row = table_row(kind, nth, served, rules)
        days = row.days
        if kind == Kind.RU:
            reasons.append(
                reason("RU_TABLE", row.basis, label=row.label, nth=nth, served=served, days=days)
            )
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
    if category == "I":
        reasons.append(reason("CATEGORY_I", basis, release=long_date(after.release)))
    elif substitute_left:
        reasons.append(
            reason(
                "CATEGORY_II_SUBSTITUTE",
                basis,
                release=long_date(after.release),
                substitute=substitute_left,
            )
        )
    else:
        reasons.append(reason("CATEGORY_II", basis, release=long_date(after.release)))
    return Decision(
        case_id=case.id,
        kind=kind,
        eligible=True,
        days=days,
        additional_days=additional,
        category=category,
        susulan_candidate=False,
        served_days=served,
        release_date_before=before.release,
        release_date_after=after.release,
        reasons=tuple(reasons),
        child=child,
        nth=nth,
        new_end=new_end,
    )


def _rt(case: Case, rules: RuleSet, ru_days: int, reasons: list[Reason]) -> int:
    rt = rt_amount(ru_days, case.flags, rules)
    if rt.days == 0:
        return 0
    both = rules.rt_when_both == "sum"
    if rt.donor_days and (both or rt.donor_days >= rt.pemuka_days):
        reasons.append(reason("RT_DONOR", rules.rt.donor_basis, ru=ru_days, days=rt.donor_days))
    if rt.pemuka_days and (both or rt.pemuka_days > rt.donor_days):
        reasons.append(reason("RT_PEMUKA", rules.rt.pemuka_basis, ru=ru_days, days=rt.pemuka_days))
    return rt.days

"""The register mapped to the remission engine: domain `Case` values built from the inmate rows.

One query per table for the whole register (the proposal list of a facility is a few thousand
people), so building the cases costs about as much as loading the rows. What the register does
not hold, and the default chosen (remission.md, issue 5):
- Sentence, inkracht date, fine substitute: the *current case* (latest verdict date, else the
  last entered, as the register's record shows it). Several cases are not summed.
- Unpaid fine substitute days: the current case's `substitute_days` unless `fine_paid`.
- Detention start: the start of the last continuous run of rutan detention periods (a period
  starting at most one day after the previous one ends); with no rutan period, the admission date.
  The register records only detention *before* the verdict; detention after the verdict
  continues without a period, so the run is open-ended.
- Detention credit: every other period that began before that start (an earlier, interrupted
  rutan detention in full; house arrest 1/3, city arrest 1/5, KUHAP Pasal 22; rule table).
- Religion: the register's religion in lowercase ("" -> lainnya).
- Flags (donor, pemuka, escaped, corruption fines paid, terrorism programme done, cuti menjelang
  bebas): the per-inmate remission flags; without a flags row the engine defaults, except that a
  corruption case (crime category containing "korupsi") with a fine not paid counts as
  "corruption fines not paid" (the register knows the fine is unpaid; restitution it does not).
- Prior remissions: the ledger (voided entries left out); PMP counts as its basis kind (RU/RK).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from operator import itemgetter

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.db.models import (
    DetentionPeriod,
    DisciplineEntry,
    Inmate,
    InmateCase,
    RemissionFlags,
    RemissionGrant,
)
from app.domain.remission.arith import longer_than_max
from app.domain.remission.keydates import credit_days
from app.domain.remission.model import (
    Case,
    Flags,
    Kind,
    PriorRemission,
    Religion,
    Sentence,
    SentenceType,
    Status,
)
from app.domain.remission.rules import RuleSet

ACTIVE = ("tahanan", "narapidana")
RELIGION_OF = {r.value: r for r in Religion}
SENTENCE_TYPES = {t.value: t for t in SentenceType}
UNSEEN = object()  # a sentence not met yet in register_rows' cache
KINDS = {k.value: k for k in Kind}
PERIOD_ORDER = itemgetter(1, 2)  # (kind, start, end) by start, then end
DEFAULT_FLAGS = Flags()
CORRUPTION_UNPAID = Flags(corruption_fines_paid=False)
FLAG_COLUMNS = (
    "donor",
    "pemuka",
    "escaped",
    "corruption_fines_paid",
    "terrorism_programme_done",
    "cuti_menjelang_bebas",
)  # fmt: skip (the order of the Flags fields)


@dataclass(frozen=True)
class RegisterCase:
    """One person of the register as the engine sees them (case None: the register lacks data)."""

    inmate_id: str
    reg_number: str
    full_name: str
    case: Case | None
    problem: str = ""  # why no case could be built: "no_detention_start", "sentence_too_long"


def ledger_kind(kind: str, basis_kind: str) -> Kind:
    return KINDS[basis_kind or "RU"] if kind == "PMP" else KINDS[kind]


def detention_start_and_credit(
    periods: Iterable[tuple[str, date, date]], admission: date | None, rules: RuleSet
) -> tuple[date | None, int]:
    """(start of the last continuous rutan detention, credited days of earlier detention)."""
    ordered = sorted(periods, key=PERIOD_ORDER)
    if not ordered:  # the common cases first (the proposal list asks for thousands)
        return admission, 0
    if len(ordered) == 1 and ordered[0][0] == "rutan":
        return ordered[0][1], 0
    rutan = [p for p in ordered if p[0] == "rutan"]
    start: date | None = admission
    if rutan:
        start, end = rutan[0][1], rutan[0][2]
        for _, s, e in rutan[1:]:
            if s > end + timedelta(days=1):  # a gap: a new detention begins
                start, end = s, e
            else:
                end = max(end, e)
    if start is None:
        return None, 0
    credit = 0
    for kind, s, e in ordered:
        if s < start:
            days = (min(e, start - timedelta(days=1)) - s).days + 1
            if days > 0:
                credit += credit_days(days, kind if kind in ("rumah", "kota") else "rutan", rules)
    return start, credit


def _current_case(rows: list[tuple]) -> tuple | None:
    """The case with the latest verdict date, else the last entered (InmateData.main_case)."""
    if not rows:
        return None
    if len(rows) == 1:
        return rows[0]
    with_verdict = [r for r in rows if r[1] is not None]
    if with_verdict:
        return max(with_verdict, key=lambda r: r[1])
    return max(rows, key=lambda r: r[0])


def register_queries(inmate_ids: list[str] | None) -> dict[str, Select]:
    """The Core SELECTs the cases are built from (also what the benchmark's bare load runs)."""
    i, c, d = Inmate.__table__.c, InmateCase.__table__.c, DetentionPeriod.__table__.c
    f, g = DisciplineEntry.__table__.c, RemissionGrant.__table__.c
    people = select(
        i.id, i.reg_number, i.full_name, i.status, i.religion, i.birth_date, i.admission_date
    ).order_by(i.name_key, i.id)
    people = people.where(i.id.in_(inmate_ids) if inmate_ids is not None else i.status.in_(ACTIVE))

    def limit(stmt: Select, column) -> Select:
        return stmt.where(column.in_(inmate_ids)) if inmate_ids is not None else stmt

    return {
        "people": people,
        "cases": limit(select(
            c.inmate_id, c.position, c.verdict_date, c.inkracht_date, c.sentence_type,
            c.sentence_years, c.sentence_months, c.sentence_days, c.fine, c.substitute_days,
            c.fine_paid, c.crime_category,
        ), c.inmate_id),
        "periods": limit(select(d.inmate_id, d.kind, d.start_date, d.end_date), d.inmate_id),
        "discipline": limit(select(f.inmate_id, f.date).order_by(f.date), f.inmate_id),
        "grants": limit(select(g.inmate_id, g.kind, g.basis_kind, g.date, g.days)
                        .where(g.voided.is_(False)).order_by(g.date, g.id), g.inmate_id),
        "flags": limit(select(*RemissionFlags.__table__.c), RemissionFlags.__table__.c.inmate_id),
    }  # fmt: skip


def load_register_cases(
    session: Session, rules: RuleSet, inmate_ids: Iterable[str] | None = None
) -> list[RegisterCase]:
    """Cases for the active register (tahanan + narapidana), or for the given inmates."""
    return [
        RegisterCase(inmate_id, reg, name, case, problem)
        for inmate_id, reg, name, case, problem in register_rows(session, rules, inmate_ids)
    ]


def register_cases(
    session: Session, rules: RuleSet, inmate_ids: Iterable[str] | None = None
) -> list[tuple[str, Case | None, str]]:
    """(inmate id, case, problem) for each person, in register order: what the proposal list
    needs of `load_register_cases` (without a RegisterCase for each of thousands of people)."""
    return [(row[0], row[3], row[4]) for row in register_rows(session, rules, inmate_ids)]


def register_rows(
    session: Session, rules: RuleSet, inmate_ids: Iterable[str] | None = None
) -> list[tuple[str, str, str, Case | None, str]]:
    """(inmate id, registration number, name, case, problem) for each person, in name order."""
    ids = list(inmate_ids) if inmate_ids is not None else None
    queries = register_queries(ids)
    conn = session.connection()
    person_rows = conn.execute(queries["people"]).all()
    # One pass per table, each row kept in the shape the case needs (the rows of people outside
    # the active register are skipped); equal values are shared (a facility has few distinct
    # sentences and ledger entries), which keeps the thousands of cases cheap to build.
    cases: dict[str, list[tuple]] = {r[0]: [] for r in person_rows}
    periods: dict[str, list[tuple]] = {}
    discipline: dict[str, list[date]] = {}
    history: dict[str, list[PriorRemission]] = {}
    for row in conn.execute(queries["cases"]).all():
        found = cases.get(row[0])
        if found is not None:
            found.append(row[1:])
    for row in conn.execute(queries["periods"]).all():
        if row[0] in cases:
            periods.setdefault(row[0], []).append(row[1:])
    for inmate_id, when in conn.execute(queries["discipline"]).all():
        if inmate_id in cases:
            discipline.setdefault(inmate_id, []).append(when)
    priors: dict[tuple, PriorRemission] = {}
    for row in conn.execute(queries["grants"]).all():
        if row[0] in cases:
            key = row[1:]  # (kind, basis kind, date, days)
            prior = priors.get(key)
            if prior is None:
                kind, basis, when, days = key
                prior = priors[key] = PriorRemission(ledger_kind(kind, basis), when, days)
            history.setdefault(row[0], []).append(prior)
    flags = {row.inmate_id: row for row in conn.execute(queries["flags"]).all()}
    sentences: dict[tuple, Sentence | None] = {}  # None: longer than the maximum
    religions: dict[str | None, Religion] = {}
    result = []
    for inmate_id, reg, name, status, religion, birth, admission in person_rows:
        spans = periods.get(inmate_id)
        if spans is None:  # the common cases of detention_start_and_credit, without the call
            start, credit = admission, 0
        elif len(spans) == 1 and spans[0][0] == "rutan":
            start, credit = spans[0][1], 0
        else:
            start, credit = detention_start_and_credit(spans, admission, rules)
        if start is None:
            result.append((inmate_id, reg, name, None, "no_detention_start"))
            continue
        current = _current_case(cases[inmate_id])
        sentence = None
        inkracht = None
        substitute = 0
        case_flags = DEFAULT_FLAGS
        if current is not None:
            _, _, inkracht, stype, years, months, days, fine, sub_days, paid, crime = current
            if stype:
                key = (stype, years, months, days)
                sentence = sentences.get(key, UNSEEN)
                if sentence is UNSEEN:  # checked once per distinct sentence (Fraction is slow)
                    kind = SENTENCE_TYPES[stype]
                    too_long = kind.is_fixed_term and longer_than_max(years, months, days)
                    sentence = sentences[key] = (
                        None if too_long else Sentence(kind, years, months, days)
                    )
                if sentence is None:
                    # refused on entry; a record from before that check (or an old backup)
                    # would take its dates off the calendar
                    result.append((inmate_id, reg, name, None, "sentence_too_long"))
                    continue
            substitute = 0 if paid else sub_days
            if fine and not paid and "korupsi" in (crime or "").lower():
                case_flags = CORRUPTION_UNPAID
        flag_row = flags.get(inmate_id)
        if flag_row is not None:
            case_flags = Flags(*(flag_row._mapping[n] for n in FLAG_COLUMNS))
        faith = religions.get(religion)
        if faith is None:
            faith = religions[religion] = RELIGION_OF.get(
                (religion or "").strip().lower(), Religion.LAINNYA
            )
        # positional, in the field order of Case: twice as fast as keywords for 12 fields, and
        # this runs once per person of the register
        case = Case(
            inmate_id,  # id
            Status.NARAPIDANA if status == "narapidana" else Status.TAHANAN,  # status
            faith,  # religion
            sentence,
            start,  # detention_start
            birth,  # birth_date
            credit,  # detention_credit_days
            inkracht,  # inkracht_date
            substitute,  # fine_unpaid_subsidiary_days
            tuple(discipline.get(inmate_id, ())),  # discipline
            tuple(history.get(inmate_id, ())),  # prior_remissions
            case_flags,  # flags
        )
        result.append((inmate_id, reg, name, case, ""))
    return result

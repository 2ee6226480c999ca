"""The remission rule table as a validated value: amounts, thresholds, holidays, open choices.

The table is data (resources/rules/remission.json, DESIGN rule 10): every number carries its legal
basis. `parse_rules(dict)` is pure (no file access) so an admin editor can validate a changed
table before it is saved; it refuses a malformed table with `RuleTableError` naming the key.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from app.domain.remission.reader import Reader, RuleTableError

__all__ = [
    "AmountTable",
    "RdRule",
    "RtRule",
    "RuleSet",
    "RuleTableError",
    "TableRow",
    "parse_rules",
]

NTH_CHOICES = ("received", "years_since_detention")
RT_CHOICES = ("max", "sum")
FRACTION_CHOICES = ("calendar_months", "days")
RELIGIONS = ("islam", "kristen", "katolik", "hindu", "buddha", "konghucu", "lainnya")
SENTENCE_TYPES = ("penjara", "kurungan", "seumur_hidup", "mati")
ELIGIBILITY_KEYS = (
    "narapidana_only", "susulan", "excluded_sentence_types", "no_ru_rk_while_substitute_or_cmb",
    "corruption_fines_paid", "terrorism_programme_done", "escaped_no_rd", "one_per_year",
)  # fmt: skip


@dataclass(frozen=True)
class TableRow:
    """One row: the n-th remission of a kind (nth_max None = and later) within a served range."""

    label: str
    nth_min: int
    nth_max: int | None
    served_min_days: int
    served_max_days: int | None
    days: int
    basis: str

    def matches(self, nth: int, served_days: int) -> bool:
        return (
            self.nth_min <= nth
            and (self.nth_max is None or nth <= self.nth_max)
            and self.served_min_days <= served_days
            and (self.served_max_days is None or served_days <= self.served_max_days)
        )


@dataclass(frozen=True)
class AmountTable:
    name: str
    basis: str
    rows: tuple[TableRow, ...]

    def row_for(self, nth: int, served_days: int) -> TableRow:
        for row in self.rows:
            if row.matches(nth, served_days):
                return row
        raise LookupError(f"{self.name}: no row for n={nth}, served={served_days}")  # validated


@dataclass(frozen=True)
class RdRule:
    month: int
    day: int
    year_modulo: int
    year_remainder: int
    fraction: Fraction
    cap_days: int
    min_served_days: int
    allowed_while_substitute: bool
    basis: str

    def is_dasawarsa_year(self, year: int) -> bool:
        return year % self.year_modulo == self.year_remainder


@dataclass(frozen=True)
class RtRule:
    donor_fraction: Fraction
    pemuka_fraction: Fraction
    basis: str
    donor_basis: str
    pemuka_basis: str


@dataclass(frozen=True)
class RuleSet:
    days_per_month: int
    units_basis: str
    min_served_days: int
    child_min_served_days: int
    child_age_years: int
    discipline_window_months: int
    parole_min_two_thirds_months: int
    excluded_sentence_types: frozenset[str]
    ru: AmountTable
    ru_month_day: tuple[int, int]
    rk: AmountTable
    holiday_names: Mapping[str, str]
    holiday_lookup: Mapping[str, str]
    religion_holiday: Mapping[str, str | None]
    rd: RdRule
    rt: RtRule
    credit_fractions: Mapping[str, Fraction]
    nth_counting: str
    rt_when_both: str
    fraction_method: str
    bases: Mapping[str, str]  # legal basis per threshold / eligibility rule / option key
    source: Mapping[str, Any] = field(repr=False, compare=False)

    def basis(self, key: str) -> str:
        return self.bases[key]

    def holiday_of(self, religion: str) -> str | None:
        return self.religion_holiday.get(religion)

    def raw(self) -> dict[str, Any]:
        """A deep copy of the table as parsed: what an editor shows and changes."""
        return copy.deepcopy(dict(self.source))


def parse_rules(data: Mapping[str, Any]) -> RuleSet:
    """Validate a parsed rule table and build the RuleSet; RuleTableError names the bad key."""
    r = Reader(data)
    if r.integer("schema", minimum=1) != 1:
        raise RuleTableError("schema", "versi skema tidak dikenal")
    bases: dict[str, str] = {"units": r.text("units.basis")}
    thresholds = {}
    for key in (
        "min_served_days",
        "child_min_served_days",
        "child_age_years",
        "discipline_window_months",
        "parole_min_two_thirds_months",
    ):
        thresholds[key] = r.integer(f"thresholds.{key}.value", minimum=0)
        bases[key] = r.text(f"thresholds.{key}.basis")
    for key in ("min_served_days", "child_min_served_days"):
        r.choice(f"thresholds.{key}.comparison", ("greater_than",))
    for key in ELIGIBILITY_KEYS:
        bases[key] = r.text(f"eligibility.{key}.basis")
    excluded = r.string_list("eligibility.excluded_sentence_types.value", SENTENCE_TYPES)
    options = {}
    for key, choices in (
        ("nth_counting", NTH_CHOICES),
        ("rt_when_both", RT_CHOICES),
        ("fraction_method", FRACTION_CHOICES),
    ):
        options[key] = r.choice(f"options.{key}.value", choices)
        bases[key] = r.text(f"options.{key}.basis")
    holidays = r.mapping("rk.holidays")
    holiday_names = {k: r.text(f"rk.holidays.{k}.name") for k in holidays}
    # what to look for in the `holidays` package's Indonesian names (the RK date proposal)
    holiday_lookup = {k: r.text(f"rk.holidays.{k}.holidays_name_contains") for k in holidays}
    religion_holiday: dict[str, str | None] = {}
    for religion in RELIGIONS:
        value = r.optional_choice(f"rk.religion_holiday.{religion}", tuple(holiday_names))
        religion_holiday[religion] = value
    bases["religion"] = r.text("rk.religion_basis")
    bases["rd"] = r.text("rd.basis")
    rd = RdRule(
        *r.month_day("rd.month_day"),
        year_modulo=r.integer("rd.year_modulo", minimum=1),
        year_remainder=r.integer("rd.year_remainder", minimum=0),
        fraction=r.fraction("rd.fraction"),
        cap_days=r.integer("rd.cap_days", minimum=0),
        min_served_days=r.integer("rd.min_served_days", minimum=0),
        allowed_while_substitute=r.boolean("rd.allowed_while_substitute"),
        basis=bases["rd"],
    )
    r.choice("rd.min_served_comparison", ("at_least",))
    rt = RtRule(
        donor_fraction=r.fraction("rt.donor_fraction"),
        pemuka_fraction=r.fraction("rt.pemuka_fraction"),
        basis=r.text("rt.basis"),
        donor_basis=r.text("rt.donor_basis"),
        pemuka_basis=r.text("rt.pemuka_basis"),
    )
    credit = {k: r.fraction(f"detention_credit.{k}") for k in ("rutan", "rumah", "kota")}
    bases["detention_credit"] = r.text("detention_credit.basis")
    bases["categories"] = r.text("categories.basis")
    return RuleSet(
        days_per_month=r.integer("units.days_per_month", minimum=1),
        units_basis=bases["units"],
        min_served_days=thresholds["min_served_days"],
        child_min_served_days=thresholds["child_min_served_days"],
        child_age_years=thresholds["child_age_years"],
        discipline_window_months=thresholds["discipline_window_months"],
        parole_min_two_thirds_months=thresholds["parole_min_two_thirds_months"],
        excluded_sentence_types=frozenset(excluded),
        ru=_table(r, "ru"),
        ru_month_day=r.month_day("ru.month_day"),
        rk=_table(r, "rk"),
        holiday_names=holiday_names,
        holiday_lookup=holiday_lookup,
        religion_holiday=religion_holiday,
        rd=rd,
        rt=rt,
        credit_fractions=credit,
        nth_counting=options["nth_counting"],
        rt_when_both=options["rt_when_both"],
        fraction_method=options["fraction_method"],
        bases=bases,
        source=copy.deepcopy(dict(data)),
    )


def _table(r: Reader, key: str) -> AmountTable:
    rows = []
    for i in range(r.list_length(f"{key}.rows", minimum=1)):
        p = f"{key}.rows[{i}]"
        row = TableRow(
            label=r.text(f"{p}.label"),
            nth_min=r.integer(f"{p}.nth_min", minimum=1),
            nth_max=r.optional_integer(f"{p}.nth_max", minimum=1),
            served_min_days=r.integer(f"{p}.served_min_days", minimum=0),
            served_max_days=r.optional_integer(f"{p}.served_max_days", minimum=0),
            days=r.integer(f"{p}.days", minimum=0),
            basis=r.text(f"{p}.basis"),
        )
        if row.nth_max is not None and row.nth_max < row.nth_min:
            raise RuleTableError(f"{p}.nth_max", "lebih kecil dari nth_min")
        if row.served_max_days is not None and row.served_max_days < row.served_min_days:
            raise RuleTableError(f"{p}.served_max_days", "lebih kecil dari served_min_days")
        rows.append(row)
    _check_coverage(key, rows)
    _check_rising(key, rows)
    return AmountTable(name=r.text(f"{key}.name"), basis=r.text(f"{key}.basis"), rows=tuple(rows))


def _check_rising(key: str, rows: list[TableRow]) -> None:
    """A later remission, or a longer time served, never earns fewer days (Keppres 174/1999
    Pasal 4 and 5 rise year by year): a falling amount is a typing slip. Checked at every corner
    of the table (each row's first n and first served day against the next ones)."""
    table = AmountTable(name=key, basis="", rows=tuple(rows))
    nths = sorted({row.nth_min for row in rows})
    served = sorted({row.served_min_days for row in rows})
    for a, nth in enumerate(nths):
        for b, days in enumerate(served):
            here = table.row_for(nth, days)
            later = [table.row_for(nths[a + 1], days)] if a + 1 < len(nths) else []
            longer = [table.row_for(nth, served[b + 1])] if b + 1 < len(served) else []
            for row in (*later, *longer):
                if row.days < here.days:
                    raise RuleTableError(
                        f"{key}.rows[{rows.index(row)}].days",
                        f"lebih sedikit ({row.days} hari) daripada baris "
                        f"\u201c{here.label}\u201d ({here.days} hari)",
                    )


def _check_coverage(key: str, rows: list[TableRow]) -> None:
    """Every n >= 1 and every served length must match exactly one row (no gap, no overlap)."""
    bounds = {1} | {row.nth_min for row in rows}
    bounds |= {row.nth_max + 1 for row in rows if row.nth_max is not None}
    for nth in sorted(bounds):
        matching = sorted(
            (
                row
                for row in rows
                if row.nth_min <= nth and (row.nth_max is None or nth <= row.nth_max)
            ),
            key=lambda row: row.served_min_days,
        )
        expected = 0
        for row in matching:
            index = rows.index(row)
            if expected is None or row.served_min_days != expected:
                problem = (
                    "tumpang tindih"
                    if expected is None or row.served_min_days < expected
                    else "celah"
                )
                raise RuleTableError(f"{key}.rows[{index}]", f"{problem} pada remisi ke-{nth}")
            expected = None if row.served_max_days is None else row.served_max_days + 1
        if expected is not None:
            raise RuleTableError(f"{key}.rows", f"tidak ada baris untuk remisi ke-{nth}")

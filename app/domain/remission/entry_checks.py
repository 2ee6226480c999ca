"""What a remission given or entered by hand must fit, so that no impossible entry moves a
release date: an override or a correction no more days than the rule table can give; a
history entry (from before Sibina, from another facility) also its day within the current
detention and on the day the law gives that kind, not a second one of its kind in a year, and
not from before the verdict was final (only a narapidana receives remission) unless it can be a
remisi susulan (RU, RK and its RT: detained longer than the served threshold on the day).

RU, its RT and RD are given on 17 August (the rule table's month-day; RD only in a dasawarsa
year); RK's holiday moves each year, so its day is not checked. A PMP counts as its basis kind.
The problems are (message template, values) per field, for the service's ValidationError.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from app.domain.remission.amounts import largest_additional, largest_amount
from app.domain.remission.arith import add_years
from app.domain.remission.model import Kind, PriorRemission
from app.domain.remission.rules import RuleSet
from app.text import QT_TRANSLATE_NOOP

Problems = dict[str, tuple[str, dict[str, Any]]]

AMOUNT_ABOVE_TABLE = QT_TRANSLATE_NOOP(
    "errors", "Paling banyak {most} hari untuk jenis remisi ini menurut tabel aturan."
)
RT_ABOVE_TABLE = QT_TRANSLATE_NOOP(
    "errors", "Remisi Tambahan paling banyak {most} hari untuk remisi {days} hari (tabel aturan)."
)
BEFORE_DETENTION = QT_TRANSLATE_NOOP(
    "errors",
    "Tanggal ini sebelum awal penahanan yang tercatat ({start}); remisi hanya dari masa pidana "
    "ini. WBP pindahan: catat dulu masa penahanannya di data WBP.",
)
NOT_ON_THE_DAY = QT_TRANSLATE_NOOP(
    "errors",
    "Jenis remisi ini diberikan tiap tanggal {day} (hari-bulan); tanggal SK diisi di kolom "
    "Tanggal SK.",
)
NOT_A_DASAWARSA_YEAR = QT_TRANSLATE_NOOP(
    "errors", "Remisi Dasawarsa hanya diberikan pada tahun dasawarsa (mis. {years})."
)
BEFORE_VERDICT = QT_TRANSLATE_NOOP(
    "errors",
    "Tanggal ini sebelum putusan berkekuatan hukum tetap ({inkracht}): saat itu masih tahanan, "
    "dan remisi hanya untuk narapidana. Remisi susulan hanya bila pada tanggal itu sudah "
    "ditahan lebih dari {minimum} hari.",
)
RD_BEFORE_VERDICT = QT_TRANSLATE_NOOP(
    "errors",
    "Tanggal ini sebelum putusan berkekuatan hukum tetap ({inkracht}): saat itu masih tahanan, "
    "dan Remisi Dasawarsa hanya untuk narapidana (tanpa remisi susulan).",
)
ALREADY_THIS_YEAR = QT_TRANSLATE_NOOP(
    "errors",
    "Sudah tercatat {kind} tanggal {existing} ({days} hari); {kind} diberikan satu kali setiap "
    "tahun.",
)


def ledger_entry_problems(
    kind: Kind, on: date, days: int, detention_start: date | None, rules: RuleSet
) -> Problems:
    """The problems of an entry of `kind` (a PMP: its basis kind) dated `on` for `days`."""
    problems: Problems = {}
    if detention_start is not None and on < detention_start:
        problems["date"] = (BEFORE_DETENTION, {"start": f"{detention_start:%d-%m-%Y}"})
    elif kind == Kind.RD and not rules.rd.is_dasawarsa_year(on.year):
        problems["date"] = (NOT_A_DASAWARSA_YEAR, {"years": _dasawarsa_years(on.year, rules)})
    else:
        day = _day_of(kind, rules)
        if day is not None and (on.month, on.day) != day:
            problems["date"] = (NOT_ON_THE_DAY, {"day": f"{day[1]:02d}-{day[0]:02d}"})
    problems.update(amount_problems(kind, days, 0, rules))
    return problems


def repeat_problems(
    kind: Kind, on: date, ledger: Iterable[PriorRemission], rules: RuleSet
) -> Problems:
    """A second remission of `kind` in the year of `on` (the engine's one_per_year): one RU (17
    August) and one RK a year (the holiday of the religion first recorded: one per person), one
    RD in its dasawarsa year, one RT with the year's RU; two RT only when the table sums the
    donor and the pemuka RT (an archive may hold them as two decrees). `ledger`: the inmate's
    entries, voided ones left out, a PMP as its basis kind."""
    if kind == Kind.RT and rules.rt_when_both == "sum":
        return {}
    for prior in ledger:
        if prior.kind == kind and prior.date.year == on.year:
            values = {"kind": kind.value, "existing": f"{prior.date:%d-%m-%Y}", "days": prior.days}
            return {"date": (ALREADY_THIS_YEAR, values)}
    return {}


def before_verdict_problems(
    kind: Kind,
    on: date,
    inkracht: date | None,
    detention_start: date | None,
    birth_date: date | None,
    rules: RuleSet,
) -> Problems:
    """An entry dated before the verdict became final (`inkracht`: the first final verdict the
    register knows; None when unknown, which refuses nothing): the person was a detainee, and only
    a narapidana receives remission. An RU or RK (and the RT that goes with an RU) is a remisi
    susulan when the person had then been detained longer than the served threshold (time as a
    detainee counts; a child at the verdict: the child threshold); RD has no remisi susulan."""
    if inkracht is None or on >= inkracht:
        return {}
    values: dict[str, Any] = {"inkracht": f"{inkracht:%d-%m-%Y}"}
    if kind == Kind.RD:
        return {"date": (RD_BEFORE_VERDICT, values)}
    child = birth_date is not None and inkracht < add_years(birth_date, rules.child_age_years)
    minimum = rules.child_min_served_days if child else rules.min_served_days
    if detention_start is None or (on - detention_start).days > minimum:
        return {}
    return {"date": (BEFORE_VERDICT, dict(values, minimum=minimum))}


def amount_problems(kind: Kind, days: int, additional_days: int, rules: RuleSet) -> Problems:
    """More days than the rule table can give one remission of `kind`, or (with an RU) more RT
    than it can bring with `days`: an override, a correction or a history entry."""
    most = largest_amount(kind, rules)
    if days > most:
        return {"days": (AMOUNT_ABOVE_TABLE, {"most": most})}
    most = largest_additional(days, rules)
    if additional_days > most:
        return {"additional_days": (RT_ABOVE_TABLE, {"most": most, "days": days})}
    return {}


def _day_of(kind: Kind, rules: RuleSet) -> tuple[int, int] | None:
    """(month, day) the kind is given on; None for RK (its holiday moves)."""
    if kind in (Kind.RU, Kind.RT):
        return rules.ru_month_day
    if kind == Kind.RD:
        return rules.rd.month, rules.rd.day
    return None


def _dasawarsa_years(near: int, rules: RuleSet) -> str:
    """The dasawarsa years just before and after `near` (e.g. "2015, 2025")."""
    rd = rules.rd
    before = near - (near - rd.year_remainder) % rd.year_modulo
    return f"{before}, {before + rd.year_modulo}"


def add_problems(
    problems: Problems, errors: dict[str, str], params: dict[str, dict[str, Any]]
) -> None:
    """Put `problems` into a service's `errors` and `params` (ValidationError's field_errors and
    field_params); a field that already has an error keeps it."""
    for field, (template, values) in problems.items():
        if field not in errors:
            errors[field], params[field] = template, values


SK_DATE_FAR = QT_TRANSLATE_NOOP(
    "errors",
    "Tanggal SK {sk_date} terlalu jauh dari tanggal upacara {occasion}: paling jauh satu tahun "
    "sebelum atau sesudahnya.",
)


def sk_date_problem(sk_date: date, occasion: date) -> tuple[str, dict[str, Any]] | None:
    """A decree dated more than a year from its ceremony is a typo (1900, the wrong year): the
    decree comes before the day or, for a remisi susulan, in the months after it."""
    if add_years(occasion, -1) <= sk_date <= add_years(occasion, 1):
        return None
    values = {"sk_date": sk_date.strftime("%d-%m-%Y"), "occasion": occasion.strftime("%d-%m-%Y")}
    return SK_DATE_FAR, values

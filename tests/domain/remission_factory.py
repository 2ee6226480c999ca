"""Small builders for remission tests (cases, occasions, the shipped rule table)."""

from __future__ import annotations

from datetime import date
from typing import Any

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
from app.services.rules import remission_rules

RULES = remission_rules()
D = date.fromisoformat


def penjara(years: int = 0, months: int = 0, days: int = 0) -> Sentence:
    return Sentence(SentenceType.PENJARA, years, months, days)


def make_case(**changes: Any) -> Case:
    """Example 1 of remission.md unless changed: detained 2024-02-10, penjara 3 years, Islam."""
    base = Case(
        id="x",
        status=Status.NARAPIDANA,
        religion=Religion.ISLAM,
        sentence=penjara(3),
        detention_start=D("2024-02-10"),
        inkracht_date=D("2024-06-01"),
    )
    flags = changes.pop("flags", None)
    if isinstance(flags, dict):
        changes["flags"] = Flags(**flags)
    elif flags is not None:
        changes["flags"] = flags
    return base._replace(**changes)


def prior(kind: str, when: str, days: int) -> PriorRemission:
    return PriorRemission(Kind(kind), D(when), days)


def ru(when: str) -> Occasion:
    return Occasion(Kind.RU, D(when))


def rk(when: str, religion: str = "islam") -> Occasion:
    return Occasion(Kind.RK, D(when), Religion(religion))


def rd(when: str = "2025-08-17") -> Occasion:
    return Occasion(Kind.RD, D(when))


def codes(decision: Any) -> list[str]:
    return [r.code for r in decision.reasons]

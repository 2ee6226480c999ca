"""The inmate record as plain data: what the form edits, the services store and the import reads.

Frozen dataclasses with tuples for the repeating sections, so a record can be compared and
passed between threads safely.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.domain.inmates.sentence import Sentence


@dataclass(frozen=True)
class CaseData:
    articles: str = ""
    crime_category: str = ""
    court: str = ""
    verdict_number: str = ""
    verdict_date: date | None = None
    inkracht_date: date | None = None
    sentence_type: str = ""  # SentenceType value, "" while no verdict
    sentence_years: int = 0
    sentence_months: int = 0
    sentence_days: int = 0
    fine: int = 0
    substitute_days: int = 0
    fine_paid: bool = False

    @property
    def sentence(self) -> Sentence:
        return Sentence(self.sentence_years, self.sentence_months, self.sentence_days)


@dataclass(frozen=True)
class DetentionData:
    stage: str  # RegCode A.I-A.V
    start: date
    end: date
    kind: str = "rutan"  # DetentionKind


@dataclass(frozen=True)
class DisciplineData:
    date: date
    violation: str
    punishment: str
    period_start: date | None = None
    period_end: date | None = None


@dataclass(frozen=True)
class InmateData:
    reg_number: str
    full_name: str
    sex: str  # "L" / "P"
    status: str = "tahanan"  # Status value
    reg_code: str = ""  # RegCode value
    aliases: str = ""
    nik: str = ""
    birth_place: str = ""
    birth_date: date | None = None
    religion: str = ""
    education: str = ""
    marital_status: str = ""
    occupation: str = ""
    address: str = ""
    origin: str = ""
    next_of_kin: str = ""
    block: str = ""
    cell: str = ""
    admission_date: date | None = None
    admission_source: str = ""
    release_date: date | None = None
    release_reason: str = ""
    transfer_destination: str = ""
    death_date: date | None = None
    cases: tuple[CaseData, ...] = field(default_factory=tuple)
    detentions: tuple[DetentionData, ...] = field(default_factory=tuple)
    discipline: tuple[DisciplineData, ...] = field(default_factory=tuple)

    def current_detention(self) -> DetentionData | None:
        return max(self.detentions, key=lambda d: d.start) if self.detentions else None

    def main_case(self) -> CaseData | None:
        """The case with the latest verdict (or the last entered when none has one)."""
        if not self.cases:
            return None
        with_verdict = [c for c in self.cases if c.verdict_date]
        if with_verdict:
            return max(with_verdict, key=lambda c: c.verdict_date or date.min)
        return self.cases[-1]

    def pending_index(self) -> int | None:
        """Where the case a verdict completes is: the last one entered without a verdict."""
        return next(
            (i for i in range(len(self.cases) - 1, -1, -1) if not self.cases[i].verdict_date), None
        )

    def pending_case(self) -> CaseData | None:
        index = self.pending_index()
        return None if index is None else self.cases[index]


IDENTITY_FIELDS = tuple(
    name for name in InmateData.__dataclass_fields__ if name not in ("cases", "detentions",
                                                                       "discipline")
)  # fmt: skip


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def to_plain(data: InmateData) -> dict[str, Any]:
    """A JSON-friendly dict (dates as ISO text) for the audit log and `inmates list --json`.
    (Hand-written rather than dataclasses.asdict: the import calls it for every row.)"""
    plain = {name: _plain(getattr(data, name)) for name in IDENTITY_FIELDS}
    for name in ("cases", "detentions", "discipline"):
        plain[name] = [
            {k: _plain(v) for k, v in item.__dict__.items()} for item in getattr(data, name)
        ]
    return plain

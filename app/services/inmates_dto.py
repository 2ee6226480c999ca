"""What the inmate services hand out and take in: frozen DTOs (never ORM rows)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app.domain.inmates.record import CaseData, InmateData

SORT_COLUMNS = (
    "reg_number", "full_name", "status", "reg_code", "block", "religion", "sex",
    "admission_date", "detention_until", "nik",
)  # fmt: skip
ACTIVE = "aktif"  # status filter value meaning tahanan + narapidana


@dataclass(frozen=True)
class InmateFilter:
    search: str = ""
    status: str = ""  # a Status value, ACTIVE, or "" for everyone
    reg_code: str = ""
    block: str = ""
    religion: str = ""
    sex: str = ""
    sort: str = "full_name"
    descending: bool = False
    # The sort column's stored values in the order their shown labels read (a translated
    # religion, sex or status); values not named sort after them. Empty: by the stored value.
    sort_values: tuple[str, ...] = ()


@dataclass(frozen=True)
class InmateRow:
    """One line of the list."""

    id: str
    reg_number: str
    full_name: str
    aliases: str
    nik: str
    sex: str
    religion: str
    status: str
    reg_code: str
    block: str
    cell: str
    admission_date: date | None
    detention_until: date | None


@dataclass(frozen=True)
class PlacementDTO:
    block: str
    cell: str
    start_date: date
    end_date: date | None
    username: str


@dataclass(frozen=True)
class StatusEventDTO:
    kind: str
    date: date
    from_status: str
    to_status: str
    reason: str
    destination: str
    document: str
    note: str
    username: str
    at: datetime


@dataclass(frozen=True)
class InmateRecord:
    id: str
    data: InmateData
    photo: bytes | None
    placements: tuple[PlacementDTO, ...]
    events: tuple[StatusEventDTO, ...]
    warnings: dict[str, str]
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class ExpiryWarning:
    id: str
    reg_number: str
    full_name: str
    reg_code: str
    end: date
    days_left: int
    level: int  # 10 or 3 (3 also for already past)


class StatusAction:
    VERDICT = "verdict"  # tahanan -> narapidana
    RELEASE = "release"
    TRANSFER = "transfer"
    DEATH = "death"
    ALL = (VERDICT, RELEASE, TRANSFER, DEATH)


@dataclass(frozen=True)
class StatusChange:
    action: str  # StatusAction
    date: date
    reason: str = ""  # release: ReleaseReason value
    destination: str = ""  # transfer: the receiving facility
    document: str = ""  # the paper: petikan putusan, SK PB, surat pindah, surat kematian
    note: str = ""
    case: CaseData | None = None  # verdict: the final verdict with the sentence


@dataclass(frozen=True)
class ImportIssue:
    row: int  # spreadsheet row number (header = 1)
    field: str
    message: str  # the template (translatable, "errors" context)
    params: Mapping[str, Any] = field(default_factory=dict)  # the values it is filled with

    @property
    def text(self) -> str:
        """The message filled in, in Indonesian."""
        return self.message.format(**self.params) if self.params else self.message

    def __str__(self) -> str:
        return f"baris {self.row}: {self.field}: {self.text}"


@dataclass(frozen=True)
class ImportChange:
    row: int
    reg_number: str
    full_name: str
    action: str  # "create", "update", "same"
    changes: dict[str, tuple[object, object]] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportReport:
    rows: int
    issues: tuple[ImportIssue, ...]
    changes: tuple[ImportChange, ...]
    written: bool
    warnings: tuple[ImportIssue, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.issues

    def count(self, action: str) -> int:
        return sum(1 for c in self.changes if c.action == action)

"""What the remission service takes and returns: frozen values, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


class CeremonyStatus:
    DRAFT = "draft"
    APPROVED = "approved"
    LOCKED = "locked"


LEDGER_KINDS = ("RU", "RK", "RD", "RT", "PMP")


@dataclass(frozen=True)
class NewCeremony:
    kind: str  # RU / RK / RD
    date: date | None = None  # None: 17 August (RU/RD) or the holiday proposed (RK)
    year: int | None = None  # with date None: which year (default: the clock's year)
    title: str = ""  # "" -> a title made from the kind and date
    venue: str = ""
    religion: str = ""  # RK only: islam, kristen, katolik, hindu, buddha, konghucu


@dataclass(frozen=True)
class CeremonyChange:
    """A ceremony's details as changed by staff (`update_ceremony`)."""

    title: str  # "" -> the title made from the kind and date
    venue: str
    date: date | None = None  # a new date (RK while a draft); None keeps the date


@dataclass(frozen=True)
class CeremonyDTO:
    id: str
    kind: str
    date: date
    title: str
    venue: str
    religion: str
    status: str
    computed_at: datetime | None
    approved_by: str
    approved_at: datetime | None
    locked_at: datetime | None
    locked_by: str = ""  # who recorded the grants in the register (and locked it)


@dataclass(frozen=True)
class ReasonDTO:
    code: str
    text: str
    basis: str
    excludes: bool


@dataclass(frozen=True)
class ProposalLine:
    line_id: int
    inmate_id: str
    reg_number: str
    full_name: str
    # the engine's decision
    eligible: bool
    susulan: bool
    child: bool
    days: int
    additional_days: int
    category: str  # "I", "II" or ""
    release_before: date | None
    release_after: date | None
    substitute_days: int
    reasons: tuple[ReasonDTO, ...]
    served_days: int  # on the ceremony day (0 when the register lacks the detention start)
    nth: int | None  # the n-th remission of this kind (RU/RK), None for RD or when refused early
    # what will be granted (the decision, or the override)
    overridden: bool
    override_justification: str
    granted: bool
    granted_days: int
    granted_additional_days: int
    granted_category: str
    granted_release: date | None
    sk_number: str
    sk_date: date | None


@dataclass(frozen=True)
class LineOverride:
    granted: bool
    justification: str
    days: int = 0
    additional_days: int = 0


@dataclass(frozen=True)
class SkEntry:
    line_id: int
    sk_number: str
    sk_date: date | None


@dataclass(frozen=True)
class FlagsInput:
    note: str  # why (required)
    donor: bool = False
    pemuka: bool = False
    escaped: bool = False
    corruption_fines_paid: bool = True
    terrorism_programme_done: bool = True
    cuti_menjelang_bebas: bool = False


@dataclass(frozen=True)
class FlagsDTO:
    inmate_id: str
    donor: bool
    pemuka: bool
    escaped: bool
    corruption_fines_paid: bool
    terrorism_programme_done: bool
    cuti_menjelang_bebas: bool
    note: str
    username: str
    updated_at: datetime | None


@dataclass(frozen=True)
class NewLedgerEntry:
    kind: str  # LEDGER_KINDS
    date: date
    days: int
    sk_number: str = ""
    sk_date: date | None = None
    category: str = ""
    basis_kind: str = ""  # PMP: RU or RK
    note: str = ""


@dataclass(frozen=True)
class LedgerEntry:
    id: int
    inmate_id: str
    kind: str
    basis_kind: str
    date: date
    days: int
    sk_number: str
    sk_date: date | None
    category: str
    ceremony_id: str | None
    note: str
    voided: bool
    void_reason: str


@dataclass(frozen=True)
class InmateKeyDates:
    inmate_id: str
    detention_start: date | None
    detention_credit_days: int
    expiry_date: date | None
    release_date: date | None
    one_third: date | None
    half: date | None
    two_thirds: date | None
    parole_date: date | None
    received_days: int
    ledger: tuple[LedgerEntry, ...]
    problem: str = ""  # "no_detention_start" when the register lacks it


@dataclass(frozen=True)
class ReleaseLine:
    inmate_id: str
    reg_number: str
    full_name: str
    days: int
    additional_days: int
    substitute_days: int
    release_date: date | None


@dataclass(frozen=True)
class ReleaseList:
    """Category II: free on the ceremony day, or staying for the unpaid fine substitute."""

    free_on_day: tuple[ReleaseLine, ...]
    staying_for_substitute: tuple[ReleaseLine, ...]


@dataclass(frozen=True)
class CeremonyStatistics:
    total: int
    eligible: int
    not_eligible: int
    susulan: int
    overridden: int
    granted: int
    by_kind: dict[str, int] = field(default_factory=dict)  # RU/RK/RD/PMP/RT -> people
    by_category: dict[str, int] = field(default_factory=dict)  # "I"/"II" -> people
    category_ii_substitute: int = 0  # of category II: free only after the fine substitute
    by_amount: dict[int, int] = field(default_factory=dict)  # days (main grant) -> people
    total_days: int = 0  # main + RT days granted
    not_eligible_reasons: dict[str, int] = field(default_factory=dict)  # reason code -> people

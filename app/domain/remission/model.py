"""The facts a remission decision or a sentence-date computation needs, as frozen values.

These mirror the CLI JSON contract (issue 5, item 4); the inmate register builds the same values
from its records.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NamedTuple


class Kind(StrEnum):
    RU = "RU"  # Remisi Umum, 17 August
    RK = "RK"  # Remisi Khusus, the religion's holiday
    RD = "RD"  # Remisi Dasawarsa, every tenth anniversary of independence
    RT = "RT"  # Remisi Tambahan, given with an RU (history only; never an occasion)


OCCASION_KINDS = (Kind.RU, Kind.RK, Kind.RD)


class Status(StrEnum):
    TAHANAN = "tahanan"
    NARAPIDANA = "narapidana"


class SentenceType(StrEnum):
    PENJARA = "penjara"
    KURUNGAN = "kurungan"
    SEUMUR_HIDUP = "seumur_hidup"
    MATI = "mati"

    @property
    def is_fixed_term(self) -> bool:
        return self in (SentenceType.PENJARA, SentenceType.KURUNGAN)


class Religion(StrEnum):
    ISLAM = "islam"
    KRISTEN = "kristen"
    KATOLIK = "katolik"
    HINDU = "hindu"
    BUDDHA = "buddha"
    KONGHUCU = "konghucu"
    LAINNYA = "lainnya"


@dataclass(frozen=True)
class Sentence:
    type: SentenceType
    years: int = 0
    months: int = 0
    days: int = 0


@dataclass(frozen=True)
class PriorRemission:
    kind: Kind
    date: date
    days: int


@dataclass(frozen=True)
class Flags:
    donor: bool = False
    pemuka: bool = False
    escaped: bool = False
    corruption_fines_paid: bool = True
    terrorism_programme_done: bool = True
    cuti_menjelang_bebas: bool = False  # an addition to the contract: on pre-release leave


# A NamedTuple (immutable, compared field by field like the frozen dataclass it was, changed
# with `_replace`) because it is several times cheaper to make: the proposal list builds one per
# person of the register.
class Case(NamedTuple):
    id: str
    status: Status
    religion: Religion
    sentence: Sentence | None  # None: a detainee without a sentence yet
    detention_start: date
    birth_date: date | None = None
    detention_credit_days: int = 0
    inkracht_date: date | None = None
    fine_unpaid_subsidiary_days: int = 0
    discipline: tuple[date, ...] = ()
    prior_remissions: tuple[PriorRemission, ...] = ()
    flags: Flags = Flags()  # immutable: one shared default is safe


@dataclass(frozen=True)
class Occasion:
    kind: Kind
    date: date
    religion: Religion | None = None  # RK only

"""Register records for the remission service tests (fictional people, remission.md examples)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.domain.inmates.record import CaseData, DetentionData, DisciplineData
from tests.inmate_samples import convict, detainee


def sentence_case(n: int, years: int, months: int = 0, *, fine: int = 0, substitute: int = 0,
                  paid: bool = False, crime: str = "Pencurian",
                  inkracht: date = date(2024, 6, 1)) -> CaseData:  # fmt: skip
    return CaseData("Pasal 362 KUHP", crime, "PN Pekalongan", f"{n}/Pid.B/2024/PN Pkl",
                    date(2024, 5, 20), inkracht, "penjara", years, months, 0, fine, substitute,
                    paid)  # fmt: skip


def example1(n: int = 1, **changes):
    """Detention 2024-02-10, penjara 3 years, inkracht 2024-06-01, Islam, no discipline."""
    data = convict(n, cases=(sentence_case(n, 3),), discipline=())
    return replace(data, **changes)


def example4(n: int = 2, substitute: int = 0, **changes):
    """Detention 2024-03-01, penjara 1 year 6 months (expiry 2025-09-01), no history."""
    fine = 1_000_000 if substitute else 0
    data = convict(
        n,
        admission_date=date(2024, 3, 1),
        detentions=(DetentionData("A.III", date(2024, 3, 1), date(2024, 5, 29)),),
        cases=(sentence_case(n, 1, 6, fine=fine, substitute=substitute),),
        discipline=(),
    )
    return replace(data, **changes)


def example3(n: int = 3):
    """Penjara 2 years 6 months, register F on 2025-05-02 (within 6 months of 17 August 2025)."""
    return convict(
        n,
        cases=(sentence_case(n, 2, 6),),
        discipline=(DisciplineData(date(2025, 5, 2), "Berkelahi", "Tutupan sunyi 6 hari"),),
    )


__all__ = ["detainee", "example1", "example3", "example4", "sentence_case"]

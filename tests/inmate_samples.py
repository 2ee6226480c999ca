"""Sample inmate records for the register's tests (fictional people)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.domain.inmates.nik import make_nik
from app.domain.inmates.record import CaseData, DetentionData, DisciplineData, InmateData


def detainee(n: int = 1, **changes) -> InmateData:
    birth = date(1990, 5, min(n, 28))
    data = InmateData(
        reg_number=f"AI.{n}/2025",
        full_name=f"Budi Fiktif {n}",
        sex="L",
        status="tahanan",
        reg_code="A.I",
        nik=make_nik("337501", birth, "L", n),
        birth_place="Pekalongan",
        birth_date=birth,
        religion="Islam",
        block="A",
        cell="1",
        admission_date=date(2025, 7, 1),
        admission_source="Polres Pekalongan Kota",
        detentions=(DetentionData("A.I", date(2025, 7, 1), date(2025, 7, 20)),),
    )
    return replace(data, **changes)


def convict(n: int = 1, **changes) -> InmateData:
    data = detainee(
        n,
        status="narapidana",
        reg_code="B.I",
        reg_number=f"B.I-{n}/2025",
        admission_date=date(2024, 2, 10),
        detentions=(DetentionData("A.III", date(2024, 2, 10), date(2024, 5, 9)),),
        cases=(
            CaseData(
                "Pasal 362 KUHP",
                "Pencurian",
                "PN Pekalongan",
                f"{n}/Pid.B/2024/PN Pkl",
                date(2024, 5, 20),
                date(2024, 6, 1),
                "penjara",
                3,
                0,
                0,
            ),
        ),
        discipline=(DisciplineData(date(2025, 5, 2), "Berkelahi", "Tutupan sunyi 6 hari"),),
    )
    return replace(data, **changes)

"""The verdict completes the detainee's pending case: what was entered on admission (articles,
court, crime category) is not thrown away, and other pending charges stay."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.domain.inmates.record import CaseData
from app.services.inmates_dto import StatusAction, StatusChange
from tests.inmate_samples import detainee

PENDING = CaseData("Pasal 362 KUHP", "Pencurian", "PN Pekalongan")
OTHER_CHARGE = CaseData("Pasal 351 KUHP", "Penganiayaan", "PN Pekalongan")
VERDICT = CaseData(verdict_number="5/Pid.B/2025/PN Pkl", verdict_date=date(2025, 7, 15),
                   inkracht_date=date(2025, 7, 22), sentence_type="penjara",
                   sentence_months=8)  # fmt: skip


def verdict(services, admin, cases: tuple[CaseData, ...], case: CaseData = VERDICT):
    record = services.inmates.create(admin, detainee(1, cases=cases))
    change = StatusChange(StatusAction.VERDICT, date(2025, 7, 22), case=case)
    return services.inmates.change_status(admin, record.id, change)


def test_the_verdict_completes_the_pending_case_with_its_admission_details(services, admin, clock):
    clock.now = clock.now.replace(day=25)
    after = verdict(services, admin, (PENDING,))
    (case,) = after.data.cases
    assert (case.articles, case.crime_category, case.court) == (
        "Pasal 362 KUHP",
        "Pencurian",
        "PN Pekalongan",
    )
    assert (case.verdict_number, case.inkracht_date, case.sentence_months) == (
        "5/Pid.B/2025/PN Pkl",
        date(2025, 7, 22),
        8,
    )
    assert after.data.status == "narapidana"


def test_details_written_with_the_verdict_replace_the_admission_ones(services, admin, clock):
    clock.now = clock.now.replace(day=25)
    after = verdict(services, admin, (PENDING,), replace(VERDICT, articles="Pasal 363 KUHP"))
    (case,) = after.data.cases
    assert (case.articles, case.crime_category) == ("Pasal 363 KUHP", "Pencurian")


def test_only_the_last_pending_case_is_completed_other_charges_stay(services, admin, clock):
    clock.now = clock.now.replace(day=25)
    after = verdict(services, admin, (OTHER_CHARGE, PENDING))
    first, second = after.data.cases
    assert first == OTHER_CHARGE
    assert (second.articles, second.verdict_number) == ("Pasal 362 KUHP", "5/Pid.B/2025/PN Pkl")


def test_without_a_pending_case_the_verdict_is_added(services, admin, clock):
    clock.now = clock.now.replace(day=25)
    after = verdict(services, admin, ())
    (case,) = after.data.cases
    assert case.verdict_number == "5/Pid.B/2025/PN Pkl" and case.articles == ""

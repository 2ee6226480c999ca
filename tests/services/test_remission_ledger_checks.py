"""The ledger refuses a history entry the law makes impossible, names the entry in Indonesian
and writes nothing (entry_checks.py): a second remission of a kind in one year."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from app.db.models import AuditEvent, RemissionGrant
from app.errors import ValidationError
from app.services.remission_dto import NewLedgerEntry
from tests.remission_samples import example1

D = date


def counts(services) -> tuple[int, int]:
    with services.uow() as uow:
        count = uow.session.scalar(select(func.count()).select_from(RemissionGrant))
        return count, uow.session.scalar(select(func.count()).select_from(AuditEvent))


def refused(services, admin, inmate_id: str, entry: NewLedgerEntry) -> ValidationError:
    before = counts(services)
    with pytest.raises(ValidationError) as info:
        services.remission.add_ledger_entry(admin, inmate_id, entry)
    assert counts(services) == before  # nothing written, nothing audited
    return info.value


@pytest.fixture
def one(services, admin) -> str:
    """Example 1: detained 2024-02-10, inkracht 2024-06-01, Islam (the clock: 1 September 2026)."""
    return services.inmates.create(admin, example1(1)).id


@pytest.fixture(autouse=True)
def _after_the_dasawarsa(clock) -> None:
    clock.now = datetime(2026, 9, 1, 9, 0)


def test_a_second_ru_of_the_year_is_refused_naming_the_first(services, admin, one):
    remission = services.remission
    first = remission.add_ledger_entry(admin, one, NewLedgerEntry("RU", D(2024, 8, 17), 30,
                                                                  note="SK 2024"))  # fmt: skip
    for again in (
        NewLedgerEntry("RU", D(2024, 8, 17), 30, note="SK 2024 lagi"),
        NewLedgerEntry("PMP", D(2024, 8, 17), 30, basis_kind="RU", note="sebagai anak"),
    ):
        error = refused(services, admin, one, again)
        assert error.field_errors.keys() == {"date"}
        assert error.field_params["date"] == {"kind": "RU", "existing": "17-08-2024", "days": 30}
        assert "Sudah tercatat RU tanggal 17-08-2024 (30 hari)" in error.message
        assert "satu kali setiap tahun" in error.message
    # the next year's RU, and the RT that goes with this year's, are what the law gives
    remission.add_ledger_entry(admin, one, NewLedgerEntry("RU", D(2025, 8, 17), 90, note="SK"))
    remission.add_ledger_entry(admin, one, NewLedgerEntry("RT", D(2024, 8, 17), 10, note="SK"))
    assert refused(services, admin, one, NewLedgerEntry("RT", D(2024, 8, 17), 10, note="SK 2"))
    # a voided entry does not count: the corrected one can be entered
    remission.void_ledger_entry(admin, first.id, "Jumlah hari salah, SK dibaca ulang")
    remission.add_ledger_entry(admin, one, NewLedgerEntry("RU", D(2024, 8, 17), 60, note="SK"))
    live = [(e.kind, e.date.year, e.days) for e in remission.ledger(admin, one) if not e.voided]
    assert sorted(live) == [("RT", 2024, 10), ("RU", 2024, 60), ("RU", 2025, 90)]


def test_one_rk_a_year_and_one_rd_in_its_year(services, admin, one):
    remission = services.remission
    remission.add_ledger_entry(admin, one, NewLedgerEntry("RK", D(2025, 3, 31), 30, note="SK"))
    error = refused(services, admin, one, NewLedgerEntry("RK", D(2025, 4, 1), 30, note="SK"))
    assert error.field_params["date"] == {"kind": "RK", "existing": "31-03-2025", "days": 30}
    remission.add_ledger_entry(admin, one, NewLedgerEntry("RK", D(2026, 3, 20), 30, note="SK"))
    remission.add_ledger_entry(admin, one, NewLedgerEntry("RD", D(2025, 8, 17), 90, note="SK"))
    error = refused(services, admin, one, NewLedgerEntry("RD", D(2025, 8, 17), 90, note="SK"))
    assert error.field_params["date"] == {"kind": "RD", "existing": "17-08-2025", "days": 90}

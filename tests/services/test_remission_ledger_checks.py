"""The ledger refuses a history entry the law makes impossible, names the entry in Indonesian
and writes nothing (entry_checks.py): a second remission of a kind in one year, and one dated
while the person was still a detainee (before the first final verdict), unless a remisi
susulan."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.db.models import AuditEvent, RemissionGrant
from app.domain.inmates.record import DetentionData, InmateData
from app.errors import ValidationError
from app.services.remission_dto import NewLedgerEntry
from tests.remission_samples import example1, sentence_case

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


# --- only a narapidana: not before the verdict is final, unless as a remisi susulan ------------


def held_from(n: int, start: date, *inkracht: date | None, religion: str = "Islam") -> InmateData:
    """Detained from `start` (A.III for 3 months), one 2-year case per inkracht date."""
    cases = tuple(sentence_case(n * 10 + i, 2, inkracht=when) for i, when in enumerate(inkracht))
    return example1(n, admission_date=start, religion=religion, cases=cases,
                    detentions=(DetentionData("A.III", start, start + timedelta(days=89)),))  # fmt: skip


def test_an_rk_while_still_a_detainee_is_refused_naming_the_verdict(services, admin, one):
    error = refused(services, admin, one, NewLedgerEntry("RK", D(2024, 4, 10), 15, note="SK"))
    assert error.field_errors.keys() == {"date"}
    assert error.field_params["date"] == {"inkracht": "01-06-2024", "minimum": 180}
    assert "sebelum putusan berkekuatan hukum tetap (01-06-2024)" in error.message
    services.remission.add_ledger_entry(admin, one, NewLedgerEntry("RK", D(2025, 3, 31), 30,
                                                                   note="SK"))  # fmt: skip


def test_a_remisi_susulan_dated_on_its_day_before_the_verdict_is_kept(services, admin):
    # detained 321 days on 17 August 2024, the verdict final on 10 September: RU susulan
    person = services.inmates.create(admin, held_from(2, D(2023, 10, 1), D(2024, 9, 10))).id
    services.remission.add_ledger_entry(admin, person, NewLedgerEntry(
        "RU", D(2024, 8, 17), 30, sk_date=D(2024, 10, 1), note="RU susulan 2024"))  # fmt: skip
    services.remission.add_ledger_entry(admin, person, NewLedgerEntry(
        "RT", D(2024, 8, 17), 10, sk_date=D(2024, 10, 1), note="RT susulan 2024"))  # fmt: skip
    # there is no remisi susulan for a Remisi Dasawarsa
    late = services.inmates.create(admin, held_from(3, D(2024, 10, 1), D(2025, 9, 10))).id
    error = refused(services, admin, late, NewLedgerEntry("RD", D(2025, 8, 17), 60, note="SK"))
    assert error.field_params["date"] == {"inkracht": "10-09-2025"}
    assert "Remisi Dasawarsa hanya untuk narapidana" in error.message


def test_the_first_final_verdict_counts_and_an_unknown_one_refuses_nothing(services, admin):
    rd = NewLedgerEntry("RD", D(2025, 8, 17), 60, note="SK")
    start = D(2025, 3, 1)
    # a first case final on 1 June 2025, a second one tried later in the same detention
    two = services.inmates.create(admin, held_from(4, start, D(2025, 10, 1), D(2025, 6, 1))).id
    services.remission.add_ledger_entry(admin, two, rd)
    only_later = services.inmates.create(admin, held_from(5, start, D(2025, 10, 1))).id
    assert refused(services, admin, only_later, rd).field_params["date"] == {
        "inkracht": "01-10-2025"
    }
    # a case whose inkracht date is not recorded: the person may have been a narapidana
    unknown = services.inmates.create(admin, held_from(6, start, D(2025, 10, 1), None)).id
    services.remission.add_ledger_entry(admin, unknown, rd)


def test_the_demo_histories_are_entries_the_ledger_would_take(empty_services):
    """Each demo grant, checked against the person's other grants and first final verdict."""
    from app.domain.remission.entry_checks import before_verdict_problems, repeat_problems
    from app.domain.remission.model import PriorRemission
    from app.services.demo import DemoOptions
    from app.services.remission_cases import ledger_kind, load_register_cases
    from app.services.remission_ledger import _first_inkracht
    from app.services.rules import remission_rules

    empty_services.demo.load(DemoOptions(inmates=150))
    rules = remission_rules()
    with empty_services.uow() as uow:
        session = uow.session
        grants = session.scalars(select(RemissionGrant).order_by(RemissionGrant.id)).all()
        people = {g.inmate_id for g in grants}
        cases = {c.inmate_id: c.case for c in load_register_cases(session, rules, people)}
        checked = 0
        for g in grants:
            kind, case = ledger_kind(g.kind, g.basis_kind), cases[g.inmate_id]
            others = [PriorRemission(ledger_kind(o.kind, o.basis_kind), o.date, o.days)
                      for o in grants if o.inmate_id == g.inmate_id and o.id != g.id]  # fmt: skip
            assert repeat_problems(kind, g.date, others, rules) == {}, g.id
            inkracht = _first_inkracht(session, g.inmate_id)
            assert before_verdict_problems(kind, g.date, inkracht, case.detention_start,
                                           case.birth_date, rules) == {}, g.id  # fmt: skip
            checked += 1
    assert checked > 50

"""Is a draft proposal list still current? Every audited write to its inputs after the
computation (register, flags, ledger, rule table) makes it stale; other writes do not."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.domain.roles import Role
from app.services.remission_dto import FlagsInput, NewCeremony, NewLedgerEntry
from tests.remission_samples import example1, example4


@pytest.fixture
def draft(services, admin, clock):
    """A computed RU 2025 draft over two people; the clock then moves on a minute."""
    one = services.inmates.create(admin, example1(1, full_name="Satu Contoh"))
    services.inmates.create(admin, example4(4, full_name="Empat Contoh"))
    made = services.remission.create_ceremony(admin, NewCeremony("RU", year=2025))
    services.remission.compute_proposals(admin, made.id)
    clock.advance(minutes=1)
    return made.id, one.id


def changed_at(services, admin, ceremony_id):
    return services.remission.inputs_changed_at(admin, ceremony_id)


def test_a_freshly_computed_list_is_current(services, admin, draft):
    ceremony_id, _ = draft
    assert changed_at(services, admin, ceremony_id) is None


def test_an_inmate_edit_after_the_computation_makes_it_stale(services, admin, clock, draft):
    ceremony_id, inmate_id = draft
    data = services.inmates.get(admin, inmate_id).data
    services.inmates.update(admin, inmate_id, replace(data, full_name="Satu Contoh Baru"))
    assert changed_at(services, admin, ceremony_id) == clock.now
    clock.advance(minutes=1)
    services.remission.compute_proposals(admin, ceremony_id)  # recomputed: current again
    assert changed_at(services, admin, ceremony_id) is None


@pytest.mark.parametrize("change", ["flags", "ledger", "rules", "new inmate"])
def test_each_input_counts(services, admin, clock, draft, change):
    ceremony_id, inmate_id = draft
    remission = services.remission
    if change == "flags":
        remission.set_flags(admin, inmate_id, FlagsInput(note="Donor darah PMI", donor=True))
    elif change == "ledger":
        entry = NewLedgerEntry(
            "RK",
            date(2025, 3, 31),
            15,
            "W11-1/2025",
            date(2025, 3, 20),
            "I",
            note="Riwayat dari Lapas asal",
        )
        remission.add_ledger_entry(admin, inmate_id, entry)
    elif change == "rules":
        data = services.rule_tables.current(admin).data
        data["ru"]["rows"][0]["days"] = 45
        services.rule_tables.save(admin, data, "Permenkumham uji", based_on=0)
    else:
        services.inmates.create(admin, example1(9, full_name="Sembilan Baru"))
    assert changed_at(services, admin, ceremony_id) == clock.now


def test_writes_that_feed_no_list_leave_it_current(services, admin, make_actor, clock, draft):
    ceremony_id, _ = draft
    make_actor(Role.PEMBINAAN)  # a new user and a login are audited too
    other = services.remission.create_ceremony(admin, NewCeremony("RU", year=2026))
    services.remission.compute_proposals(admin, other.id)  # another list computed
    assert changed_at(services, admin, ceremony_id) is None


def test_only_drafts_are_checked(services, admin, make_actor, clock, draft):
    ceremony_id, inmate_id = draft
    services.remission.approve_ceremony(make_actor(Role.PIMPINAN), ceremony_id)
    clock.advance(minutes=1)
    services.remission.set_flags(admin, inmate_id, FlagsInput(note="Pemuka kerja", pemuka=True))
    assert changed_at(services, admin, ceremony_id) is None  # approved: the list is fixed
    fresh = services.remission.create_ceremony(admin, NewCeremony("RU", year=2027))
    assert changed_at(services, admin, fresh.id) is None  # never computed

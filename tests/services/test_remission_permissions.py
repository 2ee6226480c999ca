"""Every mutating remission method refuses a role without the right and writes nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.db.models import (
    AuditEvent,
    CeremonyLine,
    RemissionCeremony,
    RemissionFlags,
    RemissionGrant,
)
from app.domain.roles import Role
from app.errors import PermissionDenied
from app.services.remission_dto import (
    FlagsInput,
    LineOverride,
    NewCeremony,
    NewLedgerEntry,
    SkEntry,
)
from tests.remission_samples import example1

MODELS = (AuditEvent, RemissionCeremony, CeremonyLine, RemissionFlags, RemissionGrant)


def snapshot(services):
    with services.uow() as uow:
        s = uow.session
        counts = tuple(s.scalar(select(func.count()).select_from(m)) for m in MODELS)
        ceremonies = tuple(s.execute(select(RemissionCeremony.id, RemissionCeremony.status,
                                            RemissionCeremony.approved_by)).all())  # fmt: skip
        lines = tuple(s.execute(select(CeremonyLine.id, CeremonyLine.overridden,
                                       CeremonyLine.sk_number)).all())  # fmt: skip
        voided = tuple(s.scalars(select(RemissionGrant.voided)))
    return counts, ceremonies, lines, voided


@pytest.fixture
def prepared(services, admin, make_actor):
    """A draft ceremony with a computed line, an approved ceremony, and a ledger entry."""
    record = services.inmates.create(admin, example1(1))
    remission = services.remission
    draft = remission.create_ceremony(admin, NewCeremony("RU", year=2025))
    remission.compute_proposals(admin, draft.id)
    (line,) = remission.proposal_list(admin, draft.id)
    approved = remission.create_ceremony(admin, NewCeremony("RD", year=2025))
    remission.compute_proposals(admin, approved.id)
    (rd_line,) = remission.proposal_list(admin, approved.id)
    remission.approve_ceremony(make_actor(Role.PIMPINAN, "boss"), approved.id)
    entry = remission.add_ledger_entry(
        admin, record.id, NewLedgerEntry("RK", date(2025, 3, 31), 30, note="riwayat lama")
    )
    return dict(inmate=record.id, draft=draft.id, line=line.line_id, approved=approved.id,
                rd_line=rd_line.line_id, entry=entry.id)  # fmt: skip


def edits(services, p):
    r = services.remission
    return [
        lambda a: r.create_ceremony(a, NewCeremony("RU", year=2026)),
        lambda a: r.compute_proposals(a, p["draft"]),
        lambda a: r.override_line(a, p["line"], LineOverride(False, "alasan tertulis panjang")),
        lambda a: r.record_sk(a, p["approved"], [SkEntry(p["rd_line"], "SK-1", date(2025, 8, 1))]),
        lambda a: r.commit_grants(a, p["approved"]),
        lambda a: r.set_flags(a, p["inmate"], FlagsInput(note="donor", donor=True)),
        lambda a: r.add_ledger_entry(
            a, p["inmate"], NewLedgerEntry("RU", date(2024, 8, 17), 30, note="riwayat")
        ),
        lambda a: r.void_ledger_entry(a, p["entry"], "alasan tertulis panjang"),
    ]


@pytest.mark.parametrize("role", [Role.REGISTRASI, Role.PIMPINAN, Role.PERTANIAN,
                                  Role.PENDIDIKAN, Role.PERPUSTAKAAN])  # fmt: skip
def test_roles_without_edit_remission_write_nothing(services, make_actor, prepared, role):
    actor = make_actor(role)
    before = snapshot(services)
    for call in edits(services, prepared):
        with pytest.raises(PermissionDenied):
            call(actor)
    assert snapshot(services) == before


@pytest.mark.parametrize("role", [Role.ADMIN, Role.PEMBINAAN, Role.REGISTRASI, Role.PERTANIAN])
def test_only_pimpinan_approves(services, admin, make_actor, prepared, role):
    actor = admin if role is Role.ADMIN else make_actor(role)
    before = snapshot(services)
    with pytest.raises(PermissionDenied):
        services.remission.approve_ceremony(actor, prepared["draft"])
    assert snapshot(services) == before


@pytest.mark.parametrize("role", [Role.PERTANIAN, Role.PENDIDIKAN, Role.PERPUSTAKAAN])
def test_programme_roles_do_not_read_remission(services, make_actor, prepared, role):
    actor = make_actor(role)
    r = services.remission
    for call in (
        lambda: r.list_ceremonies(actor),
        lambda: r.proposal_list(actor, prepared["draft"]),
        lambda: r.release_list(actor, prepared["draft"]),
        lambda: r.statistics(actor, prepared["draft"]),
        lambda: r.key_dates(actor, prepared["inmate"]),
        lambda: r.ledger(actor, prepared["inmate"]),
        lambda: r.flags(actor, prepared["inmate"]),
    ):
        with pytest.raises(PermissionDenied):
            call()


def test_pembinaan_may_do_every_edit(services, make_actor, prepared):
    """The same calls succeed for pembinaan (so the refusals above are about the role)."""
    actor = make_actor(Role.PEMBINAAN)
    for call in edits(services, prepared):
        call(actor)
    assert services.remission.get_ceremony(actor, prepared["approved"]).status == "locked"

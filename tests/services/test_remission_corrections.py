"""Correcting a grant after its ceremony was locked: void + corrected entries in one audited
transaction, the line and the key dates follow; refused cleanly otherwise."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.db.models import AuditEvent, RemissionGrant
from app.domain.roles import Role
from app.errors import PermissionDenied, ValidationError
from app.services.certificates.dto import VerifyStatus
from app.services.remission_corrections import GrantCorrection
from app.services.remission_dto import FlagsInput, NewCeremony, SkEntry
from tests.remission_samples import example1, example4

D = date


@pytest.fixture
def locked(services, admin, make_actor):
    """RU 2025 committed: Satu (60 + RT 30, donor) and Empat (60, category II)."""
    one = services.inmates.create(admin, example1(1, full_name="Satu Contoh"))
    services.inmates.create(admin, example4(4, full_name="Empat Contoh"))
    services.remission.set_flags(admin, one.id, FlagsInput("Donor darah PMI", donor=True))
    remission = services.remission
    ceremony = remission.create_ceremony(admin, NewCeremony("RU", year=2025))
    remission.compute_proposals(admin, ceremony.id)
    remission.approve_ceremony(make_actor(Role.PIMPINAN), ceremony.id)
    lines = {line.full_name: line for line in remission.proposal_list(admin, ceremony.id)}
    remission.record_sk(admin, ceremony.id, [SkEntry(line.line_id, "W11-1/2025", D(2025, 8, 10))
                                             for line in lines.values()])  # fmt: skip
    remission.commit_grants(admin, ceremony.id)
    return ceremony, lines, one.id


def live_entries(services, inmate_id: str) -> list[tuple[str, int, str]]:
    with services.uow() as uow:
        return sorted(uow.session.execute(
            select(RemissionGrant.kind, RemissionGrant.days, RemissionGrant.sk_number)
            .where(RemissionGrant.inmate_id == inmate_id, RemissionGrant.voided.is_(False))
        ).all())  # fmt: skip


def test_a_correction_voids_and_replaces_the_grant(services, admin, locked):
    ceremony, lines, inmate = locked
    remission = services.remission
    assert live_entries(services, inmate) == [("RT", 30, "W11-1/2025"), ("RU", 60, "W11-1/2025")]
    assert remission.key_dates(admin, inmate).release_date == D(2026, 11, 12)
    made = remission.correct_grant(admin, lines["Satu Contoh"].line_id,
                                   GrantCorrection(60, 0, "Surat Kanwil: RT tidak disetujui"))  # fmt: skip
    assert made.entries == 1 and made.revoked_piagam == ()  # no piagam was issued yet
    assert live_entries(services, inmate) == [("RU", 60, "W11-1/2025")]
    assert remission.key_dates(admin, inmate).release_date == D(2026, 12, 12)
    line = {x.full_name: x for x in remission.proposal_list(admin, ceremony.id)}["Satu Contoh"]
    assert (line.granted_days, line.granted_additional_days, line.granted_release) == (
        60, 0, D(2026, 12, 12))  # fmt: skip
    assert line.override_justification.startswith("Koreksi setelah dikunci")
    # withdrawn altogether: nothing live remains, the voided entries stay with their reason
    remission.correct_grant(admin, line.line_id, GrantCorrection(0, 0, "SK dicabut oleh Kanwil"))
    assert live_entries(services, inmate) == []
    ledger = remission.ledger(admin, inmate)
    assert len(ledger) == 3 and all(
        e.voided and e.void_reason.startswith("Koreksi") for e in ledger
    )
    assert remission.statistics(admin, ceremony.id).granted == 1
    with services.uow() as uow:
        events = uow.session.scalar(select(func.count()).where(
            AuditEvent.action == "remission_grant_corrected"))  # fmt: skip
    assert events == 2 and services.audit.verify().ok


def test_a_correction_revokes_the_piagam_of_the_old_grant(services, admin, locked):
    """The piagam states the amount: after a correction it no longer holds, so it is revoked
    (verification says so) and a new one, with the corrected amount, can be issued."""
    ceremony, lines, _inmate = locked
    remission, certificates = services.remission, services.certificates
    line = lines["Satu Contoh"].line_id
    (old,) = remission.issue_piagam(admin, ceremony.id, [line]).certificates
    assert "Remisi Tambahan" in old.subject
    made = remission.correct_grant(admin, line, GrantCorrection(60, 0, "Surat Kanwil: RT ditolak"))
    assert made.revoked_piagam == (old.number,)
    checked = certificates.verify(old.verification_code)
    assert checked.status is VerifyStatus.REVOKED
    assert checked.certificate.revoked_by == admin.username
    (new,) = remission.issue_piagam(admin, ceremony.id, [line]).certificates
    assert new.number != old.number
    assert new.subject == "Remisi Umum Tahun 2025 sebesar 2 (dua) bulan"
    assert certificates.verify(new.verification_code).status is VerifyStatus.VALID
    # withdrawn: the new piagam is revoked too, and none can be issued for the line any more
    withdrawn = remission.correct_grant(
        admin, line, GrantCorrection(0, 0, "SK dicabut oleh Kanwil")
    )
    assert withdrawn.revoked_piagam == (new.number,)
    with pytest.raises(ValidationError):
        remission.issue_piagam(admin, ceremony.id, [line])
    # the other recipient's piagam is not touched
    other = lines["Empat Contoh"].line_id
    (kept,) = remission.issue_piagam(admin, ceremony.id, [other]).certificates
    assert certificates.verify(kept.verification_code).status is VerifyStatus.VALID
    with services.uow() as uow:
        revoked = uow.session.scalars(select(AuditEvent.entity_id).where(
            AuditEvent.action == "certificate_revoked")).all()  # fmt: skip
    assert sorted(revoked) == sorted([str(old.id), str(new.id)]) and services.audit.verify().ok


@pytest.mark.parametrize(
    "change, field",
    [
        (GrantCorrection(60, 0, "pendek"), "reason"),
        (GrantCorrection(-1, 0, "Alasan yang cukup panjang"), "days"),
        (GrantCorrection(0, 30, "Alasan yang cukup panjang"), "additional_days"),
        (GrantCorrection(60, 30, "Alasan yang cukup panjang"), "days"),  # nothing changes
        (GrantCorrection(999, 0, "Alasan yang cukup panjang"), "days"),  # RU: at most 180
        (GrantCorrection(181, 0, "Alasan yang cukup panjang"), "days"),
        (GrantCorrection(60, 31, "Alasan yang cukup panjang"), "additional_days"),  # RT <= 30
    ],
)
def test_bad_corrections_change_nothing(services, admin, locked, change, field):
    _ceremony, lines, inmate = locked
    before = live_entries(services, inmate)
    with pytest.raises(ValidationError) as info:
        services.remission.correct_grant(admin, lines["Satu Contoh"].line_id, change)
    assert field in info.value.field_errors
    assert live_entries(services, inmate) == before


def test_only_a_locked_ceremony_and_only_editors(services, admin, make_actor, locked):
    _ceremony, lines, _inmate = locked
    with pytest.raises(PermissionDenied):
        services.remission.correct_grant(make_actor(Role.PIMPINAN, "boss2"), lines["Satu Contoh"].line_id,
                                         GrantCorrection(30, 0, "Alasan yang cukup panjang"))  # fmt: skip
    draft = services.remission.create_ceremony(admin, NewCeremony("RU", year=2026))
    services.remission.compute_proposals(admin, draft.id)
    line = services.remission.proposal_list(admin, draft.id)[0]
    with pytest.raises(ValidationError) as info:
        services.remission.correct_grant(admin, line.line_id,
                                         GrantCorrection(30, 0, "Alasan yang cukup panjang"))  # fmt: skip
    assert "status" in info.value.field_errors


def test_a_correction_is_held_to_the_rule_table(services, admin, locked):
    _ceremony, lines, inmate = locked
    line = lines["Satu Contoh"].line_id
    with pytest.raises(ValidationError) as info:
        services.remission.correct_grant(admin, line, GrantCorrection(999, 0, "Surat Kanwil no 1"))
    assert info.value.field_params == {"days": {"most": 180}}
    assert "Paling banyak 180 hari" in info.value.message
    with pytest.raises(ValidationError) as info:
        services.remission.correct_grant(admin, line, GrantCorrection(90, 46, "Surat Kanwil no 1"))
    assert info.value.field_params == {"additional_days": {"most": 45, "days": 90}}
    # the largest the table gives is allowed
    assert (
        services.remission.correct_grant(
            admin, line, GrantCorrection(180, 90, "Surat no 2")
        ).entries
        == 2
    )
    assert live_entries(services, inmate) == [("RT", 90, "W11-1/2025"), ("RU", 180, "W11-1/2025")]


def test_a_refused_line_granted_by_correction_needs_its_decree(services, admin, make_actor):
    """Every entry in the register carries its SK: a line that was refused has none, so its
    correction names the decree; an SK dated far from the ceremony is a typo."""
    from tests.remission_samples import example3

    services.inmates.create(admin, example1(1, full_name="Satu Contoh"))
    refused = services.inmates.create(admin, example3(3))
    remission = services.remission
    ceremony = remission.create_ceremony(admin, NewCeremony("RU", year=2025))
    remission.compute_proposals(admin, ceremony.id)
    remission.approve_ceremony(make_actor(Role.PIMPINAN), ceremony.id)
    lines = remission.proposal_list(admin, ceremony.id)
    granted = [line for line in lines if line.granted]
    remission.record_sk(admin, ceremony.id, [SkEntry(granted[0].line_id, "W11-1", D(2025, 8, 10))])
    remission.commit_grants(admin, ceremony.id)
    line = next(x for x in lines if x.inmate_id == refused.id)
    reason = "Surat Kanwil W11-9: hukuman disiplin dibatalkan"
    for change, field in ((GrantCorrection(30, 0, reason), "sk_number"),
                          (GrantCorrection(30, 0, reason, "W11-9", D(1900, 1, 1)), "sk_date")):  # fmt: skip
        with pytest.raises(ValidationError) as info:
            remission.correct_grant(admin, line.line_id, change)
        assert list(info.value.field_errors) == [field]
    assert live_entries(services, refused.id) == []
    remission.correct_grant(
        admin, line.line_id, GrantCorrection(30, 0, reason, "W11-9", D(2025, 9, 1))
    )
    assert live_entries(services, refused.id) == [("RU", 30, "W11-9")]
    corrected = next(
        x for x in remission.proposal_list(admin, ceremony.id) if x.line_id == line.line_id
    )
    assert (corrected.sk_number, corrected.sk_date) == ("W11-9", D(2025, 9, 1))


def test_an_sk_dated_far_from_the_ceremony_is_refused(services, admin, make_actor):
    services.inmates.create(admin, example1(1, full_name="Satu Contoh"))
    remission = services.remission
    ceremony = remission.create_ceremony(admin, NewCeremony("RU", year=2025))
    remission.compute_proposals(admin, ceremony.id)
    remission.approve_ceremony(make_actor(Role.PIMPINAN), ceremony.id)
    (line,) = remission.proposal_list(admin, ceremony.id)
    key = f"lines.{line.line_id}"
    for far in (D(1900, 1, 1), D(2024, 8, 16), D(2026, 8, 18)):
        with pytest.raises(ValidationError) as info:
            remission.record_sk(admin, ceremony.id, [SkEntry(line.line_id, "W11-1", far)])
        assert info.value.field_params[key]["occasion"] == "17-08-2025"
    for near in (D(2024, 8, 17), D(2026, 8, 17)):  # a year before, a year after (susulan)
        remission.record_sk(admin, ceremony.id, [SkEntry(line.line_id, "W11-1", near)])

"""The remission service on a real database: ceremonies, the full flow to the ledger, key dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from app.db.models import AuditEvent, RemissionGrant
from app.domain.roles import Role
from app.errors import ValidationError
from app.services.remission_dto import (
    FlagsInput,
    LineOverride,
    NewCeremony,
    NewLedgerEntry,
    SkEntry,
)
from tests.remission_samples import detainee, example1, example3, example4

D = date


def by_name(lines):
    return {line.full_name: line for line in lines}


@pytest.fixture
def register(services, admin):
    """Example 1, example 3 (discipline), example 4 (category II), example 4 with an unpaid
    fine substitute, and a detainee."""
    made = {
        "one": services.inmates.create(admin, example1(1, full_name="Satu Contoh")),
        "three": services.inmates.create(admin, example3(3)),
        "four": services.inmates.create(admin, example4(4, full_name="Empat Contoh")),
        "owing": services.inmates.create(admin, example4(5, 30, full_name="Lima Denda")),
        "held": services.inmates.create(admin, detainee(6, full_name="Enam Tahanan")),
    }
    return {k: v.id for k, v in made.items()}


def test_ceremony_dates_from_the_calendar_and_the_rules(services, admin):
    ru = services.remission.create_ceremony(admin, NewCeremony("RU", year=2025))
    assert (ru.date, ru.status) == (D(2025, 8, 17), "draft")
    assert ru.title == "Pemberian Remisi Umum 17 Agustus 2025"
    rk = services.remission.create_ceremony(admin, NewCeremony("RK", year=2026, religion="islam"))
    assert rk.date == D(2026, 3, 21) and rk.religion == "islam" and "Idul Fitri" in rk.title
    assert services.remission.propose_date("RK", 2025, "kristen") == D(2025, 12, 25)
    assert services.remission.propose_date("RK", 2025, "hindu") == D(2025, 3, 29)
    assert services.remission.propose_date("RK", 2025, "buddha") == D(2025, 5, 12)
    assert services.remission.propose_date("RK", 2025, "konghucu") == D(2025, 1, 29)
    assert services.remission.propose_date("RD", 2026) is None
    rd = services.remission.create_ceremony(admin, NewCeremony("RD", D(2025, 8, 17), venue="Aula"))
    assert rd.kind == "RD" and rd.venue == "Aula"
    for bad, field in [
        (NewCeremony("RD", year=2026), "date"),
        (NewCeremony("RU", D(2025, 8, 18)), "date"),
        (NewCeremony("RK", year=2025, religion="lainnya"), "religion"),
        (NewCeremony("XX"), "kind"),
        (NewCeremony("RU", year=2025), "date"),  # exists already
    ]:
        with pytest.raises(ValidationError) as info:
            services.remission.create_ceremony(admin, bad)
        assert field in info.value.field_errors
    assert len(services.remission.list_ceremonies(admin)) == 3


def test_proposal_list_matches_the_worked_examples(services, admin, register):
    ceremony = services.remission.create_ceremony(admin, NewCeremony("RU", year=2025))
    counts = services.remission.compute_proposals(admin, ceremony.id)
    assert counts == {"total": 5, "eligible": 3, "not_eligible": 2, "susulan": 0, "removed": 0,
                      "rewritten": 5}  # fmt: skip
    lines = {line.inmate_id: line for line in services.remission.proposal_list(admin, ceremony.id)}
    one = lines[register["one"]]
    assert (one.eligible, one.days, one.category) == (True, 60, "I")
    assert (one.release_before, one.release_after) == (D(2027, 2, 10), D(2026, 12, 12))
    assert [r.code for r in one.reasons] == ["RU_TABLE", "CATEGORY_I"]
    assert all(r.basis for r in one.reasons)
    three = lines[register["three"]]
    assert not three.eligible and "DISCIPLINE" in [r.code for r in three.reasons]
    four = lines[register["four"]]
    assert (four.days, four.category, four.release_after) == (60, "II", D(2025, 8, 17))
    owing = lines[register["owing"]]
    assert (owing.category, owing.release_after) == ("II", D(2025, 9, 16))
    held = lines[register["held"]]
    assert not held.eligible and "NOT_NARAPIDANA" in [r.code for r in held.reasons]
    release = services.remission.release_list(admin, ceremony.id)
    assert [r.full_name for r in release.free_on_day] == ["Empat Contoh"]
    assert [(r.full_name, r.substitute_days) for r in release.staying_for_substitute] == [
        ("Lima Denda", 30)
    ]
    stats = services.remission.statistics(admin, ceremony.id)
    assert (stats.total, stats.eligible, stats.granted) == (5, 3, 3)
    assert stats.by_kind == {"RU": 3} and stats.by_category == {"I": 1, "II": 2}
    assert stats.by_amount == {60: 3} and stats.total_days == 180
    assert stats.not_eligible_reasons["DISCIPLINE"] == 1


def test_flags_with_a_note_add_remisi_tambahan(services, admin, register):
    ceremony = services.remission.create_ceremony(admin, NewCeremony("RU", year=2025))
    with pytest.raises(ValidationError) as info:
        services.remission.set_flags(admin, register["one"], FlagsInput(note=" ", donor=True))
    assert "note" in info.value.field_errors
    flags = services.remission.set_flags(
        admin, register["one"], FlagsInput(note="Donor darah PMI 2025", donor=True)
    )
    assert flags.donor and flags.username == "admin"
    assert services.remission.flags(admin, register["one"]).note == "Donor darah PMI 2025"
    services.remission.compute_proposals(admin, ceremony.id)
    one = by_name(services.remission.proposal_list(admin, ceremony.id))["Satu Contoh"]
    assert (one.days, one.additional_days, one.release_after) == (60, 30, D(2026, 11, 12))
    with services.uow() as uow:
        actions = set(uow.session.scalars(select(AuditEvent.action)))
    assert {"remission_flags_set", "remission_proposals_computed"} <= actions


def test_full_flow_to_the_ledger_and_the_next_computation(services, admin, make_actor, register):
    pembinaan = make_actor(Role.PEMBINAAN)
    pimpinan = make_actor(Role.PIMPINAN)
    remission = services.remission
    before = remission.key_dates(pembinaan, register["one"])
    assert (before.expiry_date, before.release_date) == (D(2027, 2, 10), D(2027, 2, 10))
    assert before.ledger == () and before.parole_date is not None
    ceremony = remission.create_ceremony(pembinaan, NewCeremony("RU", year=2025, venue="Aula"))
    remission.compute_proposals(pembinaan, ceremony.id)
    lines = by_name(remission.proposal_list(pembinaan, ceremony.id))
    held, four = lines["Enam Tahanan"], lines["Empat Contoh"]
    # an override needs a written justification
    with pytest.raises(ValidationError) as info:
        remission.override_line(pembinaan, four.line_id, LineOverride(False, "tidak"))
    assert "justification" in info.value.field_errors
    with pytest.raises(ValidationError):  # a detainee has no release date to shorten
        remission.override_line(
            pembinaan, held.line_id, LineOverride(True, "Putusan sudah ada", 30)
        )
    remission.override_line(
        pembinaan, four.line_id, LineOverride(False, "SK Kanwil menolak: berkas belum lengkap")
    )
    four = by_name(remission.proposal_list(pembinaan, ceremony.id))["Empat Contoh"]
    assert four.overridden and not four.granted and four.eligible
    # recomputing keeps the override
    remission.compute_proposals(pembinaan, ceremony.id)
    four = by_name(remission.proposal_list(pembinaan, ceremony.id))["Empat Contoh"]
    assert four.overridden and not four.granted and four.line_id == lines["Empat Contoh"].line_id
    # approve: pimpinan only, after that no more overrides or recomputation
    approved = remission.approve_ceremony(pimpinan, ceremony.id)
    assert (approved.status, approved.approved_by) == ("approved", pimpinan.username)
    with pytest.raises(ValidationError):
        remission.compute_proposals(pembinaan, ceremony.id)
    with pytest.raises(ValidationError):
        remission.override_line(pembinaan, four.line_id, LineOverride(True, "Berkas lengkap", 60))
    granted = [line for line in remission.proposal_list(pembinaan, ceremony.id) if line.granted]
    assert {line.full_name for line in granted} == {"Satu Contoh", "Lima Denda"}
    # commit refuses lines without SK
    with pytest.raises(ValidationError) as info:
        remission.commit_grants(pembinaan, ceremony.id)
    assert len(info.value.field_errors) == 2
    with pytest.raises(ValidationError):  # no SK for a line that is not granted
        remission.record_sk(pembinaan, ceremony.id, [SkEntry(four.line_id, "SK-1", D(2025, 8, 10))])
    entries = [SkEntry(line.line_id, f"W11-{i}/2025", D(2025, 8, 10)) for i, line in
               enumerate(granted, start=1)]  # fmt: skip
    assert remission.record_sk(pembinaan, ceremony.id, entries) == 2
    assert remission.commit_grants(pembinaan, ceremony.id) == 2
    locked = remission.get_ceremony(pembinaan, ceremony.id)
    assert locked.status == "locked" and locked.locked_by == pembinaan.username
    assert locked.approved_by != pembinaan.username  # the approver is kept apart
    with pytest.raises(ValidationError):
        remission.record_sk(pembinaan, ceremony.id, entries)
    with pytest.raises(ValidationError):
        remission.commit_grants(pembinaan, ceremony.id)
    # the ledger and the key dates
    after = remission.key_dates(pembinaan, register["one"])
    assert [(e.kind, e.date, e.days, e.category, e.ceremony_id) for e in after.ledger] == [
        ("RU", D(2025, 8, 17), 60, "I", ceremony.id)
    ]
    assert after.ledger[0].sk_number.startswith("W11-")
    assert (after.expiry_date, after.release_date, after.received_days) == (
        D(2027, 2, 10),
        D(2026, 12, 12),
        60,
    )
    assert after.two_thirds < before.two_thirds
    # the next RU counts the one received: 2nd RU = 90 days
    next_year = remission.create_ceremony(pembinaan, NewCeremony("RU", year=2026))
    remission.compute_proposals(pembinaan, next_year.id)
    one = by_name(remission.proposal_list(pembinaan, next_year.id))["Satu Contoh"]
    assert (one.days, one.release_before, one.release_after) == (
        90,
        D(2026, 12, 12),
        D(2026, 9, 13),
    )
    # a correction: void the grant (audited), the next computation and the dates follow
    remission.void_ledger_entry(pembinaan, after.ledger[0].id, "SK dicabut oleh Kanwil 2025")
    assert remission.key_dates(pembinaan, register["one"]).release_date == D(2027, 2, 10)
    remission.compute_proposals(pembinaan, next_year.id)
    one = by_name(remission.proposal_list(pembinaan, next_year.id))["Satu Contoh"]
    assert one.days == 60
    with services.uow() as uow:
        actions = [a for a in uow.session.scalars(select(AuditEvent.action))
                   if a.startswith("remission_")]  # fmt: skip
    assert actions.count("remission_line_overridden") == 1
    for action in ("remission_ceremony_created", "remission_ceremony_approved",
                   "remission_sk_recorded", "remission_grants_committed",
                   "remission_ledger_voided"):  # fmt: skip
        assert action in actions


def test_child_grant_enters_the_ledger_as_pmp_with_rt(services, admin, make_actor):
    young = example1(21, full_name="Anak Contoh", birth_date=D(2007, 1, 1))
    record = services.inmates.create(admin, young)
    services.remission.set_flags(admin, record.id, FlagsInput(note="Pemuka kerja", pemuka=True))
    ceremony = services.remission.create_ceremony(admin, NewCeremony("RU", year=2025))
    services.remission.compute_proposals(admin, ceremony.id)
    (line,) = services.remission.proposal_list(admin, ceremony.id)
    assert line.child and (line.days, line.additional_days) == (60, 20)
    services.remission.approve_ceremony(make_actor(Role.PIMPINAN), ceremony.id)
    services.remission.record_sk(admin, ceremony.id, [SkEntry(line.line_id, "SK-A", D(2025, 8, 1))])
    services.remission.commit_grants(admin, ceremony.id)
    ledger = services.remission.ledger(admin, record.id)
    assert [(e.kind, e.basis_kind, e.days) for e in ledger] == [("PMP", "RU", 60), ("RT", "", 20)]
    stats = services.remission.statistics(admin, ceremony.id)
    assert stats.by_kind == {"PMP": 1, "RT": 1} and stats.total_days == 80


def test_ledger_entry_validation(services, admin, register):
    with pytest.raises(ValidationError) as info:
        services.remission.add_ledger_entry(
            admin, register["one"], NewLedgerEntry("XX", D(2030, 1, 1), 0, category="III")
        )
    assert set(info.value.field_errors) == {"kind", "days", "date", "category", "note"}
    with pytest.raises(ValidationError) as info:
        services.remission.add_ledger_entry(
            admin, register["one"], NewLedgerEntry("PMP", D(2024, 8, 17), 30, note="riwayat")
        )
    assert set(info.value.field_errors) == {"basis_kind"}
    with services.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(RemissionGrant)) == 0


def test_recompute_rewrites_only_what_changed_and_follows_overrides(services, admin, register):
    remission = services.remission
    ceremony = remission.create_ceremony(admin, NewCeremony("RU", year=2025))
    remission.compute_proposals(admin, ceremony.id)
    assert remission.compute_proposals(admin, ceremony.id)["rewritten"] == 0
    three = by_name(remission.proposal_list(admin, ceremony.id))
    line = next(x for x in three.values() if not x.eligible and x.release_before)
    remission.override_line(
        admin, line.line_id, LineOverride(True, "Hukuman disiplin dibatalkan Kalapas", 60)
    )
    overridden = by_name(remission.proposal_list(admin, ceremony.id))[line.full_name]
    assert overridden.granted and overridden.granted_days == 60
    assert overridden.granted_release == overridden.release_before - timedelta(days=60)
    # a remission added to the ledger changes the computed line and the override's release date
    remission.add_ledger_entry(admin, line.inmate_id, NewLedgerEntry(
        "RK", D(2025, 3, 31), 30, note="RK dari Lapas asal"))  # fmt: skip
    counts = remission.compute_proposals(admin, ceremony.id)
    assert counts["rewritten"] == 1
    after = by_name(remission.proposal_list(admin, ceremony.id))[line.full_name]
    assert after.release_before == overridden.release_before - timedelta(days=30)
    assert after.granted_release == overridden.granted_release - timedelta(days=30)
    assert after.overridden and after.override_justification.startswith("Hukuman")


def test_rk_natal_covers_kristen_and_katolik_and_rd_excludes_escapees(services, admin):
    from app.domain.inmates.record import DetentionData

    kristen = services.inmates.create(admin, example1(31, full_name="Kristen", religion="Kristen"))
    katolik = services.inmates.create(admin, example1(32, full_name="Katolik", religion="Katolik"))
    islam = services.inmates.create(admin, example1(33, full_name="Islam"))
    natal = services.remission.create_ceremony(
        admin, NewCeremony("RK", year=2025, religion="katolik", venue="Gereja")
    )
    assert natal.date == D(2025, 12, 25)
    services.remission.compute_proposals(admin, natal.id)
    lines = by_name(services.remission.proposal_list(admin, natal.id))
    assert lines["Kristen"].eligible and lines["Katolik"].eligible
    assert "RELIGION_MISMATCH" in [r.code for r in lines["Islam"].reasons]
    services.remission.set_flags(admin, kristen.id, FlagsInput(note="Kabur 2024", escaped=True))
    rd = services.remission.create_ceremony(admin, NewCeremony("RD", year=2025))
    services.remission.compute_proposals(admin, rd.id)
    lines = by_name(services.remission.proposal_list(admin, rd.id))
    assert not lines["Kristen"].eligible and "ESCAPED" in [r.code for r in lines["Kristen"].reasons]
    assert lines["Katolik"].days == 90 and lines["Islam"].days == 90  # 1/12 of 3 years, capped
    del katolik, islam
    # a detainee held more than 180 days is a remisi susulan candidate for the RU
    long_held = detainee(34, full_name="Lama Ditahan", admission_date=D(2024, 12, 1), detentions=(
        DetentionData("A.I", D(2024, 12, 1), D(2025, 1, 9)),
        DetentionData("A.II", D(2025, 1, 10), D(2025, 2, 28)),
        DetentionData("A.III", D(2025, 3, 1), D(2025, 5, 29)),
        DetentionData("A.IV", D(2025, 5, 30), D(2025, 8, 27)),
    ))  # fmt: skip
    services.inmates.create(admin, long_held)
    ru = services.remission.create_ceremony(admin, NewCeremony("RU", year=2025))
    counts = services.remission.compute_proposals(admin, ru.id)
    assert counts["susulan"] == 1
    line = by_name(services.remission.proposal_list(admin, ru.id))["Lama Ditahan"]
    assert line.susulan and not line.eligible


def test_commit_is_one_transaction(services, admin, make_actor, register, monkeypatch):
    """A failure while committing (here: the audit write) leaves no ledger entry and the
    ceremony approved, not locked."""
    from app.services import remission_ceremonies

    remission = services.remission
    ceremony = remission.create_ceremony(admin, NewCeremony("RU", year=2025))
    remission.compute_proposals(admin, ceremony.id)
    remission.approve_ceremony(make_actor(Role.PIMPINAN), ceremony.id)
    granted = [line for line in remission.proposal_list(admin, ceremony.id) if line.granted]
    remission.record_sk(admin, ceremony.id, [SkEntry(x.line_id, "SK-9", D(2025, 8, 1))
                                             for x in granted])  # fmt: skip

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(remission_ceremonies.audit, "record", broken)
    with pytest.raises(RuntimeError):
        remission.commit_grants(admin, ceremony.id)
    monkeypatch.undo()
    with services.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(RemissionGrant)) == 0
    assert remission.get_ceremony(admin, ceremony.id).status == "approved"
    assert remission.commit_grants(admin, ceremony.id) == 3


@pytest.mark.parametrize(
    ("kind", "days", "extra", "field", "params"),
    [
        ("RU", 181, 0, "days", {"most": 180}),
        ("RU", 60, 31, "additional_days", {"most": 30, "days": 60}),
        ("RD", 91, 0, "days", {"most": 90}),
    ],
)
def test_an_override_is_held_to_the_rule_table(services, admin, register, kind, days, extra,
                                               field, params):  # fmt: skip
    remission = services.remission
    ceremony = remission.create_ceremony(admin, NewCeremony(kind, year=2025))
    remission.compute_proposals(admin, ceremony.id)
    line = next(iter(by_name(remission.proposal_list(admin, ceremony.id)).values()))
    change = LineOverride(True, "Surat Kanwil nomor 12", days, extra)
    with pytest.raises(ValidationError) as info:
        remission.override_line(admin, line.line_id, change)
    assert info.value.field_errors.keys() == {field}
    assert info.value.field_params == {field: params}
    assert not by_name(remission.proposal_list(admin, ceremony.id))[line.full_name].overridden
    # the most the table gives is accepted
    fewer = {"days": days - 1} if field == "days" else {"additional_days": extra - 1}
    most = replace(change, **fewer)
    remission.override_line(admin, line.line_id, most)
    assert by_name(remission.proposal_list(admin, ceremony.id))[line.full_name].overridden


def test_a_history_entry_must_fit_the_detention_and_the_law(services, admin, register):
    remission, one = services.remission, register["one"]
    start = remission.key_dates(admin, one).detention_start

    def refused(entry: NewLedgerEntry) -> ValidationError:
        with pytest.raises(ValidationError) as info:
            remission.add_ledger_entry(admin, one, entry)
        return info.value

    before = refused(NewLedgerEntry("RU", D(start.year - 1, 8, 17), 60, note="Lapas asal"))
    assert before.field_errors.keys() == {"date"}
    assert before.field_params["date"] == {"start": f"{start:%d-%m-%Y}"}
    assert "sebelum awal penahanan yang tercatat" in before.message
    not_the_day = refused(NewLedgerEntry("RU", D(2024, 12, 1), 60, note="riwayat"))
    assert not_the_day.field_params == {"date": {"day": "17-08"}}
    assert refused(
        NewLedgerEntry("RT", D(2024, 8, 18), 20, note="riwayat")
    ).field_errors.keys() == {"date"}
    assert refused(NewLedgerEntry("RU", D(2024, 8, 17), 181, note="riwayat")).field_params == {
        "days": {"most": 180}
    }
    assert refused(
        NewLedgerEntry("PMP", D(2024, 8, 17), 200, basis_kind="RU", note="riwayat")
    ).field_errors.keys() == {"days"}
    with services.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(RemissionGrant)) == 0
    # what the law allows is kept: RU on 17 August, RK on its holiday, within the detention (clock: July 2025)
    remission.add_ledger_entry(admin, one, NewLedgerEntry("RU", D(2024, 8, 17), 60, note="SK 1"))
    remission.add_ledger_entry(admin, one, NewLedgerEntry("RK", D(2025, 3, 31), 15, note="SK 2"))
    assert [e.kind for e in remission.ledger(admin, one)] == ["RU", "RK"]

"""Demo remission data: histories that the engine itself would have granted, a few flags, and a
draft 17 August ceremony with its proposal list; runs after the inmates step."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from app.db.models import RemissionFlags, RemissionGrant
from app.services.demo import DemoOptions


def test_demo_step_runs_after_the_inmates_step(empty_services):
    steps = list(empty_services.demo.load(DemoOptions(inmates=150)).steps)
    assert steps.index("WBP contoh") < steps.index("Riwayat remisi dan upacara 17 Agustus")
    admin = empty_services.auth.login("admin", "sibina2025")
    (ceremony,) = empty_services.remission.list_ceremonies(admin)
    assert (ceremony.kind, ceremony.date, ceremony.status) == ("RU", date(2025, 8, 17), "draft")
    lines = empty_services.remission.proposal_list(admin, ceremony.id)
    assert len(lines) > 100
    assert any(line.eligible for line in lines) and any(not line.eligible for line in lines)
    with empty_services.uow() as uow:
        grants = uow.session.execute(select(RemissionGrant.kind, RemissionGrant.date)).all()
        flags = uow.session.scalar(select(func.count()).select_from(RemissionFlags))
    assert len(grants) > 50 and flags >= 1
    assert {kind for kind, _ in grants} >= {"RU", "RK"}
    # histories stop before this year's 17 August, so nobody has its RU yet
    assert all(when < date(2025, 8, 17) for _, when in grants)
    # someone with a history gets a later RU than the first
    assert any(line.eligible and line.days >= 90 for line in lines)
    assert empty_services.audit.verify().ok


def test_the_demo_ceremony_has_a_run_sheet_and_guests(empty_services):
    empty_services.demo.load(DemoOptions(inmates=60))
    admin = empty_services.auth.login("admin", "sibina2025")
    (ceremony,) = empty_services.remission.list_ceremonies(admin)
    agenda = empty_services.remission.agenda(admin, ceremony.id)
    assert agenda[0].start_time == "08:00" and len(agenda) >= 6
    assert any("Wali Kota" in item.activity + item.performer for item in agenda)
    guests = empty_services.remission.guests(admin, ceremony.id)
    assert guests[0].office.startswith("Wali Kota ")
    assert all("(demo)" in g.name for g in guests)

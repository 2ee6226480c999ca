"""Demo remission data: histories that the engine itself would have granted, a few flags, and a
draft 17 August ceremony with its proposal list; runs after the inmates step."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select

from app.db.models import RemissionFlags, RemissionGrant
from app.services.demo import DemoOptions
from app.services.remission_calendar import next_ru_date
from app.services.rules import remission_rules


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
    # histories stop before today (15 July 2025), so nobody has this year's RU yet
    assert all(when < date(2025, 7, 15) for _, when in grants)
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


def test_after_17_august_the_demo_prepares_next_years_ceremony(empty_services, clock):
    clock.now = datetime(2026, 12, 1, 9, 0)
    empty_services.demo.load(DemoOptions(inmates=80))
    admin = empty_services.auth.login("admin", "sibina2025")
    (ceremony,) = empty_services.remission.list_ceremonies(admin)
    assert ceremony.date == date(2027, 8, 17)
    with empty_services.uow() as uow:
        dates = uow.session.scalars(select(RemissionGrant.date)).all()
    assert date(2026, 8, 17) in dates  # this year's RU is already history
    assert max(dates) < date(2026, 12, 1)


def test_the_next_17_august_is_today_or_later():
    rules = remission_rules()
    assert next_ru_date(rules, date(2026, 8, 17)) == date(2026, 8, 17)
    assert next_ru_date(rules, date(2026, 8, 18)) == date(2027, 8, 17)
    assert next_ru_date(rules, date(2026, 1, 1)) == date(2026, 8, 17)

"""The remission rule table on a real database: read by every role, changed and reset by an
admin with a reason, audited with the changed keys, used by the next remission computation; a
stored table that no longer validates is set aside; a broken shipped table stops start-up."""

from __future__ import annotations

import json
import logging
from datetime import date

import pytest
from sqlalchemy import func, inspect, select

from app.db.models import AuditEvent, RuleTable
from app.domain.remission.rules import RuleTableError
from app.domain.roles import Role
from app.errors import Conflict, DatabaseProblem, PermissionDenied, ValidationError
from app.services import rules as shipped_rules
from app.services.audit import AuditFilter
from app.services.container import open_services
from app.services.remission_dto import NewCeremony
from app.services.rule_effective import ShippedRulesBroken
from app.services.rule_paths import RuleChange
from tests.remission_samples import example1

NOTE = "Permenkumham Nomor 9 Tahun 2027 (uji)"
SHIPPED = json.loads(shipped_rules.remission_rules_path().read_text(encoding="utf-8"))


def counts(services) -> tuple[int, int]:
    with services.uow() as uow:
        rows = uow.session.scalar(select(func.count(RuleTable.id)))
        events = uow.session.scalar(select(func.count(AuditEvent.id)))
    return int(rows or 0), int(events or 0)


def with_first_ru(services, admin, days: int) -> dict:
    data = services.rule_tables.current(admin).data
    data["ru"]["rows"][0]["days"] = days
    return data


def test_every_role_reads_the_shipped_table_until_it_is_changed(services, admin, make_actor):
    for role in Role:
        actor = admin if role is Role.ADMIN else make_actor(role)
        current = services.rule_tables.current(actor)
        assert (current.source, current.revision, current.changed_by) == ("shipped", 0, "")
        assert current.data == SHIPPED and not current.problem and not current.edited
        assert services.rule_tables.history(actor) == []
    with pytest.raises(PermissionDenied):
        services.rule_tables.current(None)


def test_a_saved_change_is_used_by_the_next_computation(services, admin, clock):
    services.inmates.create(admin, example1(1, full_name="Satu Contoh"))
    ceremony = services.remission.create_ceremony(admin, NewCeremony("RU", year=2024))
    services.remission.compute_proposals(admin, ceremony.id)
    (line,) = services.remission.proposal_list(admin, ceremony.id)
    assert (line.eligible, line.days) == (True, 30)  # served 189 days: the 1st RU, 6-12 months

    saved = services.rule_tables.save(admin, with_first_ru(services, admin, 45), NOTE, based_on=0)
    assert (saved.source, saved.changed_by, saved.note) == ("edited", "admin", NOTE)
    assert saved.changed_at == clock.now and saved.revision > 0
    assert saved.data["ru"]["rows"][0]["days"] == 45
    counted = services.remission.compute_proposals(admin, ceremony.id)
    assert counted["rewritten"] == 1
    (line,) = services.remission.proposal_list(admin, ceremony.id)
    assert line.days == 45
    assert line.release_after == date(2027, 2, 10) - date.resolution * 45


def test_an_invalid_table_names_the_key_and_writes_nothing(services, admin):
    before = counts(services)
    bad = with_first_ru(services, admin, -1)
    with pytest.raises(ValidationError) as info:
        services.rule_tables.save(admin, bad, NOTE)
    assert info.value.field_errors == {"ru.rows[0].days": "harus 0 atau lebih"}
    assert "Tabel aturan remisi tidak sah" in info.value.message
    overlap = services.rule_tables.current(admin).data
    overlap["rk"]["rows"][1]["served_min_days"] = 200
    with pytest.raises(ValidationError) as info:
        services.rule_tables.save(admin, overlap, "pendek")
    assert set(info.value.field_errors) == {"rk.rows[1]", "note"}
    assert "tumpang tindih" in info.value.field_errors["rk.rows[1]"]
    typed = services.rule_tables.current(admin).data
    typed["rd"]["allowed_while_substitute"] = 1  # a number is not yes/no
    with pytest.raises(ValidationError) as info:
        services.rule_tables.save(admin, typed, NOTE)
    assert list(info.value.field_errors) == ["rd.allowed_while_substitute"]
    with pytest.raises(ValidationError) as info:
        services.rule_tables.save(admin, with_first_ru(services, admin, 45), "   singkat  ")
    assert list(info.value.field_errors) == ["note"]
    assert counts(services) == before
    assert services.remission._rules.ru.rows[0].days == 30


def test_an_unchanged_table_is_refused(services, admin):
    before = counts(services)
    with pytest.raises(ValidationError) as info:
        services.rule_tables.save(admin, services.rule_tables.current(admin).data, NOTE)
    assert info.value.field_errors == {} and "Tidak ada perubahan" in info.value.message
    with pytest.raises(ValidationError) as info:
        services.rule_tables.reset(admin, NOTE)
    assert "Tabel bawaan sudah berlaku" in info.value.message
    assert counts(services) == before


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.ADMIN])
def test_only_an_admin_may_change_or_reset(services, admin, make_actor, role):
    actor = make_actor(role)
    before = counts(services)
    with pytest.raises(PermissionDenied):
        services.rule_tables.save(actor, with_first_ru(services, admin, 45), NOTE)
    with pytest.raises(PermissionDenied):
        services.rule_tables.reset(actor, NOTE)
    assert counts(services) == before


def test_reset_history_and_the_audit_trail(services, admin, clock):
    first = services.rule_tables.save(admin, with_first_ru(services, admin, 45), NOTE)
    clock.advance(minutes=5)
    data = services.rule_tables.current(admin).data
    data["rk"]["rows"].append(dict(data["rk"]["rows"][-1], nth_min=7, label="ke-7 dan seterusnya"))
    data["rk"]["rows"][-2]["nth_max"] = 6
    data["rk"]["rows"][-1]["days"] = 75
    second = services.rule_tables.save(admin, data, "Keppres baru tentang RK ke-7", first.revision)
    with pytest.raises(Conflict):  # the editor started from the first revision
        services.rule_tables.reset(admin, "Kembali ke tabel bawaan", based_on=first.revision)
    clock.advance(minutes=5)
    reset = services.rule_tables.reset(admin, "Kembali ke tabel bawaan", based_on=second.revision)
    assert (reset.source, reset.changed_by, reset.note) == (
        "shipped",
        "admin",
        "Kembali ke tabel bawaan",
    )
    assert reset.data == SHIPPED and services.remission._rules.ru.rows[0].days == 30
    history = services.rule_tables.history(admin)
    assert [(h.action, h.note) for h in history] == [
        ("reset", "Kembali ke tabel bawaan"),
        ("edited", "Keppres baru tentang RK ke-7"),
        ("edited", NOTE),
    ]
    assert history[2].changes == (RuleChange("ru.rows[0].days", 30, 45),)
    assert history[1].changes[0] == RuleChange("rk.rows[4].nth_max", None, 6)
    assert history[1].changes[1].path == "rk.rows[5]" and history[1].changes[1].old is None
    assert {c.path for c in history[0].changes} == {"ru.rows[0].days", "rk.rows[4].nth_max",
                                                     "rk.rows[5]"}  # fmt: skip
    events = services.audit.list_events(admin, AuditFilter(entity="rule_table"))
    assert [e.action for e in events] == ["rule_table_reset", "rule_table_changed",
                                          "rule_table_changed"]  # fmt: skip
    oldest = events[-1]
    assert oldest.entity_id == "remission" and oldest.username == "admin"
    assert oldest.before == {"source": "shipped", "revision": 0, "values": {"ru.rows[0].days": 30}}
    assert oldest.after == {"source": "edited", "revision": first.revision, "note": NOTE,
                            "values": {"ru.rows[0].days": 45}}  # fmt: skip
    assert events[0].after["values"]["rk.rows[5]"] is None
    assert services.audit.verify().ok


def test_a_stored_table_that_no_longer_validates_falls_back_to_the_shipped_one(
    services, admin, data_dir, caplog
):
    broken = dict(SHIPPED, units={"days_per_month": 0, "basis": "uji"})
    with services.uow() as uow:
        uow.session.add(RuleTable(name="remission", data=json.dumps(broken), note="di luar Sibina",
                                  username="x", changes="[]", shipped_digest=""))  # fmt: skip
        uow.commit()
    with caplog.at_level(logging.WARNING, logger="app.services.rule_effective"):
        again = open_services(services.db_url, data_dir)  # start-up: no exception, a log line
    try:
        assert "units.days_per_month" in caplog.text
        current = again.rule_tables.current(admin)
        assert current.source == "shipped" and current.data == SHIPPED
        assert current.problem == "units.days_per_month: harus 1 atau lebih"
        assert current.problem_key == "units.days_per_month" and current.changed_by == "x"
        assert again.remission._rules.days_per_month == 30
        fixed = again.rule_tables.reset(admin, "Tabel rusak dikembalikan")
        assert fixed.source == "shipped" and not fixed.problem
        event = again.audit.list_events(admin, AuditFilter(entity="rule_table"))[0]
        assert event.before["problem"] == "units.days_per_month: harus 1 atau lebih"
    finally:
        again.dispose()


def test_a_change_saved_on_another_workstation_is_picked_up(services, admin, data_dir):
    other = open_services(services.db_url, data_dir)
    try:
        assert services.remission._rules.ru.rows[0].days == 30
        other.rule_tables.save(admin, with_first_ru(other, admin, 50), NOTE)
        assert services.remission._rules.ru.rows[0].days == 50
        assert services.rule_tables.current(admin).revision > 0
    finally:
        other.dispose()


def test_an_edit_made_against_an_older_shipped_table_is_flagged(
    services, admin, data_dir, monkeypatch
):
    services.rule_tables.save(admin, with_first_ru(services, admin, 45), NOTE)
    newer = dict(SHIPPED, updated="2027-01-01")
    from app.domain.remission.rules import parse_rules

    monkeypatch.setattr(shipped_rules, "remission_rules", lambda: parse_rules(newer))
    again = open_services(services.db_url, data_dir)
    try:
        current = again.rule_tables.current(admin)
        assert current.edited and current.shipped_updated
        assert again.rule_tables.shipped_table(admin)["updated"] == "2027-01-01"
    finally:
        again.dispose()


def test_a_broken_shipped_table_stops_start_up(db_url, data_dir, monkeypatch):
    def broken():
        raise RuleTableError("ru.rows[2].days", "harus bilangan bulat")

    monkeypatch.setattr(shipped_rules, "remission_rules", broken)
    with pytest.raises(ShippedRulesBroken) as info:
        open_services(db_url, data_dir)
    assert isinstance(info.value, DatabaseProblem)
    assert "ru.rows[2].days: harus bilangan bulat" in info.value.message
    assert "Tabel aturan remisi bawaan" in info.value.message


def test_the_migration_creates_the_rule_tables_table(services):
    columns = {c["name"] for c in inspect(services.engine).get_columns("rule_tables")}
    assert columns == {"id", "name", "data", "changes", "shipped_digest", "note", "username",
                       "created_at"}  # fmt: skip
    assert "0005_rule_tables" in services.migration.to_revision


def test_the_rules_in_effect_are_parsed_again_only_after_a_change(services, admin, monkeypatch):
    from app.services import rule_effective

    parsed: list[int] = []
    real = rule_effective.parse_rules
    monkeypatch.setattr(rule_effective, "parse_rules", lambda d: parsed.append(1) or real(d))
    services.rule_tables.save(admin, with_first_ru(services, admin, 45), NOTE)
    first = services.remission._rules
    for _ in range(5):
        assert services.remission._rules is first
        assert services.rule_tables.current(admin).revision == 1
    assert len(parsed) == 1  # the saved table, once
    services.rule_tables.reset(admin, "Kembali ke tabel bawaan")
    assert services.remission._rules is shipped_rules.remission_rules()
    assert len(parsed) == 1  # a reset needs no parsing: the shipped table is loaded once

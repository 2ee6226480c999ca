"""The audit chain: every write is recorded, the chain verifies, tampering is found."""

from __future__ import annotations

import sqlite3

import pytest

from app.domain.roles import Role
from app.errors import PermissionDenied
from app.services.audit import AuditFilter
from app.services.users import NewUser
from tests.conftest import PASSWORD


def _db_file(services) -> str:
    return services.engine.url.database


def test_setup_and_login_are_audited(services, admin):
    events = services.audit.list_events(admin, AuditFilter())
    actions = [e.action for e in reversed(events)]
    assert actions[:2] == ["facility_created", "user_created"]
    assert actions[-1] == "login"
    assert events[0].username == "admin"


def test_user_creation_event_has_after_but_no_password_hash(services, admin):
    services.users.create_user(admin, NewUser("sari", "Sari Dewi", Role.REGISTRASI, PASSWORD))
    event = services.audit.list_events(admin, AuditFilter(entity="user", text="sari"))[0]
    assert event.action == "user_created"
    assert event.after["username"] == "sari"
    assert "password_hash" not in event.after


def test_verify_ok_counts_every_event(services, admin):
    result = services.audit.verify()
    assert result.ok
    assert result.count == services.audit.count_events(admin, AuditFilter())


def test_changed_row_breaks_chain_at_that_event(services, admin):
    services.users.create_user(admin, NewUser("sari", "Sari Dewi", Role.REGISTRASI, PASSWORD))
    services.dispose()
    con = sqlite3.connect(_db_file(services))
    con.execute("UPDATE audit_events SET username = 'mallory' WHERE id = 2")
    con.commit()
    con.close()
    result = services.audit.verify()
    assert not result.ok
    assert result.broken_id == 2
    assert result.reason == "content changed"


def test_deleted_middle_row_breaks_chain(services, admin):
    services.users.create_user(admin, NewUser("sari", "Sari Dewi", Role.REGISTRASI, PASSWORD))
    con = sqlite3.connect(_db_file(services))
    con.execute("DELETE FROM audit_events WHERE id = 2")
    con.commit()
    con.close()
    result = services.audit.verify()
    assert not result.ok
    assert result.broken_id == 2


def test_deleted_newest_row_is_detected_by_the_head(services, admin):
    con = sqlite3.connect(_db_file(services))
    last = con.execute("SELECT max(id) FROM audit_events").fetchone()[0]
    con.execute("DELETE FROM audit_events WHERE id = ?", (last,))
    con.commit()
    con.close()
    result = services.audit.verify()
    assert not result.ok
    assert result.broken_id == last


def test_filters_by_user_and_date(services, admin, clock):
    clock.advance(days=3)
    services.users.create_user(admin, NewUser("sari", "Sari Dewi", Role.REGISTRASI, PASSWORD))
    later = services.audit.list_events(admin, AuditFilter(date_from=clock.now.date()))
    assert [e.action for e in later] == ["user_created"]
    by_system = services.audit.list_events(admin, AuditFilter(username="sistem"))
    assert {"facility_created", "user_created"} <= {e.action for e in by_system}
    assert "login" not in {e.action for e in by_system}


def test_the_user_filter_finds_names_that_start_with_it_in_any_case(services, admin):
    services.users.create_user(admin, NewUser("budi.s", "Budi Santoso", Role.REGISTRASI, PASSWORD))
    services.users.create_user(admin, NewUser("budiman", "Budiman", Role.REGISTRASI, PASSWORD))
    services.auth.login("budi.s", PASSWORD)
    services.auth.login("budiman", PASSWORD)
    services.auth.login("admin", PASSWORD)
    logins = AuditFilter(username="budi", action="login")
    assert sorted(e.username for e in services.audit.list_events(admin, logins)) == [
        "budi.s", "budiman"]  # fmt: skip
    exact = AuditFilter(username="BUDI.S", action="login")
    assert [e.username for e in services.audit.list_events(admin, exact)] == ["budi.s"]
    literal = AuditFilter(username="bud_", action="login")  # _ and % are letters here
    assert services.audit.list_events(admin, literal) == []


def test_paging_returns_disjoint_pages(services, admin):
    for i in range(5):
        services.users.create_user(admin, NewUser(f"user{i}", f"U {i}", Role.PEMBINAAN, PASSWORD))
    first = services.audit.list_events(admin, AuditFilter(), offset=0, limit=3)
    second = services.audit.list_events(admin, AuditFilter(), offset=3, limit=3)
    assert len(first) == 3
    assert not {e.id for e in first} & {e.id for e in second}
    assert first[0].id > second[0].id  # newest first


@pytest.mark.parametrize("role", [Role.REGISTRASI, Role.PERTANIAN, Role.PEMBINAAN])
def test_roles_without_view_audit_are_denied(make_actor, services, role):
    actor = make_actor(role)
    with pytest.raises(PermissionDenied):
        services.audit.list_events(actor, AuditFilter())


def test_pimpinan_may_read_the_audit_log(make_actor, services):
    actor = make_actor(Role.PIMPINAN)
    assert services.audit.count_events(actor, AuditFilter()) > 0

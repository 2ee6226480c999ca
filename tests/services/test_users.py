"""User administration: only admins, every write audited, at least one active admin remains."""

from __future__ import annotations

import pytest

from app.domain.roles import Role
from app.errors import PermissionDenied, ValidationError
from app.services.audit import AuditFilter
from app.services.users import NewUser
from tests.conftest import PASSWORD

NON_ADMIN_ROLES = [r for r in Role if r is not Role.ADMIN]


def _snapshot(services, admin):
    users = services.users.list_users(admin)
    return users, services.audit.count_events(admin, AuditFilter())


def test_admin_creates_user_who_can_log_in(services, admin):
    dto = services.users.create_user(admin, NewUser("Sari", "Sari Dewi", Role.REGISTRASI, PASSWORD))
    assert dto.username == "sari"  # normalised to lower case
    assert services.auth.login("sari", PASSWORD).role is Role.REGISTRASI


def test_create_user_reports_every_field_problem(services, admin):
    with pytest.raises(ValidationError) as info:
        services.users.create_user(admin, NewUser("a b", " ", "raja", "pendek"))
    assert set(info.value.field_errors) == {"username", "full_name", "role", "password"}


def test_duplicate_username_is_refused(services, admin):
    with pytest.raises(ValidationError) as info:
        services.users.create_user(admin, NewUser("admin", "Lain", Role.PEMBINAAN, PASSWORD))
    assert "username" in info.value.field_errors


@pytest.mark.parametrize("role", NON_ADMIN_ROLES)
def test_every_mutation_is_denied_without_manage_users(services, admin, make_actor, role):
    actor = make_actor(role, f"x-{role.value}")
    target = services.users.create_user(admin, NewUser("korban", "K", Role.PERTANIAN, PASSWORD))
    before = _snapshot(services, admin)
    attempts = [
        lambda: services.users.create_user(actor, NewUser("baru", "B", Role.ADMIN, PASSWORD)),
        lambda: services.users.set_role(actor, target.id, Role.ADMIN),
        lambda: services.users.set_active(actor, target.id, False),
        lambda: services.users.reset_password(actor, target.id, "sementara123"),
        lambda: services.users.list_users(actor),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied):
            attempt()
    assert _snapshot(services, admin) == before


def test_set_role_and_disable_are_audited_with_before_and_after(services, admin):
    user = services.users.create_user(admin, NewUser("tani", "Tani", Role.PERTANIAN, PASSWORD))
    services.users.set_role(admin, user.id, Role.PEMBINAAN)
    services.users.set_active(admin, user.id, False)
    events = services.audit.list_events(admin, AuditFilter(entity="user", entity_id=str(user.id)))
    by_action = {e.action: e for e in events}
    assert by_action["user_role_changed"].before["role"] == "pertanian"
    assert by_action["user_role_changed"].after["role"] == "pembinaan"
    assert by_action["user_disabled"].after["active"] is False


def test_last_active_admin_cannot_be_demoted_or_disabled(services, admin):
    other = services.users.create_user(admin, NewUser("admin2", "A2", Role.ADMIN, PASSWORD))
    services.users.set_active(admin, other.id, False)
    with pytest.raises(ValidationError):
        services.users.set_role(admin, admin.user_id, Role.PEMBINAAN)
    with pytest.raises(ValidationError):
        services.users.set_active(admin, admin.user_id, False)
    assert services.auth.login("admin", PASSWORD).role is Role.ADMIN


def test_admin_cannot_disable_themselves_even_with_another_admin(services, admin):
    services.users.create_user(admin, NewUser("admin2", "A2", Role.ADMIN, PASSWORD))
    with pytest.raises(ValidationError):
        services.users.set_active(admin, admin.user_id, False)


def test_reset_password_unlocks_the_account(services, admin, make_actor):
    from app.errors import AuthError

    make_actor(Role.PERTANIAN, "tani")
    for _ in range(5):
        with pytest.raises(AuthError):
            services.auth.login("tani", "salah-sekali1")
    tani = next(u for u in services.users.list_users(admin) if u.username == "tani")
    assert tani.locked_until is not None
    services.users.reset_password(admin, tani.id, "sementara123")
    assert services.auth.login("tani", "sementara123").username == "tani"

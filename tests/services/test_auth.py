"""Logging in: wrong passwords, the 5-attempt lock, disabled accounts, own password change."""

from __future__ import annotations

import pytest

from app.domain.roles import Role
from app.errors import AuthError, ValidationError
from app.services.audit import AuditFilter
from tests.conftest import PASSWORD


def test_login_returns_actor_with_role(services):
    actor = services.auth.login("admin", PASSWORD)
    assert actor.username == "admin"
    assert actor.role is Role.ADMIN


def test_username_is_trimmed(services):
    assert services.auth.login("  admin ", PASSWORD).username == "admin"


def test_username_as_it_was_typed_at_creation_logs_in(services, admin):
    """User names are stored in lower case ("Budi.S" is budi.s); logging in with the name as
    it was typed then must work too, and a failed attempt is logged under the stored name."""
    from app.services.users import NewUser

    services.users.create_user(admin, NewUser("Budi.S", "Budi Santoso", Role.REGISTRASI, PASSWORD))
    assert services.auth.login("Budi.S", PASSWORD).username == "budi.s"
    assert services.auth.login("BUDI.S ", PASSWORD).username == "budi.s"
    with pytest.raises(AuthError):
        services.auth.login("Budi.S", "salah-sekali1")
    with pytest.raises(AuthError):
        services.auth.login("Nobody.X", PASSWORD)
    failed = services.audit.list_events(admin, AuditFilter(action="login_failed"))
    assert [e.username for e in failed] == ["nobody.x", "budi.s"]


def test_wrong_password_says_attempts_left(services):
    with pytest.raises(AuthError) as info:
        services.auth.login("admin", "salah-sekali1")
    assert info.value.params["left"] == 4


def test_unknown_user_gets_the_same_message_as_a_wrong_password(services):
    with pytest.raises(AuthError) as info:
        services.auth.login("nobody", PASSWORD)
    assert info.value.message == "Nama pengguna atau kata sandi salah."


def test_five_failures_lock_for_fifteen_minutes(services, clock):
    for _ in range(4):
        with pytest.raises(AuthError):
            services.auth.login("admin", "salah-sekali1")
    with pytest.raises(AuthError) as fifth:
        services.auth.login("admin", "salah-sekali1")
    assert "dikunci 15 menit" in fifth.value.message
    # Even the right password is refused while locked.
    clock.advance(minutes=14)
    with pytest.raises(AuthError) as locked:
        services.auth.login("admin", PASSWORD)
    assert "terkunci" in locked.value.message
    assert locked.value.params["minutes"] == 1  # exactly one minute left (rounded up)
    clock.advance(minutes=1, seconds=1)
    assert services.auth.login("admin", PASSWORD).username == "admin"


def test_successful_login_resets_the_failure_count(services):
    for _ in range(4):
        with pytest.raises(AuthError):
            services.auth.login("admin", "salah-sekali1")
    services.auth.login("admin", PASSWORD)
    with pytest.raises(AuthError) as info:
        services.auth.login("admin", "salah-sekali1")
    assert info.value.params["left"] == 4


def test_failures_and_locks_are_audited(services, admin):
    for _ in range(5):
        with pytest.raises(AuthError):
            services.auth.login("admin", "salah-sekali1")
    actions = [e.action for e in services.audit.list_events(admin, AuditFilter(entity="user"))]
    assert actions.count("login_failed") == 4
    assert actions.count("account_locked") == 1
    assert services.audit.verify().ok


def test_disabled_user_cannot_log_in(services, admin, make_actor):
    user = make_actor(Role.PERTANIAN, "tani")
    services.users.set_active(admin, user.user_id, False)
    with pytest.raises(AuthError) as info:
        services.auth.login("tani", PASSWORD)
    assert "dinonaktifkan" in info.value.message


def test_change_own_password(services, admin):
    services.auth.change_own_password(admin, PASSWORD, "baru-sekali9")
    with pytest.raises(AuthError):
        services.auth.login("admin", PASSWORD)
    assert services.auth.login("admin", "baru-sekali9").username == "admin"


def test_change_own_password_reports_every_problem(services, admin):
    with pytest.raises(ValidationError) as info:
        services.auth.change_own_password(admin, "not-the-old-1", "short")
    assert set(info.value.field_errors) == {"old_password", "new_password"}
    assert services.auth.login("admin", PASSWORD)  # unchanged


def test_reset_password_forces_a_change(services, admin, make_actor):
    user = make_actor(Role.PERTANIAN, "tani")
    services.users.reset_password(admin, user.user_id, "sementara123")
    actor = services.auth.login("tani", "sementara123")
    assert services.auth.must_change_password(actor)
    services.auth.change_own_password(actor, "sementara123", "milikku-sendiri7")
    assert not services.auth.must_change_password(actor)

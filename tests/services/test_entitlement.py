"""A user deactivated or given another role while logged in writes nothing more with the old
login: every audited write checks the account again."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.roles import Role
from app.errors import PermissionDenied
from app.services.audit import AuditFilter
from app.services.users import NewUser
from tests.conftest import PASSWORD
from tests.inmate_samples import detainee


def _user_id(services, admin, username):
    return next(u.id for u in services.users.list_users(admin) if u.username == username)


def _inmate_count(services, admin):
    from app.services.inmates_dto import InmateFilter

    return services.inmates.count(admin, InmateFilter())


def test_a_deactivated_user_can_no_longer_write(services, admin, make_actor):
    clerk = make_actor(Role.REGISTRASI)
    services.inmates.create(clerk, detainee(1))
    services.users.set_active(admin, _user_id(services, admin, clerk.username), False)
    events = services.audit.count_events(admin, AuditFilter())
    with pytest.raises(PermissionDenied) as info:
        services.inmates.create(clerk, detainee(2))
    assert "telah dinonaktifkan atau perannya diubah" in info.value.message
    assert _inmate_count(services, admin) == 1
    assert services.audit.count_events(admin, AuditFilter()) == events


def test_a_demoted_admin_cannot_promote_themselves_back(services, admin, make_actor):
    second = make_actor(Role.ADMIN, "admin2")
    own_id = _user_id(services, admin, "admin2")
    services.users.set_role(admin, own_id, Role.PIMPINAN)
    with pytest.raises(PermissionDenied):
        services.users.set_role(second, own_id, Role.ADMIN)
    with pytest.raises(PermissionDenied):
        services.users.create_user(second, NewUser("baru", "Pengguna Baru", Role.ADMIN, PASSWORD))
    assert {u.username: u.role for u in services.users.list_users(admin)}["admin2"] == "pimpinan"


def test_an_admin_may_still_give_up_their_own_admin_role(services, admin, make_actor):
    make_actor(Role.ADMIN, "admin2")
    services.users.set_role(admin, _user_id(services, admin, "admin"), Role.PIMPINAN)
    assert services.auth.login("admin", PASSWORD).role is Role.PIMPINAN


def test_an_import_by_a_changed_account_writes_nothing(services, admin, make_actor, tmp_path):
    clerk = make_actor(Role.REGISTRASI)
    path: Path = tmp_path / "a.csv"
    path.write_text("No. Registrasi;Nama;Jenis Kelamin;Status;Tanggal Masuk\n"
                    "AI.7/2025;Budi Fiktif;L;tahanan;01-07-2025\n", encoding="utf-8")  # fmt: skip
    services.users.set_role(admin, _user_id(services, admin, clerk.username), Role.PERPUSTAKAAN)
    with pytest.raises(PermissionDenied):
        services.inmates.import_file(clerk, path)
    assert _inmate_count(services, admin) == 0

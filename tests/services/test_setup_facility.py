"""First-start setup and the facility profile."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.roles import Role
from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.services.audit import AuditFilter
from tests.conftest import PASSWORD, PROFILE


def test_setup_is_needed_on_an_empty_database(empty_services):
    assert empty_services.setup.is_needed()
    with pytest.raises(NotFound):
        empty_services.facility.get()


def test_setup_writes_profile_and_admin(empty_services):
    empty_services.setup.complete(PROFILE, "kepala", "Kepala Admin", PASSWORD)
    assert not empty_services.setup.is_needed()
    assert empty_services.facility.get().name == "Rutan Kelas IIA Pekalongan"
    assert empty_services.auth.login("kepala", PASSWORD).role is Role.ADMIN


def test_setup_reports_profile_and_admin_problems_together_and_writes_nothing(empty_services):
    bad = replace(PROFILE, name="", head_nip="12345", code="kode dengan spasi")
    with pytest.raises(ValidationError) as info:
        empty_services.setup.complete(bad, "x", "", "pendek")
    assert set(info.value.field_errors) == {
        "name", "head_nip", "code", "admin_username", "admin_full_name", "admin_password",
    }  # fmt: skip
    assert empty_services.setup.is_needed()
    assert empty_services.audit.verify().count == 0


def test_setup_cannot_run_twice(services):
    with pytest.raises(Conflict):
        services.setup.complete(PROFILE, "lagi", "Lagi", PASSWORD)


def test_nip_spaces_are_removed(services, admin):
    updated = services.facility.update(admin, replace(PROFILE, head_nip="19700101 200003 1 001"))
    assert updated.head_nip == "197001012000031001"


def test_admin_updates_profile_with_logo_and_it_is_audited(services, admin):
    services.facility.update(admin, replace(PROFILE, city="Kota Pekalongan", logo_png=b"\x89PNG-x"))
    assert services.facility.get().city == "Kota Pekalongan"
    event = services.audit.list_events(admin, AuditFilter(entity="facility"))[0]
    assert event.action == "facility_updated"
    assert event.before["city"] == "Pekalongan"
    assert event.after["city"] == "Kota Pekalongan"
    assert event.after["logo"] == "6 bytes"


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.ADMIN])
def test_only_admin_edits_the_profile(services, make_actor, admin, role):
    actor = make_actor(role)
    count = services.audit.count_events(admin, AuditFilter())
    with pytest.raises(PermissionDenied):
        services.facility.update(actor, replace(PROFILE, city="Batang"))
    assert services.facility.get().city == "Pekalongan"
    assert services.audit.count_events(admin, AuditFilter()) == count

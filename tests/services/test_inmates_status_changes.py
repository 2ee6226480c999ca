"""Status changes beyond the plain write: checking one without saving it (the dialog asks to
confirm a final change only when it can be saved)."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.roles import Role
from app.errors import PermissionDenied, ValidationError
from app.services.inmates_dto import StatusAction, StatusChange
from tests.inmate_samples import detainee


def test_check_status_change_reports_problems_and_writes_nothing(services, admin):
    record = services.inmates.create(admin, detainee(1))
    with pytest.raises(ValidationError) as err:
        services.inmates.check_status_change(
            admin, record.id, StatusChange(StatusAction.RELEASE, date(2025, 7, 16))
        )
    assert set(err.value.field_errors) == {"reason", "date"}
    good = StatusChange(StatusAction.RELEASE, date(2025, 7, 10), reason="pb")
    assert services.inmates.check_status_change(admin, record.id, good) is None
    stored = services.inmates.get(admin, record.id)
    assert stored.data.status == "tahanan" and len(stored.events) == 1
    assert [e.action for e in services.inmates.history(admin, record.id)] == ["inmate_created"]


def test_check_status_change_needs_the_register_permission(services, admin, make_actor):
    record = services.inmates.create(admin, detainee(1))
    with pytest.raises(PermissionDenied):
        services.inmates.check_status_change(
            make_actor(Role.PEMBINAAN),
            record.id,
            StatusChange(StatusAction.DEATH, date(2025, 7, 10)),
        )

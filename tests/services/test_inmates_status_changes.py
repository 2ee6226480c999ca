"""Status changes beyond the plain write: checking one without saving it (the dialog asks to
confirm a final change only when it can be saved), and an administrator undoing a mistaken
release, transfer or death, with a written reason, audited."""

from __future__ import annotations

from datetime import date

import pytest

from app.db.models import Inmate
from app.domain.inmates.record import CaseData
from app.domain.roles import Role
from app.errors import Conflict, PermissionDenied, ValidationError
from app.services.inmates_dto import ACTIVE, InmateFilter, StatusAction, StatusChange
from tests.inmate_samples import convict, detainee


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


CHANGES = {
    StatusAction.DEATH: StatusChange(StatusAction.DEATH, date(2025, 7, 10), document="SKK 1"),
    StatusAction.RELEASE: StatusChange(StatusAction.RELEASE, date(2025, 7, 10), reason="pb"),
    StatusAction.TRANSFER: StatusChange(
        StatusAction.TRANSFER, date(2025, 7, 10), destination="Lapas Kedungpane"
    ),
}


@pytest.mark.parametrize("action", list(CHANGES))
def test_admin_undoes_a_mistaken_final_change(services, admin, clock, action):
    record = services.inmates.create(admin, convict(1))
    services.inmates.change_status(admin, record.id, CHANGES[action])
    clock.advance(days=1)
    undone = services.inmates.undo_status_change(admin, record.id, "  Salah pilih orang  ")
    assert undone.data.status == "narapidana"
    assert (undone.data.release_date, undone.data.release_reason) == (None, "")
    assert (undone.data.transfer_destination, undone.data.death_date) == ("", None)
    assert undone.data == record.data  # as it was before the mistake
    assert undone.placements[-1].end_date is None  # back in the same cell
    assert len(undone.placements) == len(record.placements)
    assert [e.kind for e in undone.events] == ["admission", action, "undo"]
    last = undone.events[-1]
    assert (last.from_status, last.to_status, last.note) == (
        {"death": "meninggal", "release": "bebas", "transfer": "pindah"}[action],
        "narapidana",
        "Salah pilih orang",
    )
    assert (last.date, last.username) == (date(2025, 7, 16), "admin")
    history = services.inmates.history(admin, record.id)
    assert history[-1].action == "inmate_status_undone"
    assert history[-1].before["status"] != "narapidana"
    assert history[-1].after["status"] == "narapidana"
    assert history[-1].after["action"] == {
        "action": "undo", "undone": action, "date": "2025-07-10", "reason": "Salah pilih orang"
    }  # fmt: skip
    assert services.audit.verify().ok
    assert services.inmates.count(admin, InmateFilter(status=ACTIVE)) == 1
    with pytest.raises(Conflict) as err:  # the undo itself is not undone
        services.inmates.undo_status_change(admin, record.id, "lagi")
    assert (
        err.value.template
        == "Tidak ada pembebasan, pemindahan, atau kematian yang dapat dibatalkan."
    )
    again = services.inmates.change_status(admin, record.id, CHANGES[action])  # recorded anew
    assert [e.kind for e in again.events] == ["admission", action, "undo", action]


def test_undo_needs_a_written_reason(services, admin):
    record = services.inmates.create(admin, detainee(1))
    services.inmates.change_status(admin, record.id, CHANGES[StatusAction.DEATH])
    with pytest.raises(ValidationError) as err:
        services.inmates.undo_status_change(admin, record.id, "   ")
    assert err.value.field_errors == {"reason": "Wajib diisi."}
    assert services.inmates.get(admin, record.id).data.status == "meninggal"


@pytest.mark.parametrize("role", [Role.REGISTRASI, Role.PIMPINAN, Role.PEMBINAAN])
def test_only_an_administrator_undoes(services, admin, make_actor, role):
    record = services.inmates.create(admin, detainee(1))
    services.inmates.change_status(admin, record.id, CHANGES[StatusAction.DEATH])
    with pytest.raises(PermissionDenied):
        services.inmates.undo_status_change(make_actor(role), record.id, "Salah orang")
    assert services.inmates.get(admin, record.id).data.status == "meninggal"
    assert services.inmates.history(admin, record.id)[-1].action == "inmate_death"


def test_nothing_to_undo_after_an_admission_or_a_verdict(services, admin, clock):
    clock.now = clock.now.replace(day=25)
    record = services.inmates.create(admin, detainee(1))
    with pytest.raises(Conflict) as err:
        services.inmates.undo_status_change(admin, record.id, "Salah")
    assert (
        err.value.template
        == "Tidak ada pembebasan, pemindahan, atau kematian yang dapat dibatalkan."
    )
    case = CaseData("362 KUHP", "Pencurian", "PN Pekalongan", "5/Pid.B/2025/PN Pkl",
                    date(2025, 7, 15), date(2025, 7, 22), "penjara", 0, 8, 0)  # fmt: skip
    services.inmates.change_status(
        admin, record.id, StatusChange(StatusAction.VERDICT, date(2025, 7, 22), case=case)
    )
    with pytest.raises(Conflict):
        services.inmates.undo_status_change(admin, record.id, "Salah")
    assert services.inmates.get(admin, record.id).data.status == "narapidana"


def test_refused_when_the_record_changed_since(services, admin):
    """The record no longer shows the change (another workstation, a repair by hand): undoing
    it would throw that later change away."""
    record = services.inmates.create(admin, detainee(1))
    services.inmates.change_status(admin, record.id, CHANGES[StatusAction.RELEASE])
    with services.uow() as uow:
        uow.session.get(Inmate, record.id).release_date = date(2025, 7, 12)
        uow.commit()
    with pytest.raises(Conflict) as err:
        services.inmates.undo_status_change(admin, record.id, "Salah")
    assert err.value.template == (
        "Data WBP ini sudah berubah setelah perubahan status itu; pembatalan tidak dapat dilakukan."
    )
    assert services.inmates.get(admin, record.id).data.status == "bebas"


def test_undoable_change_names_the_latest_final_change(services, admin):
    record = services.inmates.create(admin, detainee(1))
    assert services.inmates.undoable_status_change(admin, record.id) is None
    services.inmates.change_status(admin, record.id, CHANGES[StatusAction.TRANSFER])
    event = services.inmates.undoable_status_change(admin, record.id)
    assert (event.kind, event.date, event.destination) == (
        "transfer",
        date(2025, 7, 10),
        "Lapas Kedungpane",
    )
    services.inmates.undo_status_change(admin, record.id, "Salah")
    assert services.inmates.undoable_status_change(admin, record.id) is None

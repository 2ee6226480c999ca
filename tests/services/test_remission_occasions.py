"""One ceremony per occasion (RU and RD once a year, RK once a year per holiday: Kristen and
Katolik share Natal), checked at creation, on a date change and at commit; and changing a
ceremony's title, venue and date."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.db.models import AuditEvent, RemissionCeremony, RemissionGrant
from app.domain.roles import Role
from app.errors import PermissionDenied, ValidationError
from app.services.remission_dto import CeremonyChange, NewCeremony, SkEntry
from app.ui.common.messages import translate_error
from tests.remission_samples import example1

D = date


def refused(call, *args) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        call(*args)
    return info.value


def message(error: ValidationError, field: str) -> str:
    return translate_error(error.field_errors[field], error.field_params.get(field))


def test_a_second_rk_for_one_religion_in_one_year_is_refused_on_any_date(services, admin):
    create = services.remission.create_ceremony
    first = create(admin, NewCeremony("RK", D(2026, 3, 21), religion="islam"))
    for again in (NewCeremony("RK", D(2026, 3, 22), religion="islam"),
                  NewCeremony("RK", D(2026, 11, 2), religion="ISLAM")):  # fmt: skip
        error = refused(create, admin, again)
        assert message(error, "date").startswith(
            f"Sudah ada upacara remisi ini pada tahun 2026: “{first.title}”."
        )
    create(admin, NewCeremony("RK", D(2026, 12, 25), religion="kristen"))  # another religion
    create(admin, NewCeremony("RK", D(2027, 3, 10), religion="islam"))  # another year
    create(admin, NewCeremony("RU", year=2026))
    assert "date" in refused(create, admin, NewCeremony("RU", year=2026)).field_errors
    assert len(services.remission.list_ceremonies(admin)) == 4


def test_kristen_and_katolik_share_one_natal_ceremony_a_year(services, admin):
    """Each Natal ceremony computes both religions: a second one would grant the same people a
    second RK for the same Natal."""
    create = services.remission.create_ceremony
    first = create(admin, NewCeremony("RK", D(2026, 12, 25), religion="kristen"))
    error = refused(create, admin, NewCeremony("RK", D(2026, 12, 25), religion="katolik"))
    assert message(error, "date").startswith(
        f"Sudah ada upacara remisi ini pada tahun 2026: “{first.title}”."
    )
    assert "satu upacara Natal untuk Kristen dan Katolik" in message(error, "date")
    create(admin, NewCeremony("RK", D(2026, 3, 20), religion="islam"))  # another holiday
    create(admin, NewCeremony("RK", D(2027, 12, 25), religion="katolik"))  # another year
    assert len(services.remission.list_ceremonies(admin)) == 3


def test_title_and_venue_are_at_most_200_characters(services, admin):
    error = refused(services.remission.create_ceremony, admin,
                    NewCeremony("RU", year=2026, title="x" * 201, venue="y" * 201))  # fmt: skip
    assert message(error, "title") == message(error, "venue") == "Paling banyak 200 huruf."
    assert services.remission.list_ceremonies(admin) == []
    made = services.remission.create_ceremony(admin, NewCeremony("RU", year=2026, title="x" * 200))
    assert len(made.title) == 200


def test_title_and_venue_change_while_draft_or_approved(services, admin, make_actor):
    remission = services.remission
    made = remission.create_ceremony(admin, NewCeremony("RU", year=2025, venue="Aula"))
    changed = remission.update_ceremony(
        admin, made.id, CeremonyChange("Upacara HUT RI", "Lapangan")
    )
    assert (changed.title, changed.venue, changed.date) == ("Upacara HUT RI", "Lapangan", made.date)
    default = remission.update_ceremony(admin, made.id, CeremonyChange(" ", "Aula"))
    assert default.title == "Pemberian Remisi Umum 17 Agustus 2025"  # empty: made from the kind
    error = refused(remission.update_ceremony, admin, made.id,
                    CeremonyChange("Upacara", "Aula", D(2025, 8, 18)))  # fmt: skip
    assert message(error, "date") == "Tanggal Remisi Umum dan Remisi Dasawarsa tetap 17 Agustus."
    assert "title" in refused(remission.update_ceremony, admin, made.id,
                              CeremonyChange("t" * 201, "Aula")).field_errors  # fmt: skip
    with pytest.raises(PermissionDenied):
        remission.update_ceremony(make_actor(Role.REGISTRASI), made.id, CeremonyChange("a", "b"))
    remission.compute_proposals(admin, made.id)
    remission.approve_ceremony(make_actor(Role.PIMPINAN), made.id)
    approved = remission.update_ceremony(admin, made.id, CeremonyChange("Judul benar", "Aula"))
    assert (approved.title, approved.status) == ("Judul benar", "approved")
    with services.uow() as uow:  # the audit: before and after of each change
        rows = uow.session.execute(
            select(AuditEvent.before_json, AuditEvent.after_json)
            .where(AuditEvent.action == "remission_ceremony_updated").order_by(AuditEvent.id)
        ).all()  # fmt: skip
    assert len(rows) == 3
    assert '"Upacara HUT RI"' in rows[0].after_json and '"Judul benar"' in rows[2].after_json
    assert '"Aula"' in rows[0].before_json
    stored = remission.get_ceremony(admin, made.id)
    assert (stored.title, stored.venue) == ("Judul benar", "Aula")


def test_an_rk_draft_moved_to_another_day_is_computed_again_for_that_day(services, admin, clock):
    remission = services.remission
    services.inmates.create(admin, example1(1, full_name="Satu Contoh"))
    made = remission.create_ceremony(admin, NewCeremony("RK", D(2025, 3, 31), religion="islam"))
    remission.compute_proposals(admin, made.id)
    (line,) = remission.proposal_list(admin, made.id)
    moved = remission.update_ceremony(admin, made.id, CeremonyChange("", "Masjid", D(2025, 4, 1)))
    assert moved.date == D(2025, 4, 1) and moved.title.endswith("1 April 2025")
    (again,) = remission.proposal_list(admin, made.id)
    assert again.line_id == line.line_id and again.served_days == line.served_days + 1
    assert remission.inputs_changed_at(admin, made.id) is None  # the list is current
    # another RK islam in 2025 holds the day: the move is refused, nothing changes
    remission.create_ceremony(admin, NewCeremony("RK", D(2026, 3, 21), religion="islam"))
    error = refused(remission.update_ceremony, admin, made.id,
                    CeremonyChange("", "", D(2026, 3, 20)))  # fmt: skip
    assert "date" in error.field_errors
    assert remission.get_ceremony(admin, made.id).date == D(2025, 4, 1)


def test_after_approval_the_date_stays(services, admin, make_actor):
    remission = services.remission
    made = remission.create_ceremony(admin, NewCeremony("RK", D(2025, 3, 31), religion="islam"))
    remission.compute_proposals(admin, made.id)
    remission.approve_ceremony(make_actor(Role.PIMPINAN), made.id)
    error = refused(remission.update_ceremony, admin, made.id,
                    CeremonyChange("", "", D(2025, 4, 1)))  # fmt: skip
    assert message(error, "date") == "Tanggal hanya dapat diubah selama upacara masih draf."


@pytest.mark.parametrize(
    ("religion", "first", "second", "second_day"),
    [("Islam", "islam", "islam", D(2025, 4, 1)),
     ("Katolik", "kristen", "katolik", D(2025, 12, 25))],
)  # fmt: skip
def test_a_second_rk_of_a_year_is_not_committed_when_the_first_is_in_the_register(
    services, admin, make_actor, religion, first, second, second_day
):
    """A database may hold two RK ceremonies of one holiday and year from before the check at
    creation (two islam, or a kristen and a katolik Natal): once one is committed, the other's
    commit is refused and writes nothing."""
    remission = services.remission
    services.inmates.create(admin, example1(1, full_name="Satu Contoh", religion=religion))
    day = D(2025, 3, 31) if first == "islam" else D(2025, 12, 25)
    ids = [remission.create_ceremony(admin, NewCeremony("RK", day, religion=first)).id]
    with services.uow() as uow:  # the second one, as an older version allowed it
        row = RemissionCeremony(kind="RK", date=second_day, title="RK kedua", venue="",
                                religion=second, status="draft", created_by="admin")  # fmt: skip
        uow.session.add(row)
        uow.session.flush()
        ids.append(row.id)
        uow.commit()
    for ceremony_id in ids:
        remission.compute_proposals(admin, ceremony_id)
        remission.approve_ceremony(
            make_actor(Role.PIMPINAN, f"kepala{ceremony_id[:4]}"), ceremony_id
        )
        granted = [x for x in remission.proposal_list(admin, ceremony_id) if x.granted]
        assert len(granted) == 1  # each list, computed before the other was committed, grants
        remission.record_sk(admin, ceremony_id, [SkEntry(granted[0].line_id, "W11-1", day)])
    remission.commit_grants(admin, ids[0])
    error = refused(remission.commit_grants, admin, ids[1])
    assert message(error, "status").startswith("Remisi upacara “")
    with services.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(RemissionGrant)) == 1
    assert remission.get_ceremony(admin, ids[1]).status == "approved"

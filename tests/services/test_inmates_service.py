"""The inmate register service on a real database: roles, validation, audit, status changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from app.db.models import AuditEvent, Inmate, InmatePlacement
from app.domain.inmates.record import CaseData, DetentionData
from app.domain.inmates.rules import DETENTION_NEEDS_PASAL_29
from app.domain.roles import Role
from app.errors import PermissionDenied, ValidationError
from app.services.inmates_dto import ACTIVE, InmateFilter, StatusAction, StatusChange
from tests.inmate_samples import convict, detainee


def counts(services) -> tuple[int, int]:
    with services.uow() as uow:
        return (
            uow.session.scalar(select(func.count()).select_from(Inmate)),
            uow.session.scalar(select(func.count()).select_from(AuditEvent)),
        )


def test_registrasi_creates_and_pembinaan_reads(services, make_actor):
    registrasi = make_actor(Role.REGISTRASI)
    pembinaan = make_actor(Role.PEMBINAAN)
    pimpinan = make_actor(Role.PIMPINAN)
    record = services.inmates.create(registrasi, detainee(1))
    assert record.data.full_name == "Budi Fiktif 1"
    assert [p.block for p in record.placements] == ["A"]
    assert services.inmates.get(pembinaan, record.id).data == record.data
    assert services.inmates.count(pimpinan, InmateFilter()) == 1
    history = services.inmates.history(pembinaan, record.id)
    assert [e.action for e in history] == ["inmate_created"]
    assert history[0].after["full_name"] == "Budi Fiktif 1"


@pytest.mark.parametrize("role", [Role.PEMBINAAN, Role.PIMPINAN, Role.PERTANIAN, Role.PENDIDIKAN,
                                  Role.PERPUSTAKAAN])  # fmt: skip
def test_roles_without_edit_write_nothing(services, admin, make_actor, role, tmp_path):
    actor = make_actor(role)
    existing = services.inmates.create(admin, detainee(1))
    before = counts(services)
    with pytest.raises(PermissionDenied):
        services.inmates.create(actor, detainee(2))
    with pytest.raises(PermissionDenied):
        services.inmates.update(actor, existing.id, replace(detainee(1), full_name="X"))
    with pytest.raises(PermissionDenied):
        services.inmates.change_status(
            actor, existing.id, StatusChange(StatusAction.DEATH, date(2025, 7, 10))
        )
    csv = tmp_path / "a.csv"
    csv.write_text("No. Registrasi;Nama;Jenis Kelamin\nAI.9/2025;Siti;P\n", encoding="utf-8")
    with pytest.raises(PermissionDenied):
        services.inmates.import_file(actor, csv)
    with pytest.raises(PermissionDenied):
        services.inmates.set_reg_number_pattern(actor, "{nomor}")
    assert counts(services) == before
    assert services.inmates.get(admin, existing.id).data.full_name == "Budi Fiktif 1"


@pytest.mark.parametrize("role", [Role.PERTANIAN, Role.PENDIDIKAN, Role.PERPUSTAKAAN])
def test_programme_roles_cannot_read(services, make_actor, role):
    actor = make_actor(role)
    with pytest.raises(PermissionDenied):
        services.inmates.list_page(actor, InmateFilter())
    with pytest.raises(PermissionDenied):
        services.inmates.expiry_warnings(actor)


def test_all_problems_at_once_and_nothing_written(services, admin):
    before = counts(services)
    bad = replace(detainee(1), full_name="", nik="12", reg_number="salah", sex="")
    with pytest.raises(ValidationError) as err:
        services.inmates.create(admin, bad)
    assert {"full_name", "nik", "reg_number", "sex"} <= set(err.value.field_errors)
    assert counts(services) == before


def test_unique_number_and_nik(services, admin):
    services.inmates.create(admin, detainee(1))
    with pytest.raises(ValidationError) as err:
        services.inmates.create(admin, replace(detainee(2), reg_number="AI.1/2025",
                                               nik=detainee(1).nik))  # fmt: skip
    assert set(err.value.field_errors) == {"reg_number", "nik"}


def test_someone_released_who_comes_back_is_registered_anew_with_the_same_nik(services, admin):
    """A returning inmate could not be registered: the released record held the NIK."""
    first = services.inmates.create(admin, detainee(1))
    services.inmates.change_status(admin, first.id, StatusChange(
        StatusAction.RELEASE, date(2025, 7, 15), reason="bebas_putusan"))  # fmt: skip
    again = services.inmates.create(admin, replace(detainee(2), nik=detainee(1).nik))
    assert again.data.nik == first.data.nik
    assert again.warnings["nik"].startswith("NIK ini tercatat pada WBP yang sudah tidak")
    # the old record can still be edited; two active records of one NIK stay refused
    services.inmates.update(admin, first.id, replace(services.inmates.get(admin, first.id).data,
                                                     occupation="Buruh"))  # fmt: skip
    with pytest.raises(ValidationError) as err:
        services.inmates.create(admin, replace(detainee(3), nik=detainee(1).nik))
    assert err.value.field_errors["nik"] == "NIK sudah tercatat untuk WBP lain."


def test_editing_a_released_record_opens_no_new_placement(services, admin, clock):
    """Saving the record of someone released put them back in a cell from that day."""
    record = services.inmates.create(admin, detainee(1))
    services.inmates.change_status(admin, record.id, StatusChange(
        StatusAction.RELEASE, date(2025, 7, 15), reason="bebas_putusan"))  # fmt: skip
    released = services.inmates.get(admin, record.id)
    clock.advance(days=3)
    services.inmates.update(admin, record.id, replace(released.data, occupation="Buruh"))
    after = services.inmates.get(admin, record.id)
    assert after.placements == released.placements
    assert all(p.end_date is not None for p in after.placements)


def test_update_audits_before_after_and_moves_placement(services, admin, clock):
    record = services.inmates.create(admin, detainee(1))
    clock.advance(days=3)
    updated = services.inmates.update(admin, record.id, replace(record.data, full_name="Budi Baru",
                                                                  block="B", cell="7"))  # fmt: skip
    assert updated.data.full_name == "Budi Baru"
    assert [(p.block, p.end_date) for p in updated.placements] == [
        ("A", date(2025, 7, 18)), ("B", None)]  # fmt: skip
    last = services.inmates.history(admin, record.id)[-1]
    assert last.action == "inmate_updated"
    assert (last.before["full_name"], last.after["full_name"]) == ("Budi Fiktif 1", "Budi Baru")
    assert services.audit.verify().ok


def test_nik_warning_is_returned_not_blocking(services, admin):
    record = services.inmates.create(admin, replace(detainee(1), birth_date=date(1991, 1, 1)))
    assert "birth_date" in record.warnings


def test_search_filters_and_sort(services, admin):
    services.inmates.create(admin, detainee(1, full_name="Ahmad Sulaiman", aliases="Mamad"))
    services.inmates.create(admin, detainee(2, full_name="Siti Rahayu", sex="P",
                                            nik="", religion="Kristen"))  # fmt: skip
    services.inmates.create(admin, convict(3, full_name="Zainal Abidin", block="C"))
    names = lambda flt: [r.full_name for r in services.inmates.list_page(admin, flt)]  # noqa: E731
    assert names(InmateFilter(search="mam")) == ["Ahmad Sulaiman"]
    assert names(InmateFilter(search="B.I-3")) == ["Zainal Abidin"]
    assert names(InmateFilter(search="bi3")) == ["Zainal Abidin"]
    assert names(InmateFilter(search=detainee(1).nik[:10])) == ["Ahmad Sulaiman"]
    assert names(InmateFilter(search="%")) == []
    assert names(InmateFilter(sex="P")) == ["Siti Rahayu"]
    assert names(InmateFilter(status="narapidana")) == ["Zainal Abidin"]
    assert names(InmateFilter(religion="Kristen")) == ["Siti Rahayu"]
    assert names(InmateFilter(block="C", status=ACTIVE)) == ["Zainal Abidin"]
    assert names(InmateFilter(sort="full_name", descending=True))[0] == "Zainal Abidin"
    assert services.inmates.count(admin, InmateFilter(search="i")) == 3
    assert services.inmates.distinct_values(admin, "block") == ["A", "C"]


def test_the_list_sorted_by_number_reads_2_before_10(services, admin):
    """Sorted as text, B.I-10 came before B.I-2."""
    for n in (10, 2, 1, 100):
        services.inmates.create(admin, convict(n))
    numbers = lambda flt: [r.reg_number for r in services.inmates.list_page(admin, flt)]  # noqa: E731
    assert numbers(InmateFilter(sort="reg_number")) == [
        "B.I-1/2025", "B.I-2/2025", "B.I-10/2025", "B.I-100/2025"]  # fmt: skip
    assert numbers(InmateFilter(sort="reg_number", descending=True))[0] == "B.I-100/2025"
    record = services.inmates.list_page(admin, InmateFilter(search="B.I-2/"))[0]
    renumbered = replace(services.inmates.get(admin, record.id).data, reg_number="B.I-200/2025")
    services.inmates.update(admin, record.id, renumbered)
    assert numbers(InmateFilter(sort="reg_number"))[-1] == "B.I-200/2025"


def test_verdict_release_transfer_death(services, admin, clock):
    clock.now = clock.now.replace(day=25)
    record = services.inmates.create(admin, detainee(1))
    with pytest.raises(ValidationError) as err:
        services.inmates.change_status(
            admin, record.id,
            StatusChange(StatusAction.VERDICT, date(2025, 7, 20),
                         case=CaseData(verdict_number="", sentence_type="penjara")),
        )  # fmt: skip
    assert {"verdict_number", "verdict_date", "inkracht_date", "sentence"} <= set(
        err.value.field_errors
    )
    case = CaseData("362 KUHP", "Pencurian", "PN Pekalongan", "5/Pid.B/2025/PN Pkl",
                    date(2025, 7, 15), date(2025, 7, 22), "penjara", 0, 8, 0)  # fmt: skip
    after = services.inmates.change_status(
        admin,
        record.id,
        StatusChange(
            StatusAction.VERDICT, date(2025, 7, 22), case=case, document="Petikan putusan"
        ),
    )
    assert (after.data.status, after.data.reg_code) == ("narapidana", "B.IIa")
    assert after.events[-1].kind == "verdict"
    with pytest.raises(ValidationError) as err:
        services.inmates.change_status(admin, record.id,
                                       StatusChange(StatusAction.RELEASE, date(2025, 7, 24)))  # fmt: skip
    assert set(err.value.field_errors) == {"reason"}
    released = services.inmates.change_status(
        admin, record.id, StatusChange(StatusAction.RELEASE, date(2025, 7, 24), reason="pb")
    )
    assert (released.data.status, released.data.release_reason) == ("bebas", "pb")
    assert released.placements[-1].end_date == date(2025, 7, 24)
    with pytest.raises(ValidationError):  # no longer held
        services.inmates.change_status(admin, record.id,
                                       StatusChange(StatusAction.DEATH, date(2025, 7, 24)))  # fmt: skip
    other = services.inmates.create(admin, detainee(2))
    with pytest.raises(ValidationError) as err:
        services.inmates.change_status(admin, other.id,
                                       StatusChange(StatusAction.TRANSFER, date(2025, 7, 24)))  # fmt: skip
    assert set(err.value.field_errors) == {"destination"}
    moved = services.inmates.change_status(
        admin,
        other.id,
        StatusChange(StatusAction.TRANSFER, date(2025, 7, 24), destination="Lapas Kedungpane"),
    )
    assert moved.data.status == "pindah"
    actions = [e.action for e in services.inmates.history(admin, record.id)]
    assert actions == ["inmate_created", "inmate_verdict", "inmate_release"]
    assert services.inmates.count(admin, InmateFilter(status=ACTIVE)) == 0


def test_expiry_warnings(services, admin, clock):
    today = clock().date()
    from datetime import timedelta

    from app.domain.inmates.record import DetentionData

    for n, days in ((1, 2), (2, 9), (3, 20), (4, -1)):
        start = date(2025, 7, 1)
        services.inmates.create(admin, detainee(
            n, detentions=(DetentionData("A.I", start, today + timedelta(days=days)),)))  # fmt: skip
    services.inmates.create(admin, convict(9))
    warnings = services.inmates.expiry_warnings(admin)
    assert [(w.full_name, w.days_left, w.level) for w in warnings] == [
        ("Budi Fiktif 4", -1, 3), ("Budi Fiktif 1", 2, 3), ("Budi Fiktif 2", 9, 10)]  # fmt: skip


def test_reg_number_pattern_setting(services, admin, make_actor):
    with pytest.raises(ValidationError):
        services.inmates.set_reg_number_pattern(admin, "{bogus}")
    services.inmates.set_reg_number_pattern(admin, "W11-{nomor}")
    with pytest.raises(ValidationError) as err:
        services.inmates.create(admin, detainee(1))
    assert "reg_number" in err.value.field_errors
    services.inmates.create(admin, detainee(1, reg_number="W11-77"))
    assert services.inmates.reg_number_pattern() == "W11-{nomor}"
    with pytest.raises(PermissionDenied):
        services.inmates.set_reg_number_pattern(make_actor(Role.REGISTRASI), "{nomor}")


def test_photo_kept_and_replaced(services, admin):
    record = services.inmates.create(admin, detainee(1), photo=b"\x89PNG fake")
    same = services.inmates.update(admin, record.id, replace(record.data, cell="2"))
    assert same.photo == b"\x89PNG fake"
    gone = services.inmates.update(admin, record.id, record.data, photo=None)
    assert gone.photo is None
    with pytest.raises(ValidationError):
        services.inmates.update(admin, record.id, record.data, photo=b"x" * 2_000_000)
    with services.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(InmatePlacement)) == 3


def test_expiry_counts_and_limit(services, admin, clock):
    from datetime import timedelta

    from app.domain.inmates.record import DetentionData

    today = clock().date()
    for n, days in ((1, 2), (2, 9), (3, 20), (4, -1), (5, 3), (6, 4)):
        services.inmates.create(admin, detainee(
            n, detentions=(DetentionData("A.I", date(2025, 7, 1), today + timedelta(days=days)),)))  # fmt: skip
    assert services.inmates.expiry_counts(admin) == (3, 2)
    assert [w.days_left for w in services.inmates.expiry_warnings(admin, limit=2)] == [-1, 2]


def test_a_new_pattern_applies_to_new_numbers_only(services, admin, clock, tmp_path):
    """Records numbered under the old pattern stay editable and can change status; a new or
    changed number must fit the new pattern. The same for an import row."""
    clock.now = clock.now.replace(day=25)
    record = services.inmates.create(admin, detainee(1))  # AI.1/2025, the default pattern
    services.inmates.set_reg_number_pattern(admin, "{kode}-{nomor}/{tahun}")
    edited = services.inmates.update(admin, record.id, replace(record.data, cell="9"))
    assert (edited.data.reg_number, edited.data.cell) == ("AI.1/2025", "9")
    released = services.inmates.change_status(
        admin, record.id, StatusChange(StatusAction.RELEASE, date(2025, 7, 24), reason="pb")
    )
    assert released.data.status == "bebas"
    with pytest.raises(ValidationError) as err:
        services.inmates.update(admin, record.id, replace(edited.data, reg_number="AI.2/2025"))
    assert set(err.value.field_errors) == {"reg_number"}
    line = "AI.1/2025;Budi Fiktif 1;;L;;Islam;bebas;A;7;01-07-2025"
    path = tmp_path / "a.csv"
    path.write_text("No. Registrasi;Nama;NIK;Jenis Kelamin;Tanggal Lahir;Agama;Status;Blok;Kamar;"
                    f"Tanggal Masuk\n{line}\n", encoding="utf-8")  # fmt: skip
    report = services.inmates.import_file(admin, path)
    assert report.written, [str(i) for i in report.issues]


def test_a_detention_beyond_grant_and_extension_is_kept_with_a_warning(services, admin):
    """Lawful only with the Pasal 29 extensions: saved, and the record warns whenever opened."""
    long_period = DetentionData("A.I", date(2025, 5, 1), date(2025, 7, 9))  # 70 days > 20 + 40
    data = detainee(1, admission_date=date(2025, 5, 1), detentions=(long_period,))
    record = services.inmates.create(admin, data)
    assert record.warnings == {"detentions.0.end": DETENTION_NEEDS_PASAL_29}
    assert services.inmates.get(admin, record.id).warnings == record.warnings
    with pytest.raises(ValidationError) as err:  # 130 days: beyond even Pasal 29
        services.inmates.update(admin, record.id, replace(data, detentions=(
            replace(long_period, end=date(2025, 9, 7)),)))  # fmt: skip
    assert set(err.value.field_errors) == {"detentions.0.end"}

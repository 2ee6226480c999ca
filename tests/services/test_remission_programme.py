"""A ceremony's programme on a real database: run sheet (order, template), guests, attendance of
the recipients (approved ceremonies only, all or nothing), permissions, audit and the papers."""

from __future__ import annotations

import io
import uuid
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from app.db.models import AuditEvent, CeremonyAgendaItem, CeremonyAttendance, CeremonyGuest
from app.domain.roles import Role
from app.errors import NotFound, PermissionDenied, ValidationError
from app.services.remission_agenda import default_template
from app.services.remission_dto import NewCeremony, SkEntry
from app.services.remission_programme_dto import AgendaInput, AttendanceEntry, GuestInput
from tests.remission_samples import example1, example3

TABLES = (AuditEvent, CeremonyAgendaItem, CeremonyGuest, CeremonyAttendance)


def counts(services) -> tuple[int, ...]:
    with services.uow() as uow:
        return tuple(uow.session.scalar(select(func.count()).select_from(t)) for t in TABLES)


def actions(services) -> list[str]:
    with services.uow() as uow:
        return list(uow.session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def people(services, admin):
    """Two recipients (example 1) and one refused for discipline (example 3)."""
    return {
        "ani": services.inmates.create(admin, example1(1, full_name="Ani Penerima", cell="3")),
        "budi": services.inmates.create(admin, example1(2, full_name="Budi Penerima")),
        "cici": services.inmates.create(admin, example3(3)),
    }


@pytest.fixture
def ceremony(services, admin, people):
    made = services.remission.create_ceremony(admin, NewCeremony("RU", year=2025, venue="Aula"))
    services.remission.compute_proposals(admin, made.id)
    return made


@pytest.fixture
def approved(services, ceremony, make_actor):
    return services.remission.approve_ceremony(make_actor(Role.PIMPINAN), ceremony.id)


def test_agenda_items_in_order_add_move_update_delete(services, admin, ceremony):
    r = services.remission
    doa = r.add_agenda_item(admin, ceremony.id, AgendaInput("09:00", "Doa", performer="Ustaz"))
    opening = r.add_agenda_item(admin, ceremony.id, AgendaInput("8.00", " Pembukaan ", "08.05"))
    sk = r.add_agenda_item(admin, ceremony.id, AgendaInput("08:30", "Penyerahan SK"))
    # placed in time order, times normalised, texts trimmed
    assert [(i.start_time, i.activity, i.position) for i in r.agenda(admin, ceremony.id)] == [
        ("08:00", "Pembukaan", 0), ("08:30", "Penyerahan SK", 1), ("09:00", "Doa", 2)
    ]  # fmt: skip
    assert opening.end_time == "08:05" and opening.duration_minutes == 5
    assert doa.duration_minutes is None
    moved = r.move_agenda_item(admin, sk.id, -1)
    assert [i.activity for i in moved] == ["Penyerahan SK", "Pembukaan", "Doa"]
    assert [i.position for i in moved] == [0, 1, 2]
    before = len(actions(services))
    assert [i.id for i in r.move_agenda_item(admin, sk.id, -1)] == [i.id for i in moved]
    assert len(actions(services)) == before  # nothing moved at the top: nothing written
    r.move_agenda_item(admin, sk.id, 1)
    changed = r.update_agenda_item(admin, doa.id, AgendaInput("09:10", "Doa penutup", "09:15"))
    assert (changed.position, changed.start_time, changed.activity) == (2, "09:10", "Doa penutup")
    r.delete_agenda_item(admin, opening.id)
    assert [(i.activity, i.position) for i in r.agenda(admin, ceremony.id)] == [
        ("Penyerahan SK", 0),
        ("Doa penutup", 1),
    ]
    with pytest.raises(NotFound):
        r.delete_agenda_item(admin, opening.id)
    done = actions(services)
    for action in ("added", "moved", "updated", "deleted"):
        assert f"remission_agenda_item_{action}" in done
    with services.uow() as uow:
        before_json, after_json = uow.session.execute(
            select(AuditEvent.before_json, AuditEvent.after_json)
            .where(AuditEvent.action == "remission_agenda_item_updated")).one()  # fmt: skip
    assert '"Doa"' in before_json and '"Doa penutup"' in after_json


@pytest.mark.parametrize(
    ("item", "field", "message"),
    [
        (AgendaInput("", "Doa"), "start_time", "Jam mulai wajib diisi, mis. 08:00."),
        (AgendaInput("25:00", "Doa"), "start_time", "Tulis jam dengan format JJ:MM, mis. 08:30."),
        (AgendaInput("8.3", "Doa"), "start_time", "Tulis jam dengan format JJ:MM, mis. 08:30."),
        (AgendaInput("08:00", "Doa", "jam 9"), "end_time", "Tulis jam dengan format JJ:MM, mis. 08:30."),
        (AgendaInput("08:00", "Doa", "07:55"), "end_time", "Jam selesai harus sesudah jam mulai."),
        (AgendaInput("08:00", "  "), "activity", "Acara wajib diisi."),
        (AgendaInput("08:00", "x" * 301), "activity", "Terlalu panjang."),
    ],
)  # fmt: skip
def test_agenda_validation_names_the_field(services, admin, ceremony, item, field, message):
    before = counts(services)
    with pytest.raises(ValidationError) as info:
        services.remission.add_agenda_item(admin, ceremony.id, item)
    assert info.value.field_errors[field] == message
    assert counts(services) == before


def test_default_template_fills_an_empty_agenda_only(services, admin, ceremony):
    r = services.remission
    template = default_template()
    assert r.default_agenda_start() == template.default_start == "08:00"
    with pytest.raises(ValidationError) as info:
        r.fill_default_agenda(admin, ceremony.id, "23:30")  # would pass midnight
    assert "start_time" in info.value.field_errors
    with pytest.raises(ValidationError):
        r.fill_default_agenda(admin, ceremony.id, "setengah delapan")
    items = r.fill_default_agenda(admin, ceremony.id, "07:30")
    assert len(items) == len(template.items) >= 7
    assert [i.position for i in items] == list(range(len(items)))
    assert (items[0].start_time, items[0].activity) == ("07:30", "Pembukaan")
    names = [i.activity for i in items]
    assert "Menyanyikan lagu kebangsaan Indonesia Raya" in names
    assert any(n == "Doa" for n in names) and names[-1] == "Penutup"
    handover = next(i for i in items if "secara simbolis" in i.activity)
    assert handover.performer == "Wali Kota Pekalongan"  # {city} from the facility profile
    assert all(i.start_time < i.end_time for i in items)
    assert [i.start_time for i in items] == sorted(i.start_time for i in items)
    with pytest.raises(ValidationError) as info:
        r.fill_default_agenda(admin, ceremony.id)
    assert "agenda" in info.value.field_errors
    assert len(r.agenda(admin, ceremony.id)) == len(items)
    assert actions(services).count("remission_agenda_filled") == 1


def test_guests_crud_order_and_attendance(services, admin, ceremony):
    r = services.remission
    with pytest.raises(ValidationError) as info:
        r.add_guest(admin, ceremony.id, GuestInput("  ", "Wali Kota Pekalongan"))
    assert info.value.field_errors["name"] == "Nama tamu wajib diisi."
    mayor = r.add_guest(admin, ceremony.id, GuestInput(
        "H. Achmad Afzan", "Wali Kota Pekalongan", "menyerahkan SK secara simbolis"))  # fmt: skip
    kanwil = r.add_guest(admin, ceremony.id, GuestInput("Dr. Siti Rahma", "Kanwil Jawa Tengah",
                                                        "memberi sambutan"))  # fmt: skip
    assert (mayor.position, kanwil.position, mayor.attended) == (0, 1, None)
    assert [g.name for g in r.move_guest(admin, kanwil.id, -1)] == ["Dr. Siti Rahma",
                                                                     "H. Achmad Afzan"]  # fmt: skip
    assert r.set_guest_attendance(admin, mayor.id, True).attended is True
    updated = r.update_guest(admin, kanwil.id, GuestInput("Dr. Siti Rahma, M.H.", "Kanwil",
                                                          "memberi sambutan", False))  # fmt: skip
    assert (updated.name, updated.attended, updated.position) == ("Dr. Siti Rahma, M.H.", False, 0)
    r.delete_guest(admin, kanwil.id)
    assert [(g.name, g.position, g.attended) for g in r.guests(admin, ceremony.id)] == [
        ("H. Achmad Afzan", 0, True)
    ]
    done = actions(services)
    for action in ("added", "moved", "updated", "deleted"):
        assert f"remission_guest_{action}" in done


def test_programme_edits_are_allowed_in_every_status(services, admin, approved, people):
    r = services.remission
    r.add_agenda_item(admin, approved.id, AgendaInput("08:00", "Pembukaan"))
    granted = [line for line in r.proposal_list(admin, approved.id) if line.granted]
    r.record_sk(admin, approved.id, [SkEntry(line.line_id, f"SK-{line.line_id}", date(2025, 8, 10))
                                     for line in granted])  # fmt: skip
    r.commit_grants(admin, approved.id)
    assert r.get_ceremony(admin, approved.id).status == "locked"
    r.add_guest(admin, approved.id, GuestInput("H. Achmad Afzan", "Wali Kota Pekalongan"))
    r.add_agenda_item(admin, approved.id, AgendaInput("08:05", "Indonesia Raya"))
    assert len(r.agenda(admin, approved.id)) == 2
    # the attendance of a locked ceremony can still be recorded
    ani = people["ani"].id
    assert r.record_attendance(admin, approved.id, [AttendanceEntry(ani, "hadir")]) == 1


def test_attendance_needs_an_approved_ceremony(services, admin, ceremony, people):
    r = services.remission
    before = counts(services)
    entry = AttendanceEntry(people["ani"].id, "hadir")
    for call in (lambda: r.attendance_list(admin, ceremony.id),
                 lambda: r.record_attendance(admin, ceremony.id, [entry]),
                 lambda: r.attendance_pdf(admin, ceremony.id)):  # fmt: skip
        with pytest.raises(ValidationError) as info:
            call()
        assert "setelah upacara disetujui pimpinan" in info.value.message
    assert counts(services) == before


def test_attendance_of_the_recipients_all_or_nothing(services, admin, approved, people):
    r = services.remission
    ani, budi, cici = (people[k].id for k in ("ani", "budi", "cici"))
    lines = r.attendance_list(admin, approved.id)
    assert [(x.full_name, x.status) for x in lines] == [("Ani Penerima", ""), ("Budi Penerima", "")]
    assert (lines[0].block, lines[0].cell) == ("A", "3")
    before = counts(services)
    stranger = str(uuid.uuid4())
    with pytest.raises(ValidationError) as info:
        r.record_attendance(admin, approved.id, [AttendanceEntry(ani, "hadir"),
                                                 AttendanceEntry(cici, "hadir"),
                                                 AttendanceEntry(stranger, "izin")])  # fmt: skip
    assert set(info.value.field_errors) == {f"entries.{cici}", f"entries.{stranger}"}
    assert people["cici"].data.full_name in info.value.message  # the row is named
    assert counts(services) == before
    with pytest.raises(ValidationError) as info:
        r.record_attendance(admin, approved.id, [AttendanceEntry(ani, "terlambat")])
    assert info.value.field_errors[f"entries.{ani}"] == "Status kehadiran tidak dikenal."
    entries = [AttendanceEntry(ani, "hadir"), AttendanceEntry(budi, "sakit", " Demam ")]
    assert r.record_attendance(admin, approved.id, entries) == 2
    assert r.record_attendance(admin, approved.id, entries) == 0  # no change, nothing written
    lines = {x.inmate_id: x for x in r.attendance_list(admin, approved.id)}
    assert (lines[budi].status, lines[budi].note, lines[budi].recorded_by) == ("sakit", "Demam",
                                                                              "admin")  # fmt: skip
    assert lines[ani].recorded_at is not None
    assert r.record_attendance(admin, approved.id, [AttendanceEntry(budi, "")]) == 1  # cleared
    assert r.attendance_list(admin, approved.id)[1].status == ""
    assert actions(services).count("remission_attendance_recorded") == 2


def test_pimpinan_reads_but_cannot_write_and_pertanian_cannot_read(
    services, admin, approved, make_actor, people
):
    r = services.remission
    item = r.add_agenda_item(admin, approved.id, AgendaInput("08:00", "Pembukaan"))
    guest = r.add_guest(admin, approved.id, GuestInput("H. Achmad Afzan"))
    pimpinan, pertanian = make_actor(Role.PIMPINAN, "kepala"), make_actor(Role.PERTANIAN)
    before = counts(services)
    cid, ani = approved.id, people["ani"].id
    writes = [
        lambda a: r.add_agenda_item(a, cid, AgendaInput("09:00", "Doa")),
        lambda a: r.update_agenda_item(a, item.id, AgendaInput("09:00", "Doa")),
        lambda a: r.delete_agenda_item(a, item.id),
        lambda a: r.move_agenda_item(a, item.id, 1),
        lambda a: r.fill_default_agenda(a, cid),
        lambda a: r.add_guest(a, cid, GuestInput("Tamu")),
        lambda a: r.update_guest(a, guest.id, GuestInput("Tamu")),
        lambda a: r.delete_guest(a, guest.id),
        lambda a: r.move_guest(a, guest.id, 1),
        lambda a: r.set_guest_attendance(a, guest.id, True),
        lambda a: r.record_attendance(a, cid, [AttendanceEntry(ani, "hadir")]),
    ]
    reads = [
        lambda a: r.agenda(a, cid),
        lambda a: r.guests(a, cid),
        lambda a: r.attendance_list(a, cid),
        lambda a: r.run_sheet_pdf(a, cid),
        lambda a: r.attendance_pdf(a, cid),
    ]
    for write in writes:
        with pytest.raises(PermissionDenied):
            write(pimpinan)
    for read in reads:
        assert read(pimpinan)
        with pytest.raises(PermissionDenied):
            read(pertanian)
    assert counts(services) == before


def test_run_sheet_and_attendance_papers(services, admin, approved, people):
    r = services.remission
    r.fill_default_agenda(admin, approved.id, "08:00")
    r.add_guest(admin, approved.id, GuestInput("H. Achmad Afzan", "Wali Kota Pekalongan",
                                               "menyerahkan SK secara simbolis", True))  # fmt: skip
    r.add_guest(admin, approved.id, GuestInput("Dr. Siti Rahma", "Kanwil Jawa Tengah"))
    r.record_attendance(admin, approved.id, [AttendanceEntry(people["ani"].id, "hadir"),
                                             AttendanceEntry(people["budi"].id, "izin")])  # fmt: skip
    sheet = pdf_text(r.run_sheet_pdf(admin, approved.id))
    for text in ("SUSUNAN ACARA", "Pemberian Remisi Umum 17 Agustus 2025", "Minggu, 17 Agustus 2025",
                 "Aula", "08.00 – 08.05", "Pembukaan", "Indonesia Raya", "Penutup",
                 "TAMU UNDANGAN", "H. Achmad Afzan", "menyerahkan SK secara simbolis",
                 "RUTAN KELAS IIA PEKALONGAN", "Budi Santoso", "Halaman 1 dari 1"):  # fmt: skip
        assert text in sheet, text
    listed = pdf_text(r.attendance_pdf(admin, approved.id))
    for text in ("DAFTAR HADIR PENERIMA REMISI", "Ani Penerima", "Budi Penerima",
                 people["ani"].data.reg_number, "Tanda tangan", "Blok/Kamar", "A / 3", "Hadir",
                 "Izin", "DAFTAR HADIR TAMU UNDANGAN", "Dr. Siti Rahma", "Pekalongan, 17 Agustus 2025",
                 "NIP. 197001012000031001"):  # fmt: skip
        assert text in listed, text
    refused = people["cici"].data
    for private in (people["ani"].data.nik, refused.full_name, "Pencurian", "362"):
        assert private not in listed  # no NIK, no case data, no one who was refused

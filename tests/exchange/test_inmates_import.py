"""Importing inmates: good, bad and repeated rows; headers in both languages; all or nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.db.models import AuditEvent, Inmate
from app.domain.inmates.codes import EDUCATION_LEVELS, MARITAL_STATUSES, RELIGIONS
from app.domain.roles import Role
from app.errors import PermissionDenied
from app.exchange.inmates_read import (
    PARSERS,
    Table,
    parse_date,
    parse_int,
    parse_rows,
    read_table,
)
from app.exchange.inmates_write import write_template, write_xlsx
from app.services.inmates_dto import InmateFilter

HEADER = "No. Registrasi;Nama;NIK;Jenis Kelamin;Tanggal Lahir;Agama;Status;Blok;Kamar;Tanggal Masuk"
GOOD = [
    "AI.1/2025;Ahmad Fiktif;3375011705900001;L;17-05-1990;Islam;tahanan;A;1;01-07-2025",
    "AII.2/2025;Siti Fiktif;3375015206920002;P;12-06-1992;Islam;tahanan;W;2;02-07-2025",
    "AIII.3/2025;Joko Fiktif;;Laki-laki;1985-01-01;Kristen;tahanan;B;3;3 Juli 2025",
]


def write_csv(path: Path, lines: list[str], header: str = HEADER) -> Path:
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    return path


def snapshot(services) -> tuple[int, int]:
    with services.uow() as uow:
        return (
            uow.session.scalar(select(func.count()).select_from(Inmate)),
            uow.session.scalar(select(func.count()).select_from(AuditEvent)),
        )


def test_good_file_imports_everyone(services, admin, tmp_path):
    report = services.inmates.import_file(admin, write_csv(tmp_path / "a.csv", GOOD))
    assert report.ok and report.written and report.count("create") == 3
    rows = services.inmates.list_page(admin, InmateFilter(sort="reg_number"))
    assert [(r.reg_number, r.reg_code, r.sex) for r in rows] == [
        ("AI.1/2025", "A.I", "L"), ("AII.2/2025", "A.II", "P"), ("AIII.3/2025", "A.III", "L")]  # fmt: skip
    record = services.inmates.get(admin, rows[2].id)
    assert record.data.admission_date == date(2025, 7, 3)
    assert record.data.detentions[0].end == date(2025, 8, 1)  # A.III: 30 days from 3 July
    history = services.inmates.history(admin, rows[0].id)
    assert [e.action for e in history] == ["inmate_imported"]
    assert services.audit.verify().ok


def test_bad_rows_write_nothing_and_are_all_reported(services, admin, tmp_path):
    services.inmates.import_file(admin, write_csv(tmp_path / "first.csv", GOOD[:1]))
    before = snapshot(services)
    bad = [
        *GOOD[1:],
        "salah;;12345;X;31-02-1990;Islam;tahanan;A;1;01-07-2025",
        "AI.9/2025;Tono;;L;01-01-1990;Islam;tahanan;A;1;01-07-2030",
        "AI.2/2025;Dua Kali;;L;01-01-1990;Islam;tahanan;A;1;01-07-2025",
        "AII.2/2025;Sama Nomor;;L;01-01-1990;Islam;tahanan;A;1;01-07-2025",
    ]
    report = services.inmates.import_file(admin, write_csv(tmp_path / "bad.csv", bad))
    assert not report.written
    text = [str(i) for i in report.issues]
    assert "baris 4: Jenis Kelamin: Isi L atau P." in text
    assert "baris 4: Tanggal Lahir: Tanggal itu tidak ada (31-02-1990)." in text
    assert "baris 5: Tanggal Masuk: Tanggal tidak boleh di masa depan." in text
    assert "baris 7: No. Registrasi: Sama dengan baris 2 di berkas ini." in text
    assert snapshot(services) == before


def test_missing_required_columns(services, admin, tmp_path):
    report = services.inmates.import_file(admin, write_csv(tmp_path / "x.csv", ["a;b"], "Foo;Bar"))
    assert not report.ok and "No. Registrasi" in report.issues[0].message


def test_reimport_matches_instead_of_duplicating(services, admin, tmp_path):
    path = write_csv(tmp_path / "a.csv", GOOD)
    services.inmates.import_file(admin, path)
    again = services.inmates.import_file(admin, path)
    assert again.ok and again.count("same") == 3 and again.count("create") == 0
    changed = [GOOD[0].replace("Ahmad Fiktif", "Ahmad Fiktif Baru").replace(";A;1;", ";C;4;"),
               # matched on NIK although the number is new
               GOOD[1].replace("AII.2/2025", "AII.22/2025")]  # fmt: skip
    dry = services.inmates.import_file(admin, write_csv(tmp_path / "b.csv", changed), dry_run=True)
    assert not dry.written and dry.count("update") == 2
    assert dry.changes[0].changes["full_name"] == ("Ahmad Fiktif", "Ahmad Fiktif Baru")
    assert dry.changes[1].changes["reg_number"] == ("AII.2/2025", "AII.22/2025")
    assert services.inmates.count(admin, InmateFilter(search="baru")) == 0
    done = services.inmates.import_file(admin, write_csv(tmp_path / "b.csv", changed))
    assert done.written
    assert services.inmates.count(admin, InmateFilter()) == 3
    row = services.inmates.list_page(admin, InmateFilter(search="baru"))[0]
    record = services.inmates.get(admin, row.id)
    assert [(p.block, p.end_date is None) for p in record.placements] == [("A", False), ("C", True)]
    assert services.inmates.history(admin, row.id)[-1].action == "inmate_import_updated"


def test_english_headers_and_xlsx(services, admin, tmp_path):
    path = tmp_path / "en.xlsx"
    write_xlsx(path, ["Registration number", "Name", "Sex", "Status", "Admission date",
                      "Verdict number", "Verdict date", "Inkracht date", "Sentence type",
                      "Sentence years", "NIK"],
               [["B.I-7/2024", "Rudi Fiktif", "male", "convict", date(2024, 1, 5), "7/Pid/2024",
                 date(2024, 3, 1), date(2024, 3, 10), "prison", 2, 3375011705900001.0]])  # fmt: skip
    report = services.inmates.import_file(admin, path)
    assert report.ok, [str(i) for i in report.issues]
    record = services.inmates.get(admin, services.inmates.find_id(admin, "B.I-7/2024"))
    assert (record.data.status, record.data.reg_code, record.data.nik) == (
        "narapidana", "B.I", "3375011705900001")  # fmt: skip
    assert record.data.cases[0].sentence_years == 2


def test_template_round_trip(services, admin, tmp_path):
    for name in ("t.xlsx", "t.csv"):
        write_template(tmp_path / name)
        report = services.inmates.import_file(admin, tmp_path / name, dry_run=True)
        assert report.ok and report.count("create") == 1, [str(i) for i in report.issues]


def test_import_needs_edit_right(services, make_actor, tmp_path):
    pembinaan = make_actor(Role.PEMBINAAN)
    before = snapshot(services)
    with pytest.raises(PermissionDenied):
        services.inmates.import_file(pembinaan, write_csv(tmp_path / "a.csv", GOOD))
    assert snapshot(services) == before


def test_cell_parsers():
    assert parse_date("17/08/1945") == date(1945, 8, 17)
    assert parse_date("17 Agustus 1945") == date(1945, 8, 17)
    assert parse_int("Rp 1.000.000") == 1_000_000
    assert parse_int(3.0) == 3
    with pytest.raises(ValueError):
        parse_int("tiga")
    table = Table(["Nama", "No Reg", "JK"], [(2, ["A", "AI.1/2025", "L"])])
    assert parse_rows(table)[0].data.reg_number == "AI.1/2025"


def test_read_semicolon_and_comma_csv(tmp_path):
    (tmp_path / "c.csv").write_text("Nama,No. Registrasi\nA,AI.1/2025\n\n", encoding="utf-8")
    assert read_table(tmp_path / "c.csv").rows == [(2, ["A", "AI.1/2025"])]


@given(st.sampled_from([("religion", RELIGIONS), ("education", EDUCATION_LEVELS),
                        ("marital", MARITAL_STATUSES)]), st.data())  # fmt: skip
def test_listed_choices_read_in_any_case(kind_and_values, data):
    """A government sheet's "ISLAM" or "sma/smk" is the register's "Islam" / "SMA/SMK"."""
    kind, values = kind_and_values
    value = data.draw(st.sampled_from(values))
    typed = "".join(c.upper() if data.draw(st.booleans()) else c.lower() for c in value)
    assert PARSERS[kind](f" {typed} ") == value


def test_unknown_choices_stay_as_typed_for_the_register_to_name():
    assert PARSERS["religion"]("Kejawen") == "Kejawen"
    assert PARSERS["education"]("Pesantren") == "Pesantren"  # free text is allowed there


def test_a_nik_of_someone_else_under_another_number_and_name_is_refused(services, admin,
                                                                        tmp_path):  # fmt: skip
    """A mistyped NIK must not rewrite the person who has it (their number, name, status)."""
    services.inmates.import_file(admin, write_csv(tmp_path / "a.csv", GOOD))
    before = snapshot(services)
    clash = "AI.808/2025;NIK Ganda;3375015206920002;L;;Islam;tahanan;A;1;01-07-2025"
    report = services.inmates.import_file(admin, write_csv(tmp_path / "b.csv", [clash]))
    assert not report.written
    assert [str(i) for i in report.issues] == [
        "baris 2: NIK: NIK ini milik AII.2/2025 (Siti Fiktif); nomor registrasi dan nama di baris"
        " ini lain. Periksa NIK-nya."
    ]
    assert snapshot(services) == before
    assert services.inmates.count(admin, InmateFilter(search="Siti Fiktif")) == 1


def test_a_renumbering_by_nik_keeps_working_when_the_name_is_the_same(services, admin, tmp_path):
    services.inmates.import_file(admin, write_csv(tmp_path / "a.csv", GOOD))
    renumbered = GOOD[1].replace("AII.2/2025", "AII.22/2025").replace("Siti Fiktif", "SITI  fiktif")
    report = services.inmates.import_file(admin, write_csv(tmp_path / "b.csv", [renumbered]))
    assert report.written and report.changes[0].changes["reg_number"] == ("AII.2/2025",
                                                                         "AII.22/2025")  # fmt: skip


def test_an_import_does_not_change_a_recorded_status(services, admin, tmp_path):
    """Status changes are status actions (event, papers); an import row may not make a convict
    a detainee again, nor release anyone."""
    from tests.inmate_samples import convict

    person = services.inmates.create(admin, convict(43))
    before = snapshot(services)
    line = f"{person.data.reg_number};{person.data.full_name};;L;;Islam;tahanan;A;1;10-02-2024"
    report = services.inmates.import_file(admin, write_csv(tmp_path / "s.csv", [line]))
    assert not report.written
    (issue,) = report.issues
    assert (issue.row, issue.field) == (2, "Status")
    assert issue.message.startswith("Status WBP yang sudah tercatat tidak diubah lewat impor")
    assert snapshot(services) == before
    assert services.inmates.get(admin, person.id).data.status == "narapidana"

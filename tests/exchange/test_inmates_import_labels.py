"""The import report names the spreadsheet's column headers, never the register's field keys
(cases, release_date, detentions.0.end, case.sentence...)."""

from __future__ import annotations

from pathlib import Path

from app.exchange.inmates_columns import COLUMNS
from app.services.inmates_dto import ImportReport

KNOWN = {c.header_id for c in COLUMNS}


def import_lines(services, admin, tmp_path: Path, header: str, lines: list[str]) -> ImportReport:
    path = tmp_path / "l.csv"
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    return services.inmates.import_file(admin, path, dry_run=True)


def issues(report: ImportReport) -> list[tuple[int, str, str]]:
    return [(i.row, i.field, i.text) for i in report.issues]


def test_a_convict_without_a_case_is_reported_at_the_verdict_number(services, admin, tmp_path):
    report = import_lines(services, admin, tmp_path, "No. Registrasi;Nama;JK;Status;Tgl Masuk;Kode",
                          ["B.I-1/2025;Budi Fiktif;L;narapidana;01-07-2025;B.I"])  # fmt: skip
    assert issues(report) == [
        (2, "Nomor Putusan", "Narapidana harus mempunyai perkara dengan putusan.")]  # fmt: skip


def test_a_sentence_length_problem_names_a_sentence_column_of_the_file(services, admin, tmp_path):
    header = "No. Registrasi;Nama;JK;Status;Tanggal Masuk;No Putusan;Tgl Putusan;Tgl Inkracht;" \
        "Jenis Pidana;Pidana Bulan"  # fmt: skip
    line = "B.I-1/2025;Budi Fiktif;L;narapidana;01-07-2025;1/Pid/2025;01-06-2025;05-06-2025;" \
        "penjara;0"  # fmt: skip
    (issue,) = [i for i in issues(import_lines(services, admin, tmp_path, header, [line]))
                if "Lama pidana" in i[2]]  # fmt: skip
    assert issue[:2] == (2, "Pidana Bulan")


def test_a_released_person_is_refused_at_the_status_column_once(services, admin, tmp_path):
    report = import_lines(services, admin, tmp_path, "No. Registrasi;Nama;JK;Status;Tanggal Masuk",
                          ["AI.1/2025;Budi Fiktif;L;bebas;01-07-2025",
                           "AI.2/2025;Dodi Fiktif;L;pindah;01-07-2025",
                           "AI.3/2025;Edi Fiktif;L;meninggal;01-07-2025"])  # fmt: skip
    found = issues(report)
    assert [(row, field) for row, field, _ in found] == [(2, "Status"), (3, "Status"),
                                                         (4, "Status")]  # fmt: skip
    assert all("tindakan status" in text for _, _, text in found)


def test_a_detention_warning_names_the_detention_end_column(services, admin, tmp_path):
    report = import_lines(services, admin, tmp_path,
                          "No. Registrasi;Nama;JK;Status;Tanggal Masuk;Mulai Penahanan;"
                          "Akhir Penahanan",
                          ["AI.1/2025;Budi Fiktif;L;tahanan;01-04-2025;01-04-2025;15-06-2025"])  # fmt: skip
    assert report.ok, issues(report)
    assert [(w.row, w.field) for w in report.warnings] == [(2, "Akhir Penahanan")]


def test_every_reported_field_is_a_column_header(services, admin, tmp_path):
    header = "No. Registrasi;Nama;NIK;JK;Tgl Lahir;Agama;Status;Kode;Tanggal Masuk;Jenis Pidana;" \
        "Pidana Tahun;Mulai Penahanan;Akhir Penahanan;Jenis Penahanan"  # fmt: skip
    lines = ["x;;12;X;31-02-1990;Kejawen;bebas;Z;01-07-2030;hukuman;-1;01-01-2030;01-01-2020;jalan",
             "B.I-1/2025;Budi Fiktif;;L;;;narapidana;;01-07-2025;seumur hidup;3;;;",
             "AI.3/2025;Edi Fiktif;;L;;;tahanan;B.I;01-07-2025;;;02-07-2025;01-07-2025;"]  # fmt: skip
    report = import_lines(services, admin, tmp_path, header, lines)
    fields = {i.field for i in (*report.issues, *report.warnings)}
    assert fields <= KNOWN | set(header.split(";")), fields

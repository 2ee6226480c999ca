"""An empty "Kode Registrasi" cell: the code is proposed where it follows (from the number, the
status and the sentence), an updated person keeps theirs, and otherwise the row says what to do."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.domain.inmates.record import DetentionData
from app.services.inmates_dto import ImportReport
from tests.inmate_samples import detainee

HEADER = "No. Registrasi;Nama;JK;Status;Kode Registrasi;Tanggal Masuk"


def import_lines(services, admin, tmp_path: Path, lines: list[str]) -> ImportReport:
    path = tmp_path / "k.csv"
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return services.inmates.import_file(admin, path, dry_run=True)


def test_a_code_that_follows_is_proposed(services, admin, tmp_path):
    report = import_lines(
        services, admin, tmp_path, ["AII.1/2025;Budi Fiktif;L;tahanan; ;01-07-2025"]
    )
    assert report.ok, [str(i) for i in report.issues]


def test_a_code_that_cannot_be_proposed_is_asked_for(services, admin, tmp_path):
    report = import_lines(services, admin, tmp_path, ["B.I-1/2025;Budi Fiktif;L;narapidana;;01-07-2025",
                                                      "AI.2/2025;Dodi Fiktif;L;narapidana;;01-07-2025"])  # fmt: skip
    code = [(i.row, i.text) for i in report.issues if i.field == "Kode Registrasi"]
    assert [row for row, _ in code] == [3]  # B.I-1/2025 carries its code
    assert "tidak dapat diusulkan" in code[0][1], code


def test_an_updated_person_keeps_their_code(services, admin, tmp_path):
    """A detainee moved on to A.II keeps it although the number (AI.5/2025) still says A.I."""
    moved = detainee(5, reg_code="A.II", detentions=(
        DetentionData("A.I", date(2025, 7, 1), date(2025, 7, 5)),
        DetentionData("A.II", date(2025, 7, 6), date(2025, 7, 25))))  # fmt: skip
    person = services.inmates.create(admin, moved)
    line = f"{person.data.reg_number};{person.data.full_name};L;tahanan;;01-07-2025"
    report = import_lines(services, admin, tmp_path, [line])
    assert report.ok, [str(i) for i in report.issues]
    assert report.changes[0].changes.get("reg_code") is None, report.changes[0].changes

"""The import's progress runs to the end whether it writes or not, and a file that cannot be
read as a table still counts its rows and names no internal key."""

from __future__ import annotations

from tests.exchange.test_inmates_import import GOOD, write_csv


class Recorder:
    def __init__(self) -> None:
        self.seen: list[tuple[int, int, str]] = []

    def update(self, done: int, total: int, message: str = "") -> None:
        self.seen.append((done, total, message))


def percents(recorder: Recorder) -> list[int]:
    return [done * 100 // total for done, total, _ in recorder.seen]


def test_a_dry_run_and_a_refused_file_finish_their_progress(services, admin, tmp_path):
    for lines, dry_run in ((GOOD, True), ([GOOD[0].replace(";L;", ";X;")], False)):
        recorder = Recorder()
        services.inmates.import_file(admin, write_csv(tmp_path / "p.csv", lines), dry_run=dry_run,
                                     progress=recorder)  # fmt: skip
        assert percents(recorder)[0] == 0 and percents(recorder)[-1] == 100, recorder.seen


def test_a_written_file_passes_the_half_way_mark(services, admin, tmp_path):
    recorder = Recorder()
    report = services.inmates.import_file(admin, write_csv(tmp_path / "p.csv", GOOD),
                                          progress=recorder)  # fmt: skip
    assert report.written
    assert 50 in percents(recorder) and percents(recorder)[-1] == 100, recorder.seen
    assert percents(recorder) == sorted(percents(recorder))


def test_a_file_without_the_required_columns_counts_its_rows(services, admin, tmp_path):
    report = services.inmates.import_file(admin, write_csv(tmp_path / "h.csv", ["a;b", "c;d"],
                                                           "Foo;Bar"))  # fmt: skip
    assert report.rows == 2 and not report.written
    ((row, field),) = [(i.row, i.field) for i in report.issues]
    assert (row, field) == (1, "")  # the header row; no column to name


def test_rows_are_numbered_as_the_sheet_numbers_them(services, admin, tmp_path):
    """Header = row 1; empty rows in between still count (XLSX and CSV alike)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["No. Registrasi", "Nama", "Jenis Kelamin", "Status", "Tanggal Masuk"])
    sheet.append(["AI.1/2025", "Budi Fiktif", "L", "tahanan", "01-07-2025"])
    sheet.append([])
    sheet.append(["AI.2/2025", "Dodi Fiktif", "X", "tahanan", "01-07-2025"])
    book.save(tmp_path / "n.xlsx")
    lines = [GOOD[0], "", GOOD[1].replace(";P;", ";X;")]
    for path in (tmp_path / "n.xlsx", write_csv(tmp_path / "n.csv", lines)):
        report = services.inmates.import_file(admin, path, dry_run=True)
        assert [(i.row, i.field) for i in report.issues] == [(4, "Jenis Kelamin")], path

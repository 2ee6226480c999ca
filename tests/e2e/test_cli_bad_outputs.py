"""Where a command writes a file, a file it cannot write is refused before anything is done:
a missing folder or a wrong file type exits 2 with the reason; a certificate whose PDF cannot be
written is not issued (it was registered, and verified as valid, with no paper). Also bad
filters and folders to list, and the import's summary and progress lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.cli import run_cli

PASSWORD = "sibina2025"


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("cli") / "home"
    result = run_cli("demo", "--inmates", "5", home=home)
    assert result.returncode == 0, result.stderr
    return home


def certificate_numbers(home: Path) -> list[str]:
    listed = run_cli("certificate", "list", "--json", "--user", "admin", home=home,
                     password=PASSWORD)  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    return [row["number"] for row in json.loads(listed.stdout)]


def issue(home: Path, out: Path):
    return run_cli("certificate", "issue", "--user", "pembinaan", "--kind", "pembinaan", "--name",
                   "Uji", "--subject", "Uji", "--out", str(out), home=home, password=PASSWORD)  # fmt: skip


def test_a_certificate_without_a_place_for_its_pdf_is_not_issued(home, tmp_path):
    before = certificate_numbers(home)
    missing = issue(home, tmp_path / "tidak-ada" / "c.pdf")
    assert missing.returncode == 2
    assert f"folder {tmp_path / 'tidak-ada'} tidak ada" in missing.stderr
    wrong = issue(home, tmp_path / "c.docx")
    assert wrong.returncode == 2 and "berakhiran .pdf" in wrong.stderr
    assert certificate_numbers(home) == before


def test_a_pdf_that_cannot_be_opened_issues_nothing(home, tmp_path):
    """Any reason the file cannot be written (here: a folder has its name; also a read-only
    folder or a removed stick) stops the issue before a number is used."""
    before = certificate_numbers(home)
    taken = tmp_path / "c.pdf"
    taken.mkdir()
    result = issue(home, taken)
    assert result.returncode == 1 and "tidak dapat ditulis" in result.stderr
    assert "Traceback" not in result.stderr
    assert certificate_numbers(home) == before
    assert taken.is_dir()


def test_export_and_template_refuse_what_they_cannot_write(home, tmp_path):
    for args in (["export", str(tmp_path / "tidak-ada" / "x.xlsx")],
                 ["export", str(tmp_path / "x.pdf")],
                 ["export", str(tmp_path / "x.xlsx"), "--status", "bogus"],
                 ["template", str(tmp_path / "tidak-ada" / "t.xlsx")]):  # fmt: skip
        result = run_cli("inmates", *args, "--user", "pimpinan", home=home, password=PASSWORD)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.xlsx").exists()


def test_listing_backups_of_a_missing_folder_says_so(home, tmp_path):
    result = run_cli("backup", "list", "--dir", str(tmp_path / "tidak-ada"), home=home)
    assert result.returncode == 2
    assert f"folder {tmp_path / 'tidak-ada'} tidak ada" in result.stderr


def test_the_import_summary_counts_the_rows_with_problems(home, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "No. Registrasi;Nama;Jenis Kelamin;Status;Tanggal Masuk;Agama\n"
        "AI.1/2025;Satu;L;tahanan;01-07-2025;ISLAM\n"
        "AI.2/2025;;X;tahanan;01-07-2025;islam\n"
        "AI.3/2025;Tiga;L;tahanan;01-07-2025;Kejawen\n",
        encoding="utf-8",
    )
    result = run_cli("inmates", "import", str(bad), "--user", "registrasi", home=home,
                     password=PASSWORD)  # fmt: skip
    assert result.returncode == 1
    assert "3 masalah pada 2 dari 3 baris; tidak ada yang ditulis." in result.stdout
    assert "baris 4: Agama: Agama tidak dikenal: Islam, Kristen" in result.stdout
    assert "baris 3: Agama" not in result.stdout and "baris 2:" not in result.stdout  # any case
    progress = [line for line in result.stderr.splitlines() if line.startswith("memeriksa")]
    assert progress and all(line.endswith("%") for line in progress)

"""`python main.py inmates ...` in a subprocess: template, import (good, bad, dry run, again),
list --json, export; and an import killed half-way with SIGKILL leaves the database as it was."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.e2e.cli import ROOT, run_cli

PASSWORD = "sibina2025"


def demo_home(tmp_path: Path, inmates: int = 0) -> Path:
    home = tmp_path / "home"
    result = run_cli("demo", "--inmates", str(inmates), home=home)
    assert result.returncode == 0, result.stderr
    return home


def dump(db: Path) -> list[str]:
    """Every row of every table, except what logging in writes (users.last_login_at, the login audit event and the
    audit head it moves): the import runs after the CLI has logged in."""
    con = sqlite3.connect(db)
    try:
        lines = [
            line
            for line in con.iterdump()
            if not line.startswith(
                ('INSERT INTO "audit_events"', 'INSERT INTO "app_meta"', 'INSERT INTO "users"')
            )
        ]
        lines += [repr(r) for r in con.execute(
            "SELECT * FROM audit_events WHERE action != 'login' ORDER BY id")]  # fmt: skip
        lines += [repr(r) for r in con.execute("SELECT * FROM app_meta WHERE key != 'audit_head'")]
        return lines
    finally:
        con.close()


def csv_rows(count: int, start: int = 1) -> str:
    lines = ["No. Registrasi;Nama;Jenis Kelamin;Status;Tanggal Masuk;Blok;Kamar"]
    for n in range(start, start + count):
        lines.append(f"AI.{n}/2025;Orang Fiktif {n};L;tahanan;01-07-2025;A;{n % 9 + 1}")
    return "\n".join(lines) + "\n"


def test_template_import_list_export(tmp_path):
    home = demo_home(tmp_path)
    template = tmp_path / "templat.xlsx"
    assert run_cli("inmates", "template", str(template), home=home).returncode == 0
    dry = run_cli("inmates", "import", str(template), "--dry-run", "--user", "registrasi",
                  home=home, password=PASSWORD)  # fmt: skip
    assert dry.returncode == 0, dry.stdout + dry.stderr
    assert "1 baru" in dry.stdout and "tidak ditulis" in dry.stdout

    good = tmp_path / "wbp.csv"
    good.write_text(csv_rows(3), encoding="utf-8")
    first = run_cli("inmates", "import", str(good), "--user", "registrasi", home=home,
                    password=PASSWORD)  # fmt: skip
    assert first.returncode == 0, first.stdout + first.stderr
    assert "3 baru" in first.stdout
    again = run_cli("inmates", "import", str(good), "--user", "registrasi", home=home,
                    password=PASSWORD)  # fmt: skip
    assert "0 baru, 0 diubah, 3 sama" in again.stdout
    moved = tmp_path / "pindah-kamar.csv"
    moved.write_text(csv_rows(1).replace(";A;2\n", ";B;7\n"), encoding="utf-8")
    changed = run_cli("inmates", "import", str(moved), "--dry-run", "--user", "registrasi",
                      home=home, password=PASSWORD)  # fmt: skip
    assert "baris 2: AI.1/2025: ubah Blok: 'A' -> 'B', Kamar: '2' -> '7'" in changed.stdout

    listed = run_cli("inmates", "list", "--search", "fiktif AI.2/", "--json", "--user", "pembinaan",
                     home=home, password=PASSWORD)  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [r["reg_number"] for r in rows] == ["AI.2/2025"]

    denied = run_cli("inmates", "list", "--json", "--user", "pertanian", home=home,
                     password=PASSWORD)  # fmt: skip
    assert denied.returncode == 1 and "tidak berwenang" in denied.stderr

    out = tmp_path / "daftar.xlsx"
    exported = run_cli("inmates", "export", str(out), "--user", "pimpinan", home=home,
                       password=PASSWORD)  # fmt: skip
    assert exported.returncode == 0 and out.exists()
    assert "3 WBP" in exported.stdout


def test_bad_rows_exit_1_and_write_nothing(tmp_path):
    home = demo_home(tmp_path)
    before = dump(home / "sibina.db")
    bad = tmp_path / "bad.csv"
    bad.write_text(csv_rows(2) + "AI.9/2025;;X;tahanan;01-07-2025;A;1\n", encoding="utf-8")
    result = run_cli("inmates", "import", str(bad), "--user", "registrasi", home=home,
                     password=PASSWORD)  # fmt: skip
    assert result.returncode == 1
    assert "baris 4: Jenis Kelamin: Isi L atau P." in result.stdout
    assert "baris 4: Nama: Wajib diisi." in result.stdout
    assert "tidak ada yang ditulis" in result.stdout
    assert dump(home / "sibina.db") == before


def test_a_refused_file_counts_its_rows_and_finishes_its_progress(tmp_path):
    home = demo_home(tmp_path)
    headless = tmp_path / "tanpa-judul.csv"
    headless.write_text("Foo;Bar\na;b\nc;d\n", encoding="utf-8")
    result = run_cli("inmates", "import", str(headless), "--user", "registrasi", home=home,
                     password=PASSWORD)  # fmt: skip
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "baris 1: Kolom 'No. Registrasi' dan 'Nama' harus ada (lihat templat).",
        "1 masalah; tidak ada yang ditulis.",
    ]
    bad = tmp_path / "bad.csv"
    bad.write_text(csv_rows(2) + "AI.9/2025;;X;tahanan;01-07-2025;A;1\n", encoding="utf-8")
    result = run_cli("inmates", "import", str(bad), "--user", "registrasi", home=home,
                     password=PASSWORD)  # fmt: skip
    assert "2 masalah pada 1 dari 3 baris; tidak ada yang ditulis." in result.stdout
    assert result.stderr.splitlines()[-1] == "memeriksa 100%", result.stderr


def test_import_killed_half_way_leaves_database_unchanged(tmp_path):
    home = demo_home(tmp_path, inmates=50)
    db = home / "sibina.db"
    before = dump(db)
    big = tmp_path / "big.csv"
    big.write_text(csv_rows(20_000, start=1000), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIBINA_")}
    env.update(SIBINA_HOME=str(home), SIBINA_PASSWORD=PASSWORD)
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "inmates", "import", str(big), "--user",
         "registrasi"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip
    seen = []
    try:
        assert proc.stderr is not None
        for line in proc.stderr:  # wait until rows are being written inside the transaction
            seen.append(line)
            if line.startswith("menulis"):
                proc.send_signal(signal.SIGKILL)
                break
    finally:
        proc.kill()
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, seen[-5:]
    assert any(line.startswith("menulis") for line in seen)
    after = dump(db)
    assert after == before
    assert not any("Orang Fiktif" in line for line in after)


def test_status_in_any_case_a_missing_file_and_a_closed_pipe(tmp_path):
    home = demo_home(tmp_path, inmates=30)
    upper = run_cli("inmates", "list", "--status", "NARAPIDANA", "--json", "--user", "pembinaan",
                    home=home, password=PASSWORD)  # fmt: skip
    assert upper.returncode == 0, upper.stderr
    assert {r["status"] for r in json.loads(upper.stdout)} == {"narapidana"}
    for command in (("inmates", "import"), ("backup", "restore")):
        missing = run_cli(*command, str(tmp_path / "tidak-ada.csv"), "--user", "admin",
                          home=home, password=PASSWORD)  # fmt: skip
        assert missing.returncode == 2 and "berkas tidak ada" in missing.stderr, command
    # a reader that has gone before the output comes (`| head -1` stopping early): no traceback
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIBINA_")}
    env.update(SIBINA_HOME=str(home), SIBINA_PASSWORD=PASSWORD, QT_QPA_PLATFORM="offscreen")
    listing = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "inmates", "list", "--json", "--user", "admin"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    listing.stdout.close()
    stderr = listing.stderr.read().decode()
    listing.wait(timeout=120)
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr, stderr


def test_a_warning_is_printed_in_indonesian_with_its_row(tmp_path):
    """A NIK whose birth date disagrees with the record warns and is written (the paper wins)."""
    from datetime import date

    from app.domain.inmates.nik import make_nik

    home = demo_home(tmp_path)
    nik = make_nik("337501", date(1990, 5, 1), "L", 1)
    warned = tmp_path / "nik.csv"
    warned.write_text("No. Registrasi;Nama;Jenis Kelamin;Status;Tanggal Masuk;NIK;Tanggal Lahir\n"
                      f"AI.1/2025;Orang Fiktif;L;tahanan;01-07-2025;{nik};01-01-1991\n",
                      encoding="utf-8")  # fmt: skip
    result = run_cli("inmates", "import", str(warned), "--user", "registrasi", home=home,
                     password=PASSWORD)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("peringatan: baris 2: ") for line in lines), lines
    assert "1 baru" in result.stdout

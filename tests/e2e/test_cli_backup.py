"""`python main.py backup ...` end to end in a subprocess: create, change, restore, exit codes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.roles import Role
from app.paths import data_paths
from app.services.container import open_services
from app.services.demo import DEFAULT_PASSWORD
from app.services.users import NewUser

REPO = Path(__file__).resolve().parents[2]


def run(home: Path, *args: str, password: str = DEFAULT_PASSWORD) -> subprocess.CompletedProcess:
    env = {**os.environ, "SIBINA_HOME": str(home), "SIBINA_PASSWORD": password}
    env.pop("SIBINA_DB", None)
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def usernames(home: Path) -> list[str]:
    con = sqlite3.connect(home / "sibina.db")
    try:
        return sorted(r[0] for r in con.execute("SELECT username FROM users"))
    finally:
        con.close()


def add_user_in_process(home: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """A change made the proper way (audited), closed again before the CLI runs."""
    monkeypatch.setenv("SIBINA_HOME", str(home))
    paths = data_paths()
    services = open_services(f"sqlite:///{paths.default_db}", paths)
    try:
        admin = services.auth.login("admin", DEFAULT_PASSWORD)
        services.users.create_user(admin, NewUser(name, "Staf Baru", Role.REGISTRASI, "rahasia123"))
    finally:
        services.dispose()


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database made once; each test works on its own copy of the whole folder."""
    home = tmp_path_factory.mktemp("demo-home")
    done = run(home, "demo", "--inmates", "3")
    assert done.returncode == 0, done.stderr
    return home


@pytest.fixture
def home(demo_home: Path, tmp_path: Path) -> Path:
    target = tmp_path / "home"
    (target / "backups").mkdir(parents=True)
    src = sqlite3.connect(demo_home / "sibina.db")
    dst = sqlite3.connect(target / "sibina.db")
    src.backup(dst)
    src.close()
    dst.close()
    return target


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def test_create_change_restore_and_the_change_is_gone(home, usb, monkeypatch):
    created = run(home, "backup", "create", "--to", str(usb), "--user", "admin")
    assert created.returncode == 0, created.stderr
    backup = Path(created.stdout.strip())
    assert backup.parent == usb and backup.name.startswith("sibina-RUTAN-PKL-")
    assert backup.exists()

    add_user_in_process(home, monkeypatch, "tambahan")
    assert "tambahan" in usernames(home)

    restored = run(home, "backup", "restore", str(backup), "--user", "admin")
    assert restored.returncode == 0, restored.stderr
    assert "Dipulihkan dari" in restored.stdout
    # both times of the backup in the workstation's local time, as its name has it
    lines = restored.stdout.splitlines()
    made = next(line for line in lines if line.startswith("Dibuat: "))
    last = next(line for line in lines if line.startswith("Perubahan terakhir: "))
    assert "UTC" not in last and made.split(": ")[1][:-6] == last.split(": ")[1].split(" (")[0][:-6]
    assert "tambahan" not in usernames(home)
    kept = [p for p in (home / "backups").iterdir() if p.name.startswith("before-restore-")]
    assert len(kept) == 1 and kept[0].name in restored.stdout

    verify = run(home, "audit", "verify")
    assert verify.returncode == 0 and verify.stdout.startswith("OK, "), verify.stdout
    listing = run(home, "backup", "list")
    assert listing.returncode == 0 and "sebelum pemulihan" in listing.stdout
    listing = run(home, "backup", "list", "--dir", str(usb))
    assert backup.name in listing.stdout


def test_restore_of_a_bad_file_exits_1_and_changes_nothing(home, usb):
    bad = usb / "bukan.db"
    bad.write_text("bukan basis data\n" * 50)
    before = usernames(home)
    done = run(home, "backup", "restore", str(bad), "--user", "admin")
    assert done.returncode == 1
    assert "bukan cadangan Sibina" in done.stderr
    assert usernames(home) == before
    assert list((home / "backups").iterdir()) == []


def test_wrong_password_and_missing_right_exit_1_without_a_file(home, usb):
    done = run(home, "backup", "create", "--to", str(usb), "--user", "admin", password="salah!!")
    assert done.returncode == 1 and "salah" in done.stderr
    done = run(home, "backup", "create", "--to", str(usb), "--user", "pertanian")
    assert done.returncode == 1 and "tidak berwenang" in done.stderr
    assert list(usb.iterdir()) == []


def test_restore_over_a_corrupted_database_logs_in_against_the_backup(home, usb):
    created = run(home, "backup", "create", "--to", str(usb), "--user", "admin")
    backup = Path(created.stdout.strip())
    live = home / "sibina.db"
    for suffix in ("-wal", "-shm"):
        Path(f"{live}{suffix}").unlink(missing_ok=True)
    live.write_bytes(b"SQLite format 3\x00" + b"\x00\xff" * 4000)  # a header, then wreckage

    listing = run(home, "backup", "list", "--dir", str(usb))  # listing needs no database
    assert listing.returncode == 0 and backup.name in listing.stdout
    refused = run(home, "backup", "restore", str(backup), "--user", "admin", password="salah!!")
    assert refused.returncode == 1
    assert live.read_bytes().startswith(b"SQLite format 3\x00\x00\xff")  # untouched

    done = run(home, "backup", "restore", str(backup), "--user", "admin")
    assert done.returncode == 0, done.stderr
    assert "akun admin dari berkas cadangan" in done.stderr
    assert run(home, "audit", "verify").returncode == 0
    kept = [p for p in (home / "backups").iterdir() if p.name.startswith("before-restore-")]
    assert kept and kept[0].read_bytes().startswith(b"SQLite format 3\x00\x00\xff")


def test_restore_help_explains_the_login_against_the_backup(home):
    done = run(home, "backup", "restore", "--help")
    assert done.returncode == 0
    assert "AKUN ADMIN" in done.stdout.upper() and "BERKAS CADANGAN" in done.stdout.upper()

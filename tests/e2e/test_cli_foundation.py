"""The command line end to end: version, help, demo, audit verify and the tamper test."""

from __future__ import annotations

import sqlite3

import pytest

from app import __version__
from app.cli import build_parser
from tests.e2e.cli import run_cli

DEMO_PASSWORD = "demo-sandi-2025"


@pytest.fixture
def demo_home(tmp_path):
    home = tmp_path / "home"
    result = run_cli("demo", "--admin-password", DEMO_PASSWORD, "--inmates", "5", home=home)
    assert result.returncode == 0, result.stderr
    return home


def test_version(tmp_path):
    result = run_cli("--version", home=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"Sibina {__version__}"


def _command_paths(parser, prefix=()):
    for action in parser._actions:
        if action.__class__.__name__ == "_SubParsersAction":
            for name, sub in action.choices.items():
                yield (*prefix, name)
                yield from _command_paths(sub, (*prefix, name))


def test_every_sub_command_has_help(tmp_path):
    paths = list(_command_paths(build_parser()))
    assert ("audit", "verify") in paths and ("demo",) in paths
    for path in [(), *paths]:
        result = run_cli(*path, "--help", home=tmp_path)
        assert result.returncode == 0, (path, result.stderr)
        assert "usage:" in result.stdout


def test_demo_prints_how_to_log_in_and_marks_the_database(demo_home):
    db = demo_home / "sibina.db"
    con = sqlite3.connect(db)
    users = {row[0] for row in con.execute("SELECT role FROM users")}
    demo = con.execute("SELECT value FROM app_meta WHERE key = 'demo'").fetchone()
    facility = con.execute("SELECT name FROM facility").fetchone()[0]
    con.close()
    assert users == {
        "admin", "registrasi", "pembinaan", "pertanian", "pendidikan", "perpustakaan", "pimpinan",
    }  # fmt: skip
    assert demo == ("1",)
    assert facility == "Rutan Kelas IIA Pekalongan"


def test_demo_output_names_users_and_password(tmp_path):
    result = run_cli("demo", "--admin-password", DEMO_PASSWORD, "--inmates", "0", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert DEMO_PASSWORD in result.stdout
    assert "pimpinan" in result.stdout


def test_demo_refuses_a_database_in_use(demo_home):
    result = run_cli("demo", home=demo_home)
    assert result.returncode == 1
    assert "masih kosong" in result.stderr


def test_demo_rejects_a_weak_password(tmp_path):
    result = run_cli("demo", "--admin-password", "123", home=tmp_path)
    assert result.returncode == 2
    assert "minimal 8" in result.stderr


def test_audit_verify_ok(demo_home):
    result = run_cli("audit", "verify", home=demo_home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK, ")
    count = int(result.stdout.split()[1])
    con = sqlite3.connect(demo_home / "sibina.db")
    assert count == con.execute("SELECT count(*) FROM audit_events").fetchone()[0]
    con.close()


@pytest.mark.parametrize(
    "tamper",
    [
        "UPDATE audit_events SET after_json = replace(after_json, 'Rutan', 'Lapas') WHERE id = 1",
        "DELETE FROM audit_events WHERE id = 2",
    ],
)
def test_audit_verify_names_the_first_broken_event(demo_home, tamper):
    con = sqlite3.connect(demo_home / "sibina.db")
    con.execute(tamper)
    con.commit()
    con.close()
    result = run_cli("audit", "verify", home=demo_home)
    assert result.returncode == 1
    first = 1 if "UPDATE" in tamper else 2
    assert f"BROKEN at event {first}:" in result.stdout


def test_db_option_and_environment_select_the_database(tmp_path):
    target = tmp_path / "elsewhere" / "x.db"
    result = run_cli("--db", str(target), "demo", "--inmates", "0", home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert target.exists()
    assert not (tmp_path / "home" / "sibina.db").exists()
    via_env = run_cli("audit", "verify", home=tmp_path / "home", SIBINA_DB=str(target))
    assert via_env.returncode == 0 and via_env.stdout.startswith("OK, ")


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path):
    bogus = tmp_path / "laporan.db"
    bogus.write_text("bukan database")
    result = run_cli("--db", str(bogus), "audit", "verify", home=tmp_path / "home")
    assert result.returncode == 1
    assert "bukan basis data Sibina" in result.stderr
    assert bogus.read_text() == "bukan database"


def test_a_mistyped_database_path_is_refused_and_not_created(demo_home, tmp_path):
    typo = tmp_path / "sibna.db"
    result = run_cli("--db", str(typo), "audit", "verify", home=demo_home)
    assert result.returncode == 2
    assert f"Basis data {typo} tidak ada" in result.stderr
    assert not typo.exists()
    assert run_cli("audit", "verify", home=demo_home).returncode == 0  # the real one still opens

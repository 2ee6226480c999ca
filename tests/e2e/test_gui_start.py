"""`python main.py` (the GUI start) end to end: the main window, signed out with its login page,
is on screen before SQLAlchemy, alembic, ReportLab or the services are imported, and before the
database file is touched; an automatic login reaches the tabs.

Uses the start-up probe (app/ui/startup_probe.py): with SIBINA_STARTUP_PROBE=first the real GUI
start runs; when the first window is exposed the probe prints which window and page it is and
which heavy modules were already imported, then closes the window. With a user name it logs in
through the login page and reports when the tabs are painted.
"""

from __future__ import annotations

import pytest

from app.options import parse_global_only
from tests.conftest import PASSWORD
from tests.e2e.cli import run_cli


def probe_first_window(home, *args: str) -> dict[str, str]:
    result = run_cli(*args, home=home, SIBINA_STARTUP_PROBE="first")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "SHOWN", result.stdout
    return dict(line.split(" ", 1) for line in lines[1:])


def test_fresh_start_shows_the_signed_out_main_window_before_any_heavy_import(tmp_path):
    home = tmp_path / "home"
    seen = probe_first_window(home)
    assert seen["WINDOW"] == "MainWindow"
    assert seen["PAGE"] == "login_page"
    assert seen["HEAVY"] == "-"  # not sqlalchemy, alembic, reportlab, app.db, the container
    assert not (home / "sibina.db").exists()  # closed before the database was opened


def test_existing_database_shows_the_main_window_before_any_heavy_import(tmp_path, services):
    db = services.db_url.removeprefix("sqlite:///")
    seen = probe_first_window(tmp_path / "home", "--db", db)
    assert seen == {"WINDOW": "MainWindow", "PAGE": "login_page", "HEAVY": "-"}


def test_automatic_login_reaches_the_tabs(tmp_path, services):
    db = services.db_url.removeprefix("sqlite:///")
    result = run_cli(
        "--db", db, home=tmp_path / "home", SIBINA_STARTUP_PROBE="admin", SIBINA_PASSWORD=PASSWORD
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "SHOWN", result.stdout
    seen = dict(line.split(" ", 1) for line in lines[1:])
    assert float(seen["LOGIN_MS"]) >= float(seen["VERIFY_MS"]) > 0


@pytest.mark.parametrize(
    ("argv", "db"),
    [([], None), (["--db", "x.db"], "x.db"), (["--db=y.db"], "y.db")],
)
def test_global_options_alone_need_no_sub_command_parser(argv, db):
    args = parse_global_only(argv)
    assert args is not None
    assert (args.db, args.command, args.self_test) == (db, None, False)


@pytest.mark.parametrize(
    "argv", [["audit", "verify"], ["--db", "x.db", "demo"], ["--help"], ["-h"], ["--db"], ["-x"]]
)
def test_sub_commands_help_and_mistakes_go_to_the_full_parser(argv):
    assert parse_global_only(argv) is None


def test_self_test_flag_is_a_global_option():
    args = parse_global_only(["--self-test"])
    assert args is not None and args.self_test

"""A database file swapped under the running program (a command-line restore that got through,
a file copied over by hand) stops the program's work with a message, instead of letting it
write on into the replaced, deleted file; this program's own restore keeps it working."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest

from app.db.engine import sqlite_file
from app.errors import DatabaseProblem
from app.services.audit import AuditFilter
from tests.conftest import PASSWORD


def swap_under(services) -> None:
    """What a restore by another process does: a copy put in place of the live file."""
    live = sqlite_file(services.db_url)
    copy = live.with_name("ganti.db")
    shutil.copy2(live, copy)
    os.replace(copy, live)


def logins(path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM audit_events WHERE action = 'login'").fetchone()[0]
    finally:
        con.close()


def test_writes_after_the_file_was_swapped_are_refused(services, admin):
    live = sqlite_file(services.db_url)
    swap_under(services)
    before = logins(live)
    with pytest.raises(DatabaseProblem) as info:
        services.auth.login("admin", PASSWORD)
    assert "telah diganti atau dihapus oleh program lain" in info.value.message
    assert "Tutup Sibina lalu buka lagi" in info.value.message
    assert logins(live) == before  # nothing went anywhere
    with pytest.raises(DatabaseProblem):  # reads too: they would show the old file
        services.audit.list_events(admin, AuditFilter())


def test_a_deleted_file_is_refused_too(services, admin):
    os.remove(sqlite_file(services.db_url))
    with pytest.raises(DatabaseProblem):
        services.auth.login("admin", PASSWORD)


def test_this_programs_own_restore_keeps_working(services, admin, tmp_path):
    (tmp_path / "usb").mkdir()
    info = services.backup.create(admin, tmp_path / "usb")
    services.backup.restore(admin, info.path)
    assert services.auth.login("admin", PASSWORD).username == "admin"

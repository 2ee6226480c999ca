"""Backup and restore on real temporary databases: consistent copies, checks before a restore,
the kept database, the audit chain after a restore, daily automatic copies, full and read-only
disks (a real tmpfs when the tests run as root)."""

from __future__ import annotations

import contextlib
import re
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from app.db.sqlite_backup import integrity_ok
from app.domain.roles import Role
from app.errors import Cancelled, DatabaseProblem, PermissionDenied
from app.services.audit import AuditFilter
from app.services.backup import BackupService
from app.services.backup_files import BackupKind
from app.services.container import open_services
from app.services.users import NewUser
from tests.conftest import PASSWORD

NAME_RE = re.compile(r"^sibina-RUTAN-PKL-\d{8}-\d{6}\.db$")


# --- helpers --------------------------------------------------------------------------------------
def usernames(services) -> list[str]:
    admin = services.auth.login("admin", PASSWORD)
    return sorted(u.username for u in services.users.list_users(admin))


def backup_events(services, admin) -> list:
    return services.audit.list_events(admin, AuditFilter(entity="backup"))


def live_state(services) -> tuple:
    """What must not change when a restore is refused: users, audit events, folder contents."""
    path = services.paths.default_db
    con = sqlite3.connect(path)
    try:
        users = con.execute("SELECT username FROM users ORDER BY id").fetchall()
        events = con.execute("SELECT count(*), max(hash) FROM audit_events").fetchone()
    finally:
        con.close()
    files = sorted(p.name for p in path.parent.iterdir() if not p.name.endswith(("-wal", "-shm")))
    return users, events, files, sorted(p.name for p in services.paths.backups.iterdir())


def add_user(services, admin, name: str = "baru") -> None:
    services.users.create_user(admin, NewUser(name, "Pengguna Baru", Role.REGISTRASI, PASSWORD))


def add_filler(services, megabytes: int) -> None:
    """Make the live database big (a scratch table), for the full-disk tests."""
    con = sqlite3.connect(services.paths.default_db)
    with con:
        con.execute("CREATE TABLE filler (b BLOB)")
        for _ in range(megabytes):
            con.execute("INSERT INTO filler VALUES (randomblob(1048576))")
    con.close()


@contextlib.contextmanager
def tmpfs(folder: Path, size: str, readonly: bool = False):
    """A real small filesystem (root only); skips the test where mounting is not allowed."""
    folder.mkdir(parents=True, exist_ok=True)
    options = f"size={size}" + (",ro" if readonly else "")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                          capture_output=True)  # fmt: skip
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


@pytest.fixture
def backup_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


# --- create -----------------------------------------------------------------------------------
def test_backup_is_consistent_delete_mode_and_audited(services, admin, backup_dir):
    add_user(services, admin)
    info = services.backup.create(admin, backup_dir)

    assert NAME_RE.match(info.path.name), info.path.name
    assert list(backup_dir.iterdir()) == [info.path]  # no -wal, -journal or .part beside it
    assert integrity_ok(info.path) == (True, "ok")
    con = sqlite3.connect(info.path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert ("baru",) in con.execute("SELECT username FROM users").fetchall()
    con.close()
    events = backup_events(services, admin)
    assert [e.action for e in events] == ["backup_created"]
    assert events[0].after["file"] == info.path.name
    assert events[0].after["size"] == info.size == info.path.stat().st_size
    assert services.audit.verify().ok


def test_backup_name_is_local_time_with_facility_code(services, admin, backup_dir, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Jakarta")  # UTC+7, no summer time
    time.tzset()
    try:
        info = services.backup.create(admin, backup_dir)  # FakeClock: 15 July 2025 09:00 UTC
    finally:
        monkeypatch.undo()
        time.tzset()
    assert info.path.name == "sibina-RUTAN-PKL-20250715-160000.db"
    second = services.backup.create(admin, backup_dir)  # same second: a new name, no overwrite
    assert second.path != info.path and info.path.exists()


def test_role_without_backup_right_is_refused_and_nothing_written(
    services, admin, make_actor, backup_dir
):
    gardener = make_actor(Role.PERTANIAN)
    with pytest.raises(PermissionDenied):
        services.backup.create(gardener, backup_dir)
    assert list(backup_dir.iterdir()) == []
    assert backup_events(services, admin) == []


def test_missing_folder_is_a_clear_error(services, admin, tmp_path):
    with pytest.raises(DatabaseProblem, match="tidak ditemukan"):
        services.backup.create(admin, tmp_path / "no-stick")
    assert backup_events(services, admin) == []


def test_cancelled_backup_leaves_no_file_and_no_event(services, admin, backup_dir):
    class CancelAtOnce:
        def update(self, done, total, message=""):
            raise Cancelled()

    with pytest.raises(Cancelled):
        services.backup.create(admin, backup_dir, CancelAtOnce())
    assert list(backup_dir.iterdir()) == []
    assert backup_events(services, admin) == []


def test_full_disk_refused_before_writing_real_tmpfs(services, admin, tmp_path):
    add_filler(services, 3)
    with tmpfs(tmp_path / "small", "1m") as small:
        with pytest.raises(DatabaseProblem, match="tidak cukup"):
            services.backup.create(admin, small)
        assert list(small.iterdir()) == []
    assert backup_events(services, admin) == []


def test_disk_full_while_writing_real_tmpfs(services, admin, tmp_path, monkeypatch):
    """The free-space check is fooled, so SQLite really runs out of room mid-copy."""
    add_filler(services, 3)
    monkeypatch.setattr("app.services.backup_files.free_space", lambda folder: 10**12)
    with tmpfs(tmp_path / "small", "1m") as small:
        with pytest.raises(DatabaseProblem, match="penuh") as caught:
            services.backup.create(admin, small)
        assert list(small.iterdir()) == []
    assert str(small) in caught.value.message
    assert backup_events(services, admin) == []


def test_disk_full_simulated(services, admin, backup_dir, monkeypatch):
    """Where no tmpfs can be mounted: the same message from a simulated SQLITE_FULL."""

    def full(source, target, progress=None):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("app.services.backup.copy_database", full)
    with pytest.raises(DatabaseProblem, match="penuh"):
        services.backup.create(admin, backup_dir)
    assert list(backup_dir.iterdir()) == []


def test_read_only_folder_real_tmpfs(services, admin, tmp_path):
    with (
        tmpfs(tmp_path / "locked", "1m", readonly=True) as locked,
        pytest.raises(DatabaseProblem, match="tidak dapat ditulisi"),
    ):
        services.backup.create(admin, locked)
    assert backup_events(services, admin) == []


def test_server_database_is_backed_up_with_server_tools(services, admin, backup_dir):
    service = BackupService(services.uow, "postgresql://sibina@server/sibina", services.paths)
    assert not service.is_supported
    with pytest.raises(DatabaseProblem, match="pg_dump"):
        service.create(admin, backup_dir)
    assert service.auto_daily_backup() is None


# --- automatic daily backups ----------------------------------------------------------------
def test_auto_daily_backup_once_a_day_keeps_last_14(services, admin, clock, tmp_path):
    folder = services.paths.backups
    manual_here = services.backup.create(admin, folder)
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    manual_elsewhere = services.backup.create(admin, elsewhere)

    first = services.backup.auto_daily_backup()
    assert first is not None and first.name.endswith("-auto.db")
    assert services.backup.auto_daily_backup() is None  # already done today
    for _ in range(19):
        clock.advance(days=1)
        assert services.backup.auto_daily_backup() is not None

    autos = [b for b in services.backup.list_backups() if b.kind == BackupKind.AUTO]
    assert len(autos) == 14
    assert (autos[0].taken_at.date() - autos[-1].taken_at.date()).days == 13
    assert not first.exists()
    assert manual_here.path.exists() and manual_elsewhere.path.exists()
    events = [e for e in backup_events(services, admin) if e.username == "sistem"]
    assert len(events) == 20
    assert len(events[0].after["removed_old_automatic"]) == 1  # newest first


def test_auto_daily_backup_skipped_before_setup(empty_services):
    assert empty_services.backup.auto_daily_backup() is None
    assert list(empty_services.paths.backups.iterdir()) == []


# --- restore: refusals ------------------------------------------------------------------------
def _not_sqlite(services, admin, folder: Path) -> Path:
    path = folder / "catatan.db"
    path.write_text("ini bukan basis data\n" * 100)
    return path


def _corrupted(services, admin, folder: Path) -> Path:
    path = services.backup.create(admin, folder).path
    with path.open("r+b") as handle:  # keep the header, smash the pages after it
        handle.seek(4096)
        handle.write(b"\xff" * 8192)
    return path


def _newer(services, admin, folder: Path) -> Path:
    path = services.backup.create(admin, folder).path
    con = sqlite3.connect(path)
    with con:
        con.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    con.close()
    return path


def _same_file(services, admin, folder: Path) -> Path:
    return services.paths.default_db


def _other_sqlite(services, admin, folder: Path) -> Path:
    path = folder / "kontak.db"
    con = sqlite3.connect(path)
    with con:
        con.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)")
    con.close()
    return path


@pytest.mark.parametrize(
    ("make_file", "message"),
    [
        (_not_sqlite, "bukan berkas basis data SQLite"),
        (_corrupted, "rusak"),
        (_newer, "versi Sibina yang lebih baru"),
        (_same_file, "sedang dipakai"),
        (_other_sqlite, "bukan basis data Sibina"),
    ],
)
def test_restore_refuses_unfit_file_and_changes_nothing(
    services, admin, backup_dir, make_file, message
):
    bad = make_file(services, admin, backup_dir)
    add_user(services, admin, "setelah")
    before = live_state(services)
    with pytest.raises(DatabaseProblem, match=message):
        services.backup.restore(admin, bad)
    assert live_state(services) == before
    assert "setelah" in usernames(services)


def test_restore_needs_restore_right(services, admin, make_actor, backup_dir):
    info = services.backup.create(admin, backup_dir)
    clerk = make_actor(Role.REGISTRASI)  # may back up, may not restore
    before = live_state(services)
    with pytest.raises(PermissionDenied):
        services.backup.restore(clerk, info.path)
    with pytest.raises(PermissionDenied):
        services.backup.inspect(clerk, info.path)
    assert live_state(services) == before


def test_restore_refused_while_another_program_has_the_database_open(services, admin, backup_dir):
    info = services.backup.create(admin, backup_dir)
    other = sqlite3.connect(services.paths.default_db)
    other.execute("PRAGMA journal_mode=WAL")
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM users").fetchone()  # holds a read snapshot
    try:
        before = live_state(services)
        with pytest.raises(DatabaseProblem, match="sedang dipakai program lain"):
            services.backup.restore(admin, info.path)
        assert live_state(services) == before
    finally:
        other.close()


def test_cancelled_restore_changes_nothing(services, admin, backup_dir):
    info = services.backup.create(admin, backup_dir)
    add_user(services, admin)
    before = live_state(services)

    class CancelAtOnce:
        def update(self, done, total, message=""):
            raise Cancelled()

    with pytest.raises(Cancelled):
        services.backup.restore(admin, info.path, CancelAtOnce())
    assert live_state(services) == before
    assert "baru" in usernames(services)


# --- restore: success -------------------------------------------------------------------------
def test_restore_brings_back_the_copy_and_keeps_the_replaced_database(
    services, admin, backup_dir, clock
):
    info = services.backup.create(admin, backup_dir)
    clock.advance(minutes=5)
    add_user(services, admin, "sesudah")
    assert "sesudah" in usernames(services)

    check = services.backup.inspect(admin, info.path)
    assert (check.facility_code, check.taken_at) == ("RUTAN-PKL", info.taken_at)
    result = services.backup.restore(admin, info.path)

    # The same Services object reconnects to the restored file.
    assert "sesudah" not in usernames(services)
    assert result.kept_as is not None and result.kept_as.parent == services.paths.backups
    assert result.kept_as.name.startswith("before-restore-")
    assert integrity_ok(result.kept_as) == (True, "ok")
    kept = sqlite3.connect(result.kept_as)
    assert ("sesudah",) in kept.execute("SELECT username FROM users").fetchall()
    kept.close()
    data_files = sorted(p.name for p in services.paths.data.iterdir() if p.is_file())
    assert not [name for name in data_files if name.endswith(".tmp")]
    assert info.path.exists()  # the backup itself is untouched

    verdict = services.audit.verify()
    assert verdict.ok, verdict
    events = services.audit.list_events(admin, AuditFilter(), limit=2)  # newest first
    assert [e.action for e in events] == ["login", "backup_restored"]  # login: usernames()
    last = events[1]
    assert last.after["file"] == info.path.name
    assert last.after["replaced_database_kept_as"] == result.kept_as.name
    add_user(services, admin, "lanjut")  # the chain goes on after the restore
    assert services.audit.verify().ok


def test_restore_over_damaged_live_file(services, admin, backup_dir, data_dir, clock):
    """The CLI's path when the live file cannot be opened: no engine, raw copy of the wreck."""
    from app.services.backup import unavailable_database

    info = services.backup.create(admin, backup_dir)
    services.dispose()
    live = data_dir.default_db
    for suffix in ("-wal", "-shm"):
        Path(f"{live}{suffix}").unlink(missing_ok=True)
    live.write_bytes(b"rusak" * 1000)

    service = BackupService(unavailable_database(), f"sqlite:///{live}", data_dir, clock)
    result = service.restore(admin, info.path, note={"login": "cadangan"})
    assert result.kept_as is not None and result.kept_as.read_bytes() == b"rusak" * 1000
    assert integrity_ok(live) == (True, "ok")
    with pytest.raises(DatabaseProblem):  # it has no database of its own to audit into
        service.create(admin, backup_dir)
    reopened = open_services(f"sqlite:///{live}", data_dir, clock)
    try:
        assert reopened.audit.verify().ok
        last = reopened.audit.list_events(admin, AuditFilter(), limit=1)[0]
        assert (last.action, last.after["login"]) == ("backup_restored", "cadangan")
    finally:
        reopened.dispose()


def test_restore_of_an_older_backup_migrates_it(services, admin, backup_dir):
    """A backup taken before the tabs' migrations existed comes back at the current schema."""
    from app.db.engine import make_engine
    from app.db.migrate import current_revisions, head_revisions
    from tests.db.alembic_helpers import migrate_to

    info = services.backup.create(admin, backup_dir)
    old = make_engine(f"sqlite:///{info.path}")
    migrate_to(old, "0001_foundation", down=True)
    old.dispose()

    assert services.backup.inspect(admin, info.path).revisions == ("0001_foundation",)
    result = services.backup.restore(admin, info.path)
    assert result.migrated == (head_revisions() != ("0001_foundation",))
    assert current_revisions(services.engine) == head_revisions()
    assert services.audit.verify().ok


def test_folder_names_with_hash_or_question_mark(services, admin, tmp_path, data_dir):
    """`file:` URIs cut a path at # or ?: the copy must still be of the real database."""
    folder = tmp_path / "Cadangan #2 ?baru"
    folder.mkdir()
    info = services.backup.create(admin, folder)
    check = services.backup.inspect(admin, info.path)
    assert check.facility_code == "RUTAN-PKL" and check.audit_events > 0
    add_user(services, admin, "sesudah")
    services.backup.restore(admin, info.path)
    assert "sesudah" not in usernames(services)
    assert not (tmp_path / "Cadangan ").exists()  # nothing opened (created) at the cut path


def test_an_admin_missing_from_the_backup_may_restore_it(services, admin, backup_dir, clock):
    """The restore is written into the restored file by name: its accounts are not checked
    against the login that made it."""
    info = services.backup.create(admin, backup_dir)
    clock.advance(minutes=5)
    services.users.create_user(admin, NewUser("admin2", "Admin Kedua", Role.ADMIN, PASSWORD))
    newcomer = services.auth.login("admin2", PASSWORD)
    services.backup.restore(newcomer, info.path)
    assert "admin2" not in usernames(services)
    event = services.audit.list_events(admin, AuditFilter(action="backup_restored"))[0]
    assert (event.username, event.after["file"]) == ("admin2", info.path.name)
    assert services.audit.verify().ok

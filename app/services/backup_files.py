"""Backup files on disk: their names, listing them, checking a file before a restore, and the
atomic swap of the live database. No permissions here (app.services.backup checks those).

Names carry the facility code and the local time they were taken, so a stick full of copies
sorts by date and says where each came from:

    sibina-RUTAN-PKL-20251117-143000.db         made by a person (GUI or CLI)
    sibina-RUTAN-PKL-20251117-080102-auto.db    the automatic daily copy (the last 14 are kept)
    before-restore-20251117-150000.db           the database a restore replaced
    pre-migration-<revision>-20251117-080000.db written before a schema migration
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from app.db.migrate import alembic_config
from app.db.sqlite_backup import copy_database, integrity_ok, read_only_uri
from app.errors import DatabaseProblem
from app.text import QT_TRANSLATE_NOOP

STAMP_FORMAT = "%Y%m%d-%H%M%S"
SIBINA_TABLES = frozenset({"alembic_version", "facility", "users", "audit_events"})
_SQLITE_FULL, _SQLITE_BUSY, _SQLITE_LOCKED = 13, 5, 6

_NAME_RES = {
    "manual": re.compile(r"^sibina-(?P<code>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.db$"),
    "auto": re.compile(r"^sibina-(?P<code>.+)-(?P<stamp>\d{8}-\d{6})-auto(?:-(?P<n>\d+))?\.db$"),
    "before_restore": re.compile(r"^before-restore-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.db$"),
    "pre_migration": re.compile(r"^pre-migration-.*?(?P<stamp>\d{8}-\d{6})\.db$"),
}


class BackupKind(StrEnum):
    MANUAL = "manual"
    AUTO = "auto"
    BEFORE_RESTORE = "before_restore"
    PRE_MIGRATION = "pre_migration"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file. `taken_at` is local time (from the name; the file time otherwise)."""

    path: Path
    size: int
    taken_at: datetime
    kind: BackupKind
    facility_code: str = ""

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class BackupCheck:
    """What a restore would bring back; every check has passed when you hold one."""

    path: Path
    size: int
    facility_name: str
    facility_code: str
    revisions: tuple[str, ...]
    audit_events: int
    last_event_at: datetime | None  # UTC, as stored
    taken_at: datetime | None  # local time from the file name, when it follows our naming


def backup_name(code: str, local_now: datetime, automatic: bool) -> str:
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", code.strip()) or "TANPA-KODE"
    return f"sibina-{safe}-{local_now:{STAMP_FORMAT}}{'-auto' if automatic else ''}.db"


def free_name(folder: Path, name: str) -> Path:
    """`folder/name`, or `name` with -2, -3 ... before .db when that file already exists."""
    target = folder / name
    stem, number = target.stem, 2
    while target.exists():
        target = folder / f"{stem}-{number}.db"
        number += 1
    return target


def parse_name(path: Path) -> tuple[BackupKind, datetime, str] | None:
    """(kind, local time taken, facility code) for a name we write; None for other files."""
    for kind in (BackupKind.AUTO, BackupKind.MANUAL, BackupKind.BEFORE_RESTORE):
        match = _NAME_RES[kind].match(path.name)
        if match:
            code = match.groupdict().get("code") or ""
            return kind, datetime.strptime(match["stamp"], STAMP_FORMAT), code
    match = _NAME_RES["pre_migration"].match(path.name)
    if match:
        return BackupKind.PRE_MIGRATION, datetime.strptime(match["stamp"], STAMP_FORMAT), ""
    return None


def list_backup_files(folder: Path) -> list[BackupInfo]:
    """The backup files in `folder` that follow our naming, newest first."""
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in folder.glob("*.db"):
        parsed = parse_name(path)
        if parsed is None or not path.is_file():
            continue
        kind, taken_at, code = parsed
        found.append(BackupInfo(path, path.stat().st_size, taken_at, kind, code))
    found.sort(key=lambda info: (info.taken_at, info.name), reverse=True)
    return found


def human_size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


# --- errors people can act on -------------------------------------------------------------------
def write_problem(exc: BaseException, folder: Path) -> DatabaseProblem:
    """A clear message for a failed write into `folder` (full disk, read-only, missing...)."""
    code = getattr(exc, "errno", None)
    sqlite_code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    if code == errno.ENOSPC or sqlite_code == _SQLITE_FULL or "disk is full" in str(exc):
        return DatabaseProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "Disk di {folder} penuh. Kosongkan ruang atau pilih tempat lain; "
                "tidak ada berkas yang tertinggal.",
            ),
            folder=folder,
        )
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or sqlite_code in (8, 14):
        return DatabaseProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "Folder {folder} tidak dapat ditulisi (hanya-baca atau tanpa izin). "
                "Pilih folder lain atau buka kunci tulis pada flashdisk.",
            ),
            folder=folder,
        )
    return DatabaseProblem(
        QT_TRANSLATE_NOOP("errors", "Gagal menulis ke {folder}: {error}"),
        folder=folder,
        error=getattr(exc, "strerror", None) or exc,
    )


def check_target_folder(folder: Path, needed: int) -> None:
    """Refuse a missing or read-only folder, or one without room for `needed` bytes, before
    anything is written there."""
    if not folder.is_dir():
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP(
                "errors", "Folder {folder} tidak ditemukan. Periksa apakah flashdisk terpasang."
            ),
            folder=folder,
        )
    try:  # os.access is not enough (root, network shares): really try to write
        probe = folder / f".sibina-probe-{uuid.uuid4().hex}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise write_problem(exc, folder) from exc
    free = free_space(folder)
    if free < needed:
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "Ruang kosong di {folder} tidak cukup: perlu sekitar {needed}, tersedia {free}.",
            ),
            folder=folder,
            needed=human_size(needed),
            free=human_size(free),
        )


def free_space(folder: Path) -> int:
    return shutil.disk_usage(folder).free


def database_size(path: Path) -> int:
    wal = path.with_name(path.name + "-wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


# --- checking a file before a restore ---------------------------------------------------------------
def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory  # imported only when needed: slow to import

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def inspect_backup(path: Path, live: Path | None) -> BackupCheck:
    """Check `path` read-only; raise DatabaseProblem saying what is wrong. Nothing is written."""
    path = Path(path)
    if not path.is_file():
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP("errors", "Berkas {path} tidak ditemukan."), path=path
        )
    if live is not None and live.exists() and os.path.samefile(path, live):
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "Berkas {path} adalah basis data yang sedang dipakai. Pilih berkas cadangan.",
            ),
            path=path,
        )
    ok, detail = integrity_ok(path)
    if not ok and detail == "not a SQLite file":
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP(
                "errors", "Berkas {path} bukan cadangan Sibina (bukan berkas basis data SQLite)."
            ),
            path=path,
        )
    if not ok:
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP(
                "errors", "Berkas cadangan {path} rusak ({error}); tidak dapat dipulihkan."
            ),
            path=path,
            error=detail,
        )
    con = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revisions: tuple[str, ...] = ()
        if "alembic_version" in tables:
            rows = con.execute("SELECT version_num FROM alembic_version").fetchall()
            revisions = tuple(sorted(r[0] for r in rows))
        if not SIBINA_TABLES.issubset(tables) or not revisions:
            raise DatabaseProblem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Berkas {path} adalah basis data SQLite, tetapi bukan basis data Sibina.",
                ),
                path=path,
            )
        unknown = [rev for rev in revisions if rev not in known_revisions()]
        if unknown:
            raise DatabaseProblem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Cadangan {path} dibuat oleh versi Sibina yang lebih baru (skema {revision}). "
                    "Pasang versi Sibina terbaru; tidak ada yang diubah.",
                ),
                path=path,
                revision=", ".join(unknown),
            )
        facility = con.execute("SELECT name, code FROM facility LIMIT 1").fetchone() or ("", "")
        count, last = con.execute("SELECT count(*), max(at) FROM audit_events").fetchone()
    finally:
        con.close()
    parsed = parse_name(path)
    return BackupCheck(
        path=path,
        size=path.stat().st_size,
        facility_name=facility[0] or "",
        facility_code=facility[1] or "",
        revisions=revisions,
        audit_events=int(count or 0),
        last_event_at=datetime.fromisoformat(last) if last else None,
        taken_at=parsed[1] if parsed else None,
    )


# --- the swap ---------------------------------------------------------------------------------
def take_over(live: Path) -> None:
    """Make sure no other connection has `live` open: switching it out of WAL needs it alone
    (and folds the -wal file in). A damaged file has nothing to hand over and is let through."""
    if not live.exists():
        return
    try:
        con = sqlite3.connect(live, timeout=2.0)
        try:
            mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error as exc:
        if (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF not in (_SQLITE_BUSY, _SQLITE_LOCKED):
            return
        mode = "busy"
    if str(mode).lower() != "delete":
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "Basis data {path} sedang dipakai program lain (Sibina di komputer lain?). "
                "Tutup program itu lalu coba lagi; tidak ada yang diubah.",
            ),
            path=live,
        )


def keep_copy(live: Path, target: Path) -> None:
    """Keep the database a restore replaces. A consistent copy when it opens; a damaged file is
    kept as raw bytes (with its -wal) so nothing of it is lost."""
    try:
        copy_database(live, target)
    except sqlite3.DatabaseError:
        shutil.copy2(live, target)
        wal = live.with_name(live.name + "-wal")
        if wal.exists():
            shutil.copy2(wal, target.with_name(target.name + "-wal"))


def remove_sidecars(live: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            live.with_name(live.name + suffix).unlink()


def swap_in(prepared: Path, live: Path) -> None:
    """Atomically put `prepared` (a fsynced file in live's folder) in place of `live`."""
    remove_sidecars(live)  # a stale -wal would be replayed onto the new file
    os.replace(prepared, live)
    with contextlib.suppress(OSError):  # not possible on every platform (Windows)
        fd = os.open(live.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    remove_sidecars(live)


def temp_beside(live: Path) -> Path:
    return live.with_name(f".{live.name}.restore-{uuid.uuid4().hex[:8]}.tmp")

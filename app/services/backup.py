"""Backup and restore of the SQLite database (Admin > Cadangan, `python main.py backup ...`).

Backups are consistent copies made with SQLite's online backup API while the app runs; the copy
is in journal mode DELETE (one self-contained file) and passes integrity_check before it gets its
final name, so a failed, full-disk or cancelled backup leaves no file behind.

Restore checks the chosen file before anything is replaced, keeps the replaced database as
`before-restore-<time>.db` in the backups folder, then swaps the file in atomically. Open
connections: the service is given the application's engine and disposes it itself just before the
swap (the GUI need not close anything first); the same Services object then reconnects to the
restored file on its next unit of work. The restored file is migrated right after the swap, and
the restore is audited INTO the restored database, so its hash chain simply continues there.
After a restore the GUI must still start a new session (log in again): the users are those of
the restored database.

A PostgreSQL (or other server) database is backed up with the server's own tools; the methods
here then raise DatabaseProblem saying so (`auto_daily_backup` just returns None).
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.engine import make_url

from app.db.engine import make_engine, make_session_factory, sqlite_file
from app.db.file_guard import rearm
from app.db.migrate import upgrade
from app.db.models import Facility
from app.db.sqlite_backup import copy_database
from app.db.uow import UnitOfWork, UnitOfWorkFactory
from app.domain.dates import to_local
from app.domain.roles import Permission
from app.errors import Cancelled, DatabaseProblem
from app.paths import DataPaths
from app.services import audit
from app.services.actor import SYSTEM, Actor, require
from app.services.backup_files import (
    STAMP_FORMAT,
    BackupCheck,
    BackupInfo,
    BackupKind,
    backup_name,
    check_target_folder,
    database_size,
    free_name,
    inspect_backup,
    keep_copy,
    list_backup_files,
    remove_sidecars,
    swap_in,
    take_over,
    temp_beside,
    write_problem,
)
from app.services.clock import Clock, system_clock
from app.services.progress import NullProgress, Progress
from app.text import QT_TRANSLATE_NOOP

__all__ = ["BackupCheck", "BackupInfo", "BackupKind", "BackupService", "RestoreResult"]

log = logging.getLogger(__name__)

KEEP_AUTOMATIC = 14


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_as: Path | None  # the replaced database, in the backups folder
    check: BackupCheck
    migrated: bool  # the restored file was brought to the current schema


class BackupService:
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        db_url: str,
        paths: DataPaths,
        clock: Clock = system_clock,
        engine: Engine | None = None,
    ) -> None:
        self._uow = uow_factory
        self._db_url = db_url
        self._paths = paths
        self._clock = clock
        self._engine = engine  # disposed before a restore swaps the file

    # --- what the screens ask first ---------------------------------------------------------
    @property
    def is_supported(self) -> bool:
        """True for a SQLite file; a server database is backed up with the server's tools."""
        return sqlite_file(self._db_url) is not None

    @property
    def backups_folder(self) -> Path:
        return self._paths.backups

    def list_backups(self, folder: Path | None = None) -> list[BackupInfo]:
        """Backup files in `folder` (default: the automatic backups folder), newest first."""
        return list_backup_files(Path(folder) if folder else self._paths.backups)

    # --- backup -----------------------------------------------------------------------------
    def create(self, actor: Actor, to_dir: Path, progress: Progress | None = None) -> BackupInfo:
        """Write a consistent copy into `to_dir`, named with the facility code and local time."""
        require(actor, Permission.BACKUP)
        info = self._write_copy(Path(to_dir), progress or NullProgress(), automatic=False)
        self._audit_created(actor, info, pruned=[])
        return info

    def auto_daily_backup(self) -> Path | None:
        """At start-up: unless today's automatic backup exists, write one into the backups
        folder (audited as SYSTEM) and keep only the newest 14 automatic ones. Returns the new
        file, or None when there was nothing to do (already done today, server database, no
        facility yet). Raises DatabaseProblem when the copy fails: show it and carry on."""
        if not self.is_supported or not self._facility_code_or_none():
            return None
        folder = self._paths.backups
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise write_problem(exc, folder) from exc
        today = self._local_now().date()
        autos = [b for b in list_backup_files(folder) if b.kind == BackupKind.AUTO]
        if any(b.taken_at.date() == today for b in autos):
            return None
        info = self._write_copy(folder, NullProgress(), automatic=True)
        pruned = self._prune_automatic(folder)
        self._audit_created(SYSTEM, info, pruned)
        return info.path

    def _write_copy(self, folder: Path, progress: Progress, automatic: bool) -> BackupInfo:
        live = self._live_file()
        check_target_folder(folder, needed=database_size(live))
        code = self._facility_code_or_none() or ""
        taken_at = self._local_now().replace(microsecond=0)
        target = free_name(folder, backup_name(code, taken_at, automatic))
        message = QT_TRANSLATE_NOOP("progress", "Menyalin basis data…")
        try:
            copy_database(live, target, lambda done, total: progress.update(done, total, message))
        except Cancelled:
            raise
        except (OSError, sqlite3.Error) as exc:
            raise write_problem(exc, folder) from exc
        kind = BackupKind.AUTO if automatic else BackupKind.MANUAL
        return BackupInfo(target, target.stat().st_size, taken_at, kind, code)

    def _audit_created(self, actor: Actor, info: BackupInfo, pruned: list[str]) -> None:
        after: dict[str, Any] = {
            "file": info.name,
            "folder": str(info.path.parent),
            "size": info.size,
            "automatic": info.kind == BackupKind.AUTO,
        }
        if pruned:
            after["removed_old_automatic"] = pruned
        try:
            with self._uow() as uow:
                audit.record(uow.session, actor, "backup_created", "backup", info.name,
                             after=after, clock=self._clock)  # fmt: skip
                uow.commit()
        except BaseException:
            # A backup nobody can see in the audit log is not kept.
            with contextlib.suppress(OSError):
                info.path.unlink()
            raise

    def _prune_automatic(self, folder: Path) -> list[str]:
        autos = [b for b in list_backup_files(folder) if b.kind == BackupKind.AUTO]
        removed = []
        for old in autos[KEEP_AUTOMATIC:]:
            try:
                old.path.unlink()
                removed.append(old.name)
            except OSError as exc:  # a stuck old copy must not stop today's
                log.warning("could not remove old automatic backup %s: %s", old.path, exc)
        return removed

    # --- restore ----------------------------------------------------------------------------
    def inspect(self, actor: Actor, backup_file: Path) -> BackupCheck:
        """Check `backup_file` (read-only) and say what it holds; DatabaseProblem when unfit."""
        require(actor, Permission.RESTORE)
        return inspect_backup(Path(backup_file), self._live_file())

    def restore(
        self,
        actor: Actor,
        backup_file: Path,
        progress: Progress | None = None,
        note: dict[str, str] | None = None,
    ) -> RestoreResult:
        """Replace the live database with `backup_file` after checking it. Cancel (through
        `progress`) is honoured until the swap; before it, a failure changes nothing.
        `note` is added to the audit event (the CLI says when the login came from the backup)."""
        require(actor, Permission.RESTORE)
        progress = progress or NullProgress()
        live = self._live_file()
        source = Path(backup_file)
        check = inspect_backup(source, live)
        prepared = temp_beside(live)
        kept: Path | None = None
        try:
            check_target_folder(live.parent, needed=check.size)
            step = QT_TRANSLATE_NOOP("progress", "Menyalin cadangan…")
            copy_database(source, prepared, lambda d, t: progress.update(d, t, step))
            self._release_connections()
            take_over(live)
            if live.exists():
                self._paths.backups.mkdir(parents=True, exist_ok=True)
                kept = free_name(self._paths.backups, f"before-restore-{self._stamp()}.db")
                progress.update(0, 1, QT_TRANSLATE_NOOP("progress", "Menyimpan basis data lama…"))
                try:
                    keep_copy(live, kept)
                except OSError as exc:  # name the folder that failed: the backups folder
                    raise write_problem(exc, self._paths.backups) from exc
            progress.update(1, 1, QT_TRANSLATE_NOOP("progress", "Memulihkan…"))  # last cancel
            swap_in(prepared, live)
            rearm(self._engine)  # this program's own engine may use the restored file
        except BaseException as exc:
            for leftover in (prepared, kept):
                if leftover is not None:
                    with contextlib.suppress(OSError):
                        leftover.unlink()
            if kept is not None:
                remove_sidecars(kept)
            if isinstance(exc, (OSError, sqlite3.Error)):
                raise write_problem(exc, live.parent) from exc
            raise
        self._release_connections()
        migrated = self._migrate_and_audit(actor, check, kept, note or {})
        return RestoreResult(source, kept, check, migrated)

    def _migrate_and_audit(
        self, actor: Actor, check: BackupCheck, kept: Path | None, note: dict[str, str]
    ) -> bool:
        """Bring the restored file to the current schema, then write the restore into it."""
        engine = make_engine(self._db_url)
        try:
            migration = upgrade(engine, self._paths.backups)
            with UnitOfWork(make_session_factory(engine)) as uow:
                after = {
                    "file": check.path.name,
                    "folder": str(check.path.parent),
                    "facility_code": check.facility_code,
                    "revisions": list(check.revisions),
                    "replaced_database_kept_as": kept.name if kept else None,
                    **note,
                }
                # By name: the restored file's accounts are not the ones this login was checked
                # against (the actor may not even exist in it).
                audit.record(uow.session, actor.username, "backup_restored", "database",
                             check.path.name, after=after, clock=self._clock)  # fmt: skip
                uow.commit()
        finally:
            engine.dispose()
        return migration.changed

    def _release_connections(self) -> None:
        if self._engine is not None:
            self._engine.dispose()

    # --- helpers ----------------------------------------------------------------------------
    def _live_file(self) -> Path:
        path = sqlite_file(self._db_url)
        if path is None:
            raise DatabaseProblem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Basis data ini berada di server ({backend}). Cadangkan dan pulihkan dengan "
                    "alat server itu (misalnya pg_dump dan pg_restore), bukan dari Sibina.",
                ),
                backend=make_url(self._db_url).get_backend_name(),
            )
        return path

    def _facility_code_or_none(self) -> str | None:
        with self._uow() as uow:
            return uow.session.scalar(select(Facility.code).limit(1))

    def _local_now(self) -> datetime:
        """The clock is naive UTC; names and "today" are the workstation's local time."""
        return to_local(self._clock())

    def _stamp(self) -> str:
        return self._local_now().strftime(STAMP_FORMAT)


def unavailable_database() -> Callable[[], UnitOfWork]:
    """A unit-of-work factory for a BackupService whose live database cannot be opened (the
    CLI's restore over a damaged file): restore() never uses it; anything else says why."""

    def factory() -> UnitOfWork:
        raise DatabaseProblem()

    return factory

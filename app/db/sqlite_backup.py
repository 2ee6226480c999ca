"""A consistent copy of a live SQLite database (online backup API), checked after writing."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

PAGES_PER_STEP = 256
_SIDECARS = ("-journal", "-wal", "-shm")


def read_only_uri(path: Path) -> str:
    """A read-only SQLite URI for `path`. Percent-encoded: with a plain `file:{path}`, a folder
    named e.g. "Cadangan #2" or "a?b" would silently open (and create) a different, empty file."""
    return f"{Path(path).resolve().as_uri()}?mode=ro"


def copy_database(
    source: Path,
    target: Path,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Copy `source` to `target` with the online backup API, switch the copy to journal mode
    DELETE (one self-contained file), fsync it and run integrity_check on it.

    Raises OSError / sqlite3.Error on failure; a partial target is removed.
    """
    partial = target.with_name(target.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    try:
        src = sqlite3.connect(read_only_uri(source), uri=True)
        dst = sqlite3.connect(partial)
        try:

            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dst, pages=PAGES_PER_STEP, progress=step)
            dst.execute("PRAGMA journal_mode=DELETE")
            result = dst.execute("PRAGMA integrity_check").fetchall()
            if result != [("ok",)]:
                raise sqlite3.DatabaseError(f"integrity_check: {result[:3]}")
        finally:
            dst.close()
            src.close()
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        # A failed step (e.g. a full disk) can leave the copy's rollback journal behind too.
        for leftover in (partial, *(partial.with_name(partial.name + s) for s in _SIDECARS)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        raise


def integrity_ok(path: Path) -> tuple[bool, str]:
    """(True, "ok") when `path` is a readable SQLite file that passes integrity_check."""
    try:
        with path.open("rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                return False, "not a SQLite file"
        con = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            rows = con.execute("PRAGMA integrity_check").fetchall()
        finally:
            con.close()
    except (OSError, sqlite3.Error) as exc:
        return False, str(exc)
    if rows != [("ok",)]:
        return False, "; ".join(str(r[0]) for r in rows[:3])
    return True, "ok"

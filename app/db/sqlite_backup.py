"""A consistent copy of a live SQLite database (online backup API), checked after writing."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

PAGES_PER_STEP = 256


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
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
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
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise


def integrity_ok(path: Path) -> tuple[bool, str]:
    """(True, "ok") when `path` is a readable SQLite file that passes integrity_check."""
    try:
        with path.open("rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                return False, "not a SQLite file"
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = con.execute("PRAGMA integrity_check").fetchall()
        finally:
            con.close()
    except (OSError, sqlite3.Error) as exc:
        return False, str(exc)
    if rows != [("ok",)]:
        return False, "; ".join(str(r[0]) for r in rows[:3])
    return True, "ok"

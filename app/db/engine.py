"""Opening a database: checks before connecting, and SQLite pragmas on every connection."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app.db.file_guard import guard
from app.db.sqlite_backup import read_only_uri
from app.errors import DatabaseProblem
from app.text import QT_TRANSLATE_NOOP

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def check_sqlite_file(path: Path) -> None:
    """Refuse, with a clear message, a file that is not SQLite or a folder we cannot write."""
    folder = path.parent
    if not folder.exists():
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseProblem(
                QT_TRANSLATE_NOOP(
                    "errors", "Folder basis data tidak dapat dibuat: {folder} ({error})"
                ),
                folder=folder,
                error=exc.strerror or exc,
            ) from exc
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
        if header != SQLITE_HEADER:
            raise DatabaseProblem(
                QT_TRANSLATE_NOOP(
                    "errors", "Berkas {path} bukan basis data Sibina (bukan berkas SQLite)."
                ),
                path=path,
            )
        if not os.access(path, os.W_OK) or not os.access(folder, os.W_OK):
            raise DatabaseProblem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Basis data {path} hanya dapat dibaca. Pindahkan ke folder yang dapat ditulisi.",
                ),
                path=path,
            )
    elif not os.access(folder, os.W_OK):
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP("errors", "Folder {folder} tidak dapat ditulisi."), folder=folder
        )


def check_sqlite_integrity(path: Path) -> None:
    """quick_check on an existing file; a damaged file is refused before anything writes to it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            rows = con.execute("PRAGMA quick_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP("errors", "Basis data {path} rusak: {error}"), path=path, error=exc
        ) from exc
    if rows != [("ok",)]:
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP("errors", "Basis data {path} rusak: {error}"),
            path=path,
            error="; ".join(str(r[0]) for r in rows[:3]),
        )


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's own handling is unreliable).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _sqlite_begin(conn) -> None:
    # A unit of work that will write asks for IMMEDIATE (UnitOfWork.lock_for_write): it takes
    # the write lock before its first read, so a writer on another connection cannot slip in
    # between its read and its write (SQLite would refuse the upgrade with SQLITE_BUSY).
    mode = conn.get_execution_options().get("sqlite_begin", "")
    conn.exec_driver_sql(f"BEGIN {mode}".strip())


def make_engine(url: str) -> Engine:
    """An engine for `url`; for SQLite, the file is checked first and pragmas set per connection."""
    path = sqlite_file(url)
    if path is not None:
        check_sqlite_file(path)
        check_sqlite_integrity(path)
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        if path is not None:
            guard(engine, path)  # a file swapped under the running program stops its writes
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)

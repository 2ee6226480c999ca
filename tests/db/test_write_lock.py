"""Units of work that read and then write take SQLite's write lock first."""

from __future__ import annotations

import sqlite3
import threading

from sqlalchemy import text

from app.db.engine import make_engine, make_session_factory
from app.db.uow import UnitOfWork


def test_lock_for_write_begins_immediate(tmp_path):
    path = tmp_path / "w.db"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x)"))
    factory = make_session_factory(engine)
    with UnitOfWork(factory) as uow:
        uow.lock_for_write()
        # Another connection cannot take the write lock now.
        other = sqlite3.connect(path, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")
            raise AssertionError("the write lock was not held")
        except sqlite3.OperationalError as exc:
            assert "locked" in str(exc)
        finally:
            other.close()
    engine.dispose()


def test_read_then_write_units_do_not_fail_when_racing(tmp_path):
    """Without the lock, a writer committing between another's read and write makes SQLite
    refuse that write at once (SQLITE_BUSY_SNAPSHOT); with it, they take turns."""
    path = tmp_path / "r.db"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE counter (n INTEGER)"))
        conn.execute(text("INSERT INTO counter VALUES (0)"))
    factory = make_session_factory(engine)
    errors: list[Exception] = []
    barrier = threading.Barrier(4)

    def bump() -> None:
        barrier.wait()
        for _ in range(10):
            try:
                with UnitOfWork(factory) as uow:
                    uow.lock_for_write()
                    n = uow.session.execute(text("SELECT n FROM counter")).scalar_one()
                    uow.session.execute(text("UPDATE counter SET n = :n"), {"n": n + 1})
                    uow.commit()
            except Exception as exc:  # collected and asserted below
                errors.append(exc)

    threads = [threading.Thread(target=bump) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with engine.connect() as conn:
        assert conn.execute(text("SELECT n FROM counter")).scalar_one() == 40
    engine.dispose()

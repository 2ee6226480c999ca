"""Opening databases: pragmas on every connection and clear refusals of bad files."""

from __future__ import annotations

import os
import sqlite3

import pytest
from sqlalchemy import text

from app.db.engine import make_engine
from app.errors import DatabaseProblem


def test_pragmas_are_set_on_every_connection(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'p.db'}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 10_000
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    engine.dispose()


def test_transactions_roll_back_as_a_whole(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 't.db'}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x)"))
    with pytest.raises(RuntimeError), engine.begin() as conn:
        conn.execute(text("INSERT INTO t VALUES (1)"))
        raise RuntimeError("boom")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM t")).scalar() == 0
    engine.dispose()


def test_a_file_that_is_not_sqlite_is_refused_and_kept(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("Daftar belanja: beras, minyak", encoding="utf-8")
    with pytest.raises(DatabaseProblem) as info:
        make_engine(f"sqlite:///{path}")
    assert "bukan basis data Sibina" in info.value.message
    assert path.read_text(encoding="utf-8") == "Daftar belanja: beras, minyak"


def test_a_corrupted_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "broken.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x TEXT)")
    con.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
    con.commit()
    con.close()
    data = bytearray(path.read_bytes())
    data[4096 : 4096 * 3] = b"\xff" * (4096 * 2)  # smash b-tree pages, keep the header
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(DatabaseProblem) as info:
        make_engine(f"sqlite:///{path}")
    assert "rusak" in info.value.message
    assert path.read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_folder_is_refused(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DatabaseProblem) as info:
            make_engine(f"sqlite:///{folder / 'x.db'}")
        assert "tidak dapat ditulisi" in info.value.message
    finally:
        folder.chmod(0o700)


def test_read_only_folder_is_refused_even_for_root(tmp_path, monkeypatch):
    """As root the kernel allows writing anyway, so simulate what a normal user meets."""
    folder = tmp_path / "ro"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if str(p) == str(folder) else real_access(p, mode)
    )
    with pytest.raises(DatabaseProblem) as info:
        make_engine(f"sqlite:///{folder / 'x.db'}")
    assert "tidak dapat ditulisi" in info.value.message

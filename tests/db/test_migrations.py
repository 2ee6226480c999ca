"""Migrations at start-up: empty to head, a backup before migrating, a newer database refused."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import inspect

from app.db.engine import make_engine
from app.db.migrate import current_revisions, head_revisions, upgrade
from app.db.sqlite_backup import integrity_ok
from app.errors import DatabaseProblem


def test_empty_database_migrates_to_every_head(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'a.db'}")
    result = upgrade(engine, tmp_path / "backups")
    assert result.from_revision == ()
    assert result.to_revision == head_revisions()
    assert current_revisions(engine) == head_revisions()
    tables = set(inspect(engine).get_table_names())
    assert {"facility", "users", "audit_events", "app_meta"} <= tables
    assert result.backup is None  # nothing to protect in a new file
    engine.dispose()


def test_second_start_changes_nothing(tmp_path):
    url = f"sqlite:///{tmp_path / 'a.db'}"
    engine = make_engine(url)
    upgrade(engine, tmp_path / "backups")
    again = upgrade(engine, tmp_path / "backups")
    assert not again.changed
    engine.dispose()


def test_backup_is_taken_before_a_pending_migration_runs(tmp_path):
    path = tmp_path / "a.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, None)
    engine.dispose()
    # Pretend the file is one schema step behind: an older Sibina left it at no revision but
    # with data in it (the migration then starts from scratch in a copy-protected way).
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE precious (x)")
    con.execute("INSERT INTO precious VALUES ('data')")
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    con.execute("PRAGMA foreign_keys=OFF")
    for table in tables:
        if table != "precious" and not table.startswith("sqlite_"):
            con.execute(f'DROP TABLE "{table}"')
    con.commit()
    con.close()
    engine = make_engine(f"sqlite:///{path}")
    result = upgrade(engine, tmp_path / "backups")
    engine.dispose()
    assert result.backup is not None and result.backup.exists()
    assert integrity_ok(result.backup) == (True, "ok")
    copy = sqlite3.connect(result.backup)
    assert copy.execute("SELECT x FROM precious").fetchall() == [("data",)]
    copy.close()


def test_database_from_a_newer_sibina_is_refused_and_untouched(tmp_path):
    path = tmp_path / "a.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, None)
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute(
        "UPDATE alembic_version SET version_num = '9999_from_the_future' "
        "WHERE rowid = (SELECT min(rowid) FROM alembic_version)"
    )
    con.commit()
    con.close()
    before = path.read_bytes()
    engine = make_engine(f"sqlite:///{path}")
    with pytest.raises(DatabaseProblem) as info:
        upgrade(engine, tmp_path / "backups")
    engine.dispose()
    assert "versi Sibina yang lebih baru" in info.value.message
    assert "9999_from_the_future" in info.value.message
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()

"""Migration 0008: a ceremony locked before it takes `locked_by` from the audit event of the
commit of its grants; a draft and a ceremony without such an event keep an empty name."""

from __future__ import annotations

import sqlite3

from app.db.engine import make_engine
from app.db.migrate import head_revisions, upgrade
from tests.db.alembic_helpers import migrate_to

INSERT_CEREMONY = (
    "INSERT INTO remission_ceremonies (id, kind, date, title, venue, religion, status, "
    "approved_by, locked_at, created_by, created_at) VALUES (?, 'RU', '2025-08-17', ?, '', '', "
    "?, 'kepala', ?, 'admin', '2025-07-01 08:00:00')"
)
INSERT_EVENT = (
    "INSERT INTO audit_events (at, username, action, entity, entity_id, prev_hash, hash) "
    "VALUES ('2025-08-18 09:00:00', ?, ?, 'remission_ceremony', ?, '', ?)"
)


def test_locked_ceremonies_take_the_name_from_their_audit_event(tmp_path):
    path = tmp_path / "a.db"
    engine = make_engine(f"sqlite:///{path}")
    migrate_to(engine, "0007_line_digest_dropped")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute(INSERT_CEREMONY, ("c1", "Locked", "locked", "2025-08-18 09:00:00"))
    con.execute(INSERT_CEREMONY, ("c2", "Draft", "draft", None))
    con.execute(INSERT_CEREMONY, ("c3", "Locked, no event", "locked", "2025-08-18 09:00:00"))
    con.execute(INSERT_EVENT, ("kepala", "remission_ceremony_approved", "c1", "h1"))
    con.execute(INSERT_EVENT, ("petugas", "remission_grants_committed", "c1", "h2"))
    con.execute(INSERT_EVENT, ("petugas", "remission_grants_committed", "c2", "h3"))
    con.commit()
    con.close()
    engine = make_engine(f"sqlite:///{path}")
    result = upgrade(engine, tmp_path / "backups")
    engine.dispose()
    assert set(result.to_revision) == set(head_revisions())
    con = sqlite3.connect(path)
    names = dict(con.execute("SELECT id, locked_by FROM remission_ceremonies"))
    con.close()
    assert names == {"c1": "petugas", "c2": "", "c3": ""}

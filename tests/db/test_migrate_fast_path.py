"""The start-up check without alembic: same heads as alembic, and alembic stays unloaded when the
database is already up to date (it is slow to import; see app.db.migrate)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.db.engine import make_engine
from app.db.migrate import (
    current_revisions,
    declared_heads,
    head_revisions,
    stored_revisions,
    upgrade,
)

ROOT = Path(__file__).resolve().parents[2]


def test_declared_heads_match_alembic() -> None:
    assert declared_heads() == head_revisions()


def test_stored_revisions_empty_database_then_migrated(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    try:
        assert stored_revisions(engine) is None
        first = upgrade(engine, tmp_path / "backups")
        assert first.changed
        assert stored_revisions(engine) == current_revisions(engine) == head_revisions()
        again = upgrade(engine, tmp_path / "backups")
        assert not again.changed and again.backup is None
    finally:
        engine.dispose()


def test_up_to_date_database_opens_without_importing_alembic(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    engine = make_engine(f"sqlite:///{db}")
    upgrade(engine, None)
    engine.dispose()
    code = (
        "import sys\n"
        "from app.db.engine import make_engine\n"
        "from app.db.migrate import upgrade\n"
        f"e = make_engine({f'sqlite:///{db}'!r})\n"
        "r = upgrade(e, None)\n"
        "assert not r.changed, r\n"
        "print('alembic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"

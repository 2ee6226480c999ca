"""Schema migrations at start-up: refuse a newer database, back up the file, then upgrade.

`python -m app.db.migrate revision -m "message"` autogenerates a new revision for developers.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from app.db.engine import sqlite_file
from app.db.sqlite_backup import copy_database
from app.errors import DatabaseProblem
from app.paths import migrations_path
from app.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class MigrationResult:
    """Revisions are tuples: each tab's migrations may form their own branch off the foundation."""

    from_revision: tuple[str, ...]
    to_revision: tuple[str, ...]
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_path()))
    return cfg


def head_revisions() -> tuple[str, ...]:
    return tuple(sorted(ScriptDirectory.from_config(alembic_config()).get_heads()))


def current_revisions(engine: Engine) -> tuple[str, ...]:
    with engine.connect() as conn:
        return tuple(sorted(MigrationContext.configure(conn).get_current_heads()))


def upgrade(engine: Engine, backup_dir: Path | None) -> MigrationResult:
    """Bring the database to the newest schema. Before any migration runs on a SQLite file that
    already holds tables, a copy is written to `backup_dir`."""
    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
    heads = tuple(sorted(script.get_heads()))
    current = current_revisions(engine)
    if current == heads:
        return MigrationResult(current, heads, None)
    known = {rev.revision for rev in script.walk_revisions()}
    unknown = [rev for rev in current if rev not in known]
    if unknown:
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "Basis data ini dibuat oleh versi Sibina yang lebih baru (skema {revision}). "
                "Pasang versi Sibina terbaru; basis data tidak diubah.",
            ),
            revision=", ".join(unknown),
        )
    backup = _backup_before_migration(engine, backup_dir, current)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    return MigrationResult(current, heads, backup)


def _backup_before_migration(
    engine: Engine, backup_dir: Path | None, current: str | None
) -> Path | None:
    path = sqlite_file(str(engine.url))
    if path is None or backup_dir is None or not path.exists():
        return None
    with engine.connect() as conn:
        if not inspect(conn).get_table_names():
            return None
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    label = "+".join(current) or "empty"
    target = backup_dir / f"pre-migration-{label}-{stamp}.db"
    copy_database(path, target)
    return target


def _developer_cli(argv: list[str]) -> int:  # pragma: no cover - developer tool
    """Autogenerate a revision against a scratch database at head.

    With several heads, pass --head <revision> to hang the new revision off one branch."""
    import argparse
    import tempfile

    from app.db.engine import make_engine

    parser = argparse.ArgumentParser(prog="python -m app.db.migrate")
    parser.add_argument("action", choices=["revision"])
    parser.add_argument("-m", "--message", required=True)
    parser.add_argument("--head", default="head", help="parent revision (a branch head)")
    parser.add_argument("--rev-id", default=None)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{tmp}/scratch.db")
        upgrade(engine, None)
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.revision(
                cfg, message=args.message, autogenerate=True, head=args.head, rev_id=args.rev_id
            )
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(_developer_cli(sys.argv[1:]))

"""Schema migrations at start-up: refuse a newer database, back up the file, then upgrade.

`python -m app.db.migrate revision -m "message"` autogenerates a new revision for developers.
"""

from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from app.db.engine import sqlite_file
from app.db.sqlite_backup import copy_database
from app.errors import DatabaseProblem
from app.paths import migrations_path
from app.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when needed: with Mako and friends it takes a quarter of a second, and
# at most starts the database is already at the newest schema. upgrade() checks that first
# without alembic (declared_heads() read from the revision files, the alembic_version table).


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
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_path()))
    return cfg


def head_revisions() -> tuple[str, ...]:
    from alembic.script import ScriptDirectory

    return tuple(sorted(ScriptDirectory.from_config(alembic_config()).get_heads()))


def current_revisions(engine: Engine) -> tuple[str, ...]:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return tuple(sorted(MigrationContext.configure(conn).get_current_heads()))


def upgrade(engine: Engine, backup_dir: Path | None) -> MigrationResult:
    """Bring the database to the newest schema. Before any migration runs on a SQLite file that
    already holds tables, a copy is written to `backup_dir`."""
    declared = declared_heads()
    if declared and stored_revisions(engine) == declared:
        return MigrationResult(declared, declared, None)  # up to date: alembic not needed
    from alembic import command
    from alembic.script import ScriptDirectory

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


def _assigned(source: str, name: str) -> object:
    """The literal assigned to `name` at the top of a revision file (`x = "a"`, `x: T = ("a",)`)."""
    match = re.search(rf"^{name}\s*(?::[^=\n]+)?=\s*(.+)$", source, re.MULTILINE)
    if match is None:
        raise ValueError(name)
    return ast.literal_eval(match.group(1).strip())


def declared_heads() -> tuple[str, ...] | None:
    """The heads, read from the revision files without alembic; None when a file is unusual
    (then the caller asks alembic)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        for path in sorted((migrations_path() / "versions").glob("*.py")):
            source = path.read_text(encoding="utf-8")
            revision, down = _assigned(source, "revision"), _assigned(source, "down_revision")
            if not isinstance(revision, str):
                return None
            revisions.add(revision)
            if isinstance(down, str):
                parents.add(down)
            elif isinstance(down, tuple | list) and all(isinstance(d, str) for d in down):
                parents.update(down)
            elif down is not None:
                return None
    except (OSError, ValueError, SyntaxError):
        return None
    return tuple(sorted(revisions - parents)) or None


def stored_revisions(engine: Engine) -> tuple[str, ...] | None:
    """What the alembic_version table holds (sorted), or None when there is no such table."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars()
        return tuple(sorted(str(row) for row in rows))


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

    from alembic import command

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

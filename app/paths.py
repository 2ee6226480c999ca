"""Where things live: bundled resources (frozen or not) and the data, backup and log folders.

Portable mode: when a file named `portable` stands beside the program (the executable when frozen,
main.py otherwise), data, settings, backups and logs live in `data/` beside it, for a USB stick.
Otherwise they live in the user's folders (platformdirs).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

from app import APP_NAME, ORGANIZATION

DB_ENV = "SIBINA_DB"
HOME_ENV = "SIBINA_HOME"  # overrides the data folder entirely (tests, self-test)


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def program_dir() -> Path:
    """The folder of the executable (frozen) or of main.py (source checkout)."""
    if is_frozen():
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def program_command() -> str:
    """How a person starts Sibina here: the executable when frozen, else `python main.py`."""
    if is_frozen():
        return str(Path(sys.executable).resolve())
    return "python main.py"


def resource_root() -> Path:
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", program_dir()))
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file under resources/, bundled or in the checkout."""
    return resource_root().joinpath("resources", *parts)


def migrations_path() -> Path:
    return resource_root() / "app" / "db" / "migrations"


@dataclass(frozen=True)
class DataPaths:
    """The folders Sibina writes to. `portable` tells whether they sit beside the program."""

    data: Path
    backups: Path
    logs: Path
    settings_file: Path
    portable: bool

    @property
    def default_db(self) -> Path:
        return self.data / "sibina.db"

    def ensure(self) -> None:
        for folder in (self.data, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)


def data_paths(environ: dict[str, str] | None = None) -> DataPaths:
    env = os.environ if environ is None else environ
    home = env.get(HOME_ENV)
    if home:
        root = Path(home)
        return _under(root, portable=False)
    if (program_dir() / "portable").exists():
        return _under(program_dir() / "data", portable=True)
    dirs = PlatformDirs(APP_NAME, ORGANIZATION)
    data = Path(dirs.user_data_dir)
    return DataPaths(
        data=data,
        backups=data / "backups",
        logs=Path(dirs.user_log_dir),
        settings_file=Path(dirs.user_config_dir) / "sibina.ini",
        portable=False,
    )


def _under(root: Path, *, portable: bool) -> DataPaths:
    return DataPaths(
        data=root,
        backups=root / "backups",
        logs=root / "logs",
        settings_file=root / "sibina.ini",
        portable=portable,
    )


def database_url(
    cli_value: str | None, paths: DataPaths, environ: dict[str, str] | None = None
) -> str:
    """`--db PATH|URL`, else SIBINA_DB, else sibina.db in the data folder."""
    env = os.environ if environ is None else environ
    value = cli_value or env.get(DB_ENV) or str(paths.default_db)
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"

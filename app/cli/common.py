"""What every sub-command shares: opening the database, logging in, errors to exit codes."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING

from app.errors import SibinaError
from app.paths import data_paths, database_url
from app.services.actor import Actor

if TYPE_CHECKING:  # the services (SQLAlchemy...) load when a command opens the database
    from app.services.container import Services

PASSWORD_ENV = "SIBINA_PASSWORD"

# Exit codes: 0 success, 1 the check failed / the operation failed, 2 bad input or usage.
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

Handler = Callable[[argparse.Namespace, "Services"], int]


def add_login_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user",
        required=True,
        metavar="NAMA",
        help=f"nama pengguna; kata sandi dari {PASSWORD_ENV} atau ditanyakan",
    )


def output_file(*suffixes: str) -> Callable[[str], Path]:
    """An argparse type for a file to write: its folder must exist and, when `suffixes` are
    given, its name end with one of them; otherwise argparse stops with the reason (exit 2)
    before anything is done."""

    def check(text: str) -> Path:
        path = Path(text).expanduser()
        if suffixes and path.suffix.lower() not in suffixes:
            raise argparse.ArgumentTypeError(
                f"{path}: nama berkas harus berakhiran {' atau '.join(suffixes)}"
            )
        if not path.parent.is_dir():
            raise argparse.ArgumentTypeError(f"{path}: folder {path.parent} tidak ada")
        return path

    return check


def input_file(text: str) -> Path:
    """An argparse type for a file to read: it must exist, else argparse stops (exit 2)."""
    path = Path(text).expanduser()
    if not path.is_file():
        raise argparse.ArgumentTypeError(f"{path}: berkas tidak ada")
    return path


class OutputProblem(SibinaError):
    """A file to write cannot be opened (read-only folder, disk full)."""


@contextmanager
def opened_for_writing(path: Path) -> Iterator[IO[bytes]]:
    """`path` opened before the work that fills it, so that work (issuing a certificate,
    say) is not done when there is nowhere to put its result; removed again when the work
    fails."""
    try:
        handle = path.open("wb")
    except OSError as exc:
        raise OutputProblem(
            "{path} tidak dapat ditulis: {reason}", path=str(path), reason=exc.strerror or str(exc)
        ) from exc
    try:
        with handle:
            yield handle
    except BaseException:
        path.unlink(missing_ok=True)
        raise


class MissingDatabase(SibinaError):
    """The database file named by --db / SIBINA_DB (or the default one) is not there."""

    default_template = (
        "Basis data {path} tidak ada: periksa --db atau SIBINA_DB. Basis data baru dibuat "
        "oleh perintah demo atau oleh aplikasi saat pertama dibuka."
    )


def open_from_args(args: argparse.Namespace) -> Services:
    """The database the command works on. Only a command that sets `creates_db` (demo) may
    start a new file: for the others a missing file is a mistyped path, not a new facility."""
    from app.db.engine import sqlite_file
    from app.services.container import open_services

    paths = data_paths()
    paths.ensure()
    url = database_url(args.db, paths)
    file = sqlite_file(url)
    if file is not None and not file.exists() and not getattr(args, "creates_db", False):
        raise MissingDatabase(path=str(file))
    return open_services(url, paths)


def login(args: argparse.Namespace, services: Services) -> Actor:
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise SystemExit(
                f"Kata sandi tidak diberikan: setel {PASSWORD_ENV} atau jalankan di terminal."
            )
        password = getpass.getpass(f"Kata sandi untuk {args.user}: ")
    return services.auth.login(args.user, password)


def run_command(args: argparse.Namespace) -> int:
    if not getattr(args, "needs_db", True):
        # `set_defaults(handler=..., needs_db=False)`: the command works on its input alone
        # (no database opened, no login); its handler takes only the arguments.
        try:
            return args.handler(args)
        except SibinaError as exc:
            print(f"Galat: {exc.message}", file=sys.stderr)
            return EXIT_FAILED
    handler: Handler = args.handler
    services = None
    try:
        # A sub-command may open the database its own way (backup restore over a damaged file).
        services = getattr(args, "opener", open_from_args)(args)
        return handler(args, services)
    except MissingDatabase as exc:
        print(f"Galat: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    except SibinaError as exc:
        print(f"Galat: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        if services is not None:
            services.dispose()

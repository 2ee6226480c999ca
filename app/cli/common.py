"""What every sub-command shares: opening the database, logging in, errors to exit codes."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

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


def open_from_args(args: argparse.Namespace) -> Services:
    from app.services.container import open_services

    paths = data_paths()
    paths.ensure()
    return open_services(database_url(args.db, paths), paths)


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
    except SibinaError as exc:
        print(f"Galat: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        if services is not None:
            services.dispose()

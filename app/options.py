"""The global command-line options (--version, --db, --self-test), shared by the quick GUI start
and the full sub-command parser in app.cli.

Kept apart from app.cli on purpose: importing app.cli imports every sub-command module (and with
them the services, SQLAlchemy, ReportLab). `python main.py` without a sub-command must not pay for
that before its first window shows, so app.bootstrap parses these options alone when it can.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from app import APP_LONG_NAME, __version__

PROG = "sibina"
DESCRIPTION = f"{APP_LONG_NAME}. Tanpa sub-perintah: membuka aplikasi (GUI)."


def add_global_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"Sibina {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="berkas SQLite atau URL SQLAlchemy (bawaan: SIBINA_DB, lalu sibina.db di folder data)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="uji mandiri di folder sementara (tidak menyentuh data pengguna), keluar 0 bila lulus",
    )


def parse_global_only(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options when `argv` holds only global options (the GUI start or --self-test), else
    None: a sub-command, --help, or anything unknown needs the full parser (which names it)."""
    parser = argparse.ArgumentParser(
        prog=PROG, description=DESCRIPTION, add_help=False, exit_on_error=False
    )
    add_global_arguments(parser)
    try:
        args, rest = parser.parse_known_args(list(argv))
    except argparse.ArgumentError:  # e.g. `--db` without its value: the full parser says so
        return None
    if rest:
        return None
    args.command = None
    return args

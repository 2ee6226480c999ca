"""Composition root: paths, logging, then either a CLI sub-command, the self-test, or the GUI."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from collections.abc import Sequence

from app.options import parse_global_only
from app.paths import DataPaths, data_paths, database_url

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(paths: DataPaths) -> None:
    """A rotating log in the log folder (5 x 1 MB); never fails start-up if it cannot be written."""
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    root.setLevel(logging.INFO)
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            paths.logs / "sibina.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError as exc:
        print(f"Peringatan: log tidak dapat ditulis di {paths.logs}: {exc}", file=sys.stderr)
        return
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Global options alone (the GUI start): no sub-command modules, services or SQLAlchemy are
    # imported before the first window shows. A sub-command or --help needs the full parser.
    args = parse_global_only(argv)
    if args is None:
        from app import cli

        args = cli.parse(argv)
    if args.self_test:
        from app.selftest import run_self_test

        return run_self_test()
    paths = data_paths()
    setup_logging(paths)
    if args.command:
        from app import cli

        return cli.run(args)
    if os.environ.get("SIBINA_STARTUP_PROBE"):  # benchmarks/startup.py times the start-up
        from app.ui.startup_probe import run_probe

        return run_probe(database_url(args.db, paths), paths)
    from app.ui.application import run_gui  # Qt loads only for the GUI

    return run_gui(database_url(args.db, paths), paths)

"""The command line: `python main.py SUB-COMMAND ...`. Same services and login rules as the GUI.

Each sub-command lives in its own module with `register(subparsers)`; add new ones to COMMANDS.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from app.cli import (
    audit_cmd,
    backup_cmd,
    certificate_cmd,
    demo_cmd,
    inmates_cmd,
    remission_cmd,
    sentence_cmd,
)
from app.cli.common import run_command
from app.options import DESCRIPTION, PROG, add_global_arguments

COMMANDS = [
    audit_cmd,
    backup_cmd,
    certificate_cmd,
    demo_cmd,
    inmates_cmd,
    remission_cmd,
    sentence_cmd,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description=DESCRIPTION)
    add_global_arguments(parser)  # app/options.py: also parsed alone for a quick GUI start
    sub = parser.add_subparsers(dest="command", metavar="SUB-PERINTAH")
    for module in COMMANDS:
        module.register(sub)
    return parser


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))


def run(args: argparse.Namespace) -> int:
    try:
        return run_command(args)
    except BrokenPipeError:
        # The reader went away (`... | head`): no traceback. Python's own advice: point stdout
        # at devnull so the flush at exit does not fail again, and exit 1 as Python does.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1

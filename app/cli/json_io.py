"""Shared by the file-only JSON commands (`remission compute`, `sentence dates`).

Contract for bad input: the results of the good cases go to stdout as one JSON document
{"results": [...]} in input order; each problem goes to stderr on its own line
("kasus <id>: <field>: <message>"); the exit code is 2 when there was any problem, else 0.
A file that cannot be read or is not JSON prints nothing on stdout and exits 2.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, EXIT_USAGE
from app.domain.remission.parse import InputProblem


class InputFileError(Exception):
    """The input file is missing, unreadable or not JSON."""


def read_json(name: str) -> Any:
    """Parse FILE.json (or stdin for "-")."""
    try:
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputFileError(f"Galat: berkas masukan tidak dapat dibaca: {name}: {exc}") from exc
    text = text.removeprefix("\ufeff")  # Notepad saves UTF-8 with a byte order mark
    if not text.strip():
        source = "masukan standar (stdin)" if name == "-" else f"berkas masukan {name}"
        raise InputFileError(f"Galat: {source} kosong: harus berisi satu objek JSON.")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputFileError(
            f"Galat: berkas masukan bukan JSON yang sah: {name} (baris {exc.lineno}, kolom {exc.colno}): {exc.msg}"
        ) from exc


def iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def emit(results: list[dict[str, Any]], problems: Iterable[InputProblem]) -> int:
    """Print results (stdout) and problems (stderr); the exit code."""
    json.dump({"results": results}, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    count = 0
    for problem in problems:
        print(f"Galat masukan: {problem}", file=sys.stderr)
        count += 1
    return EXIT_USAGE if count else EXIT_OK


def file_error(exc: InputFileError) -> int:
    print(str(exc), file=sys.stderr)
    return EXIT_USAGE

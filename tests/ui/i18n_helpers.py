"""The English translation file of the tests: its .ts source and the compiled .qm."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.paths import resource_path

TS = resource_path("i18n", "sibina_en.ts")
QM = TS.with_suffix(".qm")


def compile_qm() -> None:
    """The Makefile compiles the .qm before tests; compile it here when it is missing or stale."""
    if QM.exists() and QM.stat().st_mtime >= TS.stat().st_mtime:
        return
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(QM)], check=True)

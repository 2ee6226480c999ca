"""The translation files of the tests: the English .ts source and its compiled .qm, and Sibina's
Indonesian translation of Qt's own texts (qtbase_id)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.paths import resource_path

TS = resource_path("i18n", "sibina_en.ts")
QM = TS.with_suffix(".qm")
QT_TS = resource_path("i18n", "qtbase_id.ts")


def compile_qm() -> None:
    """The Makefile compiles the .qm files before tests; compile here any missing or stale."""
    for ts in (TS, QT_TS):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)

"""Running `python main.py ...` in a subprocess, as staff and scripts do."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_cli(
    *args: str, home: Path, password: str | None = None, timeout: float = 120, **env: str
) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("SIBINA_")}
    environ["SIBINA_HOME"] = str(home)
    environ["QT_QPA_PLATFORM"] = "offscreen"
    if password is not None:
        environ["SIBINA_PASSWORD"] = password
    environ.update(env)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        check=False,
    )

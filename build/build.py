"""Build the standalone Sibina program with PyInstaller (`make dist`, `make dist-onefile`).

    python build/build.py            -> dist/sibina/ (one folder: the program plus _internal/)
    python build/build.py --onefile  -> dist/onefile/sibina (sibina.exe on Windows), a single file
    python build/build.py --clean    -> forget PyInstaller's cache first (after library upgrades)

Work files go to build/.work/, output to dist/. Works the same on Linux and Windows.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "sibina.spec"
WORK = HERE / ".work"
DIST = ROOT / "dist"


def folder_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def pyinstaller(
    spec: Path, workpath: Path, distpath: Path, *, clean: bool, extra: list[str]
) -> None:
    """Run PyInstaller on a spec; extra arguments after `--` go to the spec itself."""
    cmd = [sys.executable, "-m", "PyInstaller", str(spec), "--noconfirm", "--log-level=WARN",
           "--workpath", str(workpath), "--distpath", str(distpath)]  # fmt: skip
    if clean:
        cmd.append("--clean")
    if extra:
        cmd += ["--", *extra]
    env = dict(os.environ, PYTHONHASHSEED="0")  # reproducible module order in the archive
    subprocess.run(cmd, check=True, cwd=ROOT, env=env)


def check_inputs() -> None:
    """Fail early, with the fix, when a generated input is missing."""
    i18n = ROOT / "resources" / "i18n"
    missing = [ts.name for ts in i18n.glob("*.ts") if not ts.with_suffix(".qm").exists()]
    if missing:
        raise SystemExit(f"Compiled translations missing for {missing}: run `make translations`.")
    if not (ROOT / "resources" / "icons" / "sibina.png").exists():
        subprocess.run([sys.executable, str(HERE / "make_icon.py")], check=True, cwd=ROOT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onefile", action="store_true", help="one executable file")
    parser.add_argument("--clean", action="store_true", help="clear PyInstaller's cache first")
    args = parser.parse_args(argv)
    check_inputs()
    started = time.monotonic()
    exe = "sibina.exe" if sys.platform == "win32" else "sibina"
    if args.onefile:
        target = DIST / "onefile" / exe  # not dist/sibina: that is the one-folder build
        pyinstaller(SPEC, WORK / "onefile", target.parent, clean=args.clean, extra=["--onefile"])
    else:
        target = DIST / "sibina"
        if target.exists():
            shutil.rmtree(target)
        pyinstaller(SPEC, WORK / "onefolder", DIST, clean=args.clean, extra=[])
    seconds = time.monotonic() - started
    size = folder_size(target) / 1_000_000
    print(f"Built {target.relative_to(ROOT)} in {seconds:.0f} s, {size:.0f} MB.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

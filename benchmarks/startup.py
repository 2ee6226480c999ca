"""Start-up and size of the standalone program (issue: standalone executable).

    python -m benchmarks startup [--runs N] [--rebuild]

1. Builds (if missing, or with --rebuild) dist/sibina with build/build.py, and a bare PySide6
   QMainWindow program (benchmarks/bare_window.py) frozen the same way into build/.work/bench/.
2. Times, in one run, N times each, alternating, after one warm-up run each, on a demo database
   (app/ui/startup_probe.py runs the real GUI start, `run_gui`):
   (a) the bare window: process start to its window exposed (both programs watch only their
       window's events: an application-wide Python event filter would slow what it measures);
   (b) Sibina: process start to its main window exposed: signed out, the login page showing
       "Membuka basis data…" (the database opens right after that paint) - the target;
   (c) Sibina: from the login submitted (the probe types the password and presses Enter once the
       login page is ready) to the signed-in window's tab painted: the Argon2 check, the login's
       audit write, the menus, the status bar and the tab on screen (measured in the process);
   (d) Sibina: process start to that tab painted with the automatic login: (b) + opening the
       database and services + (c), with no person's typing time.
   Prints the medians (and the fastest run: least disturbed on a busy machine), each one's ratio
   to the bare window (the verdict, target <= 1.5x, is for the median of (b)) and which heavy
   modules (for example SQLAlchemy) were already imported at (b).
3. Zips the one-folder bundle (symlinks kept as links, as `zip -y` does) and prints its size
   (target < 120 MB).
Qt runs offscreen unless QT_QPA_PLATFORM is set (for example under xvfb-run, to use xcb).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = "sibina-cli.exe" if sys.platform == "win32" else "sibina"  # Windows: the console one
SIBINA = ROOT / "dist" / "sibina" / EXE
WORK = ROOT / "build" / ".work" / "bench"
BARE = (
    WORK
    / "dist"
    / "bare_window"
    / ("bare_window.exe" if sys.platform == "win32" else "bare_window")
)
PASSWORD = "sibina2025"
RATIO_TARGET, ZIP_TARGET_MB = 1.5, 120
BENCHMARK = True


def build(rebuild: bool) -> None:
    if rebuild or not SIBINA.exists():
        subprocess.run([sys.executable, str(ROOT / "build" / "build.py")], check=True, cwd=ROOT)
    if rebuild or not BARE.exists():
        subprocess.run(
            [sys.executable, "-m", "PyInstaller", str(ROOT / "benchmarks" / "bare_window.spec"),
             "--noconfirm", "--log-level=WARN", "--workpath", str(WORK / "work"),
             "--distpath", str(WORK / "dist")],
            check=True, cwd=ROOT,
        )  # fmt: skip


def _children_cpu() -> float:
    try:
        import resource  # Unix only
    except ImportError:
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_to_shown(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(seconds until the program printed SHOWN, CPU seconds of the whole run, what it printed
    after SHOWN). CPU time says the same as the wall time on a quiet machine, and stays honest
    on a busy one."""
    cpu_before = _children_cpu()
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "SHOWN":
            elapsed = time.perf_counter() - started
            break
    else:
        proc.wait()
        raise RuntimeError(f"{cmd[0]} never showed its window: {proc.stderr.read()}")
    rest = proc.stdout.read()  # what follows SHOWN (the pipe's buffered part included)
    proc.communicate(timeout=60)
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[0]} exited {proc.returncode}")
    return elapsed, _children_cpu() - cpu_before, rest


def zipped_mb(folder: Path) -> float:
    """Size of the folder zipped with deflate, symlinks stored as links (what `zip -ry` makes)."""
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "bundle.zip"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            for path in sorted(folder.rglob("*")):
                name = str(Path(folder.name) / path.relative_to(folder))
                if path.is_symlink():
                    info = zipfile.ZipInfo(name)
                    info.create_system = 3  # Unix, so the mode bits below mean "symlink"
                    info.external_attr = 0o120777 << 16
                    archive.writestr(info, os.readlink(path))
                elif path.is_file():
                    archive.write(path, name)
        return target.stat().st_size / 1_000_000


def folder_mb(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1_000_000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks startup")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true", help="rebuild both bundles first")
    args = parser.parse_args(argv)
    build(args.rebuild)
    with tempfile.TemporaryDirectory(prefix="sibina-bench-") as home:
        env = {k: v for k, v in os.environ.items() if not k.startswith("SIBINA_")}
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.update(SIBINA_HOME=home, SIBINA_PASSWORD=PASSWORD)
        subprocess.run([str(SIBINA), "demo"], env=env, check=True, capture_output=True)
        programs = {
            "bare": ([str(BARE)], env),
            "first": ([str(SIBINA)], dict(env, SIBINA_STARTUP_PROBE="first")),
            "login": ([str(SIBINA)], dict(env, SIBINA_STARTUP_PROBE="admin")),
        }
        times: dict[str, list[float]] = {name: [] for name in programs}
        cpu: dict[str, list[float]] = {name: [] for name in programs}
        said: dict[str, list[dict[str, str]]] = {name: [] for name in programs}
        for cmd, program_env in programs.values():
            time_to_shown(cmd, program_env)  # warm-up: page cache, font cache, daily backup
        for _ in range(args.runs):
            for name, (cmd, program_env) in programs.items():
                wall, used, rest = time_to_shown(cmd, program_env)
                times[name].append(wall)
                cpu[name].append(used)
                said[name].append(dict(ln.split(" ", 1) for ln in rest.splitlines() if " " in ln))
    print(f"Start-up (median of {args.runs}, {env['QT_QPA_PLATFORM']}; fastest run in brackets; "
          f"CPU = that program's whole run, Unix only):")  # fmt: skip
    bare, bare_min = statistics.median(times["bare"]), min(times["bare"])
    in_process = [float(s["LOGIN_MS"]) / 1000 for s in said["login"]]
    verify = statistics.median(float(s["VERIFY_MS"]) for s in said["login"])
    rows = [
        ("(a) bare PySide6 QMainWindow bundle", times["bare"], cpu["bare"], ""),
        ("(b) Sibina: main window shown (login)", times["first"], cpu["first"], "target"),
        ("(c) Sibina: Enter -> tabs painted", in_process, None,
         f"password check {verify:.0f} ms of it"),
        ("(d) Sibina: start -> tabs, auto login", times["login"], cpu["login"], ""),
    ]  # fmt: skip
    for label, values, used, note in rows:
        seconds, fastest = statistics.median(values), min(values)
        line = f"  {label:40s} {seconds * 1000:5.0f} ms [{fastest * 1000:4.0f}]"
        line += f" (CPU {statistics.median(used) * 1000:5.0f} ms)" if used else " " * 16
        if label.startswith("(a)"):
            print(line)
            continue
        line += f"  {seconds / bare:4.2f}x bare [{fastest / bare_min:4.2f}x]"
        if note == "target":
            verdict = "OK" if seconds / bare <= RATIO_TARGET else "OVER TARGET"
            line += f" (target <= {RATIO_TARGET}x) {verdict}"
        elif note:
            line += f" ({note})"
        print(line)
    first = said["first"][-1]
    print(f"  at (b): window {first.get('WINDOW', '?')}, page {first.get('PAGE', '?')}; heavy "
          f"modules already imported: {first.get('HEAVY', '?')}")  # fmt: skip
    folder = SIBINA.parent
    size = zipped_mb(folder)
    verdict = "OK" if size < ZIP_TARGET_MB else "OVER TARGET"
    print(f"One-folder bundle: {folder_mb(folder):.0f} MB on disk, "
          f"{size:.1f} MB zipped (target < {ZIP_TARGET_MB} MB) {verdict}")  # fmt: skip
    print(f"  bare bundle for comparison: {folder_mb(BARE.parent):.0f} MB on disk")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

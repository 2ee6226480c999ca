"""Start-up and size of the standalone program (issue: standalone executable).

    python -m benchmarks startup [--runs N] [--rebuild]

1. Builds (if missing, or with --rebuild) dist/sibina with build/build.py, and a bare PySide6
   QMainWindow program (benchmarks/bare_window.py) frozen the same way into build/.work/bench/.
2. Times both from process start to a window exposed (each prints `SHOWN` then exits), N runs
   each, alternating, after one warm-up run each, on a demo database. Sibina is timed twice
   (app/ui/startup_probe.py): to its first shown window (the login dialog, the real GUI start;
   the database opens only after it is painted) and to its main window (logged in as admin by
   the probe: open_services with its checks, Argon2 check, MainWindow with every tab). Prints
   the medians, the ratios to the bare window (target <= 1.5x) and which heavy modules (for
   example SQLAlchemy) were already imported when the first window showed.
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
            "main": ([str(SIBINA)], dict(env, SIBINA_STARTUP_PROBE="admin")),
        }
        times: dict[str, list[float]] = {name: [] for name in programs}
        cpu: dict[str, list[float]] = {name: [] for name in programs}
        for cmd, program_env in programs.values():
            time_to_shown(cmd, program_env)  # warm-up: page cache, font cache, daily backup
        first_said = ""
        for _ in range(args.runs):
            for name, (cmd, program_env) in programs.items():
                wall, used, said = time_to_shown(cmd, program_env)
                times[name].append(wall)
                cpu[name].append(used)
                first_said = said if name == "first" else first_said
    median = {name: statistics.median(values) for name, values in times.items()}
    median_cpu = {name: statistics.median(values) for name, values in cpu.items()}
    print(f"Start-up until a window is shown (median of {args.runs}, {env['QT_QPA_PLATFORM']}; "
          f"CPU = whole run, Unix only):")  # fmt: skip
    labels = {
        "bare": "bare PySide6 QMainWindow bundle",
        "first": "Sibina: first shown window",
        "main": "Sibina: main window after login",
    }
    for name, label in labels.items():
        line = (
            f"  {label:37s} {median[name] * 1000:6.0f} ms (CPU {median_cpu[name] * 1000:5.0f} ms)"
        )
        if name != "bare":
            ratio = median[name] / median["bare"]
            verdict = "OK" if ratio <= RATIO_TARGET else "OVER TARGET"
            line += f"  ratio {ratio:.2f}x (target <= {RATIO_TARGET}x) {verdict}"
        print(line)
    probe = dict(line.split(" ", 1) for line in first_said.splitlines() if " " in line)
    print(f"  first window: {probe.get('WINDOW', '?')}; heavy modules already imported then: "
          f"{probe.get('HEAVY', '?')}")  # fmt: skip
    folder = SIBINA.parent
    size = zipped_mb(folder)
    verdict = "OK" if size < ZIP_TARGET_MB else "OVER TARGET"
    print(f"One-folder bundle: {folder_mb(folder):.0f} MB on disk, "
          f"{size:.1f} MB zipped (target < {ZIP_TARGET_MB} MB) {verdict}")  # fmt: skip
    print(f"  bare bundle for comparison: {folder_mb(BARE.parent):.0f} MB on disk")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Check the built one-folder bundle (CI runs this after `make dist`).

    python build/check_bundle.py [dist/sibina]

1. `sibina --version` prints the version of app/__init__.py.
2. `sibina --self-test` passes with networking unavailable (`unshare -n`, which needs root) and
   with a bare environment (no PYTHONPATH, no virtualenv on PATH): the bundle needs neither
   Python nor the network. Without unshare, it runs without the network sandbox and says so.
3. The translations of Qt's own texts are inside: Sibina's qtbase_id.qm (Qt ships no Indonesian)
   and Qt's qtbase_en.qm (collected by PyInstaller's PySide6 hook, filtered in bundle.py).
4. Portable mode: with a `portable` file beside the program, `sibina demo` writes its database to
   data/ beside it and nothing to the user's folders. The portable file and data/ are removed.
Exit 0 when all pass.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bundle import app_version  # noqa: E402

EXE = "sibina-cli.exe" if sys.platform == "win32" else "sibina"  # Windows: the console one


def bare_env(home: Path) -> dict[str, str]:
    """What a facility PC has: a PATH without the virtualenv, a HOME, no SIBINA_* variables."""
    env = {"PATH": os.defpath, "HOME": str(home), "LANG": "C.UTF-8"}
    for key in ("SYSTEMROOT", "TEMP", "TMP", "USERPROFILE", "APPDATA", "LOCALAPPDATA"):
        if key in os.environ:  # Windows needs these to start at all
            env[key] = os.environ[key]
    return env


def network_sandbox() -> list[str]:
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True).returncode == 0:
        return [unshare, "-n"]
    print("PERINGATAN: `unshare -n` tidak tersedia (perlu Linux dan root); uji mandiri dijalankan "
          "TANPA memutus jaringan.", flush=True)  # fmt: skip
    return []


def run(cmd: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    print("$", " ".join(cmd), flush=True)
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600, check=False)
    print(result.stdout + result.stderr, end="", flush=True)
    return result


def check_version(exe: Path, env: dict[str, str]) -> bool:
    result = run([str(exe), "--version"], env)
    return result.returncode == 0 and app_version() in result.stdout


def check_self_test(exe: Path, env: dict[str, str]) -> bool:
    result = run([*network_sandbox(), str(exe), "--self-test"], env)
    return result.returncode == 0 and "LULUS" in result.stdout


QT_TRANSLATIONS = ("resources/i18n/qtbase_id.qm", "translations/qtbase_en.qm")


def check_qt_translations(folder: Path) -> bool:
    found = {p.relative_to(folder).as_posix() for p in folder.rglob("qtbase_*.qm")}
    missing = [n for n in QT_TRANSLATIONS if not any(f.endswith(n) for f in found)]
    print(f"terjemahan Qt: {sorted(found)}; tidak ada: {missing or '-'}")
    return not missing


def check_portable(exe: Path, env: dict[str, str], home: Path) -> bool:
    folder = exe.parent
    marker, data = folder / "portable", folder / "data"
    if data.exists():
        print(f"{data} sudah ada; uji portabel dilewati agar data itu tidak terhapus")
        return False
    marker.touch()
    try:
        result = run([str(exe), "demo", "--inmates", "5"], env)
        db = data / "sibina.db"
        ok = result.returncode == 0 and db.is_file() and db.stat().st_size > 0
        leaked = [p for p in home.rglob("*") if "sibina" in p.name.lower()]
        if leaked:
            print(f"mode portabel menulis ke folder pengguna: {leaked}")
        print(f"{db}: {'ada' if db.is_file() else 'TIDAK ADA'}")
        return ok and not leaked
    finally:
        marker.unlink(missing_ok=True)
        shutil.rmtree(data, ignore_errors=True)


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else HERE.parent / "dist" / "sibina"
    exe = folder / EXE
    if not exe.is_file():
        print(f"{exe} tidak ada: jalankan `make dist` dulu")
        return 1
    with tempfile.TemporaryDirectory(prefix="sibina-check-") as tmp:
        home = Path(tmp)
        env = bare_env(home)
        results = {
            "versi": check_version(exe, env),
            "uji mandiri tanpa jaringan": check_self_test(exe, env),
            "terjemahan Qt": check_qt_translations(folder),
            "mode portabel": check_portable(exe, env, home),
        }
    for name, ok in results.items():
        print(f"{'OK  ' if ok else 'FAIL'} {name}")
    return 0 if all(results.values()) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

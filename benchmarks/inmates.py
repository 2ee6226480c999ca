"""The inmate register at scale (default 100,000 people), measured in one run.

    python -m benchmarks inmates [--inmates N] [--import-rows N]

Prints: building the demo register; opening the WBP tab to its first painted page (target
< 150 ms); each search keystroke to repainted results next to the raw SQLite query for the same
filter (count + first page through sqlite3; target: within 3x); the resident memory (target
< 300 MB); importing a 10,000-row XLSX (target < 10 s).

The demo register is built by `main.py demo` in a child process, as a facility's register is
there before Sibina is opened on it: the measured process is the program staff run (open the
tab, search, import), not the generator. Building 100,000 demo people in the measured process
left its heap at about 410 MB after the generator had finished (29 MB of it live Python
objects), which said nothing about the program.
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BENCHMARK = True
KEYS = ("s", "su", "sus", "susi", "susil", "susilo", "susilo ", "susilo a", "susilo ag")


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def raw_query(db: Path, words: list[str]) -> float:
    """The same filter as the tab (active people, every word in search_text), count + page 1."""
    where = "status IN ('tahanan','narapidana')" + "".join(
        " AND search_text LIKE ? ESCAPE '\\'" for _ in words
    )
    params = [f"%{w}%" for w in words]
    con = sqlite3.connect(db)
    try:
        start = time.perf_counter()
        con.execute(f"SELECT count(*) FROM inmates WHERE {where}", params).fetchone()
        con.execute(
            "SELECT id, reg_number, full_name, aliases, nik, sex, religion, status, reg_code, "
            f"block, cell, admission_date, detention_until FROM inmates WHERE {where} "
            "ORDER BY name_key, id LIMIT 100",
            params,
        ).fetchall()
        return time.perf_counter() - start
    finally:
        con.close()


def build_demo(db: Path, inmates: int) -> None:
    """The demo register in `db`, written by the command line in a child process."""
    main_py = Path(__file__).resolve().parents[1] / "main.py"
    command = [sys.executable, str(main_py), "--db", str(db), "demo", "--inmates", str(inmates)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks inmates")
    parser.add_argument("--inmates", type=int, default=100_000)
    parser.add_argument("--import-rows", type=int, default=10_000)
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from app.paths import DataPaths
    from app.services.container import open_services

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        paths = DataPaths(root, root / "b", root / "l", root / "s.ini", False)
        paths.ensure()
        db = root / "sibina.db"
        start = time.perf_counter()
        build_demo(db, args.inmates)
        print(f"demo register of {args.inmates:,} inmates built in {time.perf_counter() - start:.1f} s "
              f"(a child process); resident memory before opening it: {rss_mb():.0f} MB")  # fmt: skip
        services = open_services(f"sqlite:///{db}", paths)
        actor = services.auth.login("registrasi", "sibina2025")

        from app.ui.inmates.tab import InmatesTab

        start = time.perf_counter()
        tab = InmatesTab(services, actor)
        tab.resize(1200, 700)
        tab.show()
        tab.view.table.viewport().repaint()
        opened = time.perf_counter() - start
        app.processEvents()  # the deferred block list and expiry banner
        settled = time.perf_counter() - start
        print(f"open tab to first painted page: {opened * 1000:.0f} ms (target < 150 ms; "
              f"{tab.model.total():,} active rows, {tab.model.rowCount()} loaded); "
              f"with block filter and expiry banner filled: {settled * 1000:.0f} ms")  # fmt: skip

        ratios = []
        print("keystroke   tab (ms)   raw SQL (ms)   ratio   rows")
        for text in KEYS:
            start = time.perf_counter()
            tab.view.search.setText(text)
            tab.apply_filters()
            tab.view.table.viewport().repaint()
            app.processEvents()
            ui = time.perf_counter() - start
            raw = min(raw_query(db, text.split()) for _ in range(3))
            ratios.append(ui / raw)
            print(
                f"{text!r:<11} {ui * 1000:8.1f}   {raw * 1000:10.1f}   {ui / raw:5.2f}   {tab.model.total():,}"
            )
        print(
            f"keystroke/raw ratio: max {max(ratios):.2f}, mean {sum(ratios) / len(ratios):.2f} (target <= 3)"
        )
        print(f"resident memory after the tab: {rss_mb():.0f} MB (target < 300 MB)")

        from app.exchange.inmates_write import write_xlsx

        sheet = root / "import.xlsx"
        headers = ["No. Registrasi", "Nama", "NIK", "Jenis Kelamin", "Tanggal Lahir", "Agama",
                   "Status", "Blok", "Kamar", "Tanggal Masuk", "Pasal"]  # fmt: skip
        from app.domain.inmates.nik import make_nik

        rows = [[f"AI.{900_000 + n}/2025", f"Impor Fiktif {n}",
                 make_nik(f"3171{n % 20 + 1:02d}", date(1980 + n % 30, n % 12 + 1, n % 28 + 1), "L", n // 20 % 9999 + 1),
                 "L", date(1980 + n % 30, n % 12 + 1, n % 28 + 1), "Islam", "tahanan", "K", str(n % 20),
                 services.clock().date(), "Pasal 362 KUHP"] for n in range(args.import_rows)]  # fmt: skip
        write_xlsx(sheet, headers, rows)
        start = time.perf_counter()
        report = services.inmates.import_file(actor, sheet)
        took = time.perf_counter() - start
        issues = "; ".join(str(i) for i in report.issues[:3])
        print(f"import of {args.import_rows:,} XLSX rows: {took:.1f} s (target < 10 s), "
              f"written={report.written} {issues}")  # fmt: skip
        print(f"resident memory at the end: {rss_mb():.0f} MB")
        tab.close()
        services.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

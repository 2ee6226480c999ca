"""Run the benchmarks: `python -m benchmarks` runs all, `python -m benchmarks NAME [ARGS]` one.

A benchmark is a module in this folder with `main(argv) -> int` and `BENCHMARK = True`; each
prints ratios measured in one run (never absolute times compared with a fixed number).
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def benchmarks() -> dict[str, object]:
    found = {}
    for info in pkgutil.iter_modules([str(Path(__file__).parent)]):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"benchmarks.{info.name}")
        if getattr(module, "BENCHMARK", False):
            found[info.name] = module
    return found


def main(argv: list[str]) -> int:
    available = benchmarks()
    if argv and argv[0] in available:
        return available[argv[0]].main(argv[1:])
    if argv:
        print(f"unknown benchmark {argv[0]!r}; available: {', '.join(sorted(available))}")
        return 2
    failed = 0
    for name, module in sorted(available.items()):
        print(f"== {name}", flush=True)
        failed += 1 if module.main([]) else 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

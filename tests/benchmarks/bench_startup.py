"""(a) Start-up: process start -> main window painted, seeded database already created,
beside a bare PySide6 QMainWindow started the same way (fresh subprocess, offscreen).

Two moments of the program are measured: the main window shown (first paint; the issue's
target of at most 3x the bare window) and the municipality list filled with the 396 seeded
municipalities and painted (the window is shown before the database is open).

    python tests/benchmarks/bench_startup.py [--runs 9]
"""

from __future__ import annotations

import argparse
from typing import Any

from common import median, print_table, seeded_db
from runner import run_driver

TARGET_RATIO = 3.0


def measure(runs: int = 9) -> dict[str, Any]:
    db = seeded_db()
    run_driver("bare")  # warm-up: page cache, .pyc files
    run_driver("app", db=db)
    bare: list[float] = []
    app: list[float] = []
    loaded: list[float] = []
    for _ in range(runs):  # interleaved, so drift on a noisy machine hits both alike
        bare.append(run_driver("bare")["shown_ms"])
        result = run_driver("app", db=db)
        app.append(result["shown_ms"])
        loaded.append(result["loaded_ms"])
    return {
        "runs": runs, "bare_ms": bare, "app_ms": app, "loaded_ms": loaded,
        "bare_median": median(bare), "app_median": median(app),
        "loaded_median": median(loaded), "ratio": median(app) / median(bare),
        "loaded_ratio": median(loaded) / median(bare),
    }


def rows(result: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    ok = result["ratio"] <= TARGET_RATIO
    n = result["runs"]
    loaded_ok = result["loaded_ratio"] <= TARGET_RATIO
    return [
        (f"bare QMainWindow shown (median of {n})", f"{result['bare_median']:.0f} ms", "", ""),
        (f"advisor-app window shown, seeded DB (median of {n})",
         f"{result['app_median']:.0f} ms", "", ""),
        ("  ratio window shown / bare", f"{result['ratio']:.2f}x", f"<= {TARGET_RATIO:.0f}x",
         "OK" if ok else "MISSED"),
        (f"advisor-app list filled (396 rows) and painted (median of {n})",
         f"{result['loaded_median']:.0f} ms", "", ""),
        ("  ratio list filled / bare", f"{result['loaded_ratio']:.2f}x",
         f"(<= {TARGET_RATIO:.0f}x)", "OK" if loaded_ok else "over"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    result = measure(parser.parse_args().runs)
    print_table("Start-up (process start -> first paint of the main window)", rows(result))
    print("all runs (ms): bare", [round(v) for v in result["bare_ms"]],
          "shown", [round(v) for v in result["app_ms"]],
          "filled", [round(v) for v in result["loaded_ms"]])


if __name__ == "__main__":
    main()

"""All benchmarks, one table: ``./dev bench`` or ``python tests/benchmarks/run_all.py``."""

from __future__ import annotations

import argparse
import os
import platform
import time

import bench_protocol
import bench_search
import bench_startup
import bench_visit
from common import print_table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9, help="start-up runs of each kind")
    parser.add_argument("--search-runs", type=int, default=3)
    parser.add_argument("--protocol-runs", type=int, default=15)
    args = parser.parse_args()
    started = time.perf_counter()
    startup = bench_startup.measure(args.runs)
    search = bench_search.measure(args.search_runs)
    protocol = bench_protocol.measure(args.protocol_runs)
    visit = bench_visit.measure()
    print_table(
        f"advisor-app benchmarks ({platform.python_version()}, {os.cpu_count()} cores, "
        f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', '')}, "
        f"{time.perf_counter() - started:.0f} s)",
        bench_startup.rows(startup) + bench_search.rows(search) + bench_visit.rows(visit)
        + bench_protocol.rows(protocol),
    )


if __name__ == "__main__":
    main()

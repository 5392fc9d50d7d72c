"""(b) Search-as-you-type and (c) memory with the database grown to 50,000 partner regions
and 100,000 partnerships: load time, per-keystroke time until the filtered list has updated
and the events are processed, resident memory after the window is shown and a search done.

    python tests/benchmarks/bench_search.py [--runs 3] [--rounds 2]
"""

from __future__ import annotations

import argparse
from typing import Any

from common import BIG_PARTNERSHIPS, BIG_REGIONS, big_db, median, p95, print_table
from runner import run_driver

WORDS = ["Mönchengladbach", "bad mün", "05334", "Borken", "Köln"]
TARGET_KEY_MS = 16.0
TARGET_RSS_MB = 300.0


def measure(runs: int = 3, rounds: int = 2) -> dict[str, Any]:
    db = big_db()
    run_driver("app", db=db)  # warm-up
    results = [run_driver("app", "--search", ",".join(WORDS), "--rounds", str(rounds), db=db)
               for _ in range(runs)]
    keys = [ms for r in results for ms in r["keystrokes_ms"]]
    return {
        "runs": runs, "keystrokes": len(keys), "key_median": median(keys), "key_p95": p95(keys),
        "key_max": max(keys),
        "shown_median": median([r["shown_ms"] for r in results]),
        "loaded_median": median([r["loaded_ms"] for r in results]),
        "rss_shown": median([r["VmRSS_shown"] for r in results]),
        "rss_searched": median([r["VmRSS_searched"] for r in results]),
        "hwm_searched": median([r["VmHWM_searched"] for r in results]),
        "rows_after_word": results[0]["rows_after_word"][: len(WORDS)],
    }


def rows(result: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    key_ok = result["key_median"] <= TARGET_KEY_MS
    rss_ok = result["rss_searched"] < TARGET_RSS_MB
    n = result["runs"]
    return [
        (f"window shown, big DB (median of {n})", f"{result['shown_median']:.0f} ms", "", ""),
        ("municipality list filled, big DB", f"{result['loaded_median']:.0f} ms", "", ""),
        (f"keystroke -> list updated, median ({result['keystrokes']} keys)",
         f"{result['key_median']:.1f} ms", f"<= {TARGET_KEY_MS:.0f} ms",
         "OK" if key_ok else "MISSED"),
        ("keystroke -> list updated, p95", f"{result['key_p95']:.1f} ms", "", ""),
        ("keystroke -> list updated, max", f"{result['key_max']:.1f} ms", "", ""),
        ("RSS after window shown", f"{result['rss_shown']:.0f} MB", "", ""),
        ("RSS after search", f"{result['rss_searched']:.0f} MB", f"< {TARGET_RSS_MB:.0f} MB",
         "OK" if rss_ok else "MISSED"),
        ("peak RSS (VmHWM)", f"{result['hwm_searched']:.0f} MB", "", ""),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    result = measure(args.runs, args.rounds)
    print_table(f"Search and memory ({BIG_REGIONS:,} partner regions, {BIG_PARTNERSHIPS:,} "
                "partnerships)", rows(result))
    print("rows left after each word:", dict(zip(WORDS, result["rows_after_word"], strict=True)))


if __name__ == "__main__":
    main()

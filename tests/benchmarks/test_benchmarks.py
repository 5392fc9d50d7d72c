"""The benchmarks as tests that hold the targets (on demand, not in the default run):

    QT_QPA_PLATFORM=offscreen python -m pytest tests/benchmarks -s -o addopts="" -p no:randomly
"""

from __future__ import annotations

import bench_protocol
import bench_search
import bench_startup
import bench_visit
from common import print_table


def test_startup_within_three_times_a_bare_window() -> None:
    result = bench_startup.measure(runs=9)
    print_table("Start-up", bench_startup.rows(result))
    assert result["ratio"] <= bench_startup.TARGET_RATIO


def test_search_as_you_type_and_memory_with_a_big_database() -> None:
    result = bench_search.measure(runs=3)
    print_table("Search and memory", bench_search.rows(result))
    assert result["key_median"] <= bench_search.TARGET_KEY_MS
    assert result["rss_searched"] < bench_search.TARGET_RSS_MB


def test_visit_window_opens_and_saves_within_the_targets() -> None:
    result = bench_visit.measure(runs=9)
    print_table("Visit window (200 questions)", bench_visit.rows(result))
    assert result["open_median"] < bench_visit.TARGET_OPEN_MS
    assert result["save_median"] < bench_visit.TARGET_SAVE_MS
    assert result["key_paint_median"] <= bench_visit.TARGET_KEY_MS


def test_protocol_pdf_within_its_targets() -> None:
    result = bench_protocol.measure(runs=15)
    print_table("Consultation protocol PDF", bench_protocol.rows(result))
    for kind, target in bench_protocol.TARGETS.items():
        assert result[kind]["protocol"] < target

"""Property: laptops that edit, delete, restore and add children offline, with skewed clocks,
and sync in any order (duplicated and reordered delivery included) end identical.

The share is simulated in memory here (the change-file protocol has its own tests); every
laptop is a real SQLite file written through the real services and raw SQL, captured by the
real triggers, and merged by the real applier.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_harness import DAY_MS, Share, make_laptops, make_template

ACTIONS = st.sampled_from(["create_region", "edit_region", "add_child", "edit_partnership",
                           "delete", "delete_region", "restore", "edit_municipality", "sync",
                           "sync"])
STEP = st.tuples(ACTIONS, st.integers(0, 3), st.integers(0, 1000),
                 st.sampled_from(["", "Notiz A", "Notiz B", "Ratsbeschluss 2024"]),
                 st.booleans())


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("sync"))


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(laptop_count=st.integers(2, 4),
       offsets=st.lists(st.integers(-2 * DAY_MS, 2 * DAY_MS), min_size=4, max_size=4),
       steps=st.lists(STEP, min_size=1, max_size=25),
       order_seed=st.randoms(use_true_random=False))
def test_laptops_converge(template: Path, tmp_path_factory: pytest.TempPathFactory,
                          laptop_count: int, offsets: list[int], steps: list[Any],
                          order_seed: Any) -> None:
    laptops = make_laptops(template, tmp_path_factory.mktemp("laptops"), offsets[:laptop_count])
    share = Share()
    try:
        for kind, who, pick, text, replay in steps:
            laptop = laptops[who % laptop_count]
            if kind == "sync":
                laptop.publish(share)
                order = [lp.device for lp in laptops]
                order_seed.shuffle(order)
                laptop.pull(share, order, replay)
            else:
                laptop.act(kind, pick, text)
        for _ in range(2):
            for laptop in laptops:
                laptop.publish(share)
            for laptop in laptops:
                order = [lp.device for lp in laptops]
                order_seed.shuffle(order)
                laptop.pull(share, order, replay=True)
        first = laptops[0].state()
        for other in laptops[1:]:
            assert other.state() == first
        for laptop in laptops:  # nothing captured from applying
            assert laptop.con.execute(
                "SELECT count(*) FROM sync_outbox WHERE published = 0").fetchone()[0] == 0
    finally:
        for laptop in laptops:
            laptop.close()

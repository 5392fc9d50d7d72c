"""Hybrid logical clocks.

A clock value is one integer: ``physical_ms * 2**16 + logical``. It never goes backwards on
one laptop, and receiving a remote clock moves the local clock past it, so cause comes before
effect even when laptop clocks are skewed. Ties between laptops are broken by device id:
``(hlc, device)`` orders every change identically everywhere.
"""

from __future__ import annotations

import time

LOGICAL_BITS = 16
LOGICAL_MASK = (1 << LOGICAL_BITS) - 1

# The same formula the capture triggers use inside SQLite (see capture.py).
SQL_NOW = f"(CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) << {LOGICAL_BITS})"


def physical_ms(hlc: int) -> int:
    return hlc >> LOGICAL_BITS


def from_ms(ms: int) -> int:
    return ms << LOGICAL_BITS


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def tick(last: int, wall_ms: int | None = None) -> int:
    """The next local clock value after ``last`` (a local event)."""
    return max(from_ms(now_ms() if wall_ms is None else wall_ms), last + 1)


def receive(last: int, remote: int, wall_ms: int | None = None) -> int:
    """The local clock after seeing ``remote``: past both, never backwards."""
    return max(from_ms(now_ms() if wall_ms is None else wall_ms), last + 1, remote + 1)


def wins(a_hlc: int, a_device: str, b_hlc: int, b_device: str) -> bool:
    """True when version a beats version b (identical on every laptop)."""
    return (a_hlc, a_device) > (b_hlc, b_device)

"""Start the driver as a fresh subprocess and read its ``BENCH`` line."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from common import bench_env, fresh_copy

DRIVER = Path(__file__).resolve().parent / "driver.py"


def run_driver(mode: str, *args: str, db: Path | None = None) -> dict[str, Any]:
    """Run ``driver.py mode`` in a fresh process with its own HOME (and a private copy of
    ``db``); ``started_at`` is taken just before the process is created."""
    with tempfile.TemporaryDirectory(prefix="advisor-bench-") as folder:
        home = Path(folder)
        cmd = [sys.executable, str(DRIVER), mode, *args]
        if db is not None:
            cmd += ["--db", str(fresh_copy(db, home / "db"))]
        started_at = time.time()
        proc = subprocess.run(cmd, capture_output=True, text=True, env=bench_env(home),
                              timeout=600, stdin=subprocess.DEVNULL, check=False)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("BENCH ")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"driver {mode} failed ({proc.returncode}):\n"
                           f"{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}")
    result: dict[str, Any] = json.loads(lines[-1][len("BENCH "):])
    result["started_at"] = started_at
    result["shown_ms"] = (result["shown_at"] - started_at) * 1000
    if "loaded_at" in result:
        result["loaded_ms"] = (result["loaded_at"] - started_at) * 1000
    return result

"""Shared pieces of the benchmarks: cached databases, statistics, memory, the result table.

The benchmarks are run on demand (``./dev bench`` or ``python tests/benchmarks/run_all.py``);
they are not part of the default test run. Databases are built once and cached under
``$ADVISOR_BENCH_CACHE`` (default ``/tmp/advisor-app-bench``), keyed by the migration head.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import shutil
import sqlite3
import statistics
import sys
import time
import uuid
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # allow `python tests/benchmarks/x.py` from a source checkout
    sys.path.insert(0, str(ROOT))

from advisor_app.domain.enums import (  # noqa: E402
    AdminLevel,
    PartnershipKind,
    PartnershipStatus,
    Theme,
)

CACHE = Path(os.environ.get("ADVISOR_BENCH_CACHE", "/tmp/advisor-app-bench"))
BIG_REGIONS = 50_000
BIG_PARTNERSHIPS = 100_000
GENERATOR_VERSION = 1  # bump when the generated data changes


def _head() -> str:
    """Cache key: the migration head plus a hash of the persistence code and the seed data."""
    from advisor_app.persistence.migrate import head_revision

    digest = hashlib.sha256()
    sources = sorted((ROOT / "advisor_app" / "persistence").rglob("*.py"))
    for file in sources + sorted((ROOT / "resources" / "data").iterdir()):
        digest.update(file.name.encode() + file.read_bytes())
    return f"{head_revision()}-{digest.hexdigest()[:10]}"


def _checkpoint(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def seeded_db() -> Path:
    """A created, migrated and seeded database (cached; never opened by the app)."""
    path = CACHE / f"seeded-{_head()}.sqlite"
    if not path.exists():
        from advisor_app.persistence.database import open_database

        CACHE.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".building.sqlite")
        _remove_db(tmp)
        open_database(tmp).close()
        _checkpoint(tmp)
        _remove_db(tmp, keep_main=True)
        tmp.replace(path)
    return path


def big_db() -> Path:
    """The seeded database grown to 50,000 partner regions and 100,000 partnerships."""
    path = CACHE / f"big-{_head()}-v{GENERATOR_VERSION}.sqlite"
    if not path.exists():
        tmp = path.with_suffix(".building.sqlite")
        _remove_db(tmp)
        shutil.copy2(seeded_db(), tmp)
        started = time.perf_counter()
        grow_database(tmp, BIG_REGIONS, BIG_PARTNERSHIPS)
        _checkpoint(tmp)
        _remove_db(tmp, keep_main=True)
        tmp.replace(path)
        print(f"(built {path} in {time.perf_counter() - started:.1f} s)", file=sys.stderr)
    return path


def _remove_db(path: Path, keep_main: bool = False) -> None:
    suffixes = ("-wal", "-shm", ".lock") if keep_main else ("", "-wal", "-shm", ".lock")
    for suffix in suffixes:
        Path(str(path) + suffix).unlink(missing_ok=True)


def fresh_copy(src: Path, folder: Path, name: str = "advisor.sqlite") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    _remove_db(target)
    shutil.copy2(src, target)
    return target


SYLLABLES = ("ba", "ri", "lo", "san", "to", "mer", "vil", "ka", "no", "gra", "de", "sto",
             "ven", "ul", "mar", "pol", "che", "ru", "bel", "za", "har", "ni", "os", "tel")


def _place_name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def grow_database(path: Path, regions: int, partnerships: int, seed: int = 20260101) -> None:
    """Insert valid partner regions and partnerships (uuid ids, existence=1) in bulk.

    Spread over all municipalities and existing countries. When the sync capture is present,
    the rows are written like data merged from the share (``sync_state.applying = 1``), the
    way the seed data is, so no outbox entries are produced.
    """
    rng = random.Random(seed)
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=OFF")
        con.execute("PRAGMA foreign_keys=ON")
        countries = [r[0] for r in con.execute("SELECT iso2 FROM country WHERE iso2 != 'DE'")]
        municipalities = [r[0] for r in con.execute("SELECT id FROM municipality")]
        assert countries and municipalities, "seeded database expected"
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        capture = "sync_state" in tables
        if capture:
            con.execute("UPDATE sync_state SET applying = 1")
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
        levels = [a.value for a in AdminLevel]
        kinds = [k.value for k in PartnershipKind]
        statuses = [s.value for s in PartnershipStatus]
        themes = [t.value for t in Theme]
        region_ids = [str(uuid.uuid4()) for _ in range(regions)]
        con.executemany(
            "INSERT INTO partner_region (id, existence, created_at, updated_at, name,"
            " country_iso2, admin_level, lat, lon, under2_member, source)"
            " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (rid, now, now, _place_name(rng), rng.choice(countries), rng.choice(levels),
                 rng.uniform(-60, 70), rng.uniform(-180, 180), int(rng.random() < 0.02),
                 "Benchmark-Daten")
                for rid in region_ids
            ),
        )
        con.executemany(
            "INSERT INTO partnership (id, existence, created_at, updated_at, nrw_side_type,"
            " municipality_id, partner_region_id, kind, is_climate_partnership, status,"
            " since_year, themes, source)"
            " VALUES (?, 1, ?, ?, 'municipality', ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (str(uuid.uuid4()), now, now, rng.choice(municipalities),
                 rng.choice(region_ids), rng.choice(kinds), int(rng.random() < 0.1),
                 rng.choice(statuses), rng.randint(1950, 2025),
                 ";".join(sorted(rng.sample(themes, rng.randint(0, 3)))), "Benchmark-Daten")
                for _ in range(partnerships)
            ),
        )
        if capture:
            con.execute("UPDATE sync_state SET applying = 0")
        con.commit()
        problems = con.execute("PRAGMA foreign_key_check").fetchall()
        assert not problems, problems[:5]
    finally:
        con.close()


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def p95(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def rss_mb() -> float:
    """Resident memory of this process in MB, from /proc/self/status (VmRSS)."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("VmRSS not found")


PYCACHE = CACHE / "pycache"


def bench_env(home: Path) -> dict[str, str]:
    """Environment for a benchmark subprocess: offscreen, settings kept in ``home``.

    Bytecode is written (to ``$ADVISOR_BENCH_CACHE/pycache``, not into the source tree) and
    reused, as for an installed program or the bundle: the warm-up runs compile, the
    measured runs do not. (Some sandboxes set ``PYTHONDONTWRITEBYTECODE=1``; then every
    start would compile the program's own modules again, which no user's start does.)"""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {
        **env,
        "PYTHONPYCACHEPREFIX": str(PYCACHE),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }


def print_table(title: str, rows: Sequence[tuple[str, str, str, str]]) -> None:
    """Rows of (measure, value, target, verdict)."""
    header = ("Messgröße / measure", "value", "target", "")
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(4)]
    line = "-+-".join("-" * w for w in widths)
    print(f"\n{title}")
    print(line)
    for row in (header, *rows):
        print(" | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))
        if row is header:
            print(line)
    print(line)

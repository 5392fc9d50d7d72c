"""Sync benchmarks (issue 3 / SYNC.md "What cost it may have"), figures as medians:

1. 10,000 incoming changes into a database grown to 100,000 records, end to end
   (``sync_once`` on the receiving laptop: read, verify, fail-safe estimate, apply); target
   at most 2 s.
2. A sync with one changed record against a 1,000-record and a 100,000-record database:
   target under 1 s, and the same number of share operations for both (counted by a
   counting ``ShareFS`` wrapper).
3. The extra cost of change capture per saved record (1,000 saves with and without the
   capture triggers); target at most 2 ms.

    python tests/benchmarks/bench_sync.py [--runs 3]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from advisor_app.persistence.database import open_database  # noqa: E402
from advisor_app.persistence.models import REPLICATED_MODELS  # noqa: E402
from advisor_app.services import records  # noqa: E402
from advisor_app.services.inputs import PartnerRegionInput  # noqa: E402
from advisor_app.sync.capture import TRIGGER_PREFIX  # noqa: E402
from advisor_app.sync.engine import sync_once  # noqa: E402
from advisor_app.sync.fileops import LocalShareFS, ShareFS  # noqa: E402
from advisor_app.sync.outbox import new_device_id  # noqa: E402
from advisor_app.sync.share import init_space  # noqa: E402

T = TypeVar("T")
NAMESPACE = uuid.UUID("6a1b9a8e-3a57-4a57-9d43-7b0c9d2f5e10")


class CountingFS(ShareFS):
    """Counts every ShareFS operation, delegating to a real ``LocalShareFS``."""

    def __init__(self) -> None:
        self.inner = LocalShareFS()
        self.calls: Counter[str] = Counter()

    def _count(self, name: str, fn: Callable[..., T], *args: Any) -> T:
        self.calls[name] += 1
        return fn(*args)

    def read_bytes(self, path: Path) -> bytes:
        return self._count("read_bytes", self.inner.read_bytes, path)

    def exists(self, path: Path) -> bool:
        return self._count("exists", self.inner.exists, path)

    def is_dir(self, path: Path) -> bool:
        return self._count("is_dir", self.inner.is_dir, path)

    def write_new_file(self, path: Path, data: bytes) -> None:
        self._count("write_new_file", self.inner.write_new_file, path, data)

    def replace_file(self, path: Path, data: bytes) -> None:
        self._count("replace_file", self.inner.replace_file, path, data)

    def make_dirs(self, path: Path, inside: Path) -> None:
        self._count("make_dirs", self.inner.make_dirs, path, inside)

    def listdir(self, path: Path) -> list[str]:
        return self._count("listdir", self.inner.listdir, path)

    def mtime(self, path: Path) -> float:
        return self._count("mtime", self.inner.mtime, path)

    def remove_stale_tmp(self, folder: Path, older_than: float, now: float) -> int:
        return self._count("remove_stale_tmp", self.inner.remove_stale_tmp, folder,
                           older_than, now)


def record_count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return sum(con.execute(f"SELECT count(*) FROM {m.__tablename__}").fetchone()[0]
                   for m in REPLICATED_MODELS)
    finally:
        con.close()


def build_base(path: Path, records_total: int, seed: bool) -> Path:
    """A database with ``records_total`` replicated records (seed + generated partner
    regions, inserted without capture: the state after earlier syncs)."""
    db = open_database(path, seed=seed)
    db.close()
    missing = records_total - record_count(path)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("BEGIN")
    con.execute("UPDATE sync_state SET applying = 1")
    con.executemany(
        "INSERT INTO partner_region (id, existence, created_at, updated_at, name, "
        "country_iso2, admin_level, under2_member, source) VALUES (?, 1, '2026-01-01', "
        "'2026-01-01', ?, 'GH', 'municipality', 0, 'bench')",
        ((str(uuid.uuid5(NAMESPACE, str(n))), f"Region {n}") for n in range(missing)))
    con.execute("UPDATE sync_state SET applying = 0")
    con.execute("COMMIT")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path


def laptop(base: Path, target: Path) -> Path:
    shutil.copy2(base, target)
    con = sqlite3.connect(target, isolation_level=None)
    new_device_id(con)
    con.close()
    return target


def fresh_share(folder: Path) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    init_space(LocalShareFS(), folder)
    return folder


def bench_incoming(work: Path, base: Path, runs: int) -> dict[str, Any]:
    times, publish = [], []
    for run in range(runs):
        share = fresh_share(work / f"share-in-{run}")
        a = laptop(base, work / f"in-a-{run}.sqlite")
        b = laptop(base, work / f"in-b-{run}.sqlite")
        con = sqlite3.connect(a, isolation_level=None)
        con.execute("UPDATE partner_region SET notes = 'geändert ' || rowid WHERE rowid IN "
                    "(SELECT rowid FROM partner_region WHERE source = 'bench' "
                    "ORDER BY rowid LIMIT 10000)")
        con.close()
        db_a = open_database(a)
        start = time.perf_counter()
        sent = sync_once(db_a, share)
        publish.append(time.perf_counter() - start)
        db_a.close()
        db_b = open_database(b)
        start = time.perf_counter()
        got = sync_once(db_b, share, assume_yes=True)
        times.append(time.perf_counter() - start)
        db_b.close()
        assert sent.sent_changes == 10_000 and got.applied == 10_000, (sent, got)
    return {"records": record_count(base), "receive": times, "publish": publish,
            "files": sent.sent_files}


def bench_one_change(work: Path, base: Path, runs: int, tag: str) -> dict[str, Any]:
    share = fresh_share(work / f"share-one-{tag}")
    a_path = laptop(base, work / f"one-a-{tag}.sqlite")
    b_path = laptop(base, work / f"one-b-{tag}.sqlite")
    db_a, db_b = open_database(a_path), open_database(b_path)
    fs_a, fs_b = CountingFS(), CountingFS()
    sync_once(db_a, share, fs=fs_a)
    sync_once(db_b, share, fs=fs_b)  # steady state: both laptops known on the share
    send, receive, ops_send, ops_receive = [], [], [], []
    con = sqlite3.connect(a_path, isolation_level=None)
    for run in range(runs):
        con.execute("UPDATE partner_region SET notes = ? WHERE rowid = 1", (f"Lauf {run}",))
        fs_a.calls.clear()
        fs_b.calls.clear()
        start = time.perf_counter()
        sent = sync_once(db_a, share, fs=fs_a)
        send.append(time.perf_counter() - start)
        start = time.perf_counter()
        got = sync_once(db_b, share, fs=fs_b)
        receive.append(time.perf_counter() - start)
        assert sent.sent_changes == 1 and got.applied == 1, (sent, got)
        ops_send.append(sum(fs_a.calls.values()))
        ops_receive.append(sum(fs_b.calls.values()))
    con.close()
    db_a.close()
    db_b.close()
    return {"records": record_count(base), "send": send, "receive": receive,
            "ops_send": sorted(set(ops_send)), "ops_receive": sorted(set(ops_receive)),
            "calls_receive": dict(fs_b.calls)}


def bench_capture(work: Path, base: Path, runs: int, count: int = 1000) -> dict[str, Any]:
    results: dict[str, list[float]] = {"with": [], "without": []}
    for run in range(runs):
        for variant in ("with", "without"):
            path = laptop(base, work / f"cap-{variant}-{run}.sqlite")
            if variant == "without":
                con = sqlite3.connect(path, isolation_level=None)
                for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = "
                                           "'trigger' AND name LIKE ?",
                                           (f"{TRIGGER_PREFIX}%",)).fetchall():
                    con.execute(f'DROP TRIGGER "{name}"')
                con.close()
            db = open_database(path)
            start = time.perf_counter()
            for n in range(count):
                records.save(db, PartnerRegionInput(name=f"Gespeichert {run}-{n}",
                                                    country_iso2="GH", source="bench"))
            results[variant].append((time.perf_counter() - start) / count * 1000)
            captured = db.engine.connect().exec_driver_sql(
                "SELECT count(*) FROM sync_outbox").scalar()
            db.close()
            assert (captured > 0) == (variant == "with")
    return results


def ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.0f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp:
        work = Path(tmp)
        print("Building databases ...", flush=True)
        big = build_base(work / "big.sqlite", 100_000, seed=True)
        small = build_base(work / "small.sqlite", 1_000, seed=False)

        incoming = bench_incoming(work, big, args.runs)
        print(f"\n1. 10,000 incoming changes into {incoming['records']:,} records "
              f"({incoming['files']} files), end to end, median of {args.runs}:")
        print(f"   receiving laptop sync_once: {ms(incoming['receive'])}  (target <= 2000 ms)"
              f"   runs: {[round(t * 1000) for t in incoming['receive']]}")
        print(f"   sending laptop (encode + publish): {ms(incoming['publish'])}")

        print(f"\n2. One changed record, median of {max(args.runs, 5)} syncs:")
        for tag, base in (("small", small), ("big", big)):
            one = bench_one_change(work, base, max(args.runs, 5), tag)
            print(f"   {one['records']:>7,} records: send {ms(one['send'])}, receive "
                  f"{ms(one['receive'])} (target < 1000 ms); share operations send "
                  f"{one['ops_send']}, receive {one['ops_receive']} {one['calls_receive']}")

        capture = bench_capture(work, small, args.runs)
        with_ms = statistics.median(capture["with"])
        without_ms = statistics.median(capture["without"])
        print(f"\n3. Saving 1,000 records (records.save), median per record of {args.runs}:")
        print(f"   with capture {with_ms:.3f} ms, without {without_ms:.3f} ms, extra "
              f"{with_ms - without_ms:.3f} ms per record (target <= 2 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

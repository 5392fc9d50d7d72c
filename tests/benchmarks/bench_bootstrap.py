"""Bootstrap benchmark (issue 3, item 11): a new laptop starts from a 100,000-record snapshot.

1. Laptop A (cached under ``$ADVISOR_BENCH_CACHE``, keyed by a hash of the sync code, the
   migrations and the seed): the seeded database plus 50,000 partner regions and 50,000
   partnerships inserted with capture ON (real captured records: the triggers fill
   ``sync_outbox`` and ``sync_field``), then ``sync init`` + one ``sync_once`` to a share
   folder, so every change is published (the realistic state before a snapshot).
2. A writes a snapshot (``snapshots.write_now``, what ``advisor-app sync snapshot`` calls),
   then edits a few records and syncs again: the tail after the snapshot.
3. Laptop B (a fresh seeded database, new device id, same share): ``sync_once(B)`` end to
   end = load + verify the snapshot, merge it, apply the tail. Target at most 30 s.
   Checked afterwards: B's partner_region and partnership rows equal A's.
4. For comparison, laptop C replays everything from the change files (no snapshot).

    python tests/benchmarks/bench_bootstrap.py [--runs 3] [--no-replay] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import pstats
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from contextlib import closing
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
for extra in (ROOT, Path(__file__).resolve().parent):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from common import CACHE, seeded_db  # noqa: E402

from advisor_app.persistence.database import open_database  # noqa: E402
from advisor_app.sync.engine import connect, sync_once  # noqa: E402
from advisor_app.sync.fileops import LocalShareFS  # noqa: E402
from advisor_app.sync.outbox import device_id, new_device_id  # noqa: E402
from advisor_app.sync.report import SyncStatus  # noqa: E402
from advisor_app.sync.share import init_space, open_space  # noqa: E402
from advisor_app.sync.snapshots import write_now  # noqa: E402

REGIONS = 50_000
PARTNERSHIPS = 50_000
TAIL_EDITS = 40  # under the fail-safe limit (50 overwritten records ask first)
TAIL_NEW = 10
TARGET_S = 30.0
GENERATOR_VERSION = 1  # bump when the generated data changes
COMPARED = ("partner_region", "partnership")


def cache_key() -> str:
    """Hash of the sync code, the persistence code (migrations included), the seed data."""
    digest = hashlib.sha256(f"v{GENERATOR_VERSION}".encode())
    files = sorted((ROOT / "advisor_app" / "sync").glob("*.py"))
    files += sorted((ROOT / "advisor_app" / "persistence").rglob("*.py"))
    files += sorted((ROOT / "resources" / "data").iterdir())
    for file in files:
        digest.update(str(file.relative_to(ROOT)).encode() + file.read_bytes())
    return digest.hexdigest()[:12]


def _checkpoint(path: Path) -> None:
    with closing(sqlite3.connect(path)) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def copy_db(src: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copy2(src, target)
    return target


def with_new_device(src: Path, target: Path) -> Path:
    copy_db(src, target)
    with closing(sqlite3.connect(target, isolation_level=None)) as con:
        new_device_id(con)
    return target


def insert_captured(path: Path, seed: int = 20260301) -> None:
    """50,000 partner regions + 50,000 partnerships with plain ``executemany``, capture on."""
    rng = random.Random(seed)
    with closing(sqlite3.connect(path, isolation_level=None)) as con:
        con.execute("PRAGMA foreign_keys=ON")
        assert con.execute("SELECT applying FROM sync_state").fetchone()[0] == 0
        countries = [r[0] for r in con.execute("SELECT iso2 FROM country WHERE iso2 != 'DE'")]
        municipalities = [r[0] for r in con.execute("SELECT id FROM municipality")]
        now = "2026-03-01 12:00:00"
        region_ids = [str(uuid.UUID(int=rng.getrandbits(128), version=4))
                      for _ in range(REGIONS)]
        con.execute("BEGIN")
        con.executemany(
            "INSERT INTO partner_region (id, existence, created_at, updated_at, name, "
            "country_iso2, admin_level, lat, lon, under2_member, source, notes) "
            "VALUES (?, 1, ?, ?, ?, ?, 'municipality', ?, ?, 0, 'Benchmark-Daten', ?)",
            ((rid, now, now, f"Region {n}", rng.choice(countries), rng.uniform(-60, 70),
              rng.uniform(-180, 180), f"Notiz zu Region {n}")
             for n, rid in enumerate(region_ids)))
        con.executemany(
            "INSERT INTO partnership (id, existence, created_at, updated_at, nrw_side_type, "
            "municipality_id, partner_region_id, kind, is_climate_partnership, status, "
            "since_year, themes, source) VALUES (?, 1, ?, ?, 'municipality', ?, ?, "
            "'kontakt', 0, 'idea', ?, '', 'Benchmark-Daten')",
            ((str(uuid.UUID(int=rng.getrandbits(128), version=4)), now, now,
              rng.choice(municipalities), rng.choice(region_ids), rng.randint(1950, 2025))
             for _ in range(PARTNERSHIPS)))
        con.execute("COMMIT")
        assert not con.execute("PRAGMA foreign_key_check").fetchall()


def laptop_a() -> tuple[Path, Path, dict[str, Any]]:
    """The cached laptop A (all changes published) and its share folder."""
    folder = CACHE / f"bootstrap-{cache_key()}"
    info_file = folder / "build.json"
    if info_file.exists():
        info = json.loads(info_file.read_text())
        info["cached"] = True
        return folder / "a.sqlite", folder / "share", info
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    a = with_new_device(seeded_db(), folder / "a.sqlite")
    open_database(a).close()  # as the app opens it (triggers current)
    start = time.perf_counter()
    insert_captured(a)
    inserted = time.perf_counter() - start
    share = folder / "share"
    share.mkdir()
    init_space(LocalShareFS(), share)
    db = open_database(a)
    start = time.perf_counter()
    report = sync_once(db, share)
    published = time.perf_counter() - start
    db.close()
    assert report.status is SyncStatus.OK, report.problems
    _checkpoint(a)
    with closing(sqlite3.connect(a)) as con:
        outbox = con.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]
        fields = con.execute("SELECT count(*) FROM sync_field").fetchone()[0]
        pending = con.execute("SELECT count(*) FROM sync_outbox WHERE published = 0"
                              ).fetchone()[0]
    assert pending == 0
    info = {"insert_s": inserted, "publish_s": published, "files": report.sent_files,
            "changes": report.sent_changes, "outbox": outbox, "sync_field": fields}
    info_file.write_text(json.dumps(info))
    info["cached"] = False
    return a, share, info


def write_snapshot(path: Path, share: Path) -> tuple[float, Any]:
    """What ``advisor-app sync snapshot`` does."""
    with closing(connect(path)) as con:
        space_id = con.execute("SELECT space_id FROM sync_state").fetchone()[0]
        space = open_space(LocalShareFS(), share, space_id)
        start = time.perf_counter()
        manifest = write_now(con, space, device_id(con))
        return time.perf_counter() - start, manifest


def add_tail(path: Path, share: Path, run: int) -> int:
    """Edit some partner regions and add a few (capture on), publish them: the tail."""
    with closing(sqlite3.connect(path, isolation_level=None)) as con:
        con.execute("BEGIN")
        con.execute("UPDATE partner_region SET notes = ? || rowid WHERE rowid IN (SELECT rowid "
                    "FROM partner_region WHERE source = 'Benchmark-Daten' ORDER BY rowid "
                    "LIMIT ?)", (f"Nachtrag {run} ", TAIL_EDITS))
        con.executemany(
            "INSERT INTO partner_region (id, existence, created_at, updated_at, name, "
            "country_iso2, admin_level, under2_member, source) VALUES (?, 1, "
            "'2026-03-02', '2026-03-02', ?, 'GH', 'municipality', 0, 'Nachtrag')",
            ((str(uuid.uuid4()), f"Neu {run}-{n}") for n in range(TAIL_NEW)))
        con.execute("COMMIT")
    db = open_database(path)
    report = sync_once(db, share)
    db.close()
    assert report.status is SyncStatus.OK and report.sent_files >= 1, report.problems
    return report.sent_changes


def rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    from advisor_app.sync.capture import replicated_columns

    with closing(sqlite3.connect(path)) as con:
        cols = replicated_columns(con)
        return {t: con.execute(
            "SELECT " + ", ".join(f'"{c}"' for c in ["id", *cols[t]]) + f" FROM {t} ORDER BY id"
        ).fetchall() for t in COMPARED}


def new_laptop(work: Path, share: Path, name: str, profile: Path | None = None
               ) -> tuple[float, Any, Path]:
    path = with_new_device(seeded_db(), work / f"{name}.sqlite")
    db = open_database(path)
    profiler = cProfile.Profile() if profile else None
    start = time.perf_counter()
    if profiler:
        profiler.enable()
    report = sync_once(db, share)
    if profiler:
        profiler.disable()
    elapsed = time.perf_counter() - start
    db.close()
    if profiler and profile:
        profiler.dump_stats(profile)
    assert report.status is SyncStatus.OK, (report.status, report.problems, report.impacts)
    return elapsed, report, path


def check_equal(a: Path, b: Path) -> str:
    left, right = rows(a), rows(b)
    for table in COMPARED:
        assert len(left[table]) == len(right[table]), (table, len(left[table]),
                                                       len(right[table]))
        assert left[table] == right[table], f"{table}: rows differ"
    return ", ".join(f"{t} {len(left[t]):,}" for t in COMPARED)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-replay", action="store_true", help="skip the full replay")
    parser.add_argument("--profile", action="store_true",
                        help="cProfile the first bootstrap, print the top functions")
    args = parser.parse_args(argv)
    print("Laptop A (100,000 captured records) ...", flush=True)
    cached_a, cached_share, info = laptop_a()
    print(f"1. Laptop A {'(from cache; built' if info['cached'] else '(built'}: insert with "
          f"capture {info['insert_s']:.1f} s, first sync {info['publish_s']:.1f} s = "
          f"{info['changes']:,} changes in {info['files']} files; sync_field "
          f"{info['sync_field']:,} rows)")
    with tempfile.TemporaryDirectory(prefix="bench-bootstrap-") as tmp:
        work = Path(tmp)
        a = copy_db(cached_a, work / "a.sqlite")
        share = work / "share"
        shutil.copytree(cached_share, share)
        snap_s, manifest = write_snapshot(a, share)
        print(f"2. Snapshot written by A in {snap_s:.1f} s: {manifest.counts['field']:,} field "
              f"values, {manifest.size / 1e6:.1f} MB gzip")
        tail = add_tail(a, share, 0)
        print(f"   tail after the snapshot: {tail} changes")
        times = []
        profile = work / "bootstrap.prof" if args.profile else None
        for run in range(args.runs):
            elapsed, report, b = new_laptop(work, share, f"b{run}", profile if run == 0
                                            else None)
            assert report.bootstrapped_from == manifest.name, report.bootstrapped_from
            compared = check_equal(a, b)
            times.append(elapsed)
            print(f"   run {run + 1}: {elapsed:.1f} s (applied {report.applied:,}, "
                  f"{report.received_files} tail file(s)); B equals A: {compared}", flush=True)
            b.unlink()
        median = statistics.median(times)
        verdict = "ok" if median <= TARGET_S else "MISSED"
        print(f"3. Bootstrap of laptop B (sync_once: snapshot + tail), median of {len(times)}: "
              f"{median:.1f} s (target <= {TARGET_S:.0f} s: {verdict})")
        if profile:
            print("   profile of run 1 (cumulative, top 25):")
            pstats.Stats(str(profile), stream=sys.stdout).sort_stats("cumulative"
                                                                     ).print_stats(25)
        if not args.no_replay:
            plain = work / "share-replay"
            shutil.copytree(share, plain, ignore=shutil.ignore_patterns("snapshots"))
            elapsed, report, c = new_laptop(work, plain, "c")
            assert not report.bootstrapped_from
            compared = check_equal(a, c)
            print(f"4. Full replay without snapshot (laptop C, {report.received_files} change "
                  f"files, {report.received_changes:,} changes), 1 run: {elapsed:.1f} s; "
                  f"C equals A: {compared}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

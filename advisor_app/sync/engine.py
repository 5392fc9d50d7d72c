"""The sync engine: one run of "publish my changes, apply everybody else's" (SYNC.md).

``sync_once(db, share_root)`` is Qt-free and may run in a worker thread. It works on its own
plain ``sqlite3`` connection to the database file (autocommit; every step owns a short
transaction), so the window can keep editing while it runs. Order of a run:

1. open the space (``open_space``): a missing, unmounted or different share is reported and
   nothing is created or deleted; the first sync of a laptop stores the space id;
2. read the share's clock (warning over 5 minutes of skew);
3. apply kept fields of newer programs that this schema can store now (versions.py);
4. GDPR erasure orders (purges.py): publish this laptop's new ones, then carry out those of
   the other laptops, before any change file is published or applied (an erased person's
   data is never sent again, and late changes to them are ignored);
5. publish the outbox (publisher.py), unless the space requires a newer program (then
   nothing at all is written: no orders, no change files, no snapshots);
6. snapshots (snapshots.py): a laptop without cursors (new) merges the newest verified
   snapshot first; a stream that stops at a missing file which the newest snapshot covers
   (pruned while this laptop was away) merges it too and reads the tail again;
7. read the other laptops' new files (puller.py), hold back changes stamped more than 24 h in
   the future, estimate deletions/overwrites (failsafe.py) and pause unless ``assume_yes``;
8. apply file by file in causal order;
9. write a snapshot when an erasure order was sent or carried out in this run, or when
   ``SNAPSHOT_EVERY_FILES`` files came in since the newest snapshot; after writing one, prune
   what it covers (prune.py: files older than 30 days, and at once the files that hold an
   erased person); then this laptop's status.json (best effort; it lists the erasure orders
   carried out here: the acknowledgement).

``dry_run`` reads and computes everything (applying inside a transaction that is rolled
back) and writes nothing, neither locally nor on the share.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from advisor_app import __version__
from advisor_app.persistence.database import Database, DatabaseLocked
from advisor_app.sync import outbox
from advisor_app.sync.apply import cursors
from advisor_app.sync.capture import replicated_columns
from advisor_app.sync.erasure import applied_order_ids
from advisor_app.sync.failsafe import estimate_impact, needs_confirmation
from advisor_app.sync.fileops import LocalShareFS, ShareFS
from advisor_app.sync.hlc import now_ms
from advisor_app.sync.prune import RETENTION_DAYS, NoVerifiedSnapshot, prune
from advisor_app.sync.publisher import (
    Progress,
    last_published,
    publish_pending,
    schema_version,
)
from advisor_app.sync.puller import (
    Incoming,
    all_changes,
    apply_fetched,
    apply_released,
    fetch,
    quarantine_limit,
    released,
    split_future,
)
from advisor_app.sync.purges import apply_share_orders, publish_orders
from advisor_app.sync.report import SyncReport, SyncStatus
from advisor_app.sync.share import Space, open_space, share_clock_skew, write_status
from advisor_app.sync.share_errors import (
    ShareError,
    ShareUnavailable,
    SpaceMissing,
    StreamProblem,
    UpdateRequired,
    WrongSpace,
)
from advisor_app.sync.snapshot import Manifest, SnapshotInvalid
from advisor_app.sync.snapshots import (
    covered_gaps,
    is_new_laptop,
    load,
    merge,
    newest_manifest,
    newest_verified,
    snapshot_due,
    write_now,
)
from advisor_app.sync.versions import apply_unknown_now

__all__ = ["SyncReport", "SyncStatus", "connect", "open_conflicts", "sync_once"]

CLOCK_WARN_S = 300.0
_COMPLETED = (SyncStatus.OK, SyncStatus.PROBLEMS, SyncStatus.UPDATE_REQUIRED)
BUSY_TIMEOUT_MS = 10_000


def connect(path: Path) -> sqlite3.Connection:
    """The engine's connection: autocommit, foreign keys on, waits for other writers."""
    con = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    con.execute("PRAGMA foreign_keys=ON")
    con.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return con


def open_conflicts(con: sqlite3.Connection) -> int:
    return int(con.execute("SELECT count(*) FROM sync_conflict WHERE status = 'open'"
                           ).fetchone()[0])


def sync_once(db: Database, share_root: Path, *, fs: ShareFS | None = None,
              dry_run: bool = False, assume_yes: bool = False,
              progress: Progress | None = None) -> SyncReport:
    """One sync run against the share folder ``share_root``; never raises for share
    problems (they are in the report). ``DatabaseLocked`` when the database stays busy."""
    con = connect(db.path)
    try:
        return _run(con, share_root, fs or LocalShareFS(), dry_run=dry_run,
                    assume_yes=assume_yes, progress=progress)
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseLocked(db.path) from exc
        raise
    finally:
        con.close()


def _open(con: sqlite3.Connection, root: Path, fs: ShareFS,
          report: SyncReport) -> Space | None:
    expected = con.execute("SELECT space_id FROM sync_state WHERE id = 1").fetchone()[0]
    try:
        return open_space(fs, root, expected, allow_outdated=True)
    except ShareUnavailable as exc:
        report.status = SyncStatus.SHARE_UNAVAILABLE
        report.problems.append(str(exc))
    except SpaceMissing as exc:
        report.status = SyncStatus.SPACE_MISSING
        report.problems.append(str(exc))
    except WrongSpace as exc:
        report.status = SyncStatus.WRONG_SPACE
        report.problems.append(str(exc))
    except UpdateRequired as exc:  # a space format this program does not know
        report.status = SyncStatus.UPDATE_REQUIRED
        report.problems.append(str(exc))
    return None


def _share_clock(con: sqlite3.Connection, space: Space, device: str, report: SyncReport,
                 dry_run: bool) -> int:
    """The share's current time in ms (the laptop's own clock in a dry run: no writing)."""
    offset_ms = int(con.execute("SELECT clock_offset_ms FROM sync_state WHERE id = 1"
                                ).fetchone()[0])
    if dry_run:
        return now_ms() + offset_ms
    raw = share_clock_skew(space, device)  # share minus this machine's real clock
    skew = raw - offset_ms / 1000  # share minus this laptop's clock as it uses it
    report.clock_skew_s = skew
    if abs(skew) > CLOCK_WARN_S:
        direction = "nach" if skew > 0 else "vor"
        report.warnings.append(
            f"Die Uhr dieses Laptops geht gegenüber der Freigabe um {abs(skew) / 60:.0f} "
            f"Minuten {direction}. Bitte Datum und Uhrzeit des Laptops prüfen.")
    return now_ms() + int(raw * 1000)


def _run(con: sqlite3.Connection, root: Path, fs: ShareFS, *, dry_run: bool,
         assume_yes: bool, progress: Progress | None) -> SyncReport:
    report = SyncReport(dry_run=dry_run, device_id=outbox.device_id(con))
    space = _open(con, root, fs, report)
    if space is None:
        _finish(con, None, report, dry_run)
        return report
    report.space_id = space.space_id
    if not dry_run:
        con.execute("UPDATE sync_state SET space_id = ? WHERE id = 1 AND space_id IS NULL",
                    (space.space_id,))
    try:
        share_now = _share_clock(con, space, report.device_id, report, dry_run)
        if not dry_run:
            apply_unknown_now(con)
        if space.update_required:
            report.status = SyncStatus.UPDATE_REQUIRED
            report.problems.append(str(UpdateRequired(space.min_app_version,
                                                      space.app_version)))
        elif not dry_run:
            publish_orders(con, space, report)
        apply_share_orders(con, space, report, dry_run=dry_run)
        if not space.update_required:
            publish_pending(con, space, report, dry_run=dry_run, progress=progress)
        own = outbox.device_id(con)
        new_laptop = is_new_laptop(con)
        fetched = _fetch(con, space, own, report, dry_run=dry_run, assume_yes=assume_yes,
                         progress=progress)
        if fetched is None:  # the snapshot would delete or overwrite too much: paused
            _finish(con, space, report, dry_run)
            return report
        files = fetched
    except ShareUnavailable as exc:
        report.status = SyncStatus.SHARE_UNAVAILABLE
        report.problems.append(str(exc))
        _finish(con, None, report, dry_run)
        return report
    except ShareError as exc:  # e.g. the device id collided twice in one run
        report.problems.append(str(exc))
        _finish(con, None, report, dry_run)
        return report
    joined = new_laptop and bool(report.bootstrapped_from)
    _receive(con, space, files, own, share_now, report, dry_run=dry_run,
             assume_yes=assume_yes or joined, progress=progress)
    _maintain(con, space, report, dry_run)
    _finish(con, space, report, dry_run)
    return report


def _fetch(con: sqlite3.Connection, space: Space, own: str, report: SyncReport, *,
           dry_run: bool, assume_yes: bool, progress: Progress | None) -> list[Incoming] | None:
    """Fetch the new files, merging the newest snapshot first where it is needed (step 6).
    ``None`` when the fail-safe paused the snapshot merge."""
    if is_new_laptop(con):
        manifest = newest_manifest(space)
        # A new laptop takes the shared state as it is: the snapshot's (and, in _receive,
        # its tail's) changes to seeded records are not a mass change to ask about.
        if manifest is not None and any(d != own for d in manifest.covers) \
                and not _bootstrap(con, space, own, manifest, report, dry_run, True):
            return None
    gaps: dict[str, StreamProblem] = {}
    files = fetch(con, space, own, report, progress, gaps)
    if not gaps:
        return files
    manifest = newest_manifest(space)
    covered = covered_gaps(manifest, {d: e.seq for d, e in gaps.items()}) if manifest else []
    if not covered or manifest is None:
        return files
    for device in covered:
        report.problems.remove(str(gaps[device]))
    if not _bootstrap(con, space, own, manifest, report, dry_run, assume_yes):
        return None
    if dry_run:
        return files
    files = fetch(con, space, own, report, progress)  # the tail after the snapshot
    report.problems = list(dict.fromkeys(report.problems))
    return files


def _bootstrap(con: sqlite3.Connection, space: Space, own: str, manifest: Manifest,
               report: SyncReport, dry_run: bool, assume_yes: bool) -> bool:
    """Merge the snapshot of ``manifest`` (or the newest older one that verifies). False
    when the fail-safe pauses."""
    try:
        snapshot = load(space, manifest)
    except SnapshotInvalid:
        found = newest_verified(space)
        if found is None:
            report.problems.append(f"Der Gesamtstand {manifest.name} auf der Freigabe ist "
                                   "beschädigt; es gibt keinen anderen geprüften.")
            return True
        snapshot = found
    impacts = estimate_impact(con, snapshot.fields, replicated_columns(con))
    if needs_confirmation(impacts) and not assume_yes:
        report.impacts = impacts
        report.status = SyncStatus.PAUSED_FAILSAFE
        return False
    report.bootstrapped_from = snapshot.manifest.name
    if dry_run:
        return True
    stats = merge(con, snapshot, own)
    report.applied += stats.applied
    report.inserted += stats.inserted_rows
    report.lost += stats.lost
    report.new_conflicts += stats.conflicts
    report.revived += stats.revived
    return True


def _maintain(con: sqlite3.Connection, space: Space, report: SyncReport,
              dry_run: bool) -> None:
    """Step 9: a snapshot when useful, then pruning what it covers (best effort)."""
    if dry_run or space.update_required or report.status not in (SyncStatus.OK,
                                                                  SyncStatus.PROBLEMS):
        return
    own = outbox.device_id(con)
    erased = bool(report.purges_sent or report.purges_applied)
    try:
        if not (erased or snapshot_due(con, space, own)):
            return
        report.snapshot_written = write_now(con, space, own).name
        result = prune(con, space, own, older_than_days=RETENTION_DAYS, erased=erased)
        report.pruned_files = result.change_files + result.snapshots
    except (ShareUnavailable, NoVerifiedSnapshot) as exc:
        report.warnings.append(f"Gesamtstand/Aufräumen auf der Freigabe: {exc}")


def _receive(con: sqlite3.Connection, space: Space, files: list[Incoming], own: str,
             share_now: int, report: SyncReport, *, dry_run: bool, assume_yes: bool,
             progress: Progress | None) -> None:
    schema = replicated_columns(con)
    limit = quarantine_limit(share_now)
    split_future(files, limit)
    freed = released(con, limit)
    report.impacts = estimate_impact(con, all_changes(files, freed), schema)
    if needs_confirmation(report.impacts) and not assume_yes:
        report.status = SyncStatus.PAUSED_FAILSAFE
        return
    if dry_run:
        con.execute("BEGIN")
    try:
        apply_released(con, schema, freed, report, dry_run=dry_run)
        apply_fetched(con, schema, files, own, report, dry_run=dry_run, progress=progress)
    finally:
        if dry_run:
            con.execute("ROLLBACK")


def _finish(con: sqlite3.Connection, space: Space | None, report: SyncReport,
            dry_run: bool) -> None:
    if report.problems and report.status is SyncStatus.OK:
        report.status = SyncStatus.PROBLEMS
    report.device_id = outbox.device_id(con)
    report.conflicts = open_conflicts(con)
    report.pending = outbox.pending_count(con)
    if dry_run or space is None or report.status not in _COMPLETED:
        return
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    con.execute("UPDATE sync_state SET last_sync = ? WHERE id = 1", (now.isoformat(sep=" "),))
    applied = {d: s for d, (s, _) in sorted(cursors(con).items())}
    status = {
        "device_id": report.device_id,
        "last_seq": last_published(con, report.device_id)[0],
        "app_version": __version__,
        "schema_version": schema_version(),
        "applied": applied,
        "last_sync": now.isoformat(timespec="seconds") + "Z",
        "pending": report.pending,
        "open_conflicts": report.conflicts,
        "quarantined": int(con.execute("SELECT count(*) FROM sync_quarantine").fetchone()[0]),
        "applied_purge_orders": applied_order_ids(con),
    }
    try:
        write_status(space, report.device_id, status)
    except ShareUnavailable as exc:  # best effort: the next sync writes it again
        report.warnings.append(f"Status auf der Freigabe nicht geschrieben: {exc}")

"""Receiving the other laptops' change files (SYNC.md "Read").

1. ``fetch``: per other device, read its verified files from its cursor on (probing
   seq+1, seq+2, ...). A ``StreamProblem`` stops that device's stream at the bad file and is
   reported; the files before it are still used, other devices continue.
2. ``prepare``: split each file's changes into applicable ones and quarantined ones (stamped
   more than 24 h ahead of the share's clock).
3. ``apply_fetched``: apply file by file, each in one transaction with its cursor
   (``apply_batch``), in causal order: a file whose header ``deps`` name a (device, seq) not
   applied here yet waits (the loop goes on with other devices until nothing moves), so a
   partnership never arrives before the partner region it refers to.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from advisor_app.sync.apply import OutOfOrder, apply_batch, cursors
from advisor_app.sync.changefile import dumps
from advisor_app.sync.hlc import from_ms
from advisor_app.sync.merge import Applier, ApplyStats, Change
from advisor_app.sync.report import SyncReport, SyncStatus
from advisor_app.sync.share import Space, StreamItem, list_devices, read_stream
from advisor_app.sync.share_errors import ShareUnavailable, StreamProblem
from advisor_app.sync.wire import from_wire, is_valid

QUARANTINE_MS = 24 * 3_600_000
Progress = Callable[[str, int, int], None]


@dataclass
class Incoming:
    """One verified file of another device, split for applying."""

    device: str
    seq: int
    sha256: str
    deps: dict[str, int]
    changes: list[Change]
    quarantined: list[Change] = field(default_factory=list)


def _deps(item: StreamItem) -> dict[str, int]:
    raw = item.batch.header.extra.get("deps")
    if not isinstance(raw, Mapping):
        return {}
    return {str(d): s for d, s in raw.items() if isinstance(s, int) and not isinstance(s, bool)}


def _read(space: Space, device: str, after: int, prev: str) -> Iterator[StreamItem]:
    """``read_stream`` that re-probes once when a gap is reported at the end: the other laptop
    may have published its next file (and status) while we were reading."""
    last_seq, last_sha = after, prev
    try:
        for item in read_stream(space, device, after, prev):
            last_seq, last_sha = item.seq, item.sha256
            yield item
    except StreamProblem as exc:
        if exc.kind != "gap":
            raise
        yield from read_stream(space, device, last_seq, last_sha)


def fetch(con: sqlite3.Connection, space: Space, own: str, report: SyncReport,
          progress: Progress | None = None,
          gaps: dict[str, StreamProblem] | None = None) -> list[Incoming]:
    """Every new verified file of every other device. A vanished share stops fetching (status
    ``share_unavailable``); what was read and verified so far is returned and applied.
    ``gaps`` collects the devices whose stream stopped at a missing file (a snapshot may
    cover it: engine.py)."""
    have = cursors(con)
    found: list[Incoming] = []
    devices = [d for d in list_devices(space) if d != own]
    for number, device in enumerate(devices, 1):
        after, prev = have.get(device, (0, ""))
        try:
            for item in _read(space, device, after, prev):
                changes = [from_wire(c) for c in item.batch.changes]
                if not all(is_valid(c) for c in changes):
                    raise StreamProblem(device, item.seq, "corrupt",
                                        "die Datei enthält unlesbare Änderungen")
                found.append(Incoming(device, item.seq, item.sha256, _deps(item), changes))
        except StreamProblem as exc:
            report.problems.append(str(exc))
            if gaps is not None and exc.kind == "gap":
                gaps[device] = exc
        except ShareUnavailable as exc:
            report.status = SyncStatus.SHARE_UNAVAILABLE
            report.problems.append(str(exc))
            break
        if progress is not None:
            progress("lesen", number, len(devices))
    report.received_files = len(found)
    report.received_changes = sum(len(f.changes) for f in found)
    return found


def quarantine_limit(share_now_ms: int) -> int:
    return from_ms(share_now_ms + QUARANTINE_MS)


def split_future(files: list[Incoming], limit: int) -> None:
    for item in files:
        keep = [c for c in item.changes if c["h"] <= limit]
        if len(keep) != len(item.changes):
            item.quarantined = [c for c in item.changes if c["h"] > limit]
            item.changes = keep


def released(con: sqlite3.Connection, limit: int) -> list[tuple[int, Change]]:
    """Quarantined changes that are no longer too far in the future (id, change)."""
    return [(qid, json.loads(text)) for qid, text in con.execute(
        "SELECT id, change FROM sync_quarantine WHERE hlc <= ? ORDER BY id", (limit,))]


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")


def _hold(con: sqlite3.Connection, item: Incoming) -> None:
    """Keep the quarantined changes of a file (committed before the file is applied; a file
    applied again after a crash adds no duplicates)."""
    con.execute("BEGIN IMMEDIATE")
    try:
        for change in item.quarantined:
            text = dumps(change)
            con.execute(
                "INSERT INTO sync_quarantine (device, seq, hlc, change, received_at) "
                "SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM sync_quarantine "
                "WHERE device = ? AND seq = ? AND change = ?)",
                (item.device, item.seq, change["h"], text, _now(), item.device, item.seq,
                 text))
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _add(report: SyncReport, stats: ApplyStats) -> None:
    report.applied += stats.applied
    report.inserted += stats.inserted_rows
    report.lost += stats.lost
    report.new_conflicts += stats.conflicts
    report.revived += stats.revived


def apply_released(con: sqlite3.Connection, schema: dict[str, list[str]],
                   items: list[tuple[int, Change]], report: SyncReport, *,
                   dry_run: bool) -> None:
    if not items:
        return
    if not dry_run:
        con.execute("BEGIN IMMEDIATE")
    try:
        _add(report, Applier(con, schema).apply([c for _, c in items]))
        if not dry_run:
            con.executemany("DELETE FROM sync_quarantine WHERE id = ?",
                            [(qid,) for qid, _ in items])
            con.execute("COMMIT")
    except BaseException:
        if not dry_run:
            con.execute("ROLLBACK")
        raise
    report.released += len(items)


def apply_fetched(con: sqlite3.Connection, schema: dict[str, list[str]],
                  files: list[Incoming], own: str, report: SyncReport, *, dry_run: bool,
                  progress: Progress | None = None) -> None:
    """Apply in causal order. With ``dry_run`` the caller holds an open transaction that it
    rolls back: changes are applied inside it without cursors or quarantine rows."""
    queues: dict[str, list[Incoming]] = {}
    for item in files:
        queues.setdefault(item.device, []).append(item)
    have = {d: s for d, (s, _) in cursors(con).items()}
    done, total = 0, len(files)
    moved = True
    while moved:
        moved = False
        for device, queue in queues.items():
            while queue:
                item = queue[0]
                if any(d != own and have.get(d, 0) < s for d, s in item.deps.items()):
                    break  # causal delivery: wait until what its author had seen is here
                if not _apply_one(con, schema, item, report, dry_run):
                    queue.clear()
                    break
                have[device] = item.seq
                queue.pop(0)
                moved = True
                done += 1
                if progress is not None:
                    progress("übernehmen", done, total)
    for device, queue in queues.items():
        if queue:
            report.waiting[device] = len(queue)
            report.warnings.append(
                f"{len(queue)} Datei(en) von Gerät {device[:8]} warten auf Änderungen anderer "
                "Geräte, die hier noch fehlen; sie werden beim nächsten Abgleich übernommen.")


def _apply_one(con: sqlite3.Connection, schema: dict[str, list[str]], item: Incoming,
               report: SyncReport, dry_run: bool) -> bool:
    try:
        if dry_run:
            stats: ApplyStats | None = Applier(con, schema).apply(item.changes)
        else:
            if item.quarantined:
                _hold(con, item)
            stats = apply_batch(con, device=item.device, seq=item.seq, sha256=item.sha256,
                                changes=item.changes)
    except (sqlite3.IntegrityError, OutOfOrder) as exc:
        report.problems.append(
            f"Änderungen von Gerät {item.device} ab Datei {item.seq} können nicht übernommen "
            f"werden ({exc}). Es wird beim nächsten Abgleich erneut versucht.")
        return False
    report.quarantined += len(item.quarantined)
    if stats is not None:
        _add(report, stats)
    return True


def all_changes(files: list[Incoming], extra: list[tuple[int, Any]]) -> list[Change]:
    return [c for f in files for c in f.changes] + [c for _, c in extra]

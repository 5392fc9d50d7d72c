"""Removing change files and old snapshots that a verified snapshot replaces (SYNC.md
"Change files covered by a verified snapshot may be removed after 30 days").

Only ever removed, relative to the newest snapshot that *verifies* (manifest, size, sha256,
header): change files of a device up to the seq the snapshot covers for it, and older
snapshots (manifest first, so a half-removed one is merely incomplete), each only when its
mtime on the share is more than ``older_than_days`` in the past (share clock). Files not
covered, younger files, the newest snapshot, purge orders and status files stay.

GDPR: with ``erased=True`` (the engine passes it after an erasure order was published or
carried out and a snapshot was written) covered files and older snapshots that hold a
record named by an erasure order are removed whatever their age: after the next snapshot
no byte of the person remains on the share. A laptop that had not read them yet finds a gap
that the snapshot covers and merges the snapshot instead (engine.py).

Listing a device's log folder is done here only (a rare maintenance step); reading changes
never lists.
"""

from __future__ import annotations

import gzip
import json
import re
import sqlite3
import time
import zlib
from dataclasses import dataclass

from advisor_app.sync.share import (
    STALE_TMP_SECONDS,
    Space,
    list_snapshots,
    share_clock_skew,
)
from advisor_app.sync.snapshot import MANIFEST_SUFFIX, SNAP_SUFFIX
from advisor_app.sync.snapshots import newest_verified

RETENTION_DAYS = 30.0
_CHANGE_FILE = re.compile(r"(\d{12})\.chg\.gz")


class NoVerifiedSnapshot(LookupError):
    def __str__(self) -> str:
        return ("Auf der Freigabe gibt es keinen geprüften Gesamtstand; es wurde nichts "
                "entfernt (zuerst: advisor-app sync snapshot).")


@dataclass(frozen=True)
class PruneResult:
    snapshot: str  # the verified snapshot that covers what was removed
    change_files: int
    snapshots: int
    kept_young: int  # covered, but not old enough yet


def _holds(data: bytes, needles: list[bytes]) -> bool:
    try:
        text = gzip.decompress(data)
    except (EOFError, OSError, zlib.error):
        text = data
    return any(n in text for n in needles)


def prune(con: sqlite3.Connection, space: Space, own: str, *,
          older_than_days: float = RETENTION_DAYS, erased: bool = False) -> PruneResult:
    snapshot = newest_verified(space)
    if snapshot is None:
        raise NoVerifiedSnapshot()
    fs = space.fs
    now = time.time() + share_clock_skew(space, own)
    cutoff = now - older_than_days * 86_400
    needles = [json.dumps(r[0]).encode() for r in con.execute(
        "SELECT row_id FROM sync_purge")] if erased else []

    removed = kept = 0
    for device, (upto, _) in sorted(snapshot.manifest.covers.items()):
        folder = space.device_dir(device) / "log"
        if not fs.is_dir(folder):
            continue
        for name in fs.listdir(folder):  # sorted: oldest first, the rest stays contiguous
            match = _CHANGE_FILE.fullmatch(name)
            if match is None or int(match.group(1)) > upto:
                continue
            path = folder / name
            old = fs.mtime(path) <= cutoff
            if old or (needles and _holds(fs.read_bytes(path), needles)):
                removed += fs.remove_file(path)
            else:
                kept += 1
    newest = snapshot.manifest.name[: -len(SNAP_SUFFIX)]
    stems: dict[str, list[str]] = {}
    for name in list_snapshots(space):
        for suffix in (MANIFEST_SUFFIX, SNAP_SUFFIX):
            if name.endswith(suffix) and name[: -len(suffix)] < newest:
                stems.setdefault(name[: -len(suffix)], []).append(name)
    gone = 0
    for stem, names in sorted(stems.items()):
        paths = [space.dir / "snapshots" / n for n in sorted(
            names, key=lambda n: not n.endswith(MANIFEST_SUFFIX))]  # manifest first
        stale = all(fs.mtime(p) <= cutoff for p in paths)
        snap = space.dir / "snapshots" / (stem + SNAP_SUFFIX)
        if stale or (needles and fs.exists(snap) and _holds(fs.read_bytes(snap), needles)):
            for path in paths:  # a half-removed snapshot is incomplete, never damaged
                gone += fs.remove_file(path)
    fs.remove_stale_tmp(space.dir / "snapshots", STALE_TMP_SECONDS, now)  # interrupted writes
    return PruneResult(snapshot=snapshot.manifest.name, change_files=removed, snapshots=gone,
                       kept_young=kept)

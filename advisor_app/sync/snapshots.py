"""Snapshots on the share: writing one, finding the newest verified one, and merging it into
this laptop (bootstrap of a new laptop, recovery of a laptop whose files were pruned).

Merging never restores over local state: the snapshot's field versions go through the
applier like changes that just arrived (the higher (hlc, device) wins, losers go to the
history, concurrent versions stay heads), so unsent local changes survive and are published
as usual; then each device's cursor moves to what the snapshot covers (never backwards) and
the newer files are applied as the tail. Erasure orders in the snapshot are carried out
first. Format: snapshot.py.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from advisor_app.sync import erasure
from advisor_app.sync import hlc as clock
from advisor_app.sync.apply import cursors
from advisor_app.sync.capture import replicated_columns
from advisor_app.sync.changefile import dumps
from advisor_app.sync.merge import Applier, ApplyStats
from advisor_app.sync.share import Space, list_snapshots, read_snapshot, write_snapshot
from advisor_app.sync.snapshot import (
    MANIFEST_SUFFIX,
    Covers,
    Manifest,
    Snapshot,
    SnapshotInvalid,
    build,
    decode,
)

# The engine writes a snapshot by itself when this laptop has taken in (applied or
# published) this many change files beyond the newest snapshot it knows, and after every
# erasure order it published or carried out (so that pruning can clean the share).
SNAPSHOT_EVERY_FILES = 500
WRITTEN, MERGED, SEEN = 1, 0, 2


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")


def manifest_names(space: Space) -> list[str]:
    """Manifest names on the share, newest first."""
    if not space.fs.is_dir(space.dir / "snapshots"):
        return []
    return sorted((n for n in list_snapshots(space) if n.endswith(MANIFEST_SUFFIX)),
                  reverse=True)


def newest_manifest(space: Space) -> Manifest | None:
    """The newest readable manifest (its snapshot is not verified yet)."""
    for name in manifest_names(space):
        data = read_snapshot(space, name)
        if data is None:
            continue
        try:
            return Manifest.from_json(data)
        except SnapshotInvalid:
            continue
    return None


def load(space: Space, manifest: Manifest) -> Snapshot:
    """The verified snapshot of ``manifest`` (``SnapshotInvalid`` when damaged or gone)."""
    data = read_snapshot(space, manifest.name)
    if data is None:
        raise SnapshotInvalid(f"{manifest.name} fehlt")
    return decode(data, manifest)


def newest_verified(space: Space) -> Snapshot | None:
    """The newest snapshot that verifies (older ones are tried when a newer one is damaged)."""
    for name in manifest_names(space):
        data = read_snapshot(space, name)
        if data is None:
            continue
        try:
            return load(space, Manifest.from_json(data))
        except SnapshotInvalid:
            continue
    return None


def _remember(con: sqlite3.Connection, manifest: Manifest, kind: int) -> None:
    con.execute(
        "INSERT INTO sync_snapshot (name, hlc, device, covers, written, at) VALUES "
        "(?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET written = min(written, "
        "excluded.written)",
        (manifest.name, manifest.hlc, manifest.device,
         dumps({d: list(v) for d, v in manifest.covers.items()}), kind, _now()))


def write_now(con: sqlite3.Connection, space: Space, device: str) -> Manifest:
    """Write this laptop's state as a new snapshot (then its manifest). ``con`` autocommit.
    ``ShareUnavailable`` propagates; a snapshot without manifest counts as never written."""
    last, offset = con.execute("SELECT hlc, clock_offset_ms FROM sync_state WHERE id = 1"
                               ).fetchone()
    stamp = clock.tick(last, clock.now_ms() + offset)
    con.execute("UPDATE sync_state SET hlc = ? WHERE id = 1", (stamp,))
    data, manifest = build(con, device, stamp)
    space.fs.make_dirs(space.dir / "snapshots", inside=space.dir)
    write_snapshot(space, manifest.name, data)
    write_snapshot(space, manifest.manifest_name, manifest.to_json())
    _remember(con, manifest, WRITTEN)
    return manifest


def _total(covers: Covers) -> int:
    return sum(seq for seq, _ in covers.values())


def files_since_snapshot(con: sqlite3.Connection, device: str) -> int:
    """Change files this laptop has taken in beyond the newest snapshot it knows of."""
    from advisor_app.sync.snapshot import current_covers

    row = con.execute("SELECT covers FROM sync_snapshot ORDER BY hlc DESC LIMIT 1").fetchone()
    known: Covers = {}
    if row:
        known = {d: (int(v[0]), str(v[1])) for d, v in json.loads(row[0]).items()}
    return _total(current_covers(con, device)) - _total(known)


def snapshot_due(con: sqlite3.Connection, space: Space, device: str) -> bool:
    """Whether enough files came in since the newest snapshot (reads the share only when
    the local count says so: one listing and one manifest)."""
    if files_since_snapshot(con, device) < SNAPSHOT_EVERY_FILES:
        return False
    newest = newest_manifest(space)
    if newest is not None:
        _remember(con, newest, SEEN)
    return files_since_snapshot(con, device) >= SNAPSHOT_EVERY_FILES


def covered_gaps(manifest: Manifest, gaps: dict[str, int]) -> list[str]:
    """Devices whose stream stopped at a missing file that ``manifest`` covers."""
    return [d for d, seq in gaps.items() if manifest.covers.get(d, (0, ""))[0] >= seq]


def is_new_laptop(con: sqlite3.Connection) -> bool:
    return not cursors(con)


def merge(con: sqlite3.Connection, snapshot: Snapshot, own: str) -> ApplyStats:
    """Merge a verified snapshot into this laptop (see the module docstring)."""
    for order in snapshot.purges:
        erasure.apply_order(con, order, local=False)
    schema = replicated_columns(con)
    con.execute("BEGIN IMMEDIATE")
    try:
        applier = Applier(con, schema)
        stats = applier.apply(snapshot.fields + snapshot.unknown)
        heads = applier.apply(snapshot.heads)  # rows exist now: concurrent versions stay
        stats.lost += heads.lost
        stats.conflicts += heads.conflicts
        for change in snapshot.quarantine:
            text = dumps(change)
            con.execute(
                "INSERT INTO sync_quarantine (device, seq, hlc, change, received_at) "
                "SELECT ?, 0, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM sync_quarantine "
                "WHERE change = ?)", (snapshot.manifest.device, change["h"], text, _now(), text))
        have = cursors(con)
        for device, (seq, sha) in snapshot.manifest.covers.items():
            if device != own and seq > have.get(device, (0, ""))[0]:
                con.execute(
                    "INSERT INTO sync_cursor (device, seq, sha256) VALUES (?, ?, ?) ON "
                    "CONFLICT (device) DO UPDATE SET seq = excluded.seq, sha256 = excluded.sha256",
                    (device, seq, sha))
        _remember(con, snapshot.manifest, MERGED)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return stats

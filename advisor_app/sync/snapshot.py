"""Snapshots (SYNC.md): the full mergeable state of one laptop, for new laptops and for
laptops whose change files were pruned.

Two immutable files in ``snapshots/``, named by the writer's clock and device id:

``<hlc:020d>-<device>.snap.gz``
    gzip (mtime 0) of UTF-8 JSON lines; the first line is the header
    ``{"format": "advisor-snapshot/1", "device", "hlc", "schema_version", "app_version",
    "covers": {device: [seq, sha256]}, "counts": {kind: n}}``, then one line per item:
    ``{"k": "field", ...change}`` the current value of every replicated field that has a
    version (``sync_field``; seeded values that nobody changed are on every laptop anyway),
    with that version and the version its editor had seen; ``{"k": "head", ...change}`` the
    concurrent versions still open (``sync_head``: conflicts survive a bootstrap);
    ``{"k": "unknown", ...change}`` fields of newer programs kept here (versions.py);
    ``{"k": "purge", ...order}`` every erasure order known (ids only);
    ``{"k": "quarantine", ...change}`` changes held back for a clock in the future.
``<hlc:020d>-<device>.manifest.json``
    written after the snapshot, so its presence means "complete": format, the snapshot's
    name, size and sha256, the header's covers and counts.

A snapshot is *verified* when its manifest parses, the snapshot's bytes have the manifest's
sha256 and its header matches the manifest. ``covers`` names, per device, the last change
file whose effects the state contains (the writer's cursors and its own last published
file); files up to there may be pruned once the snapshot is verified.
"""

from __future__ import annotations

import gzip
import json
import sqlite3
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from advisor_app import __version__
from advisor_app.sync.apply import cursors
from advisor_app.sync.capture import replicated_columns
from advisor_app.sync.changefile import dumps, file_sha256
from advisor_app.sync.erasure import PurgeOrder
from advisor_app.sync.merge import Change
from advisor_app.sync.publisher import last_published, schema_version
from advisor_app.sync.versions import kept_unknown
from advisor_app.sync.wire import from_wire, is_valid, to_wire

FORMAT = "advisor-snapshot/1"
MANIFEST_FORMAT = "advisor-snapshot-manifest/1"
SNAP_SUFFIX = ".snap.gz"
MANIFEST_SUFFIX = ".manifest.json"
KINDS = ("field", "head", "unknown", "purge", "quarantine")

Covers = dict[str, tuple[int, str]]


class SnapshotInvalid(ValueError):
    """A snapshot or manifest that is damaged, incomplete or of an unknown format."""


@dataclass(frozen=True)
class Manifest:
    name: str  # the snapshot file's name
    sha256: str
    size: int
    device: str
    hlc: int
    schema_version: int
    covers: Covers
    counts: dict[str, int]

    @property
    def manifest_name(self) -> str:
        return self.name[: -len(SNAP_SUFFIX)] + MANIFEST_SUFFIX

    def to_json(self) -> bytes:
        return (json.dumps({
            "format": MANIFEST_FORMAT, "snapshot": self.name, "sha256": self.sha256,
            "size": self.size, "device": self.device, "hlc": self.hlc,
            "schema_version": self.schema_version,
            "covers": {d: list(v) for d, v in sorted(self.covers.items())},
            "counts": self.counts}, indent=1, sort_keys=True) + "\n").encode()

    @classmethod
    def from_json(cls, data: bytes) -> Manifest:
        try:
            raw = json.loads(data)
            if raw["format"] != MANIFEST_FORMAT or not str(raw["snapshot"]).endswith(
                    SNAP_SUFFIX):
                raise SnapshotInvalid("unbekanntes Format")
            return cls(name=str(raw["snapshot"]), sha256=str(raw["sha256"]),
                       size=int(raw["size"]), device=str(raw["device"]), hlc=int(raw["hlc"]),
                       schema_version=int(raw["schema_version"]),
                       covers=_covers(raw["covers"]),
                       counts={str(k): int(v) for k, v in raw["counts"].items()})
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise SnapshotInvalid(f"Manifest unlesbar ({exc})") from exc


@dataclass
class Snapshot:
    manifest: Manifest
    fields: list[Change] = field(default_factory=list)
    heads: list[Change] = field(default_factory=list)
    unknown: list[Change] = field(default_factory=list)
    purges: list[PurgeOrder] = field(default_factory=list)
    quarantine: list[Change] = field(default_factory=list)


def _covers(raw: Any) -> Covers:
    return {str(d): (int(v[0]), str(v[1])) for d, v in raw.items()}


def current_covers(con: sqlite3.Connection, device: str) -> Covers:
    """What this laptop's state contains: applied files of others, its own published ones."""
    covers = dict(cursors(con))
    own = last_published(con, device)
    if own[0]:
        covers[device] = own
    return covers


def _field_rows(con: sqlite3.Connection) -> Iterator[Change]:
    for table, cols in replicated_columns(con).items():
        value = "CASE f.col " + " ".join(f"WHEN '{c}' THEN t.\"{c}\"" for c in cols) + " END"
        marks = ", ".join("?" for _ in cols)
        for row, col, v, h, d, sh, sd in con.execute(
                f"SELECT f.row_id, f.col, {value}, f.hlc, f.device, f.seen_hlc, f.seen_device "
                f'FROM sync_field f JOIN "{table}" t ON t.id = f.row_id '
                f"WHERE f.tbl = ? AND f.col IN ({marks}) ORDER BY f.row_id, f.col",
                (table, *cols)):
            yield {"t": table, "r": row, "c": col, "v": v, "h": h, "d": d, "sh": sh, "sd": sd}


def _items(con: sqlite3.Connection) -> Iterator[tuple[str, dict[str, Any]]]:
    for change in _field_rows(con):
        yield "field", to_wire(change)
    for t, r, c, h, d, sh, sd, v in con.execute(
            "SELECT tbl, row_id, col, hlc, device, seen_hlc, seen_device, value FROM sync_head "
            "ORDER BY tbl, row_id, col, hlc, device"):
        yield "head", to_wire({"t": t, "r": r, "c": c, "v": v, "h": h, "d": d, "sh": sh,
                               "sd": sd})
    for change in kept_unknown(con):
        yield "unknown", to_wire(change)
    for oid, t, r, h, d in con.execute(
            "SELECT id, tbl, row_id, hlc, device FROM sync_purge ORDER BY hlc, id"):
        yield "purge", {"id": oid, "table": t, "row_id": r, "hlc": h, "device": d}
    for (text,) in con.execute("SELECT change FROM sync_quarantine ORDER BY id"):
        yield "quarantine", json.loads(text)


def build(con: sqlite3.Connection, device: str, hlc: int) -> tuple[bytes, Manifest]:
    """Encode this laptop's state (one read transaction: a consistent picture) and its
    manifest. ``con`` in autocommit mode."""
    con.execute("BEGIN")
    try:
        covers = current_covers(con, device)
        counts = dict.fromkeys(KINDS, 0)
        lines: list[str] = []
        for kind, item in _items(con):
            counts[kind] += 1
            lines.append(dumps({"k": kind, **item}))
    finally:
        con.execute("COMMIT")
    header = {"format": FORMAT, "device": device, "hlc": hlc, "app_version": __version__,
              "schema_version": schema_version(),
              "covers": {d: list(v) for d, v in sorted(covers.items())}, "counts": counts}
    text = "\n".join([dumps(header), *lines]) + "\n"
    data = gzip.compress(text.encode("utf-8"), compresslevel=6, mtime=0)
    name = f"{hlc:020d}-{device}{SNAP_SUFFIX}"
    manifest = Manifest(name=name, sha256=file_sha256(data), size=len(data), device=device,
                        hlc=hlc, schema_version=schema_version(), covers=covers, counts=counts)
    return data, manifest


def decode(data: bytes, manifest: Manifest) -> Snapshot:
    """Verify ``data`` against ``manifest`` and decode it (``SnapshotInvalid`` otherwise)."""
    if len(data) != manifest.size or file_sha256(data) != manifest.sha256:
        raise SnapshotInvalid("Prüfsumme stimmt nicht")
    try:
        lines = gzip.decompress(data).decode("utf-8").splitlines()
        header = json.loads(lines[0])
        if header.get("format") != FORMAT:
            raise SnapshotInvalid(f"unbekanntes Format {header.get('format')!r}")
        if _covers(header["covers"]) != manifest.covers or header["device"] != manifest.device:
            raise SnapshotInvalid("Kopfdaten passen nicht zum Manifest")
        snapshot = Snapshot(manifest)
        counts = dict.fromkeys(KINDS, 0)
        for line in lines[1:]:
            item = json.loads(line)
            kind = item.pop("k")
            counts[kind] += 1
            if kind == "purge":
                snapshot.purges.append(PurgeOrder(str(item["id"]), str(item["table"]),
                                                  str(item["row_id"]), int(item["hlc"]),
                                                  str(item["device"])))
                continue
            change = from_wire(item)
            if not is_valid(change):
                raise SnapshotInvalid("unlesbare Änderung")
            {"field": snapshot.fields, "head": snapshot.heads, "unknown": snapshot.unknown,
             "quarantine": snapshot.quarantine}[kind].append(change)
    except SnapshotInvalid:
        raise
    except (EOFError, OSError, zlib.error, UnicodeDecodeError, ValueError, KeyError,
            TypeError, AttributeError, IndexError) as exc:
        raise SnapshotInvalid(f"Gesamtstand unlesbar ({exc})") from exc
    if counts != manifest.counts:
        raise SnapshotInvalid("Anzahl der Einträge stimmt nicht")
    return snapshot

"""What the window shows about sync, as plain data (no Qt, no SQL in ``ui/``).

- ``sync_overview(db)``: this laptop's side (device id, last sync, unsent changes, open
  conflicts, the configured share) from the local database only: cheap, any thread.
- ``probe_share(db)``: whether the configured share holds this laptop's sync space. Reads
  one small file on the share, so it may hang while an SMB share times out: call it on a
  worker thread, never on the GUI thread.
- ``run_sync(db, ...)``: one sync (``sync_once``) with the configured share, plus what the
  other laptops wrote in their status files (per-laptop "last seen"). Worker thread.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from advisor_app import __version__
from advisor_app.persistence.database import Database
from advisor_app.persistence.models import REPLICATED_MODELS
from advisor_app.sync import outbox
from advisor_app.sync.engine import connect, open_conflicts, sync_once
from advisor_app.sync.fileops import LocalShareFS
from advisor_app.sync.report import SyncReport, SyncStatus
from advisor_app.sync.share import list_devices, open_space, read_status
from advisor_app.sync.share_errors import ShareError
from advisor_app.sync.space import SPACE_DIR, SPACE_FILE, SPACE_FORMAT, version_older

SHARE_SETTING = "share_path"
CLOCK_WARN_S = 300.0
REPLICATED_TABLES = frozenset(m.__tablename__ for m in REPLICATED_MODELS)  # type: ignore[attr-defined]


class ShareState(StrEnum):
    NOT_CONFIGURED = "not_configured"  # no share path in the settings
    UNREACHABLE = "unreachable"  # the folder is missing (unmounted, offline, vanished)
    NO_SPACE = "no_space"  # the folder exists but holds no sync space
    WRONG_SPACE = "wrong_space"  # another sync space than the one of this laptop
    UPDATE_REQUIRED = "update_required"  # the space needs a newer program
    READY = "ready"


@dataclass(frozen=True)
class SyncOverview:
    device_id: str
    space_id: str  # "" before the first sync
    share_path: str  # "" when not configured
    last_sync: dt.datetime | None  # aware, UTC
    pending_changes: int
    open_conflicts: int
    quarantined: int
    erasure_orders: int  # GDPR erasure orders carried out on this laptop


@dataclass(frozen=True)
class ShareProbe:
    state: ShareState
    share_path: str
    space_id: str = ""  # the id the share's marker names ("" when unreadable)


@dataclass(frozen=True)
class PeerStatus:
    """What another laptop (or this one) last wrote into its status file on the share."""

    device_id: str
    last_sync: dt.datetime | None  # aware, UTC
    app_version: str
    pending: int | None
    open_conflicts: int | None
    adviser: str  # "" unless the status file names the adviser
    own: bool


@dataclass(frozen=True)
class SyncOutcome:
    report: SyncReport
    peers: tuple[PeerStatus, ...] = ()
    changed_tables: frozenset[str] = field(default_factory=frozenset)


def _utc(value: Any) -> dt.datetime | None:
    if not value:
        return None
    text = str(value).removesuffix("Z")
    try:
        stamp = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return stamp.replace(tzinfo=dt.UTC) if stamp.tzinfo is None else stamp.astimezone(dt.UTC)


def _setting(con: sqlite3.Connection, key: str) -> str:
    row = con.execute("SELECT value FROM app_setting WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row and row[0] else ""


def sync_overview(db: Database) -> SyncOverview:
    """This laptop's sync state from the local database (no share access). Any thread."""
    with closing(connect(db.path)) as con:
        device, space, last = con.execute(
            "SELECT device_id, space_id, last_sync FROM sync_state WHERE id = 1").fetchone()
        return SyncOverview(
            device_id=str(device), space_id=str(space or ""),
            share_path=_setting(con, SHARE_SETTING), last_sync=_utc(last),
            pending_changes=outbox.pending_count(con), open_conflicts=open_conflicts(con),
            quarantined=int(con.execute("SELECT count(*) FROM sync_quarantine").fetchone()[0]),
            erasure_orders=int(con.execute("SELECT count(*) FROM sync_purge").fetchone()[0]))


def share_root(share_path: str) -> Path:
    return Path(share_path).expanduser().absolute()


def probe_share(db: Database) -> ShareProbe:
    """Is the configured share there and this laptop's space? Reads SPACE.json only; never
    creates anything. Worker thread (the share may hang)."""
    with closing(connect(db.path)) as con:
        share = _setting(con, SHARE_SETTING)
        expected = con.execute("SELECT space_id FROM sync_state WHERE id = 1").fetchone()[0]
    if not share:
        return ShareProbe(ShareState.NOT_CONFIGURED, "")
    root = share_root(share)
    try:
        if not os.path.isdir(root):
            return ShareProbe(ShareState.UNREACHABLE, share)
        marker = root / SPACE_DIR / SPACE_FILE
        if not os.path.exists(marker):
            return ShareProbe(ShareState.NO_SPACE, share)
        info = json.loads(marker.read_bytes().decode("utf-8"))
    except (OSError, ValueError):
        return ShareProbe(ShareState.UNREACHABLE, share)
    if not isinstance(info, dict) or not isinstance(info.get("space_id"), str):
        return ShareProbe(ShareState.NO_SPACE, share)
    space_id = info["space_id"]
    if expected and space_id != expected:
        return ShareProbe(ShareState.WRONG_SPACE, share, space_id)
    if info.get("format") != SPACE_FORMAT or version_older(
            __version__, str(info.get("min_app_version", "0"))):
        return ShareProbe(ShareState.UPDATE_REQUIRED, share, space_id)
    return ShareProbe(ShareState.READY, share, space_id)


def read_peers(root: Path, space_id: str, own_device: str) -> tuple[PeerStatus, ...]:
    """Every laptop's status file in the space (best effort: () when unreadable)."""
    try:
        space = open_space(LocalShareFS(), root, space_id or None, allow_outdated=True)
        devices = list_devices(space)
        found = [(d, read_status(space, d)) for d in devices]
    except (ShareError, OSError):
        return ()
    peers = []
    for device, status in found:
        info = status or {}

        def number(key: str, info: dict[str, Any] = info) -> int | None:
            value = info.get(key)
            return value if isinstance(value, int) else None

        peers.append(PeerStatus(
            device_id=device, last_sync=_utc(info.get("last_sync")),
            app_version=str(info.get("app_version", "")), pending=number("pending"),
            open_conflicts=number("open_conflicts"), adviser=str(info.get("adviser", "")),
            own=device == own_device))
    peers.sort(key=lambda p: (not p.own, p.device_id))
    return tuple(peers)


def run_sync(db: Database, *, assume_yes: bool = False,
             progress: Callable[[str, int, int], None] | None = None) -> SyncOutcome:
    """One sync with the configured share, then the laptops' status files. Worker thread.
    Raises ``ValueError`` when no share is configured; share problems are in the report."""
    overview = sync_overview(db)
    if not overview.share_path:
        raise ValueError("Keine Freigabe eingestellt (Datei → Einstellungen).")
    root = share_root(overview.share_path)
    report = sync_once(db, root, assume_yes=assume_yes, progress=progress)
    changed: frozenset[str] = frozenset()
    if report.applied or report.inserted or report.revived or report.released:
        changed = REPLICATED_TABLES
    peers: tuple[PeerStatus, ...] = ()
    if report.status not in (SyncStatus.SHARE_UNAVAILABLE, SyncStatus.SPACE_MISSING,
                             SyncStatus.WRONG_SPACE):
        peers = read_peers(root, report.space_id, report.device_id)
    return SyncOutcome(report=report, peers=peers, changed_tables=changed)


def clock_warning(report: SyncReport | None) -> bool:
    return bool(report and report.clock_skew_s is not None
                and abs(report.clock_skew_s) > CLOCK_WARN_S)

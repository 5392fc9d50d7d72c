"""Publishing this laptop's captured changes as change files (SYNC.md "Publish").

Crash safety: the encoded bytes of the next file, its seq and the outbox range it covers are
committed to ``sync_publish_log`` *before* ``publish`` puts them on the share. A retry after
a crash or a vanished share therefore publishes the identical bytes (``publish`` recognises
its own file, ``already_present``), and the outbox rows are marked published only after the
file was verified on the share. A different file under our device id and seq
(``SeqCollision``: a cloned or restored laptop) gives this laptop a new device id; the
unpublished changes move to it and are published again under the new id.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from advisor_app import __version__
from advisor_app.sync import outbox
from advisor_app.sync.apply import cursors
from advisor_app.sync.changefile import BatchHeader, encode_batch, file_sha256
from advisor_app.sync.report import SyncReport
from advisor_app.sync.share import Space, cleanup_stale_tmp, publish, read_next
from advisor_app.sync.share_errors import SeqCollision
from advisor_app.sync.wire import to_wire

MAX_CHANGES_PER_FILE = 5_000
_ROW_RUN_MARGIN = 500  # one insert captures all columns of a row: never split such a run
FALLBACK_SCHEMA_VERSION = 3

Progress = Callable[[str, int, int], None]


def schema_version() -> int:
    """The schema version written into change files: the Alembic head revision as int."""
    from advisor_app.persistence.migrate import head_revision

    try:
        return int(head_revision())
    except ValueError:  # pragma: no cover - revisions are numbered 0001, 0002, ...
        return FALLBACK_SCHEMA_VERSION


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")


@dataclass(frozen=True)
class LogEntry:
    device: str
    seq: int
    upto: int
    count: int
    data: bytes


def last_published(con: sqlite3.Connection, device: str) -> tuple[int, str]:
    """(seq, sha256) of this device's last verified file; (0, "") before the first."""
    row = con.execute("SELECT seq, sha256 FROM sync_publish_log WHERE device = ? AND "
                      "published_at IS NOT NULL ORDER BY seq DESC LIMIT 1", (device,)).fetchone()
    return (int(row[0]), str(row[1])) if row else (0, "")


def _pending_entry(con: sqlite3.Connection, device: str) -> LogEntry | None:
    row = con.execute("SELECT seq, upto_outbox_seq, change_count, data FROM sync_publish_log "
                      "WHERE device = ? AND published_at IS NULL ORDER BY seq LIMIT 1",
                      (device,)).fetchone()
    return None if row is None else LogEntry(device, row[0], row[1], row[2], bytes(row[3]))


def _take_chunk(con: sqlite3.Connection) -> tuple[list[dict[str, Any]], int]:
    """Up to MAX_CHANGES_PER_FILE unpublished changes, never cutting through the columns
    one trigger run captured for one row (a remote insert needs all of them at once)."""
    rows = con.execute(
        "SELECT seq, tbl, row_id, col, value, hlc, device, seen_hlc, seen_device "
        "FROM sync_outbox WHERE published = 0 ORDER BY seq LIMIT ?",
        (MAX_CHANGES_PER_FILE + _ROW_RUN_MARGIN,)).fetchall()
    end = min(len(rows), MAX_CHANGES_PER_FILE)
    while 0 < end < len(rows) and rows[end][1:3] == rows[end - 1][1:3] \
            and rows[end][5] == rows[end - 1][5]:
        end += 1
    chosen = rows[:end]
    changes = [to_wire({"t": t, "r": r, "c": c, "v": v, "h": h, "d": d, "sh": sh, "sd": sd})
               for _, t, r, c, v, h, d, sh, sd in chosen]
    return changes, (chosen[-1][0] if chosen else 0)


def _encode_next(con: sqlite3.Connection, device: str) -> LogEntry | None:
    """Encode the next file from the outbox and log it (committed) before publishing."""
    con.execute("BEGIN IMMEDIATE")
    try:
        changes, upto = _take_chunk(con)
        if not changes:
            con.execute("ROLLBACK")
            return None
        seq, prev = last_published(con, device)
        hlc = int(con.execute("SELECT hlc FROM sync_state WHERE id = 1").fetchone()[0])
        deps = {d: s for d, (s, _) in sorted(cursors(con).items()) if d != device}
        header = BatchHeader(device_id=device, seq=seq + 1, prev_sha256=prev,
                             schema_version=schema_version(), app_version=__version__,
                             created_hlc=hlc, extra={"deps": deps})
        data = encode_batch(header, changes)
        con.execute(
            "INSERT INTO sync_publish_log (device, seq, upto_outbox_seq, change_count, data, "
            "sha256, created_at, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)",
            (device, seq + 1, upto, len(changes), data, file_sha256(data), _now()))
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return LogEntry(device, seq + 1, upto, len(changes), data)


def _mark_done(con: sqlite3.Connection, entry: LogEntry, sha256: str) -> None:
    con.execute("BEGIN IMMEDIATE")
    try:
        outbox.mark_published(con, entry.upto)
        con.execute("UPDATE sync_publish_log SET published_at = ?, data = NULL, sha256 = ? "
                    "WHERE device = ? AND seq = ?", (_now(), sha256, entry.device, entry.seq))
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _switch_device(con: sqlite3.Connection, report: SyncReport, old: str) -> str:
    """Our device id is used by another laptop too: continue under a new one."""
    con.execute("BEGIN IMMEDIATE")
    try:
        con.execute("DELETE FROM sync_publish_log WHERE device = ? AND published_at IS NULL",
                    (old,))
        new = outbox.new_device_id(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    report.new_device_id = new
    report.device_id = new
    report.warnings.append(
        f"Die Gerätekennung {old} wurde auch von einem anderen Laptop benutzt (geklonter oder "
        f"aus einer Sicherung wiederhergestellter Laptop). Dieser Laptop heißt jetzt {new}; "
        "seine Änderungen werden unter der neuen Kennung übertragen, nichts geht verloren.")
    return new


def publish_pending(con: sqlite3.Connection, space: Space, report: SyncReport, *,
                    dry_run: bool = False, progress: Progress | None = None) -> None:
    """Publish every unpublished local change (``ShareUnavailable`` propagates: retry later,
    the outbox and the logged file stay)."""
    device = outbox.device_id(con)
    if dry_run:
        pending = outbox.pending_count(con)
        logged = _pending_entry(con, device)
        report.sent_changes = pending
        report.sent_files = -(-pending // MAX_CHANGES_PER_FILE) if pending else 0
        if logged is not None and logged.upto:
            report.sent_files = max(report.sent_files, 1)
        return
    entry = _pending_entry(con, device)
    if entry is not None:  # an earlier run was interrupted: tidy its temp files
        cleanup_stale_tmp(space, device)
    total = outbox.pending_count(con)
    while True:
        if entry is None:
            entry = _encode_next(con, device)
            if entry is None:
                break
        try:
            result = publish(space, device, entry.seq, entry.data)
        except SeqCollision:
            if report.new_device_id:
                raise  # a second collision in one run: something else is wrong
            device = _switch_device(con, report, device)
            entry = None
            continue
        _mark_done(con, entry, result.sha256)
        report.sent_files += 1
        report.sent_changes += entry.count
        if progress is not None:
            progress("senden", report.sent_changes, total)
        entry = None
    check_own_stream(con, space, report)


def check_own_stream(con: sqlite3.Connection, space: Space, report: SyncReport) -> None:
    """A file after our last one under our device id was written by another laptop with the
    same id (restored or cloned): switch ids, so that its files are read like any other's.
    One probe per sync."""
    device = outbox.device_id(con)
    seq, _ = last_published(con, device)
    if read_next(space, device, seq + 1) is not None and not report.new_device_id:
        _switch_device(con, report, device)

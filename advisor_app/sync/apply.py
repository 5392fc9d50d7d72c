"""Applying one verified change file: its changes and the device's cursor in one transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from advisor_app.sync.capture import replicated_columns
from advisor_app.sync.merge import Applier, ApplyStats, Change


class OutOfOrder(Exception):
    """The file is not the next one of its device (a gap); nothing was applied."""


def cursors(con: sqlite3.Connection) -> dict[str, tuple[int, str]]:
    """Per remote device: the last applied seq and the sha256 of that file."""
    return {d: (s, h) for d, s, h in con.execute("SELECT device, seq, sha256 FROM sync_cursor")}


def apply_batch(con: sqlite3.Connection, *, device: str, seq: int, sha256: str,
                changes: Sequence[Change]) -> ApplyStats | None:
    """Apply file ``seq`` of ``device``; ``None`` when it was applied before (idempotent).

    ``con`` must be in autocommit mode (``isolation_level=None``); this function owns the
    transaction, so a failure leaves neither changes nor cursor behind.
    """
    con.execute("BEGIN IMMEDIATE")
    try:
        row = con.execute("SELECT seq FROM sync_cursor WHERE device = ?", (device,)).fetchone()
        last = row[0] if row else 0
        if seq <= last:
            con.execute("ROLLBACK")
            return None
        if seq != last + 1:
            raise OutOfOrder(f"Gerät {device}: Datei {seq} folgt nicht auf {last}.")
        stats = Applier(con, replicated_columns(con)).apply(changes)
        con.execute(
            "INSERT INTO sync_cursor (device, seq, sha256) VALUES (?, ?, ?) "
            "ON CONFLICT (device) DO UPDATE SET seq = excluded.seq, sha256 = excluded.sha256",
            (device, seq, sha256),
        )
        con.execute("COMMIT")
        return stats
    except BaseException:
        con.execute("ROLLBACK")
        raise

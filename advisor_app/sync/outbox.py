"""Reading captured local changes out of the outbox, and marking them published."""

from __future__ import annotations

import sqlite3
import uuid

from advisor_app.sync.merge import Change


def pending_changes(con: sqlite3.Connection, limit: int | None = None) -> tuple[list[Change], int]:
    """Unpublished local changes in capture order, and the last outbox seq they cover."""
    query = ("SELECT seq, tbl, row_id, col, value, hlc, device, seen_hlc, seen_device "
             "FROM sync_outbox WHERE published = 0 ORDER BY seq")
    if limit is not None:
        query += f" LIMIT {int(limit)}"
    changes: list[Change] = []
    last = 0
    for seq, tbl, row, col, value, h, d, sh, sd in con.execute(query):
        changes.append({"t": tbl, "r": row, "c": col, "v": value, "h": h, "d": d,
                        "sh": sh, "sd": sd})
        last = seq
    return changes, last


def mark_published(con: sqlite3.Connection, upto_seq: int) -> None:
    con.execute("UPDATE sync_outbox SET published = 1 WHERE published = 0 AND seq <= ?",
                (upto_seq,))


def pending_count(con: sqlite3.Connection) -> int:
    return int(con.execute("SELECT count(*) FROM sync_outbox WHERE published = 0").fetchone()[0])


def device_id(con: sqlite3.Connection) -> str:
    return str(con.execute("SELECT device_id FROM sync_state WHERE id = 1").fetchone()[0])


def new_device_id(con: sqlite3.Connection) -> str:
    """Give this database a new device id (a copied or restored database must not publish
    under the id of the laptop it was copied from). Unpublished changes move along."""
    old = device_id(con)
    new = str(uuid.uuid4())
    con.execute(
        "UPDATE sync_field SET device = ? WHERE device = ? AND EXISTS (SELECT 1 FROM sync_outbox o"
        " WHERE o.published = 0 AND o.tbl = sync_field.tbl AND o.row_id = sync_field.row_id"
        " AND o.col = sync_field.col AND o.hlc = sync_field.hlc)", (new, old))
    con.execute("UPDATE sync_outbox SET device = ? WHERE published = 0 AND device = ?",
                (new, old))
    con.execute("UPDATE sync_state SET device_id = ? WHERE id = 1", (new,))
    return new

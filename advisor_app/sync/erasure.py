"""GDPR erasure of a person (SYNC.md): an order with ids only that wins over any edit.

Erasing removes the record, every trace of it in the sync bookkeeping (outbox, field
versions, heads, history, conflicts, kept fields of newer programs, quarantined changes,
a change file encoded but not yet published) and, by VACUUM and a WAL checkpoint, from the
database file's free pages. References to it are cleared. The order itself (ids only) is
kept forever, so a change to the record that arrives later, from a laptop that was offline,
is ignored.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import sqlite3
import uuid
from dataclasses import dataclass
from typing import Any

from advisor_app.persistence.models import REPLICATED_MODELS
from advisor_app.sync import hlc as clock

ERASABLE_TABLES = frozenset({"contact"})
BOOKKEEPING = ("sync_outbox", "sync_field", "sync_head", "sync_history", "sync_conflict",
               "sync_unknown")


@dataclass(frozen=True)
class PurgeOrder:
    id: str
    table: str
    row_id: str
    hlc: int
    device: str

    def to_json(self) -> bytes:
        return json.dumps({"format": "advisor-purge/1", "id": self.id, "table": self.table,
                           "row_id": self.row_id, "hlc": self.hlc, "device": self.device},
                          sort_keys=True).encode()

    @classmethod
    def from_json(cls, data: bytes) -> PurgeOrder:
        raw: dict[str, Any] = json.loads(data)
        if raw.get("format") != "advisor-purge/1" or raw.get("table") not in ERASABLE_TABLES:
            raise ValueError("Unbekanntes Format eines Löschauftrags.")
        return cls(str(raw["id"]), str(raw["table"]), str(raw["row_id"]), int(raw["hlc"]),
                   str(raw["device"]))


def _references(table: str) -> list[tuple[str, str]]:
    """(table, column) pairs whose foreign key points at ``table``."""
    result = []
    for model in REPLICATED_MODELS:
        for column in model.__table__.columns:  # type: ignore[attr-defined]
            for fk in column.foreign_keys:
                if fk.column.table.name == table:
                    result.append((model.__tablename__, column.name))  # type: ignore[attr-defined]
    return result


def is_purged(con: sqlite3.Connection, table: str, row_id: str) -> bool:
    return con.execute("SELECT 1 FROM sync_purge WHERE tbl = ? AND row_id = ?",
                       (table, row_id)).fetchone() is not None


def is_order_known(con: sqlite3.Connection, order_id: str) -> bool:
    return con.execute("SELECT 1 FROM sync_purge WHERE id = ?", (order_id,)).fetchone() is not None


def new_order(con: sqlite3.Connection, table: str, row_id: str) -> PurgeOrder:
    """An erasure order made on this laptop (not yet applied)."""
    if table not in ERASABLE_TABLES:
        raise ValueError(f"Datensätze der Tabelle {table} können nicht nach DSGVO gelöscht werden.")
    device, last, offset = con.execute(
        "SELECT device_id, hlc, clock_offset_ms FROM sync_state WHERE id = 1").fetchone()
    stamp = clock.tick(last, clock.now_ms() + offset)
    con.execute("UPDATE sync_state SET hlc = ? WHERE id = 1", (stamp,))
    return PurgeOrder(str(uuid.uuid4()), table, row_id, stamp, device)


def apply_order(con: sqlite3.Connection, order: PurgeOrder, *, local: bool) -> bool:
    """Erase what ``order`` names; True when it was new here. ``con`` is in autocommit mode;
    this function owns the transaction and compacts the file afterwards."""
    con.execute("BEGIN IMMEDIATE")
    try:
        known = con.execute("SELECT 1 FROM sync_purge WHERE id = ?", (order.id,)).fetchone()
        if known:
            con.execute("ROLLBACK")
            return False
        con.execute("UPDATE sync_state SET applying = 1 WHERE id = 1")
        _scrub_name_mentions(con, order)
        for table, column in _references(order.table):
            con.execute(f'UPDATE "{table}" SET "{column}" = NULL WHERE "{column}" = ?',
                        (order.row_id,))
        con.execute(f'DELETE FROM "{order.table}" WHERE id = ?', (order.row_id,))
        for table in BOOKKEEPING:
            con.execute(f"DELETE FROM {table} WHERE row_id = ?", (order.row_id,))
        _scrub_encoded(con, order.row_id)
        con.execute(
            "INSERT INTO sync_purge (id, tbl, row_id, hlc, device, published, applied_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (order.id, order.table, order.row_id, order.hlc, order.device, 0 if local else 1,
             dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")))
        con.execute("UPDATE sync_state SET applying = 0 WHERE id = 1")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    compact(con)
    return True


# free-text fields where an adviser may have typed a contact's name instead of linking it
NAME_MENTIONS = (("next_step", "responsible"), ("consultation_participant", "name"))
ERASED_NAME = "Name gelöscht (DSGVO)"


def _scrub_name_mentions(con: sqlite3.Connection, order: PurgeOrder) -> None:
    """Where the person's exact name was typed as text (a next step's responsible person, a
    participant recorded by name), put the role instead, and drop every kept copy of the
    name (history, outbox). Runs uncaptured on every laptop, so all end with equal values.
    Signed protocols keep their signatures: the office decides on them (they are listed
    before the erasure)."""
    row = con.execute("SELECT name, role FROM contact WHERE id = ?", (order.row_id,)).fetchone()
    if row is None or not (row[0] or "").strip():
        return
    name, role = row[0].strip(), (row[1] or "").strip()
    for table, column in NAME_MENTIONS:
        replacement = (role or ERASED_NAME) if column == "responsible" else None
        con.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE trim("{column}") = ?',
                    (replacement, name))
    for table in ("sync_history", "sync_outbox", "sync_head"):
        con.execute(f"DELETE FROM {table} WHERE trim(value) = ?", (name,))
    con.execute("DELETE FROM sync_conflict WHERE trim(winner_value) = ? OR trim(loser_value) = ?",
                (name, name))


def _scrub_encoded(con: sqlite3.Connection, row_id: str) -> None:
    """Changes to the record held as encoded text: quarantined ones (stamped in the future)
    and a change file encoded but not yet on the share (publisher.py). That file is dropped;
    the next sync encodes the remaining outbox rows again under the same seq."""
    needle = json.dumps(row_id)
    con.execute("DELETE FROM sync_quarantine WHERE instr(change, ?) > 0", (needle,))
    pending = con.execute("SELECT device, seq, data FROM sync_publish_log "
                          "WHERE published_at IS NULL AND data IS NOT NULL").fetchall()
    for device, seq, data in pending:
        if needle.encode() in gzip.decompress(bytes(data)):
            con.execute("DELETE FROM sync_publish_log WHERE device = ? AND seq >= ? "
                        "AND published_at IS NULL", (device, seq))


def compact(con: sqlite3.Connection) -> None:
    """Leave no deleted bytes behind: fold the WAL into the file, rebuild it, empty the WAL."""
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("VACUUM")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def unpublished_orders(con: sqlite3.Connection) -> list[PurgeOrder]:
    return [PurgeOrder(*row) for row in con.execute(
        "SELECT id, tbl, row_id, hlc, device FROM sync_purge WHERE published = 0 ORDER BY hlc")]


def mark_order_published(con: sqlite3.Connection, order_id: str) -> None:
    con.execute("UPDATE sync_purge SET published = 1 WHERE id = ?", (order_id,))


def applied_order_ids(con: sqlite3.Connection) -> list[str]:
    """For this laptop's status file: the erasure orders it has carried out."""
    return [r[0] for r in con.execute("SELECT id FROM sync_purge ORDER BY hlc")]

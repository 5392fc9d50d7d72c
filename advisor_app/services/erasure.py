"""GDPR erasure of a contact person, for the window and the command line.

``erase_contact`` creates an erasure order (ids only) and carries it out here at once, even
without the share: the person, every trace of them in the sync bookkeeping and the freed
pages of the database file are gone when it returns. The next sync puts the order on the
share; every other laptop carries it out and acknowledges it in its status file.
``erasure_status`` reads those acknowledgements: per order, which of the laptops that ever
synced with the space have carried it out. Plain frozen dataclasses, no Qt.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from advisor_app.persistence.database import Database
from advisor_app.services.records import RecordNotFound
from advisor_app.sync import erasure
from advisor_app.sync.fileops import LocalShareFS, ShareFS
from advisor_app.sync.hlc import physical_ms

SHARE_SETTING = "share_path"


@dataclass(frozen=True)
class ContactSummary:
    id: str
    name: str
    role: str
    in_trash: bool


@dataclass(frozen=True)
class ErasureOrderRow:
    order_id: str
    table: str
    row_id: str
    ordered_at: dt.datetime  # local time zone
    ordered_by: str  # device id of the laptop that ordered it
    own: bool  # ordered on this laptop
    published: bool  # on the share (always True for orders of other laptops)


@dataclass(frozen=True)
class ErasureStatus:
    order: ErasureOrderRow
    acknowledged: tuple[str, ...]  # device ids that carried it out (this laptop included)
    pending: tuple[str, ...]  # device ids seen in the space that have not yet


class AlreadyErased(LookupError):
    def __init__(self, contact_id: str) -> None:
        super().__init__(f"Der Kontakt {contact_id} wurde bereits nach DSGVO gelöscht.")


@contextmanager
def _connect(db: Database) -> Iterator[sqlite3.Connection]:
    from advisor_app.sync.engine import connect

    con = connect(db.path)
    try:
        yield con
    finally:
        con.close()


def contact_summary(db: Database, contact_id: str) -> ContactSummary | None:
    """Name and role of a contact (also in the trash); None when there is none."""
    with _connect(db) as con:
        row = con.execute("SELECT id, name, role, existence FROM contact WHERE id = ?",
                          (contact_id,)).fetchone()
    if row is None:
        return None
    return ContactSummary(row[0], row[1] or "", row[2] or "", int(row[3]) % 2 == 0)


def was_erased(db: Database, contact_id: str) -> bool:
    with _connect(db) as con:
        return erasure.is_purged(con, "contact", contact_id)


def erase_contact(db: Database, contact_id: str) -> str:
    """Erase a contact everywhere (see the module docstring); returns the order id.
    ``RecordNotFound`` for an unknown id, ``AlreadyErased`` when erased before."""
    with _connect(db) as con:
        if erasure.is_purged(con, "contact", contact_id):
            raise AlreadyErased(contact_id)
        if con.execute("SELECT 1 FROM contact WHERE id = ?", (contact_id,)).fetchone() is None:
            raise RecordNotFound("Kontakt", contact_id)
        order = erasure.new_order(con, "contact", contact_id)
        erasure.apply_order(con, order, local=True)
    db.engine.dispose()  # pooled connections must not keep erased pages in memory
    return order.id


def _row(con: sqlite3.Connection, raw: tuple[str, str, str, int, str, int]) -> ErasureOrderRow:
    oid, table, row_id, hlc, device, published = raw
    own = device == con.execute("SELECT device_id FROM sync_state WHERE id = 1").fetchone()[0]
    when = dt.datetime.fromtimestamp(physical_ms(hlc) / 1000, dt.UTC).astimezone()
    return ErasureOrderRow(oid, table, row_id, when, device, own, bool(published) or not own)


def list_erasures(db: Database) -> list[ErasureOrderRow]:
    """Every erasure order known on this laptop, oldest first (ids only)."""
    with _connect(db) as con:
        rows = con.execute("SELECT id, tbl, row_id, hlc, device, published FROM sync_purge "
                           "ORDER BY hlc, id").fetchall()
        return [_row(con, r) for r in rows]


def erasure_status(db: Database, share_root: Path | None = None,
                   fs: ShareFS | None = None) -> list[ErasureStatus]:
    """Per order: the laptops (device ids with a folder in the space) that acknowledged it
    in their status file, and those that have not yet. ``share_root`` defaults to the
    stored share. Raises the share's errors (``ShareUnavailable``, ``SpaceMissing``,
    ``WrongSpace``; ``ValueError`` when no share is configured); reads only."""
    from advisor_app.sync.share import list_devices, open_space, read_status

    orders = list_erasures(db)
    with _connect(db) as con:
        own, space_id = con.execute("SELECT device_id, space_id FROM sync_state WHERE id = 1"
                                    ).fetchone()
        if share_root is None:
            row = con.execute("SELECT value FROM app_setting WHERE key = ?",
                              (SHARE_SETTING,)).fetchone()
            if not row or not row[0]:
                raise ValueError("Keine Freigabe eingestellt.")
            share_root = Path(str(row[0]))
    space = open_space(fs or LocalShareFS(), share_root, space_id, allow_outdated=True)
    done: dict[str, set[str]] = {}
    for device in list_devices(space):
        if device == own:
            continue
        status = read_status(space, device) or {}
        applied = status.get("applied_purge_orders")
        done[device] = {str(a) for a in applied} if isinstance(applied, list) else set()
    result = []
    for order in orders:
        acked = sorted({own} | {d for d, ids in done.items() if order.order_id in ids})
        pending = sorted(d for d, ids in done.items() if order.order_id not in ids)
        result.append(ErasureStatus(order, tuple(acked), tuple(pending)))
    return result

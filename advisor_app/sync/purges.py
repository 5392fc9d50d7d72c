"""GDPR erasure orders on the share (SYNC.md ``purges/``): publishing this laptop's orders and
carrying out everybody else's, before any change file is published or applied.

An order file is ``purges/<hlc>-<device>-<uuid>.json`` with ids only (erasure.py
``PurgeOrder``), immutable and kept forever. Its name is recorded in ``sync_purge_file``
before it is written, so a retry after a crash writes the identical file under the same
name (``FileExistsError`` with the same bytes = done). Reading costs one listing of the
purges folder per sync plus one read per file not seen before. Carrying out an order is
idempotent by its id (``apply_order`` returns False when known).
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from advisor_app.sync import erasure
from advisor_app.sync.report import SyncReport
from advisor_app.sync.share import Space, list_purges, purge_name, read_purge, write_purge


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")


def _file_of(con: sqlite3.Connection, order: erasure.PurgeOrder) -> str:
    """The file name of an own order: the one recorded earlier, or a new one (recorded)."""
    row = con.execute("SELECT name FROM sync_purge_file WHERE order_id = ?",
                      (order.id,)).fetchone()
    if row:
        return str(row[0])
    name = purge_name(order.hlc, order.device)
    con.execute("INSERT INTO sync_purge_file (name, order_id, seen_at) VALUES (?, ?, ?)",
                (name, order.id, _now()))
    return name


def publish_orders(con: sqlite3.Connection, space: Space, report: SyncReport) -> None:
    """Put every unpublished own order on the share (``ShareUnavailable`` propagates)."""
    orders = erasure.unpublished_orders(con)
    if orders:
        space.fs.make_dirs(space.dir / "purges", inside=space.dir)
    for order in orders:
        name = _file_of(con, order)
        data = order.to_json()
        try:
            write_purge(space, name, data)
        except FileExistsError:
            if read_purge(space, name) != data:  # pragma: no cover - names are unique
                raise
        erasure.mark_order_published(con, order.id)
        report.purges_sent += 1


def new_order_files(con: sqlite3.Connection, space: Space) -> list[str]:
    if not space.fs.is_dir(space.dir / "purges"):
        return []  # no order was ever published (or the folder was removed by hand)
    seen = {r[0] for r in con.execute("SELECT name FROM sync_purge_file")}
    return [n for n in sorted(list_purges(space)) if n not in seen]


def apply_share_orders(con: sqlite3.Connection, space: Space, report: SyncReport, *,
                       dry_run: bool = False) -> None:
    """Carry out the orders on the share not seen here before (oldest first)."""
    for name in new_order_files(con, space):
        data = read_purge(space, name)
        if data is None:
            continue  # vanished meanwhile: the next sync sees it again (or not at all)
        try:
            order = erasure.PurgeOrder.from_json(data)
        except (ValueError, KeyError, TypeError, AttributeError):
            report.problems.append(f"Der Löschauftrag {name} ist unlesbar (beschädigt oder "
                                   "von einer neueren Programmversion); er wird beim nächsten "
                                   "Abgleich erneut gelesen.")
            continue
        if dry_run:
            if not erasure.is_order_known(con, order.id):
                report.purges_applied += 1
            continue
        if erasure.apply_order(con, order, local=False):
            report.purges_applied += 1
        con.execute("INSERT OR IGNORE INTO sync_purge_file (name, order_id, seen_at) "
                    "VALUES (?, ?, ?)", (name, order.id, _now()))

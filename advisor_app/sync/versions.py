"""Versions (SYNC.md): fields of newer programs are kept, and applied after an upgrade.

Every change file (and snapshot) names the schema version of the program that wrote it in
its header. A change for a table or column this program does not have is not dropped: the
applier keeps it with its version in ``sync_unknown`` (merge.py ``_keep_unknown``). This
program never writes such a field (it cannot even read it), so it never overwrites it, and it
never publishes it again (the newer laptop that wrote it did). Snapshots include the kept
versions, so they outlive pruned change files.

``apply_unknown_fields(con)`` is the hook for after an upgrade: every kept version whose
table and column exist now is merged through the normal applier (as if it had just arrived)
and removed from ``sync_unknown``. ``capture.install_capture`` calls it whenever the
replicated columns changed (that is what an upgrade adding a column does), and every sync
calls it too; with nothing to apply it costs one query.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence

from advisor_app.sync.merge import Applier, Change

_SELECT = ("SELECT tbl, row_id, col, value, hlc, device, seen_hlc, seen_device "
           "FROM sync_unknown ORDER BY tbl, row_id, hlc, device")


def kept_unknown(con: sqlite3.Connection) -> list[Change]:
    """Every kept field version of a newer program, as changes (for snapshots)."""
    return [{"t": t, "r": r, "c": c, "v": v, "h": h, "d": d, "sh": sh, "sd": sd}
            for t, r, c, v, h, d, sh, sd in con.execute(_SELECT)]


def applicable(changes: Sequence[Change],
               schema: Mapping[str, Sequence[str]]) -> list[Change]:
    return [c for c in changes if c["c"] in schema.get(c["t"], ())]


def apply_unknown_fields(con: sqlite3.Connection,
                         schema: Mapping[str, Sequence[str]] | None = None) -> int:
    """Merge the kept versions that this schema can store now; returns how many. Runs inside
    the caller's transaction (or opens an implicit one on a non-autocommit connection)."""
    if con.execute("SELECT 1 FROM sync_unknown LIMIT 1").fetchone() is None:
        return 0
    if schema is None:
        from advisor_app.sync.capture import replicated_columns

        schema = replicated_columns(con)
    ready = applicable(kept_unknown(con), schema)
    if not ready:
        return 0
    # Inserted rows first (every column of a row new to this laptop arrives together), then
    # later versions of the same fields merge as they would have on arrival.
    Applier(con, {t: list(c) for t, c in schema.items()}).apply(ready)
    con.executemany(
        "DELETE FROM sync_unknown WHERE tbl = ? AND row_id = ? AND col = ? AND hlc = ? "
        "AND device = ?", [(c["t"], c["r"], c["c"], c["h"], c["d"]) for c in ready])
    return len(ready)


def apply_unknown_now(con: sqlite3.Connection) -> int:
    """``apply_unknown_fields`` in its own transaction (``con`` in autocommit mode): what the
    engine calls at the start of every sync. Nothing kept: one query, no lock taken."""
    if con.execute("SELECT 1 FROM sync_unknown LIMIT 1").fetchone() is None:
        return 0
    con.execute("BEGIN IMMEDIATE")
    try:
        count = apply_unknown_fields(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return count

"""The conflicts inbox: listing open conflicts and resolving one (CLI now, window later).

Resolving is a normal local edit of the field (merge.py): an ``UPDATE`` of the record that
the capture triggers record with the version the editor had seen (the winner), so it
supersedes every concurrent version and the conflict disappears here at once and on every
other laptop after their next sync. Keeping the value the record already shows changes no
column, so the triggers would not fire; then exactly what a trigger records is written
directly (same transaction, same statements), so that edit replicates as well.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Any

from advisor_app.sync.hlc import LOGICAL_BITS, SQL_NOW, physical_ms

KEEP_WINNER = "winner"
KEEP_LOSER = "loser"
_LABEL_COLUMNS = ("name", "title")


class ConflictNotFound(LookupError):
    def __init__(self, key: str, matches: int = 0) -> None:
        self.key = key
        text = (f"Die Kennung {key} passt auf {matches} Konflikte; bitte mehr Zeichen angeben."
                if matches else f"Einen offenen Konflikt {key} gibt es nicht.")
        super().__init__(text)

    def __str__(self) -> str:
        return str(self.args[0])


@dataclass(frozen=True)
class ConflictView:
    id: str
    table: str
    row_id: str
    record: str  # name or title of the record, "" when it has none
    column: str
    winner_value: Any
    winner_device: str
    winner_time: dt.datetime
    loser_value: Any
    loser_device: str
    loser_time: dt.datetime


def hlc_time(hlc: int) -> dt.datetime:
    """The wall-clock time (local time zone) of a clock value."""
    return dt.datetime.fromtimestamp(physical_ms(hlc) / 1000, dt.UTC).astimezone()


def _label(con: sqlite3.Connection, table: str, row: str) -> str:
    columns = {r[1] for r in con.execute(f"PRAGMA table_info('{table}')")}
    for column in _LABEL_COLUMNS:
        if column in columns:
            found = con.execute(f'SELECT "{column}" FROM "{table}" WHERE id = ?',
                                (row,)).fetchone()
            return "" if found is None or found[0] is None else str(found[0])
    return ""


_SELECT = ("SELECT id, tbl, row_id, col, winner_value, winner_device, winner_hlc, loser_value,"
           " loser_device, loser_hlc FROM sync_conflict WHERE status = 'open'")


def _view(con: sqlite3.Connection, row: tuple[Any, ...]) -> ConflictView:
    cid, table, record, col, wv, wd, wh, lv, ld, lh = row
    return ConflictView(id=cid, table=table, row_id=record, record=_label(con, table, record),
                        column=col, winner_value=wv, winner_device=wd, winner_time=hlc_time(wh),
                        loser_value=lv, loser_device=ld, loser_time=hlc_time(lh))


def list_conflicts(con: sqlite3.Connection) -> list[ConflictView]:
    rows = con.execute(_SELECT + " ORDER BY tbl, row_id, col, loser_hlc").fetchall()
    return [_view(con, row) for row in rows]


def find_conflict(con: sqlite3.Connection, key: str) -> ConflictView:
    """By full id or a unique prefix of at least 4 characters."""
    rows = con.execute(_SELECT + " AND id = ?", (key,)).fetchall()
    if not rows and len(key) >= 4:
        rows = con.execute(_SELECT + " AND id LIKE ? ESCAPE '\\'",
                           (key.replace("\\", "\\\\").replace("%", "\\%")
                            .replace("_", "\\_") + "%",)).fetchall()
    if len(rows) != 1:
        raise ConflictNotFound(key, len(rows))
    return _view(con, rows[0])


def _record_unchanged_edit(con: sqlite3.Connection, table: str, row: str, col: str) -> None:
    """What the capture trigger records for an edit of ``col``, for an edit that keeps the
    value (see capture.py ``_column_statements``)."""
    con.execute(f"UPDATE sync_state SET hlc = max({SQL_NOW} + (clock_offset_ms << "
                f"{LOGICAL_BITS}), hlc + 1) WHERE id = 1")
    con.execute(
        "INSERT INTO sync_outbox (tbl, row_id, col, value, hlc, device, seen_hlc, seen_device,"
        f' published) SELECT ?, t.id, ?, t."{col}", s.hlc, s.device_id, f.hlc, f.device, 0 '
        f'FROM sync_state s JOIN "{table}" t ON t.id = ? LEFT JOIN sync_field f '
        "ON f.tbl = ? AND f.row_id = t.id AND f.col = ? WHERE s.id = 1",
        (table, col, row, table, col))
    con.execute(
        "INSERT INTO sync_field (tbl, row_id, col, hlc, device, seen_hlc, seen_device) "
        "SELECT ?, ?, ?, s.hlc, s.device_id, f.hlc, f.device FROM sync_state s "
        "LEFT JOIN sync_field f ON f.tbl = ? AND f.row_id = ? AND f.col = ? WHERE s.id = 1 "
        "ON CONFLICT (tbl, row_id, col) DO UPDATE SET hlc = excluded.hlc, "
        "device = excluded.device, seen_hlc = excluded.seen_hlc, "
        "seen_device = excluded.seen_device",
        (table, row, col, table, row, col))
    con.execute("DELETE FROM sync_head WHERE tbl = ? AND row_id = ? AND col = ?",
                (table, row, col))
    con.execute("DELETE FROM sync_conflict WHERE tbl = ? AND row_id = ? AND col = ?",
                (table, row, col))


def resolve_conflict(con: sqlite3.Connection, key: str, keep: str) -> tuple[ConflictView, Any]:
    """Resolve by keeping ``"winner"``, ``"loser"`` or a new value (text; SQLite's column
    affinity turns "2024" into a number in a number column). ``con`` in autocommit mode.
    Returns the conflict and the value now stored."""
    con.execute("BEGIN IMMEDIATE")
    try:
        conflict = find_conflict(con, key)
        value = (conflict.winner_value if keep == KEEP_WINNER
                 else conflict.loser_value if keep == KEEP_LOSER else keep)
        table, row, col = conflict.table, conflict.row_id, conflict.column
        same = con.execute(f'SELECT "{col}" IS ? FROM "{table}" WHERE id = ?',
                           (value, row)).fetchone()
        if same is None:
            raise ConflictNotFound(key)
        if same[0]:
            _record_unchanged_edit(con, table, row, col)
        else:
            now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
            con.execute(f'UPDATE "{table}" SET "{col}" = ?, updated_at = ? WHERE id = ?',
                        (value, now, row))
        left = con.execute("SELECT count(*) FROM sync_conflict WHERE id = ?",
                           (conflict.id,)).fetchone()[0]
        if left:
            raise RuntimeError(f"conflict {conflict.id} was not superseded by the edit")
        stored = con.execute(f'SELECT "{col}" FROM "{table}" WHERE id = ?', (row,)).fetchone()[0]
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return conflict, stored

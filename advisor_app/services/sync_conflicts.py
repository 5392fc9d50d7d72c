"""The conflicts inbox as plain data: open conflicts with both versions, who and when, and
resolving one (keeping either version or a merged text). Wraps ``advisor_app.sync.conflicts``;
any thread (the window calls it through its background ops).
"""

from __future__ import annotations

import datetime as dt
from contextlib import closing
from dataclasses import dataclass
from typing import Any

from advisor_app.persistence.database import Database
from advisor_app.sync import conflicts as engine_conflicts
from advisor_app.sync.engine import connect
from advisor_app.sync.report import table_label

from .history import is_long_text, record_title

KEEP_WINNER = engine_conflicts.KEEP_WINNER
KEEP_LOSER = engine_conflicts.KEEP_LOSER


@dataclass(frozen=True)
class ConflictVersion:
    value: Any
    device: str
    own: bool  # made on this laptop
    time: dt.datetime  # aware, UTC


@dataclass(frozen=True)
class ConflictItem:
    id: str
    table: str
    table_label: str  # German plural, e.g. "Kontakte"
    row_id: str
    record: str  # how the user knows the record ("" when it has no name)
    column: str
    long_text: bool  # free text: offer a merge
    current: ConflictVersion  # the value the record shows now (won the merge)
    other: ConflictVersion  # the concurrent version that lost


def list_open_conflicts(db: Database) -> list[ConflictItem]:
    with closing(connect(db.path)) as con:
        own = str(con.execute("SELECT device_id FROM sync_state WHERE id = 1").fetchone()[0])
        items = []
        for c in engine_conflicts.list_conflicts(con):
            items.append(ConflictItem(
                id=c.id, table=c.table, table_label=table_label(c.table), row_id=c.row_id,
                record=record_title(con, c.table, c.row_id) or c.record, column=c.column,
                long_text=is_long_text(c.table, c.column),
                current=ConflictVersion(c.winner_value, c.winner_device, c.winner_device == own,
                                        c.winner_time.astimezone(dt.UTC)),
                other=ConflictVersion(c.loser_value, c.loser_device, c.loser_device == own,
                                      c.loser_time.astimezone(dt.UTC))))
    return items


def resolve(db: Database, conflict_id: str, *, keep: str | None = None,
            value: Any = None) -> Any:
    """Resolve by keeping ``keep`` ("winner" = the current value, "loser" = the other) or
    by storing ``value`` (e.g. a merged text). A normal local edit: it replicates and
    resolves the conflict on every laptop. Returns the value now stored."""
    if keep not in (None, KEEP_WINNER, KEEP_LOSER):
        raise ValueError(f"keep must be {KEEP_WINNER!r} or {KEEP_LOSER!r}")
    with closing(connect(db.path)) as con:
        if keep is None:
            conflict = engine_conflicts.find_conflict(con, conflict_id)
            # the engine reads the words "winner"/"loser" as a choice, not as a text
            keep = (KEEP_WINNER if value == conflict.winner_value else
                    KEEP_LOSER if value == conflict.loser_value else str(value))
            if keep in (KEEP_WINNER, KEEP_LOSER) and value not in (
                    conflict.winner_value, conflict.loser_value):
                raise ValueError("Dieser Text kann nicht als Wert gespeichert werden.")
        _, stored = engine_conflicts.resolve_conflict(con, conflict_id, keep)
    return stored


def merged_text(current: str, other: str, marker: str) -> str:
    """A first proposal for merging two texts: both, the other one below ``marker`` (a
    line that says whose version follows)."""
    if not other.strip() or other.strip() == current.strip():
        return current
    if not current.strip():
        return other
    return f"{current.rstrip()}\n\n{marker}\n{other.strip()}\n"

"""The history of one record: every known version of each of its fields, with when (from
the hybrid logical clock) and which laptop, as plain data for the window.

Versions come from three places the sync keeps anyway: the field's current version
(``sync_field`` + the record itself), this laptop's own edits (``sync_outbox``) and values
that were replaced or lost a merge (``sync_history``). A past version is "replaced" when the
current value's editor had seen it (a normal later edit) and "lost" when the two were made
without seeing each other (a concurrent edit that lost the merge). Any thread.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Text

from advisor_app.domain import enums
from advisor_app.persistence.database import Database
from advisor_app.persistence.models import REPLICATED_MODELS
from advisor_app.sync.engine import connect
from advisor_app.sync.hlc import physical_ms
from advisor_app.sync.merge import NOT_MERGED_AS_EDITS

HIDDEN_COLUMNS = frozenset({"updated_at", "created_at", "boundary"})
_ENUM_COLUMNS: dict[tuple[str, str], type[enums._Labelled]] = {
    ("partnership", "kind"): enums.PartnershipKind,
    ("partnership", "status"): enums.PartnershipStatus,
    ("partnership", "nrw_side_type"): enums.NrwSideType,
    ("climate_project", "status"): enums.ProjectStatus,
    ("contact", "legal_basis"): enums.LegalBasis,
    ("partner_region", "admin_level"): enums.AdminLevel,
}
_TABLES = {m.__tablename__: m.__table__ for m in REPLICATED_MODELS}  # type: ignore[attr-defined]


class VersionKind(StrEnum):
    CURRENT = "current"
    REPLACED = "replaced"
    LOST = "lost"


@dataclass(frozen=True)
class HistoryEntry:
    column: str
    value: Any
    time: dt.datetime  # aware, UTC (the physical part of the clock)
    device: str
    own: bool  # made on this laptop
    kind: VersionKind
    hlc: int


def hlc_utc(hlc: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(physical_ms(int(hlc)) / 1000, dt.UTC)


def is_long_text(table: str, column: str) -> bool:
    """Free text (notes, descriptions): merged by hand rather than picked."""
    found = _TABLES.get(table)
    return bool(found is not None and column in found.c
                and isinstance(found.c[column].type, Text))


def format_value(table: str, column: str, value: Any, lang: str = "de") -> str:
    """A field value as the user reads it ("" for empty; enum codes as labels)."""
    if value is None or value == "":
        return ""
    enum = _ENUM_COLUMNS.get((table, column))
    if enum is not None:
        try:
            return enum(str(value)).label(lang)
        except ValueError:
            return str(value)
    if column == "existence" and isinstance(value, int):
        return ("exists" if value % 2 else "deleted") if lang == "en" else (
            "vorhanden" if value % 2 else "gelöscht")
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def record_title(con: sqlite3.Connection, table: str, row_id: str) -> str:
    """How the user knows the record: a name or title; a partnership by its two sides."""
    if table == "partnership":
        row = con.execute(
            "SELECT coalesce(m.name, k.name, 'NRW'), r.name FROM partnership p "
            "LEFT JOIN municipality m ON m.id = p.municipality_id "
            "LEFT JOIN kreis k ON k.id = p.kreis_id "
            "LEFT JOIN partner_region r ON r.id = p.partner_region_id WHERE p.id = ?",
            (row_id,)).fetchone()
        return f"{row[0]} – {row[1]}" if row else ""
    found = _TABLES.get(table)
    if found is None:
        return ""
    column = "title" if "title" in found.c else "name" if "name" in found.c else None
    if column is None:
        return ""
    row = con.execute(f'SELECT "{column}" FROM "{table}" WHERE id = ?', (row_id,)).fetchone()
    return "" if row is None or row[0] is None else str(row[0])


def _versions(con: sqlite3.Connection, table: str, row_id: str
              ) -> dict[tuple[str, int, str], Any]:
    """(column, hlc, device) -> value of every past version known here."""
    found: dict[tuple[str, int, str], Any] = {}
    for query in ("SELECT col, hlc, device, value FROM sync_outbox WHERE tbl = ? AND row_id = ?",
                  "SELECT col, hlc, device, value FROM sync_history WHERE tbl = ? AND row_id = ?",
                  "SELECT col, hlc, device, value FROM sync_head WHERE tbl = ? AND row_id = ?"):
        for col, h, d, value in con.execute(query, (table, row_id)):
            found.setdefault((col, int(h), str(d)), value)
    return found


def record_history(db: Database, table: str, row_id: str) -> list[HistoryEntry]:
    """Every known version of every field of the record, newest first. Columns that are
    bookkeeping (timestamps, boundaries) and empty current values are left out;
    ``existence`` (deleted/restored) is kept. [] for a record without sync versions (e.g.
    seeded and never edited)."""
    if table not in _TABLES:
        raise ValueError(f"unknown table {table!r}")
    with closing(connect(db.path)) as con:
        own = str(con.execute("SELECT device_id FROM sync_state WHERE id = 1").fetchone()[0])
        names = [c.name for c in _TABLES[table].columns]
        cursor = con.execute(
            f"SELECT {', '.join(chr(34) + n + chr(34) for n in names)} FROM \"{table}\" "
            "WHERE id = ?", (row_id,))
        row = cursor.fetchone()
        current_values = dict(zip(names, row, strict=True)) if row else {}
        current = {col: (int(h), str(d), (int(sh or 0), str(sd or ""))) for col, h, d, sh, sd in
                   con.execute("SELECT col, hlc, device, seen_hlc, seen_device FROM sync_field "
                               "WHERE tbl = ? AND row_id = ?", (table, row_id))}
        past = _versions(con, table, row_id)
    entries: list[HistoryEntry] = []
    for col, (h, d, _) in current.items():
        if col in HIDDEN_COLUMNS:
            continue
        value = current_values.get(col)
        if value is None or value == "":
            continue  # a field left empty when the record was made: nothing to show
        entries.append(HistoryEntry(col, value, hlc_utc(h), d, d == own,
                                    VersionKind.CURRENT, h))
    for (col, h, d), value in past.items():
        if col in HIDDEN_COLUMNS or (col in current and current[col][:2] == (h, d)):
            continue
        winner = current.get(col)
        seen = winner[2] if winner else (0, "")
        kind = (VersionKind.REPLACED if (h, d) <= seen or col in NOT_MERGED_AS_EDITS
                else VersionKind.LOST)
        entries.append(HistoryEntry(col, value, hlc_utc(h), d, d == own, kind, h))
    entries.sort(key=lambda e: (e.hlc, e.device, e.kind != VersionKind.CURRENT), reverse=True)
    return entries


def title_of(db: Database, table: str, row_id: str) -> str:
    with closing(connect(db.path)) as con:
        return record_title(con, table, row_id)

"""Applying remote changes: per-field last-writer-wins by (hlc, device), identical on every
laptop; losers kept in history; concurrent edits with different values recorded as conflicts;
deletion as an existence counter with deterministic revival.

Runs on a plain ``sqlite3`` connection inside a transaction the caller owns (the engine
applies each change file in one transaction together with that device's cursor). Capture is
suppressed while applying, so remote changes are never re-published.

A change is a dict: ``t`` table, ``r`` row id, ``c`` column, ``v`` value, ``h`` hlc, ``d``
device, ``sh``/``sd`` the version the editor had seen (``None`` for a new field).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from advisor_app.persistence.models import DEPENDENT_LINKS
from advisor_app.sync import hlc as clock

Change = dict[str, Any]
Version = tuple[int, str]
BASE_VERSION: Version = (0, "")
CONFLICT_NAMESPACE = uuid.UUID("0b6f3f4e-58a4-5d7e-9c0c-2f7d3b1e6a11")
NOT_MERGED_AS_EDITS = frozenset({"existence", "created_at"})


@dataclass
class ApplyStats:
    applied: int = 0
    lost: int = 0
    inserted_rows: int = 0
    conflicts: int = 0
    revived: int = 0
    unknown: int = 0
    purged: int = 0
    touched: set[tuple[str, str]] = field(default_factory=set)


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")


class Applier:
    """Applies change batches to one database connection."""

    def __init__(self, con: sqlite3.Connection, schema: dict[str, list[str]]) -> None:
        self.con = con
        self.schema = {table: set(cols) for table, cols in schema.items()}

    # -- versions -------------------------------------------------------------------------
    def _version(self, table: str, row: str, col: str) -> tuple[Version, Version]:
        """(current version, the version its editor had seen) of one field."""
        found = self.con.execute(
            "SELECT hlc, device, seen_hlc, seen_device FROM sync_field "
            "WHERE tbl = ? AND row_id = ? AND col = ?",
            (table, row, col),
        ).fetchone()
        if found is None:
            return BASE_VERSION, BASE_VERSION
        return (found[0], found[1]), (found[2] or 0, found[3] or "")

    def _set_version(self, table: str, row: str, col: str, version: Version,
                     seen: Version) -> None:
        self.con.execute(
            "INSERT INTO sync_field (tbl, row_id, col, hlc, device, seen_hlc, seen_device) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tbl, row_id, col) DO UPDATE SET "
            "hlc = excluded.hlc, device = excluded.device, seen_hlc = excluded.seen_hlc, "
            "seen_device = excluded.seen_device",
            (table, row, col, *version,
             *((None, None) if seen == BASE_VERSION else seen)),
        )

    def _history(self, table: str, row: str, col: str, value: Any, version: Version) -> None:
        if version == BASE_VERSION and value is None:
            return
        self.con.execute(
            "INSERT INTO sync_history (tbl, row_id, col, value, hlc, device, replaced_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (table, row, col, value, *version, _now()),
        )

    def _heads(self, table: str, row: str, col: str) -> list[tuple[Version, Version, Any]]:
        return [((h, d), (sh or 0, sd or ""), v) for h, d, sh, sd, v in self.con.execute(
            "SELECT hlc, device, seen_hlc, seen_device, value FROM sync_head "
            "WHERE tbl = ? AND row_id = ? AND col = ?", (table, row, col))]

    def _refresh_conflicts(self, table: str, row: str, col: str, winner: Version,
                           value: Any) -> int:
        """Open conflicts of a field = its heads whose value differs from the winner's.
        A pure function of the versions known, hence the same on every laptop."""
        self.con.execute("DELETE FROM sync_conflict WHERE tbl = ? AND row_id = ? AND col = ?",
                         (table, row, col))
        if col in NOT_MERGED_AS_EDITS:
            return 0
        count = 0
        for version, _, head_value in self._heads(table, row, col):
            if head_value == value:
                continue
            key = f"{table}|{row}|{col}|{version[0]}|{version[1]}"
            self.con.execute(
                "INSERT INTO sync_conflict (id, tbl, row_id, col, winner_value, winner_hlc, "
                "winner_device, loser_value, loser_hlc, loser_device, status, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)",
                (str(uuid.uuid5(CONFLICT_NAMESPACE, key)), table, row, col, value, *winner,
                 head_value, *version, _now()),
            )
            count += 1
        return count

    # -- applying -------------------------------------------------------------------------
    def apply(self, changes: Sequence[Change]) -> ApplyStats:
        stats = ApplyStats()
        if not changes:
            return stats
        self._receive_clock(max(int(c["h"]) for c in changes))
        self.con.execute("UPDATE sync_state SET applying = 1 WHERE id = 1")
        for (table, row), group in _by_row(changes):
            if self.con.execute("SELECT 1 FROM sync_purge WHERE tbl = ? AND row_id = ?",
                                (table, row)).fetchone():
                stats.purged += len(group)  # erased by a GDPR order: never comes back
                continue
            if table not in self.schema:  # a table of a newer program: keep, apply later
                for change in group:
                    self._keep_unknown(change, stats)
                continue
            stats.touched.add((table, row))
            exists = self.con.execute(f'SELECT 1 FROM "{table}" WHERE id = ?', (row,)).fetchone()
            if exists is None:
                self._insert_row(table, row, group, stats)
            else:
                for change in group:
                    self._merge_field(change, stats)
        self._revive(stats)
        self._recover_parents(stats)
        self.con.execute("UPDATE sync_state SET applying = 0 WHERE id = 1")
        return stats

    def _receive_clock(self, remote: int) -> None:
        last, offset = self.con.execute(
            "SELECT hlc, clock_offset_ms FROM sync_state WHERE id = 1").fetchone()
        self.con.execute("UPDATE sync_state SET hlc = ? WHERE id = 1",
                         (clock.receive(last, remote, clock.now_ms() + offset),))

    def _insert_row(self, table: str, row: str, group: list[Change], stats: ApplyStats) -> None:
        latest: dict[str, Change] = {}
        for change in group:
            col = change["c"]
            if col not in self.schema[table]:
                self._keep_unknown(change, stats)
                continue
            held = latest.get(col)
            if held is None or (change["h"], change["d"]) > (held["h"], held["d"]):
                latest[col] = change
        if not latest:
            return  # only fields of a newer program: kept in sync_unknown
        cols = list(latest)
        names = ", ".join(f'"{c}"' for c in ["id", *cols, "updated_at"])
        marks = ", ".join("?" for _ in range(len(cols) + 2))
        self.con.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})',
                         (row, *(latest[c]["v"] for c in cols), _now()))
        for col, change in latest.items():
            self._set_version(table, row, col, (int(change["h"]), str(change["d"])),
                              (int(change.get("sh") or 0), str(change.get("sd") or "")))
        stats.inserted_rows += 1
        stats.applied += len(latest)

    def _merge_field(self, change: Change, stats: ApplyStats) -> None:
        """Merge one remote version of a field.

        The field's heads are the versions no other version has seen (``seen >= version``).
        The highest version is always a head and is the value everywhere; the other heads
        are concurrent edits kept for the conflicts inbox until a later edit supersedes them.
        """
        table, row, col = change["t"], change["r"], change["c"]
        if col not in self.schema[table]:
            self._keep_unknown(change, stats)
            return
        incoming: Version = (int(change["h"]), str(change["d"]))
        incoming_seen: Version = (int(change.get("sh") or 0), str(change.get("sd") or ""))
        value = change["v"]
        winner, winner_seen = self._version(table, row, col)
        heads = [(winner, winner_seen), *((v, s) for v, s, _ in self._heads(table, row, col))]
        if any(incoming == version or incoming <= seen for version, seen in heads):
            if all(incoming != version for version, _ in heads):
                self._history(table, row, col, value, incoming)  # old news, keep it
            return
        self.con.execute(
            "DELETE FROM sync_head WHERE tbl = ? AND row_id = ? AND col = ? "
            "AND (hlc < ? OR (hlc = ? AND device <= ?))",
            (table, row, col, incoming_seen[0], incoming_seen[0], incoming_seen[1]))
        current = self.con.execute(f'SELECT "{col}" FROM "{table}" WHERE id = ?',
                                   (row,)).fetchone()[0]
        if incoming > winner:
            self._history(table, row, col, current, winner)
            if winner != BASE_VERSION and winner > incoming_seen:  # winner stays a head
                self._add_head(table, row, col, winner, winner_seen, current)
            self.con.execute(f'UPDATE "{table}" SET "{col}" = ? WHERE id = ?', (value, row))
            self._set_version(table, row, col, incoming, incoming_seen)
            stats.applied += 1
            winner, current = incoming, value
        else:
            self._history(table, row, col, value, incoming)
            self._add_head(table, row, col, incoming, incoming_seen, value)
            stats.lost += 1
        stats.conflicts += self._refresh_conflicts(table, row, col, winner, current)

    def _keep_unknown(self, change: Change, stats: ApplyStats) -> None:
        """A field of a newer program (SYNC.md "Versions"): kept with its version, applied
        by ``versions.apply_unknown_fields`` after an upgrade adds it; never overwritten."""
        self.con.execute(
            "INSERT OR IGNORE INTO sync_unknown (tbl, row_id, col, hlc, device, seen_hlc, "
            "seen_device, value, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (change["t"], change["r"], change["c"], int(change["h"]), str(change["d"]),
             change.get("sh"), change.get("sd"), change.get("v"), _now()))
        stats.unknown += 1

    def _add_head(self, table: str, row: str, col: str, version: Version, seen: Version,
                  value: Any) -> None:
        if col in NOT_MERGED_AS_EDITS:
            # Never a conflict, so no head is needed; and the row's existence value may be
            # derived (revival), which would make the head differ between laptops.
            return
        self.con.execute(
            "INSERT OR IGNORE INTO sync_head (tbl, row_id, col, hlc, device, seen_hlc, "
            "seen_device, value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (table, row, col, *version, *((None, None) if seen == BASE_VERSION else seen),
             value))

    def _revive(self, stats: ApplyStats) -> None:
        """A deleted row with an edit newer than its deletion comes back (same everywhere,
        because it depends only on the merged versions). The existence field keeps its
        version: revival is derived state, so a later delete or restore merges as usual."""
        for table, row in sorted(stats.touched):
            existence = self.con.execute(f'SELECT existence FROM "{table}" WHERE id = ?',
                                         (row,)).fetchone()
            if existence is None or existence[0] % 2 == 1:
                continue
            deleted, _ = self._version(table, row, "existence")
            newest = self.con.execute(
                "SELECT hlc, device FROM sync_field WHERE tbl = ? AND row_id = ? "
                "AND col NOT IN ('existence', 'created_at') ORDER BY hlc DESC, device DESC "
                "LIMIT 1", (table, row)).fetchone()
            if newest and (newest[0], newest[1]) > deleted:
                self.con.execute(f'UPDATE "{table}" SET existence = existence + 1 WHERE id = ?',
                                 (row,))
                stats.revived += 1


    def _recover_parents(self, stats: ApplyStats) -> None:
        """A parent deleted on one laptop while another added a child to it comes back, so
        the child never dangles. Depends only on the merged state: same on every laptop."""
        changed = True
        while changed:
            changed = False
            for child, column, parent in DEPENDENT_LINKS:
                cursor = self.con.execute(
                    f'UPDATE "{parent}" SET existence = existence + 1 '
                    f"WHERE existence % 2 = 0 AND id IN (SELECT \"{column}\" FROM \"{child}\" "
                    f"WHERE existence % 2 = 1 AND \"{column}\" IS NOT NULL)")
                if cursor.rowcount:
                    stats.revived += cursor.rowcount
                    changed = True


def _by_row(changes: Iterable[Change]) -> list[tuple[tuple[str, str], list[Change]]]:
    groups: dict[tuple[str, str], list[Change]] = {}
    for change in changes:
        groups.setdefault((change["t"], change["r"]), []).append(change)
    return list(groups.items())

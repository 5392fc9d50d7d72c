"""The fail-safe of SYNC.md: a sync that would delete or overwrite many existing records
pauses and asks first (Joplin lost notes to syncs that looked like mass deletions).

``estimate_impact`` reads (never writes) the local database: for every record the incoming
changes touch it decides, with the same rule the applier uses (the higher (hlc, device)
wins), whether an existing live record would be deleted (its ``existence`` turning even) or
overwritten (a field changing value). Records the incoming changes create do not count.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from advisor_app.sync.merge import NOT_MERGED_AS_EDITS, Change
from advisor_app.sync.report import TableImpact

MAX_RECORDS = 50  # more affected records than this in one sync: ask
MAX_SHARE = 0.20  # more than this share of a table's live records: ask ...
MIN_RECORDS_FOR_SHARE = 10  # ... from this many affected records on (small tables: 2 of 5)


def _winners(changes: Iterable[Change]) -> dict[tuple[str, str], dict[str, Change]]:
    """Per record, per column: the incoming change with the highest version."""
    rows: dict[tuple[str, str], dict[str, Change]] = {}
    for change in changes:
        cols = rows.setdefault((change["t"], change["r"]), {})
        held = cols.get(change["c"])
        if held is None or (change["h"], change["d"]) > (held["h"], held["d"]):
            cols[change["c"]] = change
    return rows


def estimate_impact(con: sqlite3.Connection, changes: Iterable[Change],
                    schema: dict[str, list[str]]) -> list[TableImpact]:
    """Per table with affected records: live count, records deleted, records overwritten."""
    deleted: dict[str, int] = {}
    overwritten: dict[str, int] = {}
    for (table, row), cols in _winners(changes).items():
        known = schema.get(table)
        if known is None:
            continue
        cursor = con.execute(f'SELECT * FROM "{table}" WHERE id = ?', (row,))
        found = cursor.fetchone()
        if found is None:
            continue
        current: dict[str, Any] = {d[0]: v for d, v in zip(cursor.description, found,
                                                            strict=True)}
        if int(current.get("existence") or 0) % 2 == 0:
            continue  # already in the trash: nothing visible is lost
        versions = {c: (h, d) for c, h, d in con.execute(
            "SELECT col, hlc, device FROM sync_field WHERE tbl = ? AND row_id = ?",
            (table, row))}
        kind = ""
        for col, change in cols.items():
            if col not in known or col not in current:
                continue
            if (change["h"], change["d"]) <= versions.get(col, (0, "")):
                continue  # loses the merge: nothing changes here
            if change["v"] == current[col]:
                continue
            if col == "existence":
                if isinstance(change["v"], int) and change["v"] % 2 == 0:
                    kind = "deleted"
                    break
            elif col not in NOT_MERGED_AS_EDITS:
                kind = "overwritten"
        if kind == "deleted":
            deleted[table] = deleted.get(table, 0) + 1
        elif kind:
            overwritten[table] = overwritten.get(table, 0) + 1
    impacts = []
    for table in sorted(set(deleted) | set(overwritten)):
        live = con.execute(f'SELECT count(*) FROM "{table}" WHERE existence % 2 = 1'
                           ).fetchone()[0]
        impacts.append(TableImpact(table=table, live=int(live), deleted=deleted.get(table, 0),
                                   overwritten=overwritten.get(table, 0)))
    return impacts


def needs_confirmation(impacts: Iterable[TableImpact]) -> bool:
    impacts = list(impacts)
    if sum(i.affected for i in impacts) > MAX_RECORDS:
        return True
    return any(i.affected >= MIN_RECORDS_FOR_SHARE and i.affected > MAX_SHARE * i.live
               for i in impacts)

"""An in-memory share and real SQLite laptops for sync tests (merge behaviour, not files)."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from advisor_app.domain.enums import PartnershipKind, PartnershipStatus
from advisor_app.persistence import ids
from advisor_app.persistence.database import Database, open_database
from advisor_app.services import records
from advisor_app.services.inputs import PartnerRegionInput, PartnershipInput
from advisor_app.sync import erasure
from advisor_app.sync.apply import apply_batch, cursors
from advisor_app.sync.capture import replicated_columns
from advisor_app.sync.merge import Change
from advisor_app.sync.outbox import mark_published, new_device_id, pending_changes

GLADBECK = ids.municipality_id("05562014")
DAY_MS = 86_400_000
Batch = tuple[int, dict[str, int], list[Change]]


@dataclass
class Share:
    logs: dict[str, list[Batch]] = field(default_factory=dict)
    purges: list[bytes] = field(default_factory=list)


class Laptop:
    def __init__(self, path: Path, offset_ms: int) -> None:
        self.path = path
        self.con = sqlite3.connect(path, isolation_level=None)
        self.device = new_device_id(self.con)
        self.con.execute("UPDATE sync_state SET clock_offset_ms = ? WHERE id = 1", (offset_ms,))
        self.db: Database = open_database(path)
        self.counter = 0

    def close(self) -> None:
        self.db.close()
        self.con.close()

    def publish(self, share: Share) -> None:
        for order in erasure.unpublished_orders(self.con):
            share.purges.append(order.to_json())
            erasure.mark_order_published(self.con, order.id)
        self.con.execute("BEGIN IMMEDIATE")
        changes, last = pending_changes(self.con)
        if changes:
            log = share.logs.setdefault(self.device, [])
            deps = {d: s for d, (s, _) in cursors(self.con).items()}
            log.append((len(log) + 1, deps, changes))
            mark_published(self.con, last)
        self.con.execute("COMMIT")

    def pull(self, share: Share, order: list[str], replay: bool) -> None:
        for data in share.purges:
            erasure.apply_order(self.con, erasure.PurgeOrder.from_json(data), local=False)
        progress = True
        while progress:
            progress = False
            for device in order:
                if device == self.device or device not in share.logs:
                    continue
                done = cursors(self.con).get(device, (0, ""))[0]
                log = share.logs[device]
                start = 0 if replay else done  # replay = duplicated delivery of old files
                for seq, deps, changes in log[start:]:
                    have = cursors(self.con)
                    if any(d != self.device and have.get(d, (0, ""))[0] < s
                           for d, s in deps.items()):
                        break  # causal delivery: wait for what the author had seen
                    if apply_batch(self.con, device=device, seq=seq, sha256=f"{seq}",
                                   changes=changes) is not None:
                        progress = True
                replay = False

    # -- what advisers do --------------------------------------------------------------
    def _live(self, table: str, where: str = "1") -> list[str]:
        rows = self.con.execute(
            f"SELECT id FROM {table} WHERE existence % 2 = 1 AND {where} ORDER BY id")
        return [r[0] for r in rows]

    def act(self, kind: str, pick: int, text: str) -> None:
        regions = self._live("partner_region", "source = 'test' OR country_iso2 = 'PL'")
        partnerships = self._live("partnership", f"municipality_id = '{GLADBECK}'")
        try:
            if kind == "create_region":
                self.counter += 1
                records.save(self.db, PartnerRegionInput(
                    name=f"Region {self.device[:4]}-{self.counter}", country_iso2="GH",
                    source="test"))
            elif kind == "edit_region" and regions:
                region = regions[pick % len(regions)]
                self.con.execute("UPDATE partner_region SET notes = ?, lat = ?, lon = 1.0 "
                                 "WHERE id = ?", (text, float(pick % 80), region))
            elif kind == "add_child" and regions:
                records.save(self.db, PartnershipInput(
                    partner_region_id=regions[pick % len(regions)],
                    kind=PartnershipKind.KONTAKT, status=PartnershipStatus.IDEA,
                    municipality_id=GLADBECK, notes=text))
            elif kind == "edit_partnership" and partnerships:
                self.con.execute("UPDATE partnership SET status = ?, notes = ? WHERE id = ?",
                                 (list(PartnershipStatus)[pick % 5].value, text,
                                  partnerships[pick % len(partnerships)]))
            elif kind == "delete" and partnerships:
                records.delete(self.db, "partnership", partnerships[pick % len(partnerships)])
            elif kind == "delete_region" and regions:
                records.delete(self.db, "partner_region", regions[pick % len(regions)])
            elif kind == "restore":
                trash = records.list_trash(self.db)
                if trash:
                    item = trash[pick % len(trash)]
                    records.restore(self.db, item.kind, item.id)
            elif kind == "edit_municipality":
                self.con.execute("UPDATE municipality SET notes = ? WHERE id = ?",
                                 (text, GLADBECK))
        except records.RecordInUse:
            pass

    def state(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for table, cols in replicated_columns(self.con).items():
            names = ", ".join(f'"{c}"' for c in ["id", *cols])
            result[table] = self.con.execute(f"SELECT {names} FROM {table} ORDER BY id").fetchall()
        result["sync_field"] = self.con.execute(
            "SELECT * FROM sync_field ORDER BY tbl, row_id, col").fetchall()
        result["sync_conflict"] = self.con.execute(
            "SELECT id, tbl, row_id, col, winner_value, winner_hlc, winner_device, loser_value,"
            " loser_hlc, loser_device FROM sync_conflict ORDER BY id").fetchall()
        result["sync_head"] = self.con.execute(
            "SELECT * FROM sync_head ORDER BY tbl, row_id, col, hlc, device").fetchall()
        return result




def make_template(folder: Path) -> Path:
    path = folder / "template.sqlite"
    db = open_database(path)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def make_laptops(template: Path, folder: Path, offsets: list[int]) -> list[Laptop]:
    laptops = []
    for i, offset in enumerate(offsets):
        path = folder / f"laptop{i}.sqlite"
        shutil.copy2(template, path)
        laptops.append(Laptop(path, offset))
    return laptops


def sync_all(laptops: list[Laptop], share: Share, rounds: int = 2) -> None:
    for _ in range(rounds):
        for laptop in laptops:
            laptop.publish(share)
        for laptop in laptops:
            laptop.pull(share, [lp.device for lp in laptops], replay=False)

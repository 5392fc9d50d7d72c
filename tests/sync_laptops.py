"""Real laptops for sync-engine tests: seeded SQLite files copied from a template, each with
its own device id, synced through a real share folder with ``sync_once``."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from advisor_app.domain.enums import PartnershipKind, PartnershipStatus
from advisor_app.persistence import ids
from advisor_app.persistence.database import Database, open_database
from advisor_app.services import records
from advisor_app.services.inputs import PartnerRegionInput, PartnershipInput
from advisor_app.sync.capture import replicated_columns
from advisor_app.sync.engine import sync_once
from advisor_app.sync.fileops import LocalShareFS, ShareFS
from advisor_app.sync.outbox import new_device_id
from advisor_app.sync.report import SyncReport
from advisor_app.sync.share import init_space

GLADBECK = ids.municipality_id("05562014")


def make_share(folder: Path, fs: ShareFS | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    init_space(fs or LocalShareFS(), folder)
    return folder


class Machine:
    """One laptop: its database file (opened as the app does) and a raw connection."""

    def __init__(self, template: Path, folder: Path, name: str, *,
                 new_id: bool = True) -> None:
        self.path = folder / f"{name}.sqlite"
        if not self.path.exists():
            shutil.copy2(template, self.path)
        if new_id:
            con = sqlite3.connect(self.path, isolation_level=None)
            new_device_id(con)
            con.close()
        self.db: Database = open_database(self.path)
        self.con = sqlite3.connect(self.path, isolation_level=None)
        self.con.execute("PRAGMA busy_timeout=5000")

    @property
    def device(self) -> str:
        return str(self.con.execute("SELECT device_id FROM sync_state").fetchone()[0])

    def sync(self, share: Path, fs: ShareFS | None = None, **options: Any) -> SyncReport:
        return sync_once(self.db, share, fs=fs, **options)

    def close(self) -> None:
        self.con.close()
        self.db.close()

    def one(self, query: str, params: Sequence[Any] = ()) -> Any:
        row = self.con.execute(query, params).fetchone()
        return None if row is None else row[0]

    def add_region(self, name: str, country: str = "GH") -> str:
        return records.save(self.db, PartnerRegionInput(name=name, country_iso2=country,
                                                        source="test"))

    def add_partnership(self, region_id: str, notes: str = "") -> str:
        return records.save(self.db, PartnershipInput(
            partner_region_id=region_id, kind=PartnershipKind.KONTAKT,
            status=PartnershipStatus.IDEA, municipality_id=GLADBECK, notes=notes))

    def pending(self) -> int:
        return int(self.one("SELECT count(*) FROM sync_outbox WHERE published = 0"))

    def domain(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every replicated table's rows (id + replicated columns), for comparing laptops."""
        result = {}
        for table, cols in replicated_columns(self.con).items():
            names = ", ".join(f'"{c}"' for c in ["id", *cols])
            result[table] = self.con.execute(
                f"SELECT {names} FROM {table} ORDER BY id").fetchall()
        return result

    def conflicts(self) -> list[tuple[Any, ...]]:
        return self.con.execute("SELECT id, tbl, row_id, col, winner_value, loser_value "
                                "FROM sync_conflict ORDER BY id").fetchall()

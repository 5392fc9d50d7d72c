"""Sync through a real SMB share (smbd on loopback, mounted with smbnetfs), including the
share vanishing in the middle of a sync (smbd stopped) and coming back: nothing is lost and
the next sync completes."""

from __future__ import annotations

from pathlib import Path

import pytest
from samba_share import SambaShare
from sync_laptops import Machine, make_share

from advisor_app.persistence.database import open_database
from advisor_app.sync.report import SyncStatus


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tpl") / "template.sqlite"
    db = open_database(path)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def _stop_once(samba: SambaShare, phase: str) -> object:
    state = {"stopped": False}

    def progress(current: str, done: int, total: int) -> None:
        if current == phase and not state["stopped"]:
            state["stopped"] = True
            samba.stop_smbd()

    return progress


def test_share_vanishes_while_publishing_and_comes_back(
        samba: SambaShare, template: Path, tmp_path: Path) -> None:
    share = make_share(samba.path)
    a = Machine(template, tmp_path, "a")
    b = Machine(template, tmp_path, "b")
    try:
        for i in range(400):  # > 5,000 captured changes: more than one change file
            a.add_region(f"Region {i:03d}")
        expected = a.domain()
        report = a.sync(share, progress=_stop_once(samba, "senden"))
        assert report.status is SyncStatus.SHARE_UNAVAILABLE
        assert a.pending() > 0  # what did not reach the share is still in the outbox
        assert a.domain() == expected  # local data untouched

        samba.start_smbd()
        samba.wait_reachable()
        assert a.sync(share).status is SyncStatus.OK
        assert a.pending() == 0
        assert b.sync(share).status is SyncStatus.OK
        assert b.domain() == a.domain()
        assert b.one("SELECT count(*) FROM partner_region WHERE name LIKE 'Region %'") == 400
    finally:
        a.close()
        b.close()


def test_share_vanishes_while_reading_and_comes_back(
        samba: SambaShare, template: Path, tmp_path: Path) -> None:
    share = make_share(samba.path)
    a = Machine(template, tmp_path, "a")
    b = Machine(template, tmp_path, "b")
    c = Machine(template, tmp_path, "c")
    try:
        a.add_region("Tamale")
        b.add_region("Kumasi-Ost")
        assert a.sync(share).ok and b.sync(share).ok
        c.add_region("Sunyani")
        report = c.sync(share, progress=_stop_once(samba, "lesen"))
        assert report.status is SyncStatus.SHARE_UNAVAILABLE
        samba.start_smbd()
        samba.wait_reachable()
        for machine in (c, a, b, c):
            assert machine.sync(share).status is SyncStatus.OK
        assert a.domain() == b.domain() == c.domain()
        assert c.one("SELECT count(*) FROM partner_region WHERE name IN "
                     "('Tamale', 'Kumasi-Ost', 'Sunyani')") == 3
    finally:
        for machine in (a, b, c):
            machine.close()

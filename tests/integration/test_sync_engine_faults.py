"""Fault scenarios of SYNC.md through the whole engine: nothing lost, nothing doubled, nothing
created or deleted on a missing share, mass deletions paused, reused device ids repaired."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_faults import FaultFS
from sync_laptops import Machine, make_share

from advisor_app.persistence.database import backup_database
from advisor_app.services import records
from advisor_app.sync import publisher
from advisor_app.sync.report import SyncStatus


@pytest.fixture
def laptops(seeded_template: Path, tmp_path: Path) -> Iterator[list[Machine]]:
    machines = [Machine(seeded_template, tmp_path, name) for name in ("a", "b", "c")]
    yield machines
    for machine in machines:
        machine.close()


@pytest.fixture
def fs(tmp_path: Path) -> FaultFS:
    fault_fs = FaultFS(tmp_path / "share")
    make_share(fault_fs.root, fault_fs)
    return fault_fs


def log_files(fs: FaultFS, device: str) -> list[str]:
    folder = fs.root / "advisor-sync" / "devices" / device / "log"
    if not folder.exists():
        return []
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith(".tmp-"))


def test_share_vanishes_between_temp_write_and_rename(laptops: list[Machine],
                                                      fs: FaultFS) -> None:
    a, b, _ = laptops
    region = a.add_region("Region vor dem Ausfall")
    pending = a.pending()
    fs.fail("link", when="before", vanish=True)
    report = a.sync(fs.root, fs)
    assert report.status is SyncStatus.SHARE_UNAVAILABLE
    assert a.pending() == pending  # nothing marked published
    assert a.one("SELECT count(*) FROM sync_publish_log WHERE published_at IS NULL") == 1
    fs.reappear()
    assert log_files(fs, a.device) == []  # at most a temp file is left
    report = a.sync(fs.root, fs)
    assert report.status is SyncStatus.OK and report.sent_changes == pending
    assert a.pending() == 0 and log_files(fs, a.device) == ["000000000001.chg.gz"]
    b.sync(fs.root, fs)
    assert b.one("SELECT name FROM partner_region WHERE id = ?", (region,)) == \
        "Region vor dem Ausfall"


def test_crash_after_rename_before_marking_published(laptops: list[Machine], fs: FaultFS,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, _ = laptops
    a.add_region("Region A")
    pending = a.pending()
    real = publisher._mark_done

    def crash(*args: object) -> None:
        raise RuntimeError("Stromausfall")

    monkeypatch.setattr(publisher, "_mark_done", crash)
    with pytest.raises(RuntimeError):
        a.sync(fs.root, fs)
    assert log_files(fs, a.device) == ["000000000001.chg.gz"]
    assert a.pending() == pending
    monkeypatch.setattr(publisher, "_mark_done", real)
    a.add_region("Region A2")  # a later edit must go into file 2, not into a new file 1
    report = a.sync(fs.root, fs)
    assert report.status is SyncStatus.OK and report.sent_files == 2
    assert log_files(fs, a.device) == ["000000000001.chg.gz", "000000000002.chg.gz"]
    assert a.pending() == 0
    report = b.sync(fs.root, fs)
    assert report.status is SyncStatus.OK and report.received_files == 2
    a.sync(fs.root, fs)
    assert a.domain() == b.domain()
    assert b.one("SELECT count(*) FROM partner_region WHERE source = 'test'") == 2


def test_corrupt_file_stops_that_stream_others_continue_and_repair_resumes(
        laptops: list[Machine], fs: FaultFS) -> None:
    a, b, c = laptops
    a.add_region("A eins")
    a.sync(fs.root, fs)
    second = a.add_region("A zwei")
    a.sync(fs.root, fs)
    c.add_region("C eins")
    c.sync(fs.root, fs)
    damaged = fs.root / "advisor-sync" / "devices" / a.device / "log" / "000000000002.chg.gz"
    original = damaged.read_bytes()
    damaged.write_bytes(original[: len(original) // 2])

    report = b.sync(fs.root, fs)
    assert report.status is SyncStatus.PROBLEMS
    assert len(report.problems) == 1 and a.device in report.problems[0]
    assert "ab Datei 2" in report.problems[0]
    assert b.one("SELECT count(*) FROM partner_region WHERE name IN ('A eins', 'C eins')") == 2
    assert b.one("SELECT count(*) FROM partner_region WHERE id = ?", (second,)) == 0
    assert dict(b.con.execute("SELECT device, seq FROM sync_cursor").fetchall()) == {
        a.device: 1, c.device: 1}
    assert any(line.startswith("Problem: ") for line in report.summary_lines())

    damaged.write_bytes(original)
    report = b.sync(fs.root, fs)
    assert report.status is SyncStatus.OK and report.received_files == 1
    assert b.one("SELECT name FROM partner_region WHERE id = ?", (second,)) == "A zwei"


def test_empty_folder_in_place_of_the_share_changes_nothing(laptops: list[Machine],
                                                            fs: FaultFS) -> None:
    a, b, _ = laptops
    a.add_region("Region A")
    a.sync(fs.root, fs)
    b.sync(fs.root, fs)
    records.delete(b.db, "partner_region",
                   b.one("SELECT id FROM partner_region WHERE name = 'Region A'"))
    before, pending = b.domain(), b.pending()
    fs.unmount()
    report = b.sync(fs.root, fs)
    assert report.status is SyncStatus.SPACE_MISSING
    assert "nichts angelegt und nichts gelöscht" in report.problems[0]
    assert list(fs.root.iterdir()) == []
    assert b.domain() == before and b.pending() == pending
    fs.root.rmdir()  # unmounted without a mount point folder
    report = b.sync(fs.root, fs)
    assert report.status is SyncStatus.SHARE_UNAVAILABLE and not fs.root.exists()
    fs.remount()
    assert b.sync(fs.root, fs).status is SyncStatus.OK
    a.sync(fs.root, fs)
    assert a.domain() == b.domain()


def test_share_vanishing_while_reading_keeps_what_was_verified(laptops: list[Machine],
                                                               fs: FaultFS) -> None:
    a, b, _ = laptops
    a.add_region("Eins")
    a.sync(fs.root, fs)
    a.add_region("Zwei")
    a.sync(fs.root, fs)
    fs.fail("read", match="000000000002.chg.gz", vanish=True)
    report = b.sync(fs.root, fs)
    assert report.status is SyncStatus.SHARE_UNAVAILABLE
    assert b.one("SELECT count(*) FROM partner_region WHERE name = 'Eins'") == 1
    fs.reappear()
    assert b.sync(fs.root, fs).status is SyncStatus.OK
    assert a.domain() == b.domain()


def _delete_partnerships(m: Machine, count: int) -> list[str]:
    ids = [r[0] for r in m.con.execute(
        "SELECT id FROM partnership WHERE existence % 2 = 1 ORDER BY id LIMIT ?", (count,))]
    for pid in ids:
        records.delete(m.db, "partnership", pid)
    return ids


def test_mass_delete_pauses_until_confirmed(laptops: list[Machine], fs: FaultFS) -> None:
    a, b, _ = laptops
    deleted = _delete_partnerships(a, 60)
    a.sync(fs.root, fs)
    live = "SELECT count(*) FROM partnership WHERE existence % 2 = 1"
    before = b.one(live)
    report = b.sync(fs.root, fs)
    assert report.status is SyncStatus.PAUSED_FAILSAFE
    [impact] = report.impacts
    assert (impact.table, impact.deleted, impact.overwritten) == ("partnership", 60, 0)
    assert b.one(live) == before and b.one("SELECT count(*) FROM sync_cursor") == 0
    lines = report.summary_lines()
    assert "  Partnerschaften: 60 gelöscht, 0 überschrieben (von 826 vorhandenen)" in lines
    assert b.sync(fs.root, fs).status is SyncStatus.PAUSED_FAILSAFE  # asks again
    report = b.sync(fs.root, fs, assume_yes=True)
    assert report.status is SyncStatus.OK
    assert b.one(live) == before - 60
    assert all(b.one("SELECT existence FROM partnership WHERE id = ?", (p,)) % 2 == 0
               for p in deleted)


def test_few_deletions_and_new_records_do_not_pause(laptops: list[Machine],
                                                    fs: FaultFS) -> None:
    a, b, _ = laptops
    _delete_partnerships(a, 5)
    for n in range(80):  # new records never count
        a.add_region(f"Neu {n}")
    a.sync(fs.root, fs)
    assert b.sync(fs.root, fs).status is SyncStatus.OK


def test_mass_overwrite_of_a_small_table_pauses(laptops: list[Machine], fs: FaultFS) -> None:
    a, b, _ = laptops
    a.con.execute("UPDATE kreis SET population = 1 WHERE rowid <= 12")
    a.sync(fs.root, fs)
    report = b.sync(fs.root, fs)
    assert report.status is SyncStatus.PAUSED_FAILSAFE
    assert [(i.table, i.overwritten) for i in report.impacts] == [("kreis", 12)]


def _clone(m: Machine, folder: Path, name: str) -> Path:
    """A copy of the laptop's database as a restored backup or cloned disk would give."""
    target = folder / f"{name}.sqlite"
    backup_database(m.path, dest=target)
    return target


def test_cloned_laptop_gets_a_new_device_id_and_nothing_is_lost(
        laptops: list[Machine], fs: FaultFS, seeded_template: Path, tmp_path: Path) -> None:
    a, b, _ = laptops
    a.add_region("vor dem Klonen")
    a.sync(fs.root, fs)
    _clone(a, tmp_path, "a-clone")
    clone = Machine(seeded_template, tmp_path, "a-clone", new_id=False)
    assert clone.device == a.device
    try:
        a.add_region("nur auf A")
        a.sync(fs.root, fs)
        clone.add_region("nur auf dem Klon")
        report = clone.sync(fs.root, fs)
        assert report.new_device_id and report.new_device_id != a.device
        assert report.status is SyncStatus.OK and report.sent_files == 1
        assert any("Gerätekennung" in w for w in report.warnings)
        assert clone.device == report.new_device_id and clone.pending() == 0
        for machine in (b, a, clone, b):
            assert machine.sync(fs.root, fs).status is SyncStatus.OK
        names = {"vor dem Klonen", "nur auf A", "nur auf dem Klon"}
        for machine in (a, b, clone):
            found = {r[0] for r in machine.con.execute("SELECT name FROM partner_region")}
            assert names <= found
        assert a.domain() == b.domain() == clone.domain()
    finally:
        clone.close()


def test_laptop_restored_from_backup_without_new_edits_switches_id(
        laptops: list[Machine], fs: FaultFS, tmp_path: Path, seeded_template: Path) -> None:
    a = laptops[0]
    a.sync(fs.root, fs)
    _clone(a, tmp_path, "restored")
    a.add_region("nach der Sicherung")
    a.sync(fs.root, fs)
    restored = Machine(seeded_template, tmp_path, "restored", new_id=False)
    try:
        report = restored.sync(fs.root, fs)  # finds a file after its last one under its id
        assert report.new_device_id
        report = restored.sync(fs.root, fs)
        assert report.status is SyncStatus.OK
        assert restored.one("SELECT count(*) FROM partner_region WHERE name = "
                            "'nach der Sicherung'") == 1
    finally:
        restored.close()


def test_published_files_keep_only_their_checksum_locally(laptops: list[Machine],
                                                          fs: FaultFS) -> None:
    a, _, _ = laptops
    a.add_region("Region")
    a.sync(fs.root, fs)
    data = fs.root / "advisor-sync" / "devices" / a.device / "log" / "000000000001.chg.gz"
    row = a.con.execute("SELECT data, sha256, published_at FROM sync_publish_log").fetchall()
    assert len(row) == 1 and row[0][0] is None and row[0][2] is not None
    assert row[0][1] == hashlib.sha256(data.read_bytes()).hexdigest()

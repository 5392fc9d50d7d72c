"""The sync engine end to end: real laptops (SQLite files), real change files on a share folder.

Convergence of two and three laptops, causal delivery, clocks, dry run, update required.
Fault scenarios are in test_sync_engine_faults.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_faults import FaultFS, tree
from sync_laptops import GLADBECK, Machine, make_share

from advisor_app.services import records
from advisor_app.sync.report import SyncStatus

DAY_S = 86_400


@pytest.fixture
def share(tmp_path: Path) -> Path:
    return make_share(tmp_path / "share")


@pytest.fixture
def laptops(seeded_template: Path, tmp_path: Path) -> Iterator[list[Machine]]:
    machines = [Machine(seeded_template, tmp_path, name) for name in ("a", "b", "c")]
    yield machines
    for machine in machines:
        machine.close()


def _seeded_partnerships(m: Machine, count: int) -> list[str]:
    return [r[0] for r in m.con.execute(
        "SELECT id FROM partnership WHERE existence % 2 = 1 ORDER BY id LIMIT ?", (count,))]


def test_two_laptops_converge_through_change_files(laptops: list[Machine], share: Path) -> None:
    a, b, _ = laptops
    region = a.add_region("Kumasi Testregion")
    partnership = a.add_partnership(region, "Erstkontakt")
    seeded = _seeded_partnerships(b, 2)
    b.con.execute("UPDATE partnership SET notes = 'Besuch 2026' WHERE id = ?", (seeded[0],))
    records.delete(b.db, "partnership", seeded[1])
    pending_a = a.pending()

    first = a.sync(share)
    assert first.status is SyncStatus.OK
    assert (first.sent_files, first.sent_changes, first.received_files) == (1, pending_a, 0)
    assert a.pending() == 0
    second = b.sync(share)
    assert second.status is SyncStatus.OK
    assert (second.received_files, second.received_changes) == (1, pending_a)
    assert second.inserted == 2 and second.sent_files == 1
    a.sync(share)

    assert a.domain() == b.domain()
    assert a.one("SELECT notes FROM partnership WHERE id = ?", (partnership,)) == "Erstkontakt"
    assert a.one("SELECT notes FROM partnership WHERE id = ?", (seeded[0],)) == "Besuch 2026"
    assert a.one("SELECT existence FROM partnership WHERE id = ?", (seeded[1],)) % 2 == 0
    again = b.sync(share)  # nothing new: nothing sent, nothing received
    assert (again.sent_files, again.received_files, again.status) == (0, 0, SyncStatus.OK)
    log = share / "advisor-sync" / "devices" / a.device / "log"
    assert sorted(p.name for p in log.iterdir()) == ["000000000001.chg.gz"]
    status = json.loads((log.parent / "status.json").read_text())
    assert status["last_seq"] == 1 and status["applied"] == {b.device: 1}
    assert "Gesendet: 0 Änderung(en) in 0 Datei(en)." in again.summary_lines()


def test_three_laptops_converge_with_one_conflict_everywhere(laptops: list[Machine],
                                                             share: Path) -> None:
    a, b, c = laptops
    pid = _seeded_partnerships(a, 1)[0]
    a.con.execute("UPDATE partnership SET notes = 'Fassung A' WHERE id = ?", (pid,))
    b.con.execute("UPDATE partnership SET notes = 'Fassung B' WHERE id = ?", (pid,))
    c.con.execute("UPDATE partnership SET status = 'dormant' WHERE id = ?", (pid,))
    c.add_region("Region von C")
    for _ in range(2):
        for machine in laptops:
            machine.sync(share)
    assert a.domain() == b.domain() == c.domain()
    assert a.conflicts() == b.conflicts() == c.conflicts()
    assert [(x[3], {x[4], x[5]}) for x in a.conflicts()] == [("notes", {"Fassung A",
                                                                         "Fassung B"})]
    assert a.one("SELECT status FROM partnership WHERE id = ?", (pid,)) == "dormant"
    report = c.sync(share)
    assert report.conflicts == 1
    assert "Offene Konflikte: 1 (anzeigen: advisor-app conflicts list)." in report.summary_lines()


def _name_devices(laptops: list[Machine], names: list[str]) -> None:
    """Fix the order in which devices are listed on the share (sorted by id)."""
    for machine, name in zip(laptops, names, strict=True):
        machine.con.execute("UPDATE sync_state SET device_id = ?", (name,))


def test_causal_delivery_waits_for_the_partner_region(laptops: list[Machine],
                                                      share: Path) -> None:
    a, b, c = laptops
    _name_devices(laptops, ["zz-laptop-a", "aa-laptop-b", "mm-laptop-c"])
    region = a.add_region("Tamale Testregion")
    a.sync(share)
    b.sync(share)
    partnership = b.add_partnership(region, "unter der Region von A")
    b.sync(share)
    # c lists b's stream first: b's file names a's file 1 as seen, so it waits for it
    report = c.sync(share)
    assert report.status is SyncStatus.OK, report.problems
    assert report.received_files == 2 and not report.waiting
    assert c.one("SELECT partner_region_id FROM partnership WHERE id = ?",
                 (partnership,)) == region
    assert c.domain() == b.domain()


def test_a_file_waits_across_syncs_until_its_cause_is_readable(
        laptops: list[Machine], tmp_path: Path) -> None:
    a, b, c = laptops
    _name_devices(laptops, ["zz-laptop-a", "aa-laptop-b", "mm-laptop-c"])
    fs = FaultFS(tmp_path / "share")
    share = make_share(fs.root, fs)
    region = a.add_region("Wa Testregion")
    a.sync(share, fs)
    b.sync(share, fs)
    b.add_partnership(region)
    b.sync(share, fs)
    fs.lie_on_read(mode="garbage", match="zz-laptop-a/log/000000000001")
    report = c.sync(share, fs)
    assert report.status is SyncStatus.PROBLEMS
    assert report.waiting == {"aa-laptop-b": 1}
    assert c.one("SELECT count(*) FROM partner_region WHERE id = ?", (region,)) == 0
    assert c.one("SELECT count(*) FROM sync_cursor") == 0
    report = c.sync(share, fs)
    assert report.status is SyncStatus.OK and report.received_files == 2
    assert c.domain() == b.domain()


def test_changes_from_the_far_future_are_quarantined_then_applied(
        laptops: list[Machine], tmp_path: Path) -> None:
    a, b, _ = laptops
    fs = FaultFS(tmp_path / "share")
    share = make_share(fs.root, fs)
    pid = _seeded_partnerships(a, 1)[0]
    a.con.execute("UPDATE sync_state SET clock_offset_ms = ?", (3 * DAY_S * 1000,))
    a.con.execute("UPDATE partnership SET notes = 'aus der Zukunft' WHERE id = ?", (pid,))
    report_a = a.sync(share, fs)
    assert any("Uhr dieses Laptops" in w for w in report_a.warnings)
    report = b.sync(share, fs)
    assert report.quarantined == 1 and report.received_files == 1
    assert b.one("SELECT notes FROM partnership WHERE id = ?", (pid,)) != "aus der Zukunft"
    assert b.one("SELECT count(*) FROM sync_quarantine") == 1
    assert b.sync(share, fs).released == 0  # still too far ahead
    fs.mtime_offset = 3 * DAY_S  # the share's clock has caught up
    report = b.sync(share, fs)
    assert report.released == 1
    assert b.one("SELECT notes FROM partnership WHERE id = ?", (pid,)) == "aus der Zukunft"
    assert b.one("SELECT count(*) FROM sync_quarantine") == 0


def test_dry_run_writes_nothing(laptops: list[Machine], tmp_path: Path) -> None:
    a, b, _ = laptops
    fs = FaultFS(tmp_path / "share")
    share = make_share(fs.root, fs)
    a.add_region("Region A")
    a.sync(share, fs)
    b.add_region("Region B")
    before_share, before_b = tree(fs.root), b.domain()
    pending = b.pending()
    fs.reset_counts()
    report = b.sync(share, fs, dry_run=True)
    assert report.dry_run and report.status is SyncStatus.OK
    assert (report.sent_changes, report.sent_files) == (pending, 1)
    assert report.received_files == 1 and report.inserted == 1
    assert tree(fs.root) == before_share and b.domain() == before_b
    assert b.pending() == pending and b.one("SELECT count(*) FROM sync_cursor") == 0
    assert b.one("SELECT space_id FROM sync_state") is None
    assert fs.calls["write_new_file"] == fs.calls["replace_file"] == fs.calls["make_dirs"] == 0
    assert report.summary_lines()[0].startswith("Probelauf")


def test_update_required_keeps_the_outbox_but_receives(laptops: list[Machine],
                                                       share: Path) -> None:
    a, b, _ = laptops
    a.add_region("Region A")
    a.sync(share)
    marker = share / "advisor-sync" / "SPACE.json"
    info = json.loads(marker.read_text())
    marker.write_text(json.dumps({**info, "min_app_version": "99.0"}))
    b.add_region("Region B")
    pending = b.pending()
    report = b.sync(share)
    assert report.status is SyncStatus.UPDATE_REQUIRED
    assert report.received_files == 1 and report.sent_files == 0
    assert b.pending() == pending
    assert not (share / "advisor-sync" / "devices" / b.device / "log").exists()
    assert report.summary_lines()[0] == "Update erforderlich."


def test_first_sync_stores_the_space_and_a_different_share_is_refused(
        laptops: list[Machine], share: Path, tmp_path: Path) -> None:
    a, _, _ = laptops
    a.add_region("Region A")
    assert a.sync(share).space_id == a.one("SELECT space_id FROM sync_state")
    other = make_share(tmp_path / "other")
    a.add_region("Region A2")
    pending, before = a.pending(), tree(other)
    report = a.sync(other)
    assert report.status is SyncStatus.WRONG_SPACE
    assert "Falsche Freigabe" in report.problems[0]
    assert tree(other) == before and a.pending() == pending


def test_progress_is_reported(laptops: list[Machine], share: Path) -> None:
    a, b, _ = laptops
    a.add_region("Region A")
    seen: list[tuple[str, int, int]] = []
    a.sync(share, progress=lambda phase, done, total: seen.append((phase, done, total)))
    b.sync(share, progress=lambda phase, done, total: seen.append((phase, done, total)))
    phases = [s[0] for s in seen]
    assert "senden" in phases and "lesen" in phases and "übernehmen" in phases


def test_gladbeck_edits_of_different_fields_merge(laptops: list[Machine], share: Path) -> None:
    a, b, _ = laptops
    a.con.execute("UPDATE municipality SET notes = 'Notiz A' WHERE id = ?", (GLADBECK,))
    b.con.execute("UPDATE municipality SET population = 76000 WHERE id = ?",
                  (GLADBECK,))
    for machine in (a, b, a):
        machine.sync(share)
    row = "SELECT notes, population FROM municipality WHERE id = ?"
    assert a.con.execute(row, (GLADBECK,)).fetchone() == ("Notiz A", 76000)
    assert a.domain() == b.domain() and a.conflicts() == []

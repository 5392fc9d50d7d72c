"""Snapshots: bootstrap of a new laptop = snapshot + tail = replaying every change file;
unsent local changes survive; a laptop whose files were pruned while it was away recovers
from the snapshot; damaged snapshots are never used."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sync_faults import FaultFS
from sync_laptops import Machine, make_share

from advisor_app.cli import main
from advisor_app.persistence.database import open_database
from advisor_app.services import records
from advisor_app.sync import snapshots
from advisor_app.sync.engine import connect
from advisor_app.sync.report import SyncStatus
from advisor_app.sync.share import open_space
from advisor_app.sync.share_errors import ShareUnavailable
from advisor_app.sync.snapshot import SnapshotInvalid

SPACE = "advisor-sync"


@pytest.fixture
def share(tmp_path: Path) -> Path:
    return make_share(tmp_path / "share")


@pytest.fixture
def machines() -> Iterator[dict[str, Machine]]:
    made: dict[str, Machine] = {}
    yield made
    for m in made.values():
        m.close()


def cli(m: Machine, *args: str) -> int:
    """Run a command on ``m``'s database the way a user would: the window is closed."""
    m.db.close()
    try:
        return main(["--db", str(m.path), *args])
    finally:
        m.db = open_database(m.path)


def make(machines: dict[str, Machine], template: Path, tmp_path: Path, name: str) -> Machine:
    machines[name] = Machine(template, tmp_path, name)
    return machines[name]


def merged_state(m: Machine) -> dict[str, Any]:
    state: dict[str, Any] = dict(m.domain())
    state["sync_field"] = m.con.execute(
        "SELECT tbl, row_id, col, hlc, device, seen_hlc, seen_device FROM sync_field "
        "ORDER BY tbl, row_id, col").fetchall()
    state["sync_head"] = m.con.execute(
        "SELECT * FROM sync_head ORDER BY tbl, row_id, col, hlc, device").fetchall()
    state["conflicts"] = m.conflicts()
    return state


def edit_a_lot(a: Machine, b: Machine, share: Path, tag: str) -> None:
    """Creates, edits, deletes, a conflict and a revival, over several syncs."""
    region = a.add_region(f"Region {tag}")
    partnership = a.add_partnership(region, f"Notiz {tag}")
    seeded = [r[0] for r in a.con.execute(
        "SELECT id FROM partnership WHERE existence % 2 = 1 ORDER BY id LIMIT 3")]
    a.sync(share)
    b.sync(share)
    a.con.execute("UPDATE partnership SET notes = ? WHERE id = ?", (f"A {tag}", seeded[0]))
    b.con.execute("UPDATE partnership SET notes = ? WHERE id = ?", (f"B {tag}", seeded[0]))
    records.delete(a.db, "partnership", seeded[1])
    b.con.execute("UPDATE partnership SET status = 'dormant' WHERE id = ?", (seeded[1],))
    b.con.execute("UPDATE partner_region SET notes = ? WHERE id = ?", (f"N {tag}", region))
    records.delete(b.db, "partnership", partnership)
    for m in (a, b, a):
        m.sync(share)


def test_bootstrap_is_snapshot_plus_tail_and_equals_full_replay(
        machines: dict[str, Machine], seeded_template: Path, tmp_path: Path,
        share: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = make(machines, seeded_template, tmp_path, "a")
    b = make(machines, seeded_template, tmp_path, "b")
    edit_a_lot(a, b, share, "1")
    assert a.conflicts()  # the snapshot carries an open conflict
    code = cli(a, "sync", "snapshot", "--share", str(share))
    assert code == 0 and "gespeichert" in capsys.readouterr().out
    edit_a_lot(b, a, share, "2")  # the tail: files after the snapshot
    b.sync(share)
    replay_share = tmp_path / "replay-share"
    shutil.copytree(share, replay_share)
    for path in (replay_share / SPACE / "snapshots").iterdir():
        path.unlink()

    fresh = make(machines, seeded_template, tmp_path, "fresh")
    report = fresh.sync(share)
    assert report.status is SyncStatus.OK and report.bootstrapped_from
    assert any("Gesamtstand übernommen" in line for line in report.summary_lines())
    replay = make(machines, seeded_template, tmp_path, "replay")
    replayed = replay.sync(replay_share)
    assert replayed.status is SyncStatus.OK and not replayed.bootstrapped_from
    assert replayed.received_files > report.received_files
    assert merged_state(fresh) == merged_state(replay) == merged_state(a) == merged_state(b)


def _space(m: Machine, share: Path) -> Any:
    from advisor_app.sync.fileops import LocalShareFS
    from advisor_app.sync.share import open_space

    return open_space(LocalShareFS(), share, m.one("SELECT space_id FROM sync_state"))


def test_unsent_local_changes_survive_a_bootstrap(machines: dict[str, Machine],
                                                  seeded_template: Path, tmp_path: Path,
                                                  share: Path) -> None:
    a = make(machines, seeded_template, tmp_path, "a")
    b = make(machines, seeded_template, tmp_path, "b")
    edit_a_lot(a, b, share, "1")
    a.sync(share)
    manifest = snapshots.write_now(a.con, _space(a, share), a.device)
    snap = snapshots.load(_space(a, share), manifest)

    # a laptop with local edits that were never sent merges the snapshot directly
    n = make(machines, seeded_template, tmp_path, "n")
    region = n.add_region("Nur auf N")
    target = n.one("SELECT id FROM partnership WHERE existence % 2 = 1 ORDER BY id LIMIT 1")
    assert any(c["r"] == target and c["c"] == "notes" for c in snap.fields)
    n.con.execute("UPDATE partnership SET notes = 'lokal, neuer' WHERE id = ?", (target,))
    pending = n.pending()
    snapshots.merge(n.con, snap, n.device)
    assert n.pending() == pending  # still to be sent
    assert n.one("SELECT name FROM partner_region WHERE id = ?", (region,)) == "Nur auf N"
    assert n.one("SELECT notes FROM partnership WHERE id = ?", (target,)) == "lokal, neuer"
    assert n.one("SELECT count(*) FROM sync_cursor") >= 1
    # ... and the engine then publishes them and applies the tail; everyone converges
    report = n.sync(share)
    assert report.status is SyncStatus.OK and n.pending() == 0
    for m in (a, b, n, a):
        m.sync(share)
    assert a.one("SELECT name FROM partner_region WHERE id = ?", (region,)) == "Nur auf N"
    assert a.one("SELECT notes FROM partnership WHERE id = ?", (target,)) == "lokal, neuer"
    assert merged_state(a) == merged_state(b) == merged_state(n)


def test_new_laptop_with_local_edits_bootstraps_through_the_engine(
        machines: dict[str, Machine], seeded_template: Path, tmp_path: Path,
        share: Path) -> None:
    a = make(machines, seeded_template, tmp_path, "a")
    b = make(machines, seeded_template, tmp_path, "b")
    edit_a_lot(a, b, share, "1")
    snapshots.write_now(a.con, _space(a, share), a.device)
    n = make(machines, seeded_template, tmp_path, "n")
    region = n.add_region("Vor dem ersten Abgleich")
    report = n.sync(share)
    assert report.bootstrapped_from and report.sent_files == 1 and n.pending() == 0
    for m in (a, b):
        m.sync(share)
        assert m.one("SELECT count(*) FROM partner_region WHERE id = ?", (region,)) == 1
    assert merged_state(a) == merged_state(b) == merged_state(n)


def test_laptop_offline_past_retention_recovers_from_the_snapshot(
        machines: dict[str, Machine], seeded_template: Path, tmp_path: Path, share: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    a = make(machines, seeded_template, tmp_path, "a")
    b = make(machines, seeded_template, tmp_path, "b")
    c = make(machines, seeded_template, tmp_path, "c")
    for m in (a, b, c):
        m.add_region(f"Start {m.path.stem}")
        m.sync(share)
    c.sync(share)  # c has read a's and b's first files, then goes away
    edit_a_lot(a, b, share, "weg")
    log_a = share / SPACE / "devices" / a.device / "log"
    files_before = sorted(p.name for p in log_a.iterdir())
    assert len(files_before) >= 3

    assert cli(a, "sync", "snapshot", "--share", str(share)) == 0
    code = cli(a, "sync", "prune", "--share", str(share), "--older-than-days", "0")
    assert code == 1 and "30 Tagen" in capsys.readouterr().err
    code = cli(a, "sync", "prune", "--share", str(share), "--older-than-days", "30")
    out = capsys.readouterr().out
    assert code == 0 and "Behalten" in out  # too young: nothing removed
    assert sorted(p.name for p in log_a.iterdir()) == files_before
    code = cli(a, "sync", "prune", "--share", str(share), "--older-than-days", "0",
                 "--allow-short-retention")
    assert code == 0
    assert sorted(p.name for p in log_a.iterdir()) == []  # all covered, all removed
    a.add_region("Nach dem Gesamtstand")  # the tail
    a.sync(share)
    assert [p.name for p in log_a.iterdir()] == [f"{len(files_before) + 1:012d}.chg.gz"]

    # c: its next file of a is gone; the status says a published more: a gap the snapshot
    # covers, so c merges the snapshot and then reads the tail
    report = c.sync(share)
    assert report.status is SyncStatus.OK, report.summary_lines()
    assert report.bootstrapped_from and report.problems == []
    for m in (a, b, c, a, b):
        m.sync(share)
    assert merged_state(a) == merged_state(b) == merged_state(c)
    assert c.one("SELECT count(*) FROM partner_region WHERE name = 'Nach dem Gesamtstand'") == 1


def test_prune_keeps_uncovered_files_and_never_uses_a_damaged_snapshot(
        machines: dict[str, Machine], seeded_template: Path, tmp_path: Path,
        share: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = make(machines, seeded_template, tmp_path, "a")
    a.add_region("Eins")
    a.sync(share)
    code = cli(a, "sync", "prune", "--share", str(share), "--older-than-days", "0",
                 "--allow-short-retention")
    assert code == 1 and "keinen geprüften Gesamtstand" in capsys.readouterr().err
    first = snapshots.write_now(a.con, _space(a, share), a.device)
    a.add_region("Zwei")
    a.sync(share)
    second = snapshots.write_now(a.con, _space(a, share), a.device)
    a.add_region("Drei")
    a.sync(share)  # file 3: covered by no snapshot
    snap_dir = share / SPACE / "snapshots"
    damaged = snap_dir / second.name
    damaged.write_bytes(damaged.read_bytes()[:-5] + b"xxxxx")
    with pytest.raises(SnapshotInvalid):
        snapshots.load(_space(a, share), second)
    assert snapshots.newest_verified(_space(a, share)).manifest == first  # type: ignore[union-attr]
    code = cli(a, "sync", "prune", "--share", str(share), "--older-than-days", "0",
                 "--allow-short-retention")
    assert code == 0, capsys.readouterr()
    log_a = share / SPACE / "devices" / a.device / "log"
    assert sorted(p.name for p in log_a.iterdir()) == ["000000000002.chg.gz",
                                                       "000000000003.chg.gz"]
    assert (snap_dir / first.name).exists() and damaged.exists()


def test_a_new_laptop_ignores_a_damaged_snapshot_and_replays(
        machines: dict[str, Machine], seeded_template: Path, tmp_path: Path,
        share: Path) -> None:
    a = make(machines, seeded_template, tmp_path, "a")
    a.add_region("Eins")
    a.sync(share)
    manifest = snapshots.write_now(a.con, _space(a, share), a.device)
    path = share / SPACE / "snapshots" / manifest.name
    path.write_bytes(b"\x1f\x8b" + path.read_bytes()[2:-3])
    n = make(machines, seeded_template, tmp_path, "n")
    report = n.sync(share)
    assert not report.bootstrapped_from and report.received_files == 1
    assert any("beschädigt" in p for p in report.problems)
    assert n.domain() == a.domain()


def test_snapshot_of_a_database_file_round_trips(machines: dict[str, Machine],
                                                 seeded_template: Path, tmp_path: Path,
                                                 share: Path) -> None:
    a = make(machines, seeded_template, tmp_path, "a")
    a.add_region("Eins")
    a.sync(share)
    space = _space(a, share)
    manifest = snapshots.write_now(a.con, space, a.device)
    again = snapshots.load(space, snapshots.newest_manifest(space))  # type: ignore[arg-type]
    assert again.manifest == manifest
    assert manifest.covers == {a.device: (1, manifest.covers[a.device][1])}
    con = connect(a.path)
    try:
        fields = con.execute("SELECT count(*) FROM sync_field").fetchone()[0]
    finally:
        con.close()
    assert manifest.counts["field"] == len(again.fields) == fields
    assert isinstance(sqlite3.sqlite_version, str)


def test_a_snapshot_interrupted_before_its_manifest_is_never_used(
        machines: dict[str, Machine], seeded_template: Path, tmp_path: Path) -> None:
    fs = FaultFS(tmp_path / "faulty")
    share = make_share(fs.root, fs)
    a = make(machines, seeded_template, tmp_path, "a")
    a.add_region("Eins")
    a.sync(share, fs=fs)
    space = open_space(fs, share, a.one("SELECT space_id FROM sync_state"))
    fs.fail("link", match=".manifest.json", vanish=True)
    with pytest.raises(ShareUnavailable):
        snapshots.write_now(a.con, space, a.device)
    fs.reappear()
    names = [p.name for p in (share / SPACE / "snapshots").iterdir()
             if not p.name.startswith(".tmp-")]
    assert len(names) == 1 and names[0].endswith(".snap.gz")  # no manifest: incomplete
    assert snapshots.newest_manifest(space) is None
    n = make(machines, seeded_template, tmp_path, "n")
    report = n.sync(share, fs=fs)
    assert not report.bootstrapped_from and report.received_files == 1
    assert n.domain() == a.domain()
    manifest = snapshots.write_now(a.con, space, a.device)  # the next attempt completes
    assert snapshots.newest_verified(space).manifest == manifest  # type: ignore[union-attr]


def test_a_new_laptop_joins_without_the_failsafe_but_an_established_one_is_asked(
        machines: dict[str, Machine], seeded_template: Path, tmp_path: Path,
        share: Path) -> None:
    """Joining takes the shared state as it is; more than 50 overwritten records after the
    snapshot pause only a laptop that already held them."""
    a = make(machines, seeded_template, tmp_path, "a")
    old = make(machines, seeded_template, tmp_path, "old")
    regions = [a.add_region(f"Region {i}") for i in range(60)]
    assert a.sync(share).ok and old.sync(share).ok
    snapshots.write_now(a.con, _space(a, share), a.device)
    for region in regions:
        a.con.execute("UPDATE partner_region SET notes = 'korrigiert' WHERE id = ?", (region,))
    assert a.sync(share).ok
    new = make(machines, seeded_template, tmp_path, "new")
    report = new.sync(share)
    assert report.status is SyncStatus.OK and report.bootstrapped_from
    assert new.one("SELECT count(*) FROM partner_region WHERE notes = 'korrigiert'") == 60
    assert old.sync(share).status is SyncStatus.PAUSED_FAILSAFE
    assert old.one("SELECT count(*) FROM partner_region WHERE notes = 'korrigiert'") == 0

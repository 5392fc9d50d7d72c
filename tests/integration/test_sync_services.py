"""The Qt-free read services behind the sync UI: overview, share probe, peers, conflicts
with both versions, resolving with a merged text, and a record's history."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest
from sync_laptops import GLADBECK, Machine, make_share

from advisor_app.domain.enums import LegalBasis
from advisor_app.services import records, sync_conflicts, sync_status
from advisor_app.services.history import (
    VersionKind,
    format_value,
    is_long_text,
    record_history,
    title_of,
)
from advisor_app.services.inputs import ContactInput
from advisor_app.services.settings import load_settings, save_settings
from advisor_app.services.sync_status import ShareState
from advisor_app.sync.report import SyncStatus


def use_share(machine: Machine, folder: Path) -> None:
    save_settings(machine.db, replace(load_settings(machine.db), share_path=str(folder)))


def contact_conflict(a: Machine, b: Machine, share: Path) -> str:
    contact = records.save(a.db, ContactInput(name="Jan Berg", legal_basis=LegalBasis.CONSENT,
                                              consent_date=dt.date(2025, 5, 1),
                                              municipality_id=GLADBECK, phone="0201 1"))
    for m in (a, b, a):
        m.sync(share)
    a.con.execute("UPDATE contact SET phone = '0201 A', notes = 'Notiz A' WHERE id = ?",
                  (contact,))
    b.con.execute("UPDATE contact SET phone = '0201 B', notes = 'Notiz B' WHERE id = ?",
                  (contact,))
    for m in (a, b, a):
        m.sync(share)
    return contact


def test_overview_counts_pending_changes_and_the_last_sync(laptops: tuple[Machine, Machine],
                                                           share: Path) -> None:
    a, _ = laptops
    first = sync_status.sync_overview(a.db)
    assert (first.device_id, first.space_id, first.share_path, first.last_sync) == (
        a.device, "", "", None)
    a.add_region("Region")
    use_share(a, share)
    assert sync_status.sync_overview(a.db).pending_changes == a.pending() > 0
    outcome = sync_status.run_sync(a.db)
    assert outcome.report.ok and outcome.changed_tables == frozenset()
    after = sync_status.sync_overview(a.db)
    assert after.pending_changes == 0 and after.last_sync is not None
    assert after.space_id == outcome.report.space_id and after.share_path == str(share)
    assert [(p.device_id, p.own, p.pending) for p in outcome.peers] == [(a.device, True, 0)]


def test_run_sync_without_a_share_refuses(laptops: tuple[Machine, Machine]) -> None:
    with pytest.raises(ValueError, match="Keine Freigabe"):
        sync_status.run_sync(laptops[0].db)


def test_probe_names_each_share_state_and_creates_nothing(laptops: tuple[Machine, Machine],
                                                          tmp_path: Path) -> None:
    a, _ = laptops
    assert sync_status.probe_share(a.db).state is ShareState.NOT_CONFIGURED
    use_share(a, tmp_path / "missing")
    assert sync_status.probe_share(a.db).state is ShareState.UNREACHABLE
    empty = tmp_path / "empty"
    empty.mkdir()
    use_share(a, empty)
    assert sync_status.probe_share(a.db).state is ShareState.NO_SPACE
    assert list(empty.iterdir()) == [] and not (tmp_path / "missing").exists()
    ours = make_share(tmp_path / "ours")
    use_share(a, ours)
    probe = sync_status.probe_share(a.db)
    assert probe.state is ShareState.READY and probe.space_id
    a.sync(ours)
    use_share(a, make_share(tmp_path / "theirs"))
    assert sync_status.probe_share(a.db).state is ShareState.WRONG_SPACE
    marker = ours / "advisor-sync" / "SPACE.json"
    info = json.loads(marker.read_text())
    marker.write_text(json.dumps({**info, "min_app_version": "99.0"}))
    use_share(a, ours)
    assert sync_status.probe_share(a.db).state is ShareState.UPDATE_REQUIRED


def test_peers_list_every_laptop_with_its_last_sync(laptops: tuple[Machine, Machine],
                                                    share: Path) -> None:
    a, b = laptops
    a.sync(share)
    b.sync(share)
    use_share(a, share)
    peers = sync_status.run_sync(a.db).peers
    assert [p.device_id for p in peers] == [a.device, b.device]
    assert peers[0].own and not peers[1].own
    assert all(p.last_sync is not None and p.app_version for p in peers)


def test_conflicts_carry_both_versions_with_laptop_and_time(
        laptops: tuple[Machine, Machine], share: Path) -> None:
    a, b = laptops
    contact = contact_conflict(a, b, share)
    items = sync_conflicts.list_open_conflicts(a.db)
    assert sorted((i.column, i.long_text) for i in items) == [("notes", True), ("phone", False)]
    phone = next(i for i in items if i.column == "phone")
    assert (phone.record, phone.table, phone.table_label) == ("Jan Berg", "contact", "Kontakte")
    assert {phone.current.value, phone.other.value} == {"0201 A", "0201 B"}
    assert {phone.current.own, phone.other.own} == {True, False}
    assert {phone.current.device, phone.other.device} == {a.device, b.device}
    assert phone.current.time.tzinfo is not None
    # before the decision, the losing number is "lost in the merge" in the history
    lost = [e for e in record_history(a.db, "contact", contact)
            if e.column == "phone" and e.value == phone.other.value]
    assert [e.kind for e in lost] == [VersionKind.LOST]


def test_resolving_with_a_merged_text_and_with_a_side(laptops: tuple[Machine, Machine],
                                                      share: Path) -> None:
    a, b = laptops
    contact = contact_conflict(a, b, share)
    items = {i.column: i for i in sync_conflicts.list_open_conflicts(b.db)}
    merged = sync_conflicts.merged_text("Notiz A", "Notiz B", "--- andere ---")
    assert merged == "Notiz A\n\n--- andere ---\nNotiz B\n"
    assert sync_conflicts.resolve(b.db, items["notes"].id, value=merged) == merged
    assert sync_conflicts.resolve(b.db, items["phone"].id,
                                  keep=sync_conflicts.KEEP_LOSER) == items["phone"].other.value
    assert sync_conflicts.list_open_conflicts(b.db) == []
    for m in (b, a):
        m.sync(share)
    assert sync_conflicts.list_open_conflicts(a.db) == []
    assert a.one("SELECT notes FROM contact WHERE id = ?", (contact,)) == merged


def test_a_merged_value_equal_to_a_side_or_a_keyword(laptops: tuple[Machine, Machine],
                                                     share: Path) -> None:
    a, b = laptops
    contact_conflict(a, b, share)
    items = {i.column: i for i in sync_conflicts.list_open_conflicts(a.db)}
    with pytest.raises(ValueError):
        sync_conflicts.resolve(a.db, items["notes"].id, value="winner")
    with pytest.raises(ValueError):
        sync_conflicts.resolve(a.db, items["notes"].id, keep="both")
    same = sync_conflicts.resolve(a.db, items["notes"].id, value=items["notes"].other.value)
    assert same == items["notes"].other.value


def test_history_of_own_edits_and_the_title_of_a_partnership(
        laptops: tuple[Machine, Machine]) -> None:
    a, _ = laptops
    pid = str(a.one("SELECT id FROM partnership WHERE existence % 2 = 1 ORDER BY id LIMIT 1"))
    assert record_history(a.db, "partnership", pid) == []  # seeded, never edited
    a.con.execute("UPDATE partnership SET status = 'dormant' WHERE id = ?", (pid,))
    a.con.execute("UPDATE partnership SET status = 'active' WHERE id = ?", (pid,))
    entries = [(e.column, e.value, e.kind, e.own) for e in record_history(a.db, "partnership",
                                                                          pid)]
    assert entries[:2] == [("status", "active", VersionKind.CURRENT, True),
                           ("status", "dormant", VersionKind.REPLACED, True)]
    assert " – " in title_of(a.db, "partnership", pid)
    assert format_value("partnership", "status", "dormant") == "Ruhend"
    assert is_long_text("partnership", "notes") and not is_long_text("contact", "phone")
    with pytest.raises(ValueError):
        record_history(a.db, "sync_outbox", pid)


def test_share_unavailable_report_through_run_sync(laptops: tuple[Machine, Machine],
                                                   tmp_path: Path) -> None:
    a, _ = laptops
    use_share(a, tmp_path / "gone")
    outcome = sync_status.run_sync(a.db)
    assert outcome.report.status is SyncStatus.SHARE_UNAVAILABLE
    assert outcome.peers == () and not (tmp_path / "gone").exists()

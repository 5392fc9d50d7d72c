"""Merge scenarios of SYNC.md on real laptops (real SQLite files, real triggers and applier)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_harness import DAY_MS, GLADBECK, Laptop, Share, make_laptops, make_template, sync_all

from advisor_app.domain.enums import PartnershipKind, PartnershipStatus
from advisor_app.services import municipalities, records
from advisor_app.services.inputs import PartnerRegionInput, PartnershipInput


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("merge"))


@pytest.fixture
def pair(template: Path, tmp_path: Path) -> Iterator[tuple[Laptop, Laptop, Share]]:
    a, b = make_laptops(template, tmp_path, [0, 0])
    yield a, b, Share()
    a.close()
    b.close()


def _partnership(laptop: Laptop) -> str:
    return municipalities.get_municipality(laptop.db, GLADBECK).partnerships[0].id


def _value(laptop: Laptop, table: str, row: str, col: str) -> object:
    return laptop.con.execute(f'SELECT "{col}" FROM {table} WHERE id = ?', (row,)).fetchone()[0]


def _conflicts(laptop: Laptop) -> list[tuple[object, ...]]:
    return laptop.con.execute(
        "SELECT id, col, winner_value, loser_value FROM sync_conflict ORDER BY id").fetchall()


def test_edits_of_different_fields_both_survive(pair: tuple[Laptop, Laptop, Share]) -> None:
    a, b, share = pair
    pid = _partnership(a)
    a.con.execute("UPDATE partnership SET status = 'dormant' WHERE id = ?", (pid,))
    b.con.execute("UPDATE partnership SET notes = 'Besuch 2026' WHERE id = ?", (pid,))
    sync_all([a, b], share)
    for laptop in (a, b):
        assert _value(laptop, "partnership", pid, "status") == "dormant"
        assert _value(laptop, "partnership", pid, "notes") == "Besuch 2026"
        assert _conflicts(laptop) == []


def test_same_field_with_skewed_clocks_gives_one_conflict_everywhere(
        template: Path, tmp_path: Path) -> None:
    a, b = make_laptops(template, tmp_path, [2 * DAY_MS, -2 * DAY_MS])
    share = Share()
    try:
        pid = _partnership(a)
        b.con.execute("UPDATE partnership SET notes = 'Telefon 0201' WHERE id = ?", (pid,))
        a.con.execute("UPDATE partnership SET notes = 'Telefon 0209' WHERE id = ?", (pid,))
        sync_all([a, b], share)
        # a's clock is two days ahead: its edit wins on both laptops, b's is kept
        assert _value(a, "partnership", pid, "notes") == "Telefon 0209"
        assert _value(b, "partnership", pid, "notes") == "Telefon 0209"
        assert _conflicts(a) == _conflicts(b)
        assert [(c[1], c[2], c[3]) for c in _conflicts(a)] == [
            ("notes", "Telefon 0209", "Telefon 0201")]
        history = b.con.execute("SELECT value FROM sync_history WHERE col = 'notes'").fetchall()
        assert ("Telefon 0201",) in history
        # resolving = a later edit that has seen the winner; it clears the conflict everywhere
        b.con.execute("UPDATE partnership SET notes = 'Telefon 0201' WHERE id = ?", (pid,))
        sync_all([a, b], share)
        assert _conflicts(a) == _conflicts(b) == []
        assert _value(a, "partnership", pid, "notes") == "Telefon 0201"
    finally:
        a.close()
        b.close()


def test_sequential_edits_are_no_conflict(pair: tuple[Laptop, Laptop, Share]) -> None:
    a, b, share = pair
    pid = _partnership(a)
    a.con.execute("UPDATE partnership SET notes = 'erste' WHERE id = ?", (pid,))
    sync_all([a, b], share)
    b.con.execute("UPDATE partnership SET notes = 'zweite' WHERE id = ?", (pid,))
    sync_all([a, b], share)
    assert _value(a, "partnership", pid, "notes") == "zweite"
    assert _conflicts(a) == _conflicts(b) == []


def test_clock_a_year_ahead_does_not_stall_later_edits(template: Path, tmp_path: Path) -> None:
    a, b = make_laptops(template, tmp_path, [365 * DAY_MS, 0])
    share = Share()
    try:
        pid = _partnership(a)
        a.con.execute("UPDATE partnership SET notes = 'Zukunft' WHERE id = ?", (pid,))
        sync_all([a, b], share)
        # b has seen a's far-future clock; its next edit still comes after it (HLC)
        b.con.execute("UPDATE partnership SET notes = 'jetzt' WHERE id = ?", (pid,))
        sync_all([a, b], share)
        assert _value(a, "partnership", pid, "notes") == "jetzt"
        assert _value(b, "partnership", pid, "notes") == "jetzt"
    finally:
        a.close()
        b.close()


def test_edit_after_concurrent_delete_brings_the_record_back(
        pair: tuple[Laptop, Laptop, Share]) -> None:
    a, b, share = pair
    pid = _partnership(a)
    records.delete(a.db, "partnership", pid)
    b.con.execute("UPDATE partnership SET notes = 'noch aktiv!' WHERE id = ?", (pid,))
    sync_all([a, b], share)
    for laptop in (a, b):
        assert _value(laptop, "partnership", pid, "existence") % 2 == 1
        assert _value(laptop, "partnership", pid, "notes") == "noch aktiv!"


def test_delete_after_edit_wins_but_keeps_the_data(pair: tuple[Laptop, Laptop, Share]) -> None:
    a, b, share = pair
    pid = _partnership(a)
    b.con.execute("UPDATE partnership SET notes = 'alte Notiz' WHERE id = ?", (pid,))
    sync_all([a, b], share)
    records.delete(a.db, "partnership", pid)
    sync_all([a, b], share)
    for laptop in (a, b):
        assert _value(laptop, "partnership", pid, "existence") % 2 == 0
        assert _value(laptop, "partnership", pid, "notes") == "alte Notiz"
    assert [t.id for t in records.list_trash(b.db)] == [pid]


def test_child_added_under_a_region_deleted_elsewhere_is_recovered(
        pair: tuple[Laptop, Laptop, Share]) -> None:
    a, b, share = pair
    region = records.save(a.db, PartnerRegionInput(name="Tamale", country_iso2="GH"))
    sync_all([a, b], share)
    records.delete(a.db, "partner_region", region)
    child = records.save(b.db, PartnershipInput(
        partner_region_id=region, kind=PartnershipKind.KONTAKT,
        status=PartnershipStatus.IDEA, municipality_id=GLADBECK))
    sync_all([a, b], share)
    for laptop in (a, b):
        assert _value(laptop, "partner_region", region, "existence") % 2 == 1
        detail = municipalities.get_municipality(laptop.db, GLADBECK)
        assert child in {p.id for p in detail.partnerships}


def test_applying_twice_changes_nothing_and_captures_nothing(
        pair: tuple[Laptop, Laptop, Share]) -> None:
    a, b, share = pair
    records.save(a.db, PartnerRegionInput(name="Tamale", country_iso2="GH"))
    sync_all([a, b], share)
    before = b.state()
    b.pull(share, [a.device], replay=True)  # duplicated delivery
    assert b.state() == before
    assert b.con.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0


def test_a_local_edit_keeps_the_replaced_remote_value_in_the_history(
        pair: tuple[Laptop, Laptop, Share]) -> None:
    a, b, share = pair
    pid = _partnership(a)
    a.con.execute("UPDATE partnership SET notes = 'von A' WHERE id = ?", (pid,))
    sync_all([a, b], share)
    b.con.execute("UPDATE partnership SET notes = 'von B' WHERE id = ?", (pid,))
    rows = b.con.execute("SELECT value, device FROM sync_history WHERE row_id = ? "
                         "AND col = 'notes'", (pid,)).fetchall()
    assert rows == [("von A", a.device)]
    assert _conflicts(b) == []

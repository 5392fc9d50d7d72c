"""Versions: every change file names its schema version; an older program keeps the fields
of a newer one (with their clocks), never overwrites them and applies them after upgrading;
``min_app_version`` on the share stops older programs from publishing anything."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_faults import tree
from sync_laptops import Machine, make_share

from advisor_app.cli import main
from advisor_app.persistence.database import open_database
from advisor_app.persistence.migrate import head_revision
from advisor_app.services import erasure as erasure_service
from advisor_app.sync import snapshots
from advisor_app.sync.capture import install_capture, replicated_columns
from advisor_app.sync.changefile import decode_batch
from advisor_app.sync.fileops import LocalShareFS
from advisor_app.sync.merge import Applier
from advisor_app.sync.report import SyncStatus
from advisor_app.sync.share import open_space
from advisor_app.sync.versions import apply_unknown_fields

SPACE = "advisor-sync"


@pytest.fixture
def share(tmp_path: Path) -> Path:
    return make_share(tmp_path / "share")


@pytest.fixture
def laptops(seeded_template: Path, tmp_path: Path) -> Iterator[list[Machine]]:
    machines = [Machine(seeded_template, tmp_path, name) for name in ("new", "old", "x")]
    yield machines
    for machine in machines:
        machine.close()


def upgrade(m: Machine) -> None:
    """What a newer program's migration does: a new replicated column, then start-up."""
    m.con.execute("ALTER TABLE partner_region ADD COLUMN website TEXT")
    with m.db.engine.begin() as conn:
        assert install_capture(conn)  # new triggers; kept fields are applied (the hook)


def kept(m: Machine) -> list[tuple[object, ...]]:
    return m.con.execute("SELECT tbl, row_id, col, value, hlc, device FROM sync_unknown "
                         "ORDER BY hlc").fetchall()


def test_change_files_carry_the_schema_version(laptops: list[Machine], share: Path) -> None:
    new, _, _ = laptops
    new.add_region("Region")
    new.sync(share)
    data = (share / SPACE / "devices" / new.device / "log" / "000000000001.chg.gz").read_bytes()
    assert decode_batch(data).header.schema_version == int(head_revision()) >= 4


def test_older_program_keeps_newer_fields_never_overwrites_and_applies_after_upgrade(
        laptops: list[Machine], share: Path) -> None:
    new, old, _ = laptops
    upgrade(new)
    region = new.add_region("Testregion Versionen")
    new.con.execute("UPDATE partner_region SET website = 'https://kumasi.example' "
                    "WHERE id = ?", (region,))
    new.sync(share)
    report = old.sync(share)
    assert report.status is SyncStatus.OK
    name = old.one("SELECT name FROM partner_region WHERE id = ?", (region,))
    assert name == "Testregion Versionen"
    versions = kept(old)
    assert [(v[2], v[3]) for v in versions] == [("website", None),
                                                ("website", "https://kumasi.example")]
    # the older program edits the same record (and never touches the field it cannot see)
    old.con.execute("UPDATE partner_region SET notes = 'Besuch geplant' WHERE id = ?",
                    (region,))
    old.sync(share)
    new.sync(share)
    assert new.con.execute("SELECT notes, website FROM partner_region WHERE id = ?",
                           (region,)).fetchone() == ("Besuch geplant", "https://kumasi.example")
    # not ours: never published again
    assert old.one("SELECT count(*) FROM sync_outbox WHERE col = 'website'") == 0

    # a snapshot of the older laptop keeps them for laptops that start from it
    space = open_space(LocalShareFS(), share, old.one("SELECT space_id FROM sync_state"))
    manifest = snapshots.write_now(old.con, space, old.device)
    assert manifest.counts["unknown"] == 2

    upgrade(old)
    assert kept(old) == []
    assert old.one("SELECT website FROM partner_region WHERE id = ?",
                   (region,)) == "https://kumasi.example"
    field = "SELECT hlc, device FROM sync_field WHERE row_id = ? AND col = 'website'"
    assert old.con.execute(field, (region,)).fetchall() == \
        new.con.execute(field, (region,)).fetchall()
    assert old.domain() == new.domain()


def test_snapshot_hands_kept_fields_to_a_new_older_laptop(laptops: list[Machine],
                                                          share: Path) -> None:
    new, old, x = laptops
    upgrade(new)
    region = new.add_region("Testregion Stand")
    new.con.execute("UPDATE partner_region SET website = 'https://accra.example' WHERE id = ?",
                    (region,))
    new.sync(share)
    old.sync(share)
    space = open_space(LocalShareFS(), share, old.one("SELECT space_id FROM sync_state"))
    snap = snapshots.load(space, snapshots.write_now(old.con, space, old.device))
    snapshots.merge(x.con, snap, x.device)
    assert sorted(kept(x), key=repr) == sorted(kept(old), key=repr)
    assert len(kept(x)) == 2
    upgrade(x)
    assert x.one("SELECT website FROM partner_region WHERE id = ?",
                 (region,)) == "https://accra.example"


def test_hook_applies_a_kept_column_after_alter_table(laptops: list[Machine]) -> None:
    _, old, _ = laptops
    region = old.add_region("Testregion Haken")
    later = [{"t": "partner_region", "r": region, "c": "website", "v": "https://t.example",
              "h": 1 << 60, "d": "newer-laptop", "sh": None, "sd": None},
             {"t": "future_table", "r": "row-1", "c": "title", "v": "Zukunft",
              "h": 1 << 60, "d": "newer-laptop", "sh": None, "sd": None}]
    old.con.execute("BEGIN")
    stats = Applier(old.con, replicated_columns(old.con)).apply(later)
    old.con.execute("COMMIT")
    assert stats.unknown == 2 and len(kept(old)) == 2
    old.con.execute("BEGIN")
    assert apply_unknown_fields(old.con) == 0  # nothing applicable yet
    old.con.execute("COMMIT")
    old.con.execute("ALTER TABLE partner_region ADD COLUMN website TEXT")
    old.con.execute("BEGIN")
    assert apply_unknown_fields(old.con) == 1
    old.con.execute("COMMIT")
    assert old.one("SELECT website FROM partner_region WHERE id = ?",
                   (region,)) == "https://t.example"
    assert old.con.execute("SELECT hlc, device FROM sync_field WHERE row_id = ? AND "
                           "col = 'website'", (region,)).fetchone() == (1 << 60, "newer-laptop")
    assert [k[0] for k in kept(old)] == ["future_table"]  # still kept, never dropped
    assert old.one("SELECT count(*) FROM sync_outbox WHERE col = 'website'") == 0


def test_min_app_version_stops_every_publishing_and_keeps_the_outbox(
        laptops: list[Machine], share: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new, old, _ = laptops
    contact_region = new.add_region("Region neu")
    new.sync(share)
    old.sync(share)
    marker = share / SPACE / "SPACE.json"
    marker.write_text(json.dumps({**json.loads(marker.read_text()), "min_app_version": "99.0"}))
    old.add_region("Region alt")
    from advisor_app.domain.enums import LegalBasis
    from advisor_app.services import records
    from advisor_app.services.inputs import ContactInput

    contact = records.save(old.db, ContactInput(
        name="Person X", legal_basis=LegalBasis.CONSENT, consent_date=dt.date(2026, 1, 5),
        partner_region_id=contact_region))
    erasure_service.erase_contact(old.db, contact)
    pending = old.pending()
    before = {k: v for k, v in tree(share).items() if not k.endswith(("status.json", "clock"))}

    report = old.sync(share)
    assert report.status is SyncStatus.UPDATE_REQUIRED
    assert report.summary_lines()[0] == "Update erforderlich."
    assert any("Update erforderlich" in p for p in report.problems)
    assert old.pending() == pending > 0
    assert report.purges_sent == 0 and not report.snapshot_written
    after = {k: v for k, v in tree(share).items() if not k.endswith(("status.json", "clock"))}
    assert after == before  # no change file, no erasure order, no snapshot
    assert [o.published for o in erasure_service.list_erasures(old.db)] == [False]

    old.db.close()
    code = main(["--db", str(old.path), "sync", "--share", str(share)])
    old.db = open_database(old.path)
    out = capsys.readouterr().out
    assert code == 6 and "Update erforderlich" in out
    new.db.close()
    code = main(["--db", str(new.path), "sync", "snapshot", "--share", str(share)])
    new.db = open_database(new.path)
    assert code == 6 and "Update erforderlich" in capsys.readouterr().err
    assert {k: v for k, v in tree(share).items()
            if not k.endswith(("status.json", "clock"))} == before

"""GDPR erasure end to end through a real share folder: the order (ids only) is published
before any change file, carried out everywhere before any change file is applied, wins over
offline edits, is acknowledged in each laptop's status file, and after the snapshot that
follows it no byte of the person is left in any database file or on the share."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_faults import FaultFS
from sync_laptops import GLADBECK, Machine, make_share

from advisor_app.cli import contact_commands, main
from advisor_app.domain.enums import LegalBasis, ProjectStatus
from advisor_app.services import erasure as erasure_service
from advisor_app.services import records
from advisor_app.services.inputs import ClimateProjectInput, ContactInput
from advisor_app.sync import erasure, snapshots
from advisor_app.sync.fileops import LocalShareFS
from advisor_app.sync.report import SyncStatus
from advisor_app.sync.share import open_space

SECRET = "Erika Zyxwvutsmann"
PHONE = "+49 2043 555-0199"
NEEDLES = (b"Zyxwvutsmann", PHONE.encode(), b"erika.zyx")


def db_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    for suffix in ("-wal", "-shm"):
        extra = Path(str(path) + suffix)
        if extra.exists():
            data += extra.read_bytes()
    return data


def share_traces(share: Path) -> list[str]:
    """Share files holding the person, searched raw and (for gzip files) decompressed."""
    found = []
    for path in sorted(p for p in share.rglob("*") if p.is_file()):
        raw = path.read_bytes()
        texts = [raw]
        if raw[:2] == b"\x1f\x8b":
            texts.append(gzip.decompress(raw))
        if any(n in t for n in NEEDLES for t in texts):
            found.append(path.relative_to(share).as_posix())
    return found


@pytest.fixture
def share(tmp_path: Path) -> Path:
    return make_share(tmp_path / "share")


@pytest.fixture
def laptops(seeded_template: Path, tmp_path: Path) -> Iterator[list[Machine]]:
    machines = [Machine(seeded_template, tmp_path, name) for name in ("a", "b", "c")]
    yield machines
    for machine in machines:
        machine.close()


def add_person(m: Machine) -> tuple[str, str]:
    contact = records.save(m.db, ContactInput(
        name=SECRET, legal_basis=LegalBasis.CONSENT, role="Klimaschutzmanagerin",
        email="erika.zyx@example.org", phone=PHONE, municipality_id=GLADBECK,
        consent_date=dt.date(2026, 1, 5), notes=f"{SECRET} privat erreichbar"))
    project = records.save(m.db, ClimateProjectInput(
        title="Solarkataster", municipality_id=GLADBECK, status=ProjectStatus.RUNNING,
        contact_id=contact))
    return contact, project


def test_erasure_through_the_share_wins_and_leaves_no_trace(laptops: list[Machine],
                                                            share: Path) -> None:
    a, b, c = laptops
    contact, project = add_person(a)
    for m in (a, b, c):
        m.sync(share)
    assert c.one("SELECT name FROM contact WHERE id = ?", (contact,)) == SECRET
    # c edits the person offline and publishes it before it hears of the erasure;
    # b edits the person offline and syncs only after the order is on the share
    c.con.execute("UPDATE contact SET phone = ?, notes = ? WHERE id = ?",
                  (PHONE + "1", f"{SECRET} neue Nummer", contact))
    c.sync(share)
    space = open_space(LocalShareFS(), share, a.one("SELECT space_id FROM sync_state"))
    old_snapshot = snapshots.write_now(a.con, space, a.device)  # holds the person, too
    assert len(share_traces(share)) >= 3  # the search below can find the person
    b.con.execute("UPDATE contact SET notes = ? WHERE id = ?", (f"{SECRET} Notiz B", contact))
    b.add_region("Region B")

    order_id = erasure_service.erase_contact(a.db, contact)
    assert a.one("SELECT count(*) FROM contact") == 0
    report = a.sync(share)
    assert report.status is SyncStatus.OK and report.purges_sent == 1
    assert report.snapshot_written and report.pruned_files >= 2  # cleaned at once
    purges = list((share / "advisor-sync" / "purges").iterdir())
    assert [json.loads(p.read_bytes())["row_id"] for p in purges] == [contact]

    report_b = b.sync(share)
    assert report_b.purges_applied == 1 and report_b.status is SyncStatus.OK
    assert b.pending() == 0  # the region was sent; the edit of the person was dropped
    c.sync(share)
    for m in (a, b, c, a):
        m.sync(share)

    for m in (a, b, c):
        assert m.one("SELECT count(*) FROM contact WHERE id = ?", (contact,)) == 0
        assert m.one("SELECT contact_id FROM climate_project WHERE id = ?", (project,)) is None
        assert m.one("SELECT count(*) FROM partner_region WHERE name = 'Region B'") == 1
        assert erasure.applied_order_ids(m.con) == [order_id]
        m.db.engine.dispose()
        raw = db_bytes(m.path)
        assert not [n for n in NEEDLES if n in raw], m.path
    assert a.domain() == b.domain() == c.domain()
    assert share_traces(share) == []
    assert not (share / "advisor-sync" / "snapshots" / old_snapshot.name).exists()

    statuses = erasure_service.erasure_status(a.db, share)
    assert len(statuses) == 1 and statuses[0].order.order_id == order_id
    assert set(statuses[0].acknowledged) == {a.device, b.device, c.device}
    assert statuses[0].pending == ()
    status_b = json.loads((share / "advisor-sync" / "devices" / b.device / "status.json"
                           ).read_text())
    assert status_b["applied_purge_orders"] == [order_id]


def test_acknowledgements_show_laptops_that_have_not_synced_yet(laptops: list[Machine],
                                                                share: Path) -> None:
    a, b, _ = laptops
    contact, _ = add_person(a)
    a.sync(share)
    b.sync(share)
    order_id = erasure_service.erase_contact(a.db, contact)
    assert [o.published for o in erasure_service.list_erasures(a.db)] == [False]
    a.sync(share)
    (status,) = erasure_service.erasure_status(a.db, share)
    assert status.order.order_id == order_id and status.order.own and status.order.published
    assert status.acknowledged == (a.device,) and status.pending == (b.device,)
    b.sync(share)
    (status,) = erasure_service.erasure_status(b.db, share)
    assert set(status.acknowledged) == {a.device, b.device} and not status.order.own


def test_order_published_once_when_the_rename_fails_but_succeeded(
        laptops: list[Machine], tmp_path: Path) -> None:
    a, b, _ = laptops
    fs = FaultFS(tmp_path / "faulty")
    share = make_share(fs.root, fs)
    contact, _ = add_person(a)
    a.sync(share, fs=fs)
    erasure_service.erase_contact(a.db, contact)
    fs.fail("link", when="after", match="purges")
    fs.fail("rename", when="after", match="purges")
    first = a.sync(share, fs=fs)
    assert first.status is SyncStatus.SHARE_UNAVAILABLE and first.purges_sent == 0
    assert a.sync(share, fs=fs).purges_sent == 1
    names = [p.name for p in (share / "advisor-sync" / "purges").iterdir()]
    assert len(names) == 1 and not names[0].startswith(".tmp")
    # applying the same order twice (another copy of the file) changes nothing
    copy = share / "advisor-sync" / "purges" / ("0" + names[0][1:-5] + "-copy.json")
    copy.write_bytes((share / "advisor-sync" / "purges" / names[0]).read_bytes())
    report = b.sync(share, fs=fs)
    assert report.purges_applied == 1 and b.one("SELECT count(*) FROM contact") == 0
    assert b.sync(share, fs=fs).purges_applied == 0


def test_cli_contact_erase_and_erasures(laptops: list[Machine], share: Path,
                                        capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    a, _, _ = laptops
    contact, _ = add_person(a)
    path = a.path
    a.close()

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", str(path), *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    code, _, err = run("contact", "erase", "00000000-0000-0000-0000-000000000000", "--yes")
    assert code == 1 and "gibt es nicht" in err
    monkeypatch.setattr(contact_commands, "confirm", lambda question: False)
    code, out, err = run("contact", "erase", contact)
    assert code == 1 and SECRET in out and "Klimaschutzmanagerin" in out
    assert "nichts gelöscht" in err
    asked: list[str] = []
    monkeypatch.setattr(contact_commands, "confirm", lambda q: asked.append(q) or True)
    code, out, _ = run("contact", "erase", contact)
    assert code == 0 and asked and "Löschauftrag" in out
    code, _, err = run("contact", "erase", contact, "--yes")
    assert code == 1 and "bereits" in err
    code, out, _ = run("contact", "erasures")
    assert code == 0 and contact in out and "noch nicht übertragen" in out
    assert SECRET not in out
    code, out, _ = run("sync", "--share", str(share))
    assert code == 0 and "DSGVO-Löschaufträge: 1 gesendet" in out
    code, out, _ = run("contact", "erasures")
    assert code == 0 and "noch nicht übertragen" not in out and "ausgeführt auf" in out

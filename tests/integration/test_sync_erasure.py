"""GDPR erasure of a contact person reaches every laptop and wins over late offline edits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sync_harness import GLADBECK, Share, make_laptops, make_template, sync_all

from advisor_app.domain.enums import LegalBasis, ProjectStatus
from advisor_app.services import municipalities, records
from advisor_app.services.inputs import ClimateProjectInput, ContactInput
from advisor_app.sync import erasure

SECRET = "Erika Zyxwvutsmann"
PHONE = "+49 2043 555-0199"


def _file_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    for suffix in ("-wal", "-shm"):
        extra = Path(str(path) + suffix)
        if extra.exists():
            data += extra.read_bytes()
    return data


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("erase"))


def test_erasure_wins_over_offline_edit_and_leaves_no_bytes(template: Path,
                                                           tmp_path: Path) -> None:
    a, b, c = make_laptops(template, tmp_path, [0, 0, 0])
    share = Share()
    try:
        contact = records.save(a.db, ContactInput(
            name=SECRET, legal_basis=LegalBasis.CONSENT, role="Klimaschutzmanagerin",
            email="erika.zyx@example.org", phone=PHONE, municipality_id=GLADBECK,
            consent_date=dt.date(2026, 1, 5), notes=f"{SECRET} privat erreichbar"))
        project = records.save(a.db, ClimateProjectInput(
            title="Solarkataster", municipality_id=GLADBECK, status=ProjectStatus.RUNNING,
            contact_id=contact))
        records.save(a.db, ContactInput(name=SECRET, legal_basis=LegalBasis.CONSENT,
                                        email="erika.zyx@example.org", phone=PHONE,
                                        municipality_id=GLADBECK, notes="Version 2",
                                        consent_date=dt.date(2026, 1, 5)), contact)
        sync_all([a, b, c], share)
        assert SECRET.encode() in _file_bytes(b.path)

        # c edits the person offline and publishes it only after the erasure was ordered
        c.con.execute("UPDATE contact SET phone = '+49 170 0000000', notes = ? WHERE id = ?",
                      (f"{SECRET} neue Nummer", contact))
        order = erasure.new_order(a.con, "contact", contact)
        assert erasure.apply_order(a.con, order, local=True)
        sync_all([a, b, c], share)

        for laptop in (a, b, c):
            assert laptop.con.execute("SELECT count(*) FROM contact WHERE id = ?",
                                      (contact,)).fetchone()[0] == 0
            detail = municipalities.get_municipality(laptop.db, GLADBECK)
            assert [p.contact_id for p in detail.projects if p.id == project] == [None]
            laptop.db.engine.dispose()  # no pooled connection keeps old pages in memory
            raw = _file_bytes(laptop.path)
            assert SECRET.encode() not in raw
            assert b"Zyxwvutsmann" not in raw and PHONE.encode() not in raw
            assert erasure.applied_order_ids(laptop.con) == [order.id]
        # the order is idempotent, and a late change to the person is ignored everywhere
        assert erasure.apply_order(b.con, order, local=False) is False
        late = [{"t": "contact", "r": contact, "c": "name", "v": SECRET, "h": 1 << 60,
                 "d": c.device, "sh": None, "sd": None}]
        from advisor_app.sync.capture import replicated_columns
        from advisor_app.sync.merge import Applier

        b.con.execute("BEGIN")
        stats = Applier(b.con, replicated_columns(b.con)).apply(late)
        b.con.execute("COMMIT")
        assert stats.purged == 1
        assert b.con.execute("SELECT count(*) FROM contact").fetchone()[0] == 0
    finally:
        for laptop in (a, b, c):
            laptop.close()


def test_only_personal_records_can_be_erased(template: Path, tmp_path: Path) -> None:
    (a,) = make_laptops(template, tmp_path, [0])
    try:
        with pytest.raises(ValueError, match="nicht nach DSGVO"):
            erasure.new_order(a.con, "partnership", "x")
    finally:
        a.close()

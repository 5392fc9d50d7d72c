"""Consultations replicate between two laptops through a real share folder: everything of a
consultation arrives complete, concurrent answers to different questions both survive, and
an imported exchange file replicates like any edit (the capture triggers see it), and a
GDPR erasure on one laptop leaves only the participant's role on both."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from consultation_samples import PNG, rich_consultation
from sync_laptops import Machine

from advisor_app.domain.enums import NextStepStatus
from advisor_app.persistence.database import open_database
from advisor_app.services.consultation_edits import (
    add_step,
    complete_consultation,
    set_answer,
    set_note,
    update_step,
)
from advisor_app.services.consultation_exchange_export import (
    consultation_document,
    document_bytes,
    write_export,
)
from advisor_app.services.consultation_exchange_import import import_consultation
from advisor_app.services.consultation_files import attachment_content
from advisor_app.services.consultations import consultation_detail
from advisor_app.services.erasure import erase_contact
from advisor_app.sync.report import SyncStatus


def _sync(*machines: Machine, share: Path) -> None:
    for machine in machines:
        assert machine.sync(share).status is SyncStatus.OK


def test_consultation_created_on_a_arrives_complete_on_b(laptops: tuple[Machine, Machine],
                                                         share: Path) -> None:
    a, b = laptops
    cid = rich_consultation(a.db, complete=True)
    _sync(a, b, a, share=share)

    mine, theirs = consultation_detail(a.db, cid), consultation_detail(b.db, cid)
    assert theirs == mine
    assert len(theirs.answers) == 13 and len(theirs.notes) == 2
    assert [p.name for p in theirs.participants] == ["Dr. Erika Muster", "Max Mustermann"]
    assert len(theirs.steps) == 2 and len(theirs.amendments) == 1
    assert len(theirs.signatures) == 2 and theirs.is_completed
    photo = next(x for x in theirs.attachments if x.filename == "tafel.png")
    assert attachment_content(b.db, photo.id) == PNG
    assert a.domain() == b.domain()
    assert a.conflicts() == [] and b.conflicts() == []


def test_concurrent_answers_to_different_questions_both_survive(
        laptops: tuple[Machine, Machine], share: Path) -> None:
    a, b = laptops
    cid = rich_consultation(a.db)
    _sync(a, b, share=share)
    step = consultation_detail(b.db, cid).steps[0].id

    set_answer(a.db, cid, "begegnungen", 5)  # offline on A ...
    set_note(a.db, cid, "stand", "Von A ergänzt")
    set_answer(b.db, cid, "lessons_learned", "Früh den Rat einbinden.")  # ... and on B
    set_answer(b.db, cid, "hindernisse", ["personal", "finanzen"])
    update_step(b.db, step, status=NextStepStatus.DONE)
    add_step(b.db, cid, what="Von B vereinbart", due_date=dt.date(2027, 2, 1))
    _sync(a, b, a, share=share)

    for machine in (a, b):
        detail = consultation_detail(machine.db, cid)
        assert detail.answers["begegnungen"] == 5
        assert detail.answers["lessons_learned"] == "Früh den Rat einbinden."
        assert detail.answers["hindernisse"] == ["personal", "finanzen"]
        assert detail.notes["stand"] == "Von A ergänzt"
        assert [s.what for s in detail.steps][-1] == "Von B vereinbart"
        assert detail.steps[0].status is NextStepStatus.DONE
    assert consultation_detail(a.db, cid) == consultation_detail(b.db, cid)
    assert a.domain() == b.domain()
    assert a.conflicts() == [] and b.conflicts() == []
    complete_consultation(b.db, cid, "Ben Berater")  # complete on the merged answers
    _sync(b, a, share=share)
    assert consultation_detail(a.db, cid).is_completed


def test_imported_exchange_file_replicates_like_any_edit(laptops: tuple[Machine, Machine],
                                                         share: Path, seeded_template: Path,
                                                         tmp_path: Path) -> None:
    a, b = laptops
    elsewhere_path = tmp_path / "elsewhere.sqlite"
    shutil.copy2(seeded_template, elsewhere_path)
    elsewhere = open_database(elsewhere_path)
    try:
        cid = rich_consultation(elsewhere, complete=True)
        file = tmp_path / "beratung.json"
        write_export(elsewhere, cid, file)
        expected = consultation_detail(elsewhere, cid)
    finally:
        elsewhere.close()

    pending = a.pending()
    assert import_consultation(a.db, file.read_bytes()).created
    assert a.pending() > pending  # the capture triggers queued the imported records
    _sync(a, b, share=share)
    assert consultation_detail(b.db, cid) == expected
    with b.db.read_session() as session:
        assert document_bytes(consultation_document(session, cid)) == file.read_bytes()


def test_erasure_on_a_leaves_only_the_role_on_b(laptops: tuple[Machine, Machine],
                                                share: Path) -> None:
    a, b = laptops
    cid = rich_consultation(a.db)
    _sync(a, b, share=share)
    contact = consultation_detail(b.db, cid).participants[0].contact_id
    assert contact is not None
    name = consultation_detail(b.db, cid).participants[0].name
    step = add_step(b.db, cid, what="Ratsvorlage", responsible=name)  # her name typed as text
    _sync(b, a, share=share)
    erase_contact(a.db, contact)
    _sync(a, b, a, share=share)
    for machine in (a, b):
        detail = consultation_detail(machine.db, cid)
        row = detail.participants[0]
        assert (row.contact_id, row.name, row.role) == (None, "", "Bürgermeisterin")
        assert machine.one("SELECT count(*) FROM contact WHERE id = ?", (contact,)) == 0
        assert {s.id: s.responsible for s in detail.steps}[step] == "Bürgermeisterin"
        assert machine.one("SELECT count(*) FROM sync_history WHERE value = ?", (name,)) == 0

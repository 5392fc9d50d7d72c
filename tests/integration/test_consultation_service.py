"""The consultation services on a real SQLite file: starting, answering every question type,
notes, participants (and the GDPR erasure of one), next steps carried into the next visit,
completing, the read-only completed consultation and its amendments, attachments, lists,
and template versions."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

import pytest
from consultation_samples import (
    ANSWERS,
    BOCHUM,
    GLADBECK,
    HELD,
    PDF,
    PNG,
    add_contact,
    answer_all,
    folgeberatung,
)

from advisor_app.checklist.answers import AnswerError
from advisor_app.checklist.catalogue import read_template_source
from advisor_app.domain.enums import ConsultationState, NextStepStatus
from advisor_app.domain.validation import ValidationError
from advisor_app.persistence.database import Database
from advisor_app.services import records
from advisor_app.services.consultation_edits import (
    ConsultationLocked,
    IncompleteConsultation,
    add_participant,
    add_step,
    amend,
    complete_consultation,
    delete_consultation,
    remove_participant,
    remove_step,
    restore_consultation,
    set_answer,
    set_note,
    update_consultation,
    update_step,
)
from advisor_app.services.consultation_files import (
    MAX_ATTACHMENT_BYTES,
    add_attachment,
    attachment_content,
    remove_attachment,
)
from advisor_app.services.consultations import (
    ConsultationNotFound,
    consultation_detail,
    list_consultations,
    list_next_steps,
    pending_steps,
    start_consultation,
)
from advisor_app.services.erasure import erase_contact


def _start(db: Database, municipality: str = GLADBECK, held_at: dt.datetime = HELD) -> str:
    return start_consultation(db, municipality, folgeberatung(), held_at=held_at,
                              place="Rathaus", advisers=["Anna Beraterin", " ", "Ben Berater"])


def test_start_creates_a_draft_with_its_template(db: Database) -> None:
    cid = _start(db, held_at=dt.datetime(2026, 11, 5, 10, 30, 59, 123))
    detail = consultation_detail(db, cid)
    assert (detail.municipality_name, detail.municipality_ags) == ("Gladbeck", "05562014")
    assert detail.kreis_name == "Recklinghausen"
    assert detail.state is ConsultationState.DRAFT and not detail.is_completed
    assert detail.held_at == dt.datetime(2026, 11, 5, 10, 30)  # seconds dropped
    assert detail.advisers == ("Anna Beraterin", "Ben Berater")
    assert detail.template.id == "folgeberatung" and detail.template.version == 1
    assert detail.answers == {} and detail.steps == () and detail.carried_steps == ()


def test_start_refuses_unknown_municipality_and_long_place(db: Database) -> None:
    with pytest.raises(ValidationError, match="Diese Kommune gibt es nicht"):
        start_consultation(db, "00000000-0000-0000-0000-000000000000", folgeberatung(),
                           held_at=HELD)
    with pytest.raises(ValidationError, match="höchstens 300 Zeichen"):
        start_consultation(db, GLADBECK, folgeberatung(), held_at=HELD, place="x" * 301)
    assert list_consultations(db) == []


def test_answers_of_every_type_are_stored_and_read_back(db: Database) -> None:
    cid = _start(db)
    stored = {q: set_answer(db, cid, q, v) for q, v in ANSWERS.items()}
    assert stored["meilensteine"] == ["erstkontakt", "ratsbeschluss"]  # template order
    assert consultation_detail(db, cid).answers == {**ANSWERS, "meilensteine": stored[
        "meilensteine"]}
    set_answer(db, cid, "begegnungen", 4)
    set_answer(db, cid, "entwicklung", "   ")  # blank: unanswered again
    answers = consultation_detail(db, cid).answers
    assert answers["begegnungen"] == 4 and "entwicklung" not in answers
    set_answer(db, cid, "entwicklung", "wieder da")
    assert consultation_detail(db, cid).answers["entwicklung"] == "wieder da"


@pytest.mark.parametrize(("question", "value", "message"), [
    ("antraege_gestellt", "vielleicht", "„vielleicht“ ist keine der möglichen Antworten."),
    ("phase", "aktiv", "„aktiv“ ist keine der möglichen Antworten."),
    ("meilensteine", "ratsbeschluss", "Mehrfachauswahl erwartet eine Liste."),
    ("ansprechperson_partner", "x" * 501, "Der Text ist zu lang (höchstens 500 Zeichen)."),
    ("begegnungen", 201, "Die Zahl darf nicht größer als 200 sein."),
    ("begegnungen", "drei", "Bitte eine Zahl eingeben."),
    ("folgetermin", "31.02.2027", "Bitte ein gültiges Datum angeben."),
    ("zustand", 7, "Die Bewertung muss zwischen 1 und 5 liegen."),
    ("gibt_es_nicht", "x", "Die Vorlage dieser Beratung hat keine Frage „gibt_es_nicht“."),
])
def test_invalid_answers_are_refused_and_not_stored(db: Database, question: str,
                                                    value: object, message: str) -> None:
    cid = _start(db)
    set_answer(db, cid, "begegnungen", 3)
    with pytest.raises(AnswerError) as caught:
        set_answer(db, cid, question, value)
    assert str(caught.value) == message
    assert consultation_detail(db, cid).answers == {"begegnungen": 3}


def test_section_notes(db: Database) -> None:
    cid = _start(db)
    set_note(db, cid, "stand", "Kämmerei skeptisch")
    set_note(db, cid, "stand", "Kämmerei überzeugt")
    set_note(db, cid, "bewertung", "")
    assert consultation_detail(db, cid).notes == {"stand": "Kämmerei überzeugt"}
    with pytest.raises(ValidationError, match="keinen Abschnitt „ausgangslage“"):
        set_note(db, cid, "ausgangslage", "falsche Vorlage")
    with pytest.raises(ValidationError, match=re.escape("höchstens 100.000 Zeichen")):
        set_note(db, cid, "stand", "x" * 100_001)


def test_participants_by_name_and_as_contact(db: Database) -> None:
    cid = _start(db)
    contact = add_contact(db)
    linked = add_participant(db, cid, contact_id=contact, role="Bürgermeisterin")
    named = add_participant(db, cid, name=" Max Mustermann ", role="Klimaschutzmanager",
                            organisation="Stadt Gladbeck")
    gone = add_participant(db, cid, name="Falsch Eingetragen")
    remove_participant(db, gone)
    rows = consultation_detail(db, cid).participants
    assert [(p.id, p.contact_id, p.name, p.role) for p in rows] == [
        (linked, contact, "Dr. Erika Muster", "Bürgermeisterin"),
        (named, None, "Max Mustermann", "Klimaschutzmanager")]
    records.delete(db, "contact", contact)  # the trash keeps the name (restorable)
    assert consultation_detail(db, cid).participants[0].name == "Dr. Erika Muster"
    with pytest.raises(ValidationError, match="Namen angeben oder einen Kontakt"):
        add_participant(db, cid, name="  ")
    with pytest.raises(ValidationError, match="Diesen Kontakt gibt es nicht"):
        add_participant(db, cid, contact_id="00000000-0000-0000-0000-000000000000")


def test_gdpr_erasure_of_a_participant_leaves_only_the_role(db: Database) -> None:
    cid = _start(db)
    contact = add_contact(db)
    add_participant(db, cid, contact_id=contact, role="Bürgermeisterin",
                    organisation="Stadt Gladbeck")
    erase_contact(db, contact)
    [row] = consultation_detail(db, cid).participants
    assert (row.contact_id, row.name, row.role) == (None, "", "Bürgermeisterin")
    con = sqlite3.connect(db.path)
    try:
        dump = "\n".join(con.iterdump())
    finally:
        con.close()
    assert "Erika Muster" not in dump and "erika.muster@gladbeck.de" not in dump


def test_next_steps_are_carried_into_the_next_consultation_and_updated_there(
        db: Database) -> None:
    first = _start(db, held_at=dt.datetime(2026, 9, 1, 9, 0))
    antrag = add_step(db, first, what="Förderantrag stellen", responsible="Max",
                      due_date=dt.date(2026, 10, 1))
    workshop = add_step(db, first, what="Workshop planen")
    dropped = add_step(db, first, what="Alte Idee", status=NextStepStatus.DROPPED)
    answer_all(db, first)
    complete_consultation(db, first, "Anna Beraterin")
    other_town = _start(db, BOCHUM, held_at=dt.datetime(2026, 11, 1, 9, 0))
    assert consultation_detail(db, other_town).carried_steps == ()

    second = _start(db, held_at=HELD)
    assert [s.id for s in pending_steps(db, GLADBECK)] == [antrag, workshop]
    carried = consultation_detail(db, second).carried_steps
    assert [(s.id, s.consultation_held_at) for s in carried] == [
        (antrag, dt.datetime(2026, 9, 1, 9, 0)), (workshop, dt.datetime(2026, 9, 1, 9, 0))]
    assert dropped not in {s.id for s in carried}

    update_step(db, antrag, in_consultation=second, status=NextStepStatus.DONE)
    with pytest.raises(ConsultationLocked):  # the first one is completed: only the status
        update_step(db, workshop, in_consultation=second, what="Workshop durchführen")
    carried = {s.id: s for s in consultation_detail(db, second).carried_steps}
    assert carried[antrag].status is NextStepStatus.DONE  # changed here: still shown here
    assert carried[antrag].status_changed_at is not None
    assert [s.id for s in pending_steps(db, GLADBECK)] == [workshop]
    assert [s.id for s in list_next_steps(db, overdue_on=dt.date(2026, 11, 5))] == []
    assert [s.id for s in list_next_steps(db, statuses=[NextStepStatus.DONE])] == [antrag]


def test_overdue_steps(db: Database) -> None:
    cid = _start(db)
    late = add_step(db, cid, what="Bericht", due_date=dt.date(2026, 11, 1))
    add_step(db, cid, what="Später", due_date=dt.date(2026, 12, 1))
    add_step(db, cid, what="Ohne Termin")
    done = add_step(db, cid, what="Erledigt", due_date=dt.date(2026, 10, 1),
                    status=NextStepStatus.DONE)
    gone = add_step(db, cid, what="Gelöscht", due_date=dt.date(2026, 10, 1))
    remove_step(db, gone)
    rows = list_next_steps(db, overdue_on=dt.date(2026, 11, 5))
    assert [r.id for r in rows] == [late] and rows[0].is_overdue(dt.date(2026, 11, 5))
    everything = list_next_steps(db)
    assert [r.what for r in everything] == ["Erledigt", "Bericht", "Später", "Ohne Termin"]
    assert done in {r.id for r in everything}
    with pytest.raises(ValidationError, match="was zu tun ist"):
        add_step(db, cid, what=" ")


def test_complete_is_blocked_by_missing_required_answers(db: Database) -> None:
    cid = _start(db)
    partial = {k: v for k, v in ANSWERS.items() if k not in ("entwicklung", "zustand")}
    answer_all(db, cid, partial)
    with pytest.raises(IncompleteConsultation) as caught:
        complete_consultation(db, cid, "Anna")
    assert [q.id for q in caught.value.missing] == ["entwicklung", "zustand"]
    assert str(caught.value).startswith("2 Pflichtfrage(n) ohne Antwort: Was hat sich")
    assert consultation_detail(db, cid).state is ConsultationState.DRAFT


def test_completed_is_read_only_but_takes_amendments(db: Database) -> None:
    cid = _start(db)
    answer_all(db, cid)
    step = add_step(db, cid, what="Förderantrag stellen")
    participant = add_participant(db, cid, name="Max")
    photo = add_attachment(db, cid, "tafel.png", PNG)
    with pytest.raises(ValidationError, match="nur zu abgeschlossenen"):
        amend(db, cid, text="x", reason="y", author="Anna")
    complete_consultation(db, cid, "Anna Beraterin")
    detail = consultation_detail(db, cid)
    assert detail.is_completed and detail.completed_by == "Anna Beraterin"
    assert detail.completed_at is not None
    for edit in (lambda: set_answer(db, cid, "begegnungen", 5),
                 lambda: set_note(db, cid, "stand", "später"),
                 lambda: update_consultation(db, cid, summary="später"),
                 lambda: add_participant(db, cid, name="Nachzügler"),
                 lambda: remove_participant(db, participant),
                 lambda: add_step(db, cid, what="Neu"),
                 lambda: update_step(db, step, what="Anders"),
                 lambda: remove_step(db, step),
                 lambda: add_attachment(db, cid, "b.png", PNG),
                 lambda: remove_attachment(db, photo),
                 lambda: delete_consultation(db, cid)):
        with pytest.raises(ConsultationLocked, match="Nachtrag"):
            edit()
    update_step(db, step, status=NextStepStatus.IN_PROGRESS)  # follow-up goes on
    amendment = amend(db, cid, text="Begegnungen: 4", reason="Nachgezählt", author="Anna",
                      question_id="begegnungen")
    protocol = add_attachment(db, cid, "protokoll.pdf", PDF, kind="protocol")
    with pytest.raises(ValueError, match="unknown attachment kind"):  # no way round the lock
        add_attachment(db, cid, "c.png", PNG, kind="foto")
    with pytest.raises(ValidationError, match="Grund"):
        amend(db, cid, text="x", reason=" ", author="Anna")
    with pytest.raises(ValidationError, match="Diese Frage gibt es"):
        amend(db, cid, text="x", reason="y", author="Anna", question_id="nix")
    after = consultation_detail(db, cid)
    assert after.answers == detail.answers and after.notes == detail.notes
    assert [(a.id, a.question_id, a.reason) for a in after.amendments] == [
        (amendment, "begegnungen", "Nachgezählt")]
    assert after.steps[0].status is NextStepStatus.IN_PROGRESS
    assert {a.id: a.kind for a in after.attachments} == {photo: "attachment",
                                                          protocol: "protocol"}


def test_attachments_type_size_and_checksum(db: Database) -> None:
    cid = _start(db)
    photo = add_attachment(db, cid, "C:/Fotos/tafel.PNG", PNG, caption=" Tafel ")
    doc = add_attachment(db, cid, "notiz.txt", "Grüße".encode())
    assert attachment_content(db, photo) == PNG
    rows = {a.id: a for a in consultation_detail(db, cid).attachments}
    assert (rows[photo].filename, rows[photo].media_type, rows[photo].size,
            rows[photo].caption) == ("tafel.PNG", "image/png", len(PNG), "Tafel")
    assert rows[doc].media_type == "text/plain"
    for name, data, message in (
            ("programm.exe", b"MZ\x90\x00", "kann nicht angehängt werden"),
            ("foto.png", b"GIF89a....", "kann nicht angehängt werden"),
            ("bericht.docx", b"%NOTPK", "kann nicht angehängt werden"),
            ("leer.pdf", b"", "ist leer"),
            ("riesig.v2.pdf", b"%PDF-" + bytes(MAX_ATTACHMENT_BYTES), "zu groß (10,0 MB")):
        with pytest.raises(ValidationError, match=re.escape(message)) as caught:
            add_attachment(db, cid, name, data)
        assert name in str(caught.value)  # the file's own name, unchanged
    with db.session() as session:  # damage the stored content behind the service's back
        from advisor_app.persistence.models import ConsultationAttachment

        row = session.get(ConsultationAttachment, photo)
        assert row is not None
        row.content = row.content[:-8] + "AAAAAAA="
    with pytest.raises(ValidationError, match="beschädigt"):
        attachment_content(db, photo)
    remove_attachment(db, doc)
    assert [a.id for a in consultation_detail(db, cid).attachments] == [photo]


def test_list_filters_and_trash(db: Database) -> None:
    old = _start(db, held_at=dt.datetime(2025, 3, 1, 9, 0))
    new = _start(db, held_at=HELD)
    bochum = _start(db, BOCHUM, held_at=dt.datetime(2026, 6, 1, 9, 0))
    answer_all(db, old)
    complete_consultation(db, old, "Anna")
    add_step(db, new, what="Offen")
    assert [r.id for r in list_consultations(db)] == [new, bochum, old]
    assert [r.id for r in list_consultations(db, municipality_id=GLADBECK)] == [new, old]
    assert [r.id for r in list_consultations(db, state=ConsultationState.COMPLETED)] == [old]
    assert [r.id for r in list_consultations(db, since=dt.date(2026, 1, 1))] == [new, bochum]
    row = list_consultations(db, municipality_id=GLADBECK)[0]
    assert (row.municipality_name, row.template_title, row.template_version, row.open_steps,
            row.advisers) == ("Gladbeck", "Folgeberatung", 1, 1, "Anna Beraterin; Ben Berater")
    delete_consultation(db, bochum)
    assert [r.id for r in list_consultations(db)] == [new, old]
    with pytest.raises(ConsultationNotFound):
        consultation_detail(db, bochum)
    restore_consultation(db, bochum)
    assert consultation_detail(db, bochum).municipality_name == "Bochum"


def test_consultation_keeps_its_template_version_when_the_file_changes(
        db: Database, tmp_path: Path) -> None:
    v1 = folgeberatung()
    first = start_consultation(db, GLADBECK, v1, held_at=HELD)
    changed = (v1.source.replace("version: 1", "version: 2", 1)
               .replace('de: "Was hat sich seit dem letzten Besuch getan (hier und beim '
                        'Partner)?"', 'de: "Was ist seit dem letzten Besuch passiert?"')
               .replace("      - id: zustand_partner\n", "      - id: zustand_partner_neu\n"))
    path = tmp_path / "folgeberatung.yaml"
    path.write_text(changed, encoding="utf-8")
    v2 = read_template_source(path)
    assert v2.template.version == 2 and v2.sha256 != v1.sha256
    second = start_consultation(db, GLADBECK, v2, held_at=HELD + dt.timedelta(days=30))

    old, new = consultation_detail(db, first), consultation_detail(db, second)
    assert old.template == v1.template and new.template == v2.template
    assert old.template.question("entwicklung").text.de.startswith("Was hat sich")
    assert new.template.question("entwicklung").text.de == "Was ist seit dem letzten Besuch " \
                                                            "passiert?"
    set_answer(db, first, "zustand_partner", 3)  # exists in version 1 only
    with pytest.raises(AnswerError, match="keine Frage „zustand_partner“"):
        set_answer(db, second, "zustand_partner", 3)
    set_answer(db, second, "zustand_partner_neu", 3)
    rows = {r.id: r.template_version for r in list_consultations(db)}
    assert rows == {first: 1, second: 2}


def test_erasure_replaces_the_typed_name_by_the_role_everywhere(db: Database) -> None:
    """Journey 5: in consultations she attended only her role remains, also where her name
    was typed as text (a next step's responsible person, a participant recorded by name),
    and no copy of the name stays in the sync bookkeeping."""
    from advisor_app.domain.enums import LegalBasis
    from advisor_app.services.inputs import ContactInput

    contact = records.save(db, ContactInput(
        name="Małgorzata Şahin", role="Klimaschutzmanagerin", legal_basis=LegalBasis.CONSENT,
        consent_date=dt.date(2026, 11, 26), municipality_id=GLADBECK))
    cid = start_consultation(db, GLADBECK, folgeberatung(), held_at=HELD)
    add_participant(db, cid, contact_id=contact, role="Klimaschutzmanagerin")
    add_participant(db, cid, name="Małgorzata Şahin", role="Gast")
    step = add_step(db, cid, what="Förderantrag stellen", responsible="Małgorzata Şahin")
    update_step(db, step, responsible="Max Muster")  # the name goes to the history
    update_step(db, step, responsible="Małgorzata Şahin")
    other = add_step(db, cid, what="Workshop", responsible="Max Muster")
    erase_contact(db, contact)
    detail = consultation_detail(db, cid)
    assert [(p.name, p.role) for p in detail.participants] == [
        ("", "Klimaschutzmanagerin"), ("", "Gast")]
    steps = {s.id: s.responsible for s in detail.steps}
    assert steps == {step: "Klimaschutzmanagerin", other: "Max Muster"}
    con = sqlite3.connect(db.path)
    try:
        for table in ("sync_history", "sync_outbox", "sync_head"):
            rows = con.execute(f"SELECT count(*) FROM {table} WHERE instr(value, ?) > 0",
                               ("Şahin",)).fetchone()[0]
            assert rows == 0, table
    finally:
        con.close()
    assert b"\xc5\x9eahin" not in db.path.read_bytes()  # "Şahin" in UTF-8, not in the file

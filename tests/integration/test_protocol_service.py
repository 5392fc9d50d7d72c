"""The protocol service on real SQLite files: the builder maps the consultation, the PDF
read back with pypdf holds what was entered, rendering is deterministic, signing stores
a fixed, replicated PDF and re-rendering a signed protocol is refused."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest
from consultation_samples import (
    GLADBECK,
    add_contact,
    answer_all,
    folgeberatung,
    rich_consultation,
)
from protocol_examples import signature_png
from protocol_pdf import body_text, reader, squash

from advisor_app.checklist.model import QuestionType
from advisor_app.domain.enums import NextStepStatus
from advisor_app.domain.validation import ValidationError
from advisor_app.persistence.database import Database
from advisor_app.reports.protocol_builder import BERLIN, build_protocol_data
from advisor_app.reports.protocol_data import ProtocolData, ProtocolQuestion
from advisor_app.services.consultation_edits import (
    add_participant,
    add_step,
    complete_consultation,
    set_answer,
    set_note,
    update_step,
)
from advisor_app.services.consultations import consultation_detail, start_consultation
from advisor_app.services.erasure import erase_contact
from advisor_app.services.protocol import (
    ConsultationNotCompleted,
    ProtocolNotSigned,
    ProtocolSigned,
    SignatureInput,
    render_protocol_pdf,
    sign_protocol,
    signed_protocol,
    signed_protocol_info,
)
from advisor_app.services.settings import Settings, save_settings

EARLIER = dt.datetime(2026, 6, 1, 9, 0)


def _questions(data: ProtocolData) -> dict[str, ProtocolQuestion]:
    return {q.question_id: q for s in data.sections for q in s.questions}


def _signatures() -> tuple[SignatureInput, SignatureInput]:
    return (SignatureInput("Anna Beraterin", signature_png(1), "Beraterin"),
            SignatureInput("Dr. Erika Muster", signature_png(2), "Bürgermeisterin"))


@pytest.fixture
def visit(db: Database) -> str:
    """A Gladbeck draft after an earlier visit whose step is still open; one answer
    hidden by a later change, one required question unanswered."""
    earlier = start_consultation(db, GLADBECK, folgeberatung(), held_at=EARLIER)
    add_step(db, earlier, what="Partnerschaftsvertrag entwerfen", responsible="Rechtsamt",
             due_date=dt.date(2026, 9, 30))
    cid = rich_consultation(db)
    set_answer(db, cid, "antraege_details", "KEpol-Antrag über 48.000 € (versteckt)")
    set_answer(db, cid, "antraege_gestellt", "no")  # hides antraege_details
    set_answer(db, cid, "zustand", None)  # required, now unanswered
    return cid


def test_question_numbers_are_those_of_the_visit_window(db: Database, visit: str) -> None:
    """A hidden question keeps its number (the window shows "1.3" then "1.5"): the protocol
    prints the numbers the adviser saw, in the questions and in the amendments."""
    data = build_protocol_data(db, visit)
    template = consultation_detail(db, visit).template
    in_window = {q.id: f"{s}.{n}" for s, section in enumerate(template.sections, start=1)
                 for n, q in enumerate(section.questions, start=1)}
    counted = {q.question_id: f"{s}.{n}" for s, section in enumerate(data.sections, start=1)
               for n, q in enumerate(section.questions, start=1)}
    numbers = data.question_numbers()
    assert "antraege_details" not in numbers  # hidden by "antraege_gestellt: no"
    assert numbers == {qid: in_window[qid] for qid in numbers}
    assert any(counted[qid] != number for qid, number in numbers.items())  # not trivial
    text = body_text(render_protocol_pdf(db, visit))
    shifted = next(qid for qid in numbers if counted[qid] != numbers[qid])
    assert squash(f"{numbers[shifted]} {_questions(data)[shifted].text}") in text


def test_builder_maps_the_consultation(db: Database, visit: str) -> None:
    data = build_protocol_data(db, visit)
    assert data.lang == "de" and data.draft
    assert data.municipality.name == "Stadt Gladbeck"
    assert data.municipality.kreis == "Kreis Recklinghausen"
    assert data.document_id == f"BP-{visit.replace('-', '')[:8].upper()}-20261105"
    assert data.generated_at.tzinfo == BERLIN
    assert data.held_at == dt.datetime(2026, 11, 5, 10, 30)
    assert data.advisers == ("Anna Beraterin", "Ben Berater")
    assert [(p.name, p.role) for p in data.participants] == [
        ("Dr. Erika Muster", "Bürgermeisterin"), ("Max Mustermann", "Klimaschutzmanager")]
    questions = _questions(data)
    # typed answers: labels of options, dates as dates, numbers as numbers
    assert questions["schritte_umsetzung"].value == "Teilweise erledigt"
    assert questions["meilensteine"].value == ("Erstkontakt", "Ratsbeschluss")
    assert questions["folgetermin"].value == dt.date(2027, 3, 1)
    assert questions["co2_einsparung"].value == 12.5
    assert questions["co2_einsparung"].unit == "t CO2e pro Jahr"
    assert questions["antraege_gestellt"].value == "no"
    assert questions["begegnungen"].type is QuestionType.NUMBER
    # hidden questions are left out (with their stored answer), required ones are marked
    assert "antraege_details" not in questions
    zustand = questions["zustand"]
    assert zustand.required and not zustand.is_answered
    notes = {s.section_id: s.note for s in data.sections}
    assert notes["stand"] == "Stimmung gut; Kämmerei skeptisch."
    # the earlier visit's open step first, with that visit's date
    assert [(s.what, s.carried_over_from, s.status) for s in data.next_steps] == [
        ("Partnerschaftsvertrag entwerfen", dt.date(2026, 6, 1), NextStepStatus.OPEN),
        ("Förderantrag stellen", None, NextStepStatus.OPEN),
        ("Workshop planen", None, NextStepStatus.IN_PROGRESS)]
    assert [(a.filename, a.image is not None) for a in data.attachments] == [
        ("tafel.png", True), ("agenda.pdf", False)]
    assert data.adviser_signature is None and data.municipality_signature is None


def test_builder_english_and_letterhead(db: Database, visit: str, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(signature_png(3))
    save_settings(db, Settings(office_name="Beratungsstelle NRW",
                               office_address="Beispielallee 12\n\n40213 Düsseldorf  ",
                               logo_path=str(logo)))
    data = build_protocol_data(db, visit, "en")
    assert data.lang == "en"
    assert data.template_title == "Follow-up consultation"
    assert _questions(data)["schritte_umsetzung"].value == "Partly done"
    assert data.letterhead.office_name == "Beratungsstelle NRW"
    assert data.letterhead.address_lines == ("Beispielallee 12", "40213 Düsseldorf")
    assert data.letterhead.logo == logo.read_bytes()
    logo.unlink()  # a logo that went missing: the letterhead without it
    assert build_protocol_data(db, visit).letterhead.logo is None


def test_erased_contact_keeps_only_the_role(db: Database) -> None:
    cid = start_consultation(db, GLADBECK, folgeberatung(), held_at=EARLIER)
    contact = add_contact(db, "Jana Beispiel")
    add_participant(db, cid, contact_id=contact, role="Klimaschutzmanagerin",
                    organisation="Stadt Gladbeck")
    erase_contact(db, contact)
    data = build_protocol_data(db, cid)
    assert [(p.name, p.role, p.organisation) for p in data.participants] == [
        ("Klimaschutzmanagerin", "", "Stadt Gladbeck")]
    assert "Jana" not in body_text(render_protocol_pdf(db, cid))


def test_pdf_holds_answers_notes_participants_and_steps(db: Database, visit: str) -> None:
    text = body_text(render_protocol_pdf(db, visit))
    for expected in ("Ratsbeschluss gefasst, neue Ansprechperson beim Partner.",
                     "Teilweise erledigt", "Leiterin Umweltamt", "PV-Anlage auf der Schule",
                     "12,5 t CO2e pro Jahr", "01.03.2027", "Stimmung gut; Kämmerei skeptisch.",
                     "Zahlen laut Klimaschutzmanagerin geschätzt.", "Dr. Erika Muster",
                     "Max Mustermann", "Klimaschutzmanager", "Förderantrag stellen",
                     "Workshop planen", "Partnerschaftsvertrag entwerfen",
                     "aus Beratung vom 01.06.2026", "Gute Fortschritte.",
                     "Förderantrag KEpol stellen.", "Pflichtfrage", "tafel.png", "ENTWURF"):
        assert squash(expected) in text, expected
    assert squash("KEpol-Antrag über 48.000 €") not in text  # hidden question


def test_renders_are_byte_identical_and_a_change_changes_them(db: Database, visit: str) -> None:
    first = render_protocol_pdf(db, visit)
    assert render_protocol_pdf(db, visit) == first
    generated = build_protocol_data(db, visit).generated_at
    set_note(db, visit, "bewertung", "Nachgetragen.")
    changed = render_protocol_pdf(db, visit)
    assert changed != first
    assert build_protocol_data(db, visit).generated_at > generated
    assert squash("Nachgetragen.") in body_text(changed)


def test_carried_step_change_is_a_change(db: Database, visit: str) -> None:
    before = build_protocol_data(db, visit)
    carried = consultation_detail(db, visit).carried_steps[0]
    update_step(db, carried.id, status=NextStepStatus.DONE, in_consultation=visit)
    after = build_protocol_data(db, visit)
    assert after.generated_at > before.generated_at
    assert after.next_steps[0].status is NextStepStatus.DONE


def test_signing_needs_a_completed_consultation(db: Database, visit: str) -> None:
    with pytest.raises(ConsultationNotCompleted, match="abgeschlossen"):
        sign_protocol(db, visit, *_signatures())
    with pytest.raises(ValidationError) as refused:
        sign_protocol(db, visit, SignatureInput(" ", b""), _signatures()[1])
    assert set(refused.value.errors) == {"adviser_name", "adviser_image"}
    assert signed_protocol_info(db, visit) is None
    with pytest.raises(ProtocolNotSigned):
        signed_protocol(db, visit)


def _completed(db: Database) -> str:
    cid = rich_consultation(db)
    answer_all(db, cid)
    complete_consultation(db, cid, "Anna Beraterin")
    return cid


def test_sign_stores_a_fixed_replicated_protocol(db: Database, db_path: Path) -> None:
    cid = _completed(db)
    unsigned = render_protocol_pdf(db, cid)
    assert squash("ENTWURF") not in body_text(unsigned)
    digest = sign_protocol(db, cid, *_signatures(), lang="de")
    pdf = signed_protocol(db, cid)
    assert hashlib.sha256(pdf).hexdigest() == digest
    info = signed_protocol_info(db, cid)
    assert info is not None and info.sha256 == digest and info.size == len(pdf)
    assert info.filename == "Beratungsprotokoll_Stadt_Gladbeck_2026-11-05_unterschrieben.pdf"
    detail = consultation_detail(db, cid)
    assert detail.protocol_sha256 == digest
    assert [(s.party, s.name, s.role) for s in detail.signatures] == [
        ("adviser", "Anna Beraterin", "Beraterin"),
        ("municipality", "Dr. Erika Muster", "Bürgermeisterin")]
    assert [a.kind for a in detail.attachments if a.id == info.attachment_id] == ["protocol"]
    text = body_text(pdf)
    for expected in ("Anna Beraterin, Beraterin", "Dr. Erika Muster, Bürgermeisterin",
                     "unterschrieben am"):
        assert squash(expected) in text, expected
    assert len(reader(pdf).pages[-1].images) >= 2  # both signature images on the last page

    con = sqlite3.connect(db_path)
    try:
        stored = con.execute("SELECT content, sha256, kind FROM consultation_attachment "
                             "WHERE id = ?", (info.attachment_id,)).fetchone()
        assert hashlib.sha256(base64.b64decode(stored[0])).hexdigest() == stored[1] == digest
        outbox = {(tbl, col) for tbl, col in con.execute(
            "SELECT tbl, col FROM sync_outbox WHERE row_id IN (?, ?, ?, ?)",
            (cid, info.attachment_id, *[s.id for s in detail.signatures]))}
    finally:
        con.close()
    for field in (("consultation_signature", "image_png"),
                     ("consultation_signature", "name"),
                     ("consultation_attachment", "content"),
                     ("consultation", "protocol_sha256"),
                     ("consultation", "protocol_attachment_id")):
        assert field in outbox, field


def test_signed_protocol_is_refused_for_rerender_and_second_signing(db: Database) -> None:
    cid = _completed(db)
    digest = sign_protocol(db, cid, *_signatures())
    with pytest.raises(ProtocolSigned, match="nicht neu erstellt"):
        render_protocol_pdf(db, cid)
    with pytest.raises(ProtocolSigned):
        render_protocol_pdf(db, cid, "en")
    with pytest.raises(ProtocolSigned):
        sign_protocol(db, cid, *_signatures())
    assert consultation_detail(db, cid).protocol_sha256 == digest
    assert sum(a.kind == "protocol" for a in consultation_detail(db, cid).attachments) == 1


def test_damaged_signed_protocol_is_detected(db: Database, db_path: Path) -> None:
    from advisor_app.services.protocol import ProtocolDamaged

    cid = _completed(db)
    sign_protocol(db, cid, *_signatures(), lang="en")
    assert squash("Consultation protocol") in body_text(signed_protocol(db, cid))
    info = signed_protocol_info(db, cid)
    assert info is not None
    forged = base64.b64encode(b"%PDF-1.4 forged").decode()
    con = sqlite3.connect(db_path)
    try:
        with con:  # the attachment's own checksum updated too: only the pin catches it
            con.execute("UPDATE consultation_attachment SET content = ?, sha256 = ? "
                        "WHERE id = ?", (forged, hashlib.sha256(b"%PDF-1.4 forged")
                                         .hexdigest(), info.attachment_id))
    finally:
        con.close()
    with pytest.raises(ProtocolDamaged):
        signed_protocol(db, cid)


def test_signed_protocols_naming_a_contact_are_listed_before_erasure(db: Database) -> None:
    """Journey 5: before a GDPR erasure the office sees which signed protocols name her."""
    from advisor_app.services.consultations import signed_protocols_naming

    cid = _completed(db)
    participant = consultation_detail(db, cid).participants[0]
    assert participant.contact_id is not None
    assert signed_protocols_naming(db, participant.contact_id) == []  # not signed yet
    sign_protocol(db, cid, *_signatures(), lang="de")
    named = signed_protocols_naming(db, participant.contact_id)
    assert [row.id for row in named] == [cid]
    other = add_contact(db, "Jemand Anderes")
    assert signed_protocols_naming(db, other) == []

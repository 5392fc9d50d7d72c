"""Consultations for tests: the shipped follow-up template, valid answers of every question
type, and a consultation with something of everything (people, steps, files, signatures)."""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

from advisor_app.checklist.catalogue import TemplateSource, read_template_source
from advisor_app.domain.enums import LegalBasis, NextStepStatus
from advisor_app.persistence import ids
from advisor_app.persistence.database import Database
from advisor_app.persistence.models import ConsultationSignature, utcnow
from advisor_app.resources import resource_path
from advisor_app.services import records
from advisor_app.services.consultation_edits import (
    add_participant,
    add_step,
    amend,
    complete_consultation,
    set_answer,
    set_note,
    update_consultation,
)
from advisor_app.services.consultation_files import add_attachment
from advisor_app.services.consultations import start_consultation
from advisor_app.services.inputs import ContactInput

GLADBECK = ids.municipality_id("05562014")
BOCHUM = ids.municipality_id("05911000")
HELD = dt.datetime(2026, 11, 5, 10, 30)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(64))
PDF = b"%PDF-1.4\n% Testdokument\n%%EOF\n"

# every question type of folgeberatung.yaml, all required questions answered
ANSWERS: dict[str, Any] = {
    "entwicklung": "Ratsbeschluss gefasst, neue Ansprechperson beim Partner.",  # long_text
    "schritte_umsetzung": "teilweise",  # single_choice
    "phase": "active",
    "ansprechperson_partner": "Leiterin Umweltamt",  # short_text
    "meilensteine": ["ratsbeschluss", "erstkontakt"],  # multiple_choice (stored in order)
    "begegnungen": 3,  # number
    "handlungsprogramm_stand": "in_umsetzung",
    "massnahmen_umgesetzt": 7,
    "ergebnisse_beschreibung": "PV-Anlage auf der Schule: 30 kWp.",
    "co2_einsparung": 12.5,
    "antraege_gestellt": "yes",  # yes_no
    "zustand": 4,  # rating
    "folgetermin": "2027-03-01",  # date
}


def folgeberatung() -> TemplateSource:
    return read_template_source(resource_path("checklists", "folgeberatung.yaml"))


def add_contact(db: Database, name: str = "Dr. Erika Muster") -> str:
    return records.save(db, ContactInput(
        name=name, legal_basis=LegalBasis.PUBLIC_TASK, role="Bürgermeisterin",
        organisation="Stadt Gladbeck", email="erika.muster@gladbeck.de",
        phone="+49 2043 99-0", municipality_id=GLADBECK))


def answer_all(db: Database, consultation_id: str, answers: dict[str, Any] | None = None
               ) -> None:
    for question_id, value in (answers or ANSWERS).items():
        set_answer(db, consultation_id, question_id, value)


def rich_consultation(db: Database, *, complete: bool = False,
                      held_at: dt.datetime = HELD) -> str:
    """A Gladbeck consultation with answers, notes, a contact and a named participant, two
    steps, two attachments; ``complete``: also completed, amended, signed, with protocol."""
    cid = start_consultation(db, GLADBECK, folgeberatung(), held_at=held_at,
                             place="Rathaus Gladbeck, Raum 204",
                             advisers=["Anna Beraterin", "Ben Berater"])
    answer_all(db, cid)
    set_note(db, cid, "stand", "Stimmung gut; Kämmerei skeptisch.")
    set_note(db, cid, "ergebnisse", "Zahlen laut Klimaschutzmanagerin geschätzt.")
    update_consultation(db, cid, phase="active", summary="Gute Fortschritte.",
                        recommendations="Förderantrag KEpol stellen.")
    add_participant(db, cid, contact_id=add_contact(db), role="Bürgermeisterin")
    add_participant(db, cid, name="Max Mustermann", role="Klimaschutzmanager",
                    organisation="Stadt Gladbeck")
    add_step(db, cid, what="Förderantrag stellen", responsible="Max Mustermann",
             organisation="Stadt Gladbeck", due_date=dt.date(2026, 12, 15))
    add_step(db, cid, what="Workshop planen", status=NextStepStatus.IN_PROGRESS)
    add_attachment(db, cid, "tafel.png", PNG, caption="Foto der Moderationstafel")
    add_attachment(db, cid, "agenda.pdf", PDF)
    if complete:
        complete_consultation(db, cid, "Anna Beraterin")
        amend(db, cid, text="Begegnungen: 4 statt 3", reason="Nachgezählt",
              author="Anna Beraterin", question_id="begegnungen")
        protocol = add_attachment(db, cid, "protokoll.pdf", PDF + b"signed", kind="protocol")
        with db.session() as session:
            for party, name in (("adviser", "Anna Beraterin"), ("municipality", "Erika Muster")):
                session.add(ConsultationSignature(
                    id=ids.consultation_signature_id(cid, party), consultation_id=cid,
                    party=party, name=name, role="", signed_at=utcnow(),
                    image_png=base64.b64encode(PNG).decode("ascii")))
        update_protocol(db, cid, protocol)
    return cid


def update_protocol(db: Database, consultation_id: str, attachment_id: str) -> None:
    from advisor_app.persistence.models import Consultation, ConsultationAttachment

    with db.session() as session:
        consultation = session.get(Consultation, consultation_id)
        attachment = session.get(ConsultationAttachment, attachment_id)
        assert consultation is not None and attachment is not None
        consultation.protocol_attachment_id = attachment_id
        consultation.protocol_sha256 = attachment.sha256

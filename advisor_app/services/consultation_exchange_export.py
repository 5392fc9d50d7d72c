"""Writing a consultation as an exchange file (see :mod:`consultation_exchange`).

The document is deterministic: the same records give the same bytes, so exporting a
consultation that was imported gives the file it was imported from. Only live records are
written; steps of earlier consultations that were followed up in this one belong to their
own consultation's file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_app.atomic_file import write_file
from advisor_app.checklist.answers import decode_answer
from advisor_app.persistence.database import Database
from advisor_app.persistence.models import (
    Consultation,
    ConsultationAmendment,
    ConsultationAnswer,
    ConsultationAttachment,
    ConsultationParticipant,
    ConsultationSectionNote,
    ConsultationSignature,
    Contact,
    Municipality,
    NextStep,
)
from advisor_app.services.consultation_exchange import (
    FORMAT,
    VERSION,
    text_date,
    text_datetime,
)
from advisor_app.services.consultations import ConsultationNotFound, template_of
from advisor_app.services.records import is_live

__all__ = ["ExportSummary", "consultation_document", "document_bytes", "write_export"]


@dataclass(frozen=True)
class ExportSummary:
    consultation_id: str
    path: Path
    size: int
    answers: int
    participants: int
    steps: int
    attachments: int


def _live(session: Session, model: Any, consultation_id: str) -> list[Any]:
    return list(session.scalars(select(model).where(
        model.consultation_id == consultation_id, is_live(model))))


def _contact(session: Session, contact: Contact | None) -> dict[str, Any] | None:
    if contact is None:
        return None
    ags = session.scalar(select(Municipality.ags).where(
        Municipality.id == contact.municipality_id)) if contact.municipality_id else None
    return {"id": contact.id, "name": contact.name, "role": contact.role or "",
            "organisation": contact.organisation or "", "email": contact.email or "",
            "phone": contact.phone or "", "municipality_ags": ags,
            "legal_basis": contact.legal_basis, "consent_date": text_date(contact.consent_date)}


def _participants(session: Session, consultation_id: str) -> list[dict[str, Any]]:
    result = []
    rows = _live(session, ConsultationParticipant, consultation_id)
    for p in sorted(rows, key=lambda p: (p.position, p.created_at, p.id)):
        contact = session.get(Contact, p.contact_id) if p.contact_id else None
        result.append({
            "id": p.id, "created_at": text_datetime(p.created_at),
            "name": contact.name if contact is not None else (p.name or ""),
            "role": p.role or "", "organisation": p.organisation or "", "position": p.position,
            "contact": _contact(session, contact)})
    return result


def _steps(session: Session, consultation_id: str) -> list[dict[str, Any]]:
    rows = _live(session, NextStep, consultation_id)
    return [{"id": s.id, "created_at": text_datetime(s.created_at), "what": s.what,
             "responsible": s.responsible or "", "organisation": s.organisation or "",
             "due_date": text_date(s.due_date), "status": s.status,
             "status_changed_at": text_datetime(s.status_changed_at),
             "status_consultation_id": s.status_consultation_id, "position": s.position}
            for s in sorted(rows, key=lambda s: (s.position, s.created_at, s.id))]


def _attachments(session: Session, consultation_id: str) -> list[dict[str, Any]]:
    rows = _live(session, ConsultationAttachment, consultation_id)
    return [{"id": a.id, "created_at": text_datetime(a.created_at), "kind": a.kind,
             "filename": a.filename, "media_type": a.media_type, "size": a.size,
             "sha256": a.sha256, "caption": a.caption or "", "content": a.content}
            for a in sorted(rows, key=lambda a: (a.created_at, a.filename, a.id))]


def _amendments(session: Session, consultation_id: str) -> list[dict[str, Any]]:
    rows = _live(session, ConsultationAmendment, consultation_id)
    return [{"id": a.id, "created_at": text_datetime(a.created_at),
             "question_id": a.question_id, "text": a.text, "reason": a.reason,
             "author": a.author or "", "amended_at": text_datetime(a.amended_at)}
            for a in sorted(rows, key=lambda a: (a.amended_at, a.id))]


def _signatures(session: Session, consultation_id: str) -> list[dict[str, Any]]:
    rows = _live(session, ConsultationSignature, consultation_id)
    return [{"id": s.id, "created_at": text_datetime(s.created_at), "party": s.party,
             "name": s.name, "role": s.role or "", "signed_at": text_datetime(s.signed_at),
             "image_png": s.image_png}
            for s in sorted(rows, key=lambda s: (s.party, s.id))]


def consultation_document(session: Session, consultation_id: str) -> dict[str, Any]:
    """The exchange document of one live consultation (ConsultationNotFound otherwise)."""
    c = session.get(Consultation, consultation_id)
    if c is None or c.is_deleted:
        raise ConsultationNotFound(consultation_id)
    version = c.template_version
    template = template_of(session, c)
    order = {q.id: i for i, q in enumerate(template.questions())}
    sections = {s.id: i for i, s in enumerate(template.sections)}
    answers = sorted(((a.question_id, decode_answer(a.value))
                      for a in _live(session, ConsultationAnswer, c.id)),
                     key=lambda qa: (order.get(qa[0], len(order)), qa[0]))
    notes = sorted(((n.section_id, n.text) for n in _live(session, ConsultationSectionNote, c.id)
                    if n.text), key=lambda st: (sections.get(st[0], len(sections)), st[0]))
    return {
        "format": FORMAT, "version": VERSION, "id": c.id,
        "created_at": text_datetime(c.created_at),
        "municipality": {"ags": c.municipality.ags, "name": c.municipality.name},
        "template": {"id": version.template_id, "version": version.version,
                     "title": version.title, "sha256": version.sha256,
                     "source": version.source},
        "held_at": text_datetime(c.held_at), "place": c.place or "",
        "advisers": [a for a in (c.advisers or "").split("; ") if a],
        "phase": c.phase or "", "summary": c.summary or "",
        "recommendations": c.recommendations or "", "state": c.state,
        "completed_at": text_datetime(c.completed_at), "completed_by": c.completed_by or "",
        "protocol_lang": c.protocol_lang, "protocol_sha256": c.protocol_sha256,
        "protocol_attachment_id": c.protocol_attachment_id,
        "answers": {q: v for q, v in answers if v is not None},
        "notes": dict(notes),
        "participants": _participants(session, c.id),
        "next_steps": _steps(session, c.id),
        "attachments": _attachments(session, c.id),
        "amendments": _amendments(session, c.id),
        "signatures": _signatures(session, c.id),
    }


def document_bytes(document: dict[str, Any]) -> bytes:
    """The file's bytes: UTF-8 JSON, indented, keys in document order, newline at the end."""
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_export(db: Database, consultation_id: str, out: Path) -> ExportSummary:
    """Write the consultation's exchange file to ``out`` (replaced whole or not at all)."""
    with db.read_session() as session:
        document = consultation_document(session, consultation_id)
    data = document_bytes(document)
    write_file(out, data)
    return ExportSummary(consultation_id, out, len(data), len(document["answers"]),
                         len(document["participants"]), len(document["next_steps"]),
                         len(document["attachments"]))

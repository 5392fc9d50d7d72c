"""Reading an exchange file into the database (see :mod:`consultation_exchange`).

The file is checked against the schema, then every value semantically (the AGS exists, the
template parses and matches its checksum, answers fit their questions, attachments match
their checksums, dates are real dates) while the records are written in ONE transaction:
any problem rolls everything back, so a refused file changes nothing. Records keep their
ids; importing the same file again updates or matches them and never duplicates. Writes go
through the ORM, so the sync capture triggers see every change.

Rules: a consultation that is new here is created. A draft here takes the file's values
(records missing from the file are kept). A consultation completed here is read-only: the
file must agree with it; only amendments, signatures, the protocol and newer statuses of
next steps are taken. A contact is matched by its id, else created; a contact erased here
under the GDPR is never recreated (the participant keeps only role and organisation).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_app.checklist.answers import AnswerError, check_answer, encode_answer
from advisor_app.checklist.loader import parse_template
from advisor_app.checklist.model import ChecklistTemplate
from advisor_app.domain.enums import ConsultationState
from advisor_app.persistence import ids
from advisor_app.persistence.database import Database
from advisor_app.persistence.models import (
    ChecklistTemplateVersion,
    Consultation,
    ConsultationAmendment,
    ConsultationAnswer,
    ConsultationSectionNote,
    ConsultationSignature,
    Municipality,
)
from advisor_app.services.consultation_exchange import (
    ExchangeError,
    parse_datetime,
    parse_document,
)
from advisor_app.services.consultation_exchange_export import consultation_document
from advisor_app.services.consultation_exchange_records import RecordWriter, same
from advisor_app.services.records import is_live

__all__ = ["ImportResult", "import_consultation", "import_file"]

LABELS = {"consultation": "Beratung", "template": "Vorlagenversion", "answer": "Antworten",
          "note": "Notizen", "contact": "Kontakte", "participant": "Teilnehmende",
          "step": "Nächste Schritte", "attachment": "Anhänge", "amendment": "Nachträge",
          "signature": "Unterschriften"}
_LOCKED = ("held_at", "place", "advisers", "phase", "summary", "recommendations",
           "completed_at", "completed_by", "protocol_lang")


@dataclass(frozen=True)
class ImportResult:
    consultation_id: str
    municipality_name: str
    held_at: dt.datetime
    created: bool
    dry_run: bool
    # kind (see LABELS) -> (records created, records changed)
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return any(new or upd for new, upd in self.counts.values())

    def summary_lines(self) -> list[str]:
        when = f"{self.held_at:%d.%m.%Y %H:%M}"
        verb = "würde" if self.dry_run else "wurde"
        state = ("neu angelegt" if self.created else
                 "aktualisiert" if self.changed else "unverändert (schon vorhanden)")
        lines = [f"Beratung {self.consultation_id} ({self.municipality_name}, {when}) "
                 f"{verb} {state}."] if self.created or self.changed else \
            [f"Beratung {self.consultation_id} ({self.municipality_name}, {when}): {state}."]
        for kind, label in LABELS.items():
            new, upd = self.counts.get(kind, (0, 0))
            if new or upd:
                lines.append(f"  {label}: {new} neu, {upd} geändert")
        lines += [f"  Hinweis: {w}" for w in self.warnings]
        return lines


def _template(session: Session, doc: dict[str, Any], writer: RecordWriter
              ) -> tuple[str, ChecklistTemplate]:
    meta = doc["template"]
    source: str = meta["source"]
    if hashlib.sha256(source.encode("utf-8")).hexdigest() != meta["sha256"]:
        raise ExchangeError("template.sha256", "Die Prüfsumme passt nicht zum Quelltext der "
                            "Vorlage (Datei verändert oder beschädigt).")
    template, problems = parse_template(source, "template.source")
    if template is None:
        raise ExchangeError("template.source", f"Die Vorlage ist fehlerhaft: {problems[0]}")
    if (template.id, template.version) != (meta["id"], meta["version"]):
        raise ExchangeError("template.id", f"Der Quelltext ist die Vorlage „{template.id}“ "
                            f"Version {template.version}, nicht „{meta['id']}“ Version "
                            f"{meta['version']}.")
    version_id = ids.checklist_template_id(template.id, template.version, meta["sha256"])
    if session.get(ChecklistTemplateVersion, version_id) is None:
        session.add(ChecklistTemplateVersion(
            id=version_id, template_id=template.id, version=template.version,
            title=template.title.de, source=source, sha256=meta["sha256"]))
        session.flush()
        writer.count("template", created=True)
    return version_id, template


def _answers(doc: dict[str, Any], template: ChecklistTemplate) -> dict[str, object]:
    checked: dict[str, object] = {}
    for question_id, value in doc["answers"].items():
        try:
            question = template.question(question_id)
        except KeyError:
            raise ExchangeError(f"answers.{question_id}", "Diese Frage gibt es in der Vorlage "
                                "nicht.") from None
        try:
            stored = check_answer(question, value)
        except AnswerError as exc:
            raise ExchangeError(f"answers.{question_id}", str(exc)) from None
        if stored is not None:
            checked[question_id] = stored
    return checked


def _locked_difference(local: dict[str, Any], doc: dict[str, Any],
                       answers: dict[str, object]) -> str | None:
    """The first path where the file differs from a consultation completed here."""
    if doc["state"] != ConsultationState.COMPLETED.value:
        return "state"
    for key in _LOCKED:
        if not same(local[key], doc[key]):
            return key
    for key, theirs in (("answers", answers), ("notes", doc["notes"])):
        for item in sorted(set(local[key]) | set(theirs)):
            if local[key].get(item) != theirs.get(item):
                return f"{key}.{item}"

    def who(p: dict[str, Any]) -> tuple[Any, ...]:
        contact = p["contact"]["id"] if p["contact"] else None
        return (contact, "" if contact else p["name"], p["role"], p["organisation"],
                p["position"])

    checks: dict[str, Any] = {
        "participants": who,
        "next_steps": lambda s: (s["what"], s["responsible"], s["organisation"],
                                 s["due_date"], s["position"]),
        "attachments": lambda a: (a["kind"], a["filename"], a["sha256"], a["caption"]),
    }
    for key, fingerprint in checks.items():
        mine = {r["id"]: fingerprint(r) for r in local[key]}
        for i, record in enumerate(doc[key]):
            if key == "attachments" and record["kind"] == "protocol":
                continue
            if mine.get(record["id"]) != fingerprint(record):
                return f"{key}[{i}]"
    return None


def _consultation(session: Session, doc: dict[str, Any], writer: RecordWriter,
                  municipality: Municipality, version_id: str,
                  answers: dict[str, object]) -> bool:
    """Create or update the consultation row; True when it is completed here (locked)."""
    cid = doc["id"]
    state = doc["state"]
    completed_at = parse_datetime(doc["completed_at"], "completed_at")
    if state == ConsultationState.COMPLETED.value and completed_at is None:
        raise ExchangeError("completed_at", "Eine abgeschlossene Beratung braucht den "
                            "Zeitpunkt des Abschlusses.")
    local = session.get(Consultation, cid)
    if local is not None:
        if local.municipality_id != municipality.id:
            raise ExchangeError("municipality.ags", f"Die Beratung {cid} gehört hier zu einer "
                                "anderen Kommune.")
        if local.template_version_id != version_id:
            raise ExchangeError("template", f"Die Beratung {cid} wurde hier mit einer anderen "
                                "Vorlagenversion begonnen.")
        if local.state == ConsultationState.COMPLETED.value and not local.is_deleted:
            difference = _locked_difference(consultation_document(session, cid), doc, answers)
            if difference is not None:
                raise ExchangeError(difference, "Die Beratung ist hier bereits abgeschlossen "
                                    "und weicht davon ab; abgeschlossene Beratungen werden "
                                    "nur durch Nachträge korrigiert.")
            writer.restore(local, "consultation")
            return True
    held_at = parse_datetime(doc["held_at"], "held_at")
    writer.upsert(Consultation, cid, "consultation", "", {
        "municipality_id": municipality.id, "template_version_id": version_id,
        "held_at": held_at, "place": doc["place"] or None,
        "advisers": "; ".join(a.strip() for a in doc["advisers"] if a.strip()),
        "phase": doc["phase"] or None, "summary": doc["summary"] or None,
        "recommendations": doc["recommendations"] or None, "state": state,
        "completed_at": completed_at, "completed_by": doc["completed_by"] or None,
        "protocol_lang": doc["protocol_lang"]},
        created_at=parse_datetime(doc["created_at"], "created_at"), owned=False)
    session.flush()
    return False


def _protocol(doc: dict[str, Any], local: Consultation, writer: RecordWriter) -> None:
    """The signed protocol (set after completing, so also taken for a locked one)."""
    attachment_id = doc["protocol_attachment_id"]
    if attachment_id is not None and attachment_id not in {a["id"] for a in doc["attachments"]}:
        raise ExchangeError("protocol_attachment_id", "Dieser Anhang ist nicht in der Datei.")
    changed = False
    for key in ("protocol_sha256", "protocol_attachment_id"):
        if doc[key] is not None and getattr(local, key) != doc[key]:
            setattr(local, key, doc[key])
            changed = True
    if changed and "consultation" not in writer.counts:
        writer.count("consultation", created=False)


def _apply(session: Session, doc: dict[str, Any], writer: RecordWriter) -> ImportResult:
    ags = doc["municipality"]["ags"]
    municipality = session.scalar(select(Municipality).where(
        Municipality.ags == ags, is_live(Municipality)))
    if municipality is None:
        raise ExchangeError("municipality.ags", f"Eine Kommune mit dem AGS {ags} gibt es in "
                            "dieser Datenbank nicht.")
    version_id, template = _template(session, doc, writer)
    answers = _answers(doc, template)
    cid = doc["id"]
    created = session.get(Consultation, cid) is None
    locked = _consultation(session, doc, writer, municipality, version_id, answers)
    sections = {s.id for s in template.sections}
    for section_id in doc["notes"]:
        if section_id not in sections:
            raise ExchangeError(f"notes.{section_id}", "Diesen Abschnitt gibt es in der Vorlage "
                                "nicht.")
    if not locked:
        for question_id, value in answers.items():
            writer.upsert(ConsultationAnswer, ids.consultation_answer_id(cid, question_id),
                          "answer", f"answers.{question_id}",
                          {"question_id": question_id, "value": encode_answer(value)})
        for section_id, note in doc["notes"].items():
            writer.upsert(ConsultationSectionNote, ids.consultation_note_id(cid, section_id),
                          "note", f"notes.{section_id}", {"section_id": section_id,
                                                          "text": note})
        for i, participant in enumerate(doc["participants"]):
            writer.participant(participant, f"participants[{i}]")
    for i, step in enumerate(doc["next_steps"]):
        writer.step(step, f"next_steps[{i}]", municipality.id, status_only=locked)
    for i, attachment in enumerate(doc["attachments"]):
        writer.attachment(attachment, f"attachments[{i}]",
                          skip=locked and attachment["kind"] != "protocol")
    for i, amendment in enumerate(doc["amendments"]):
        path = f"amendments[{i}]"
        question_id = amendment["question_id"]
        if question_id is not None and question_id not in {q.id for q in template.questions()}:
            raise ExchangeError(f"{path}.question_id", "Diese Frage gibt es in der Vorlage "
                                "nicht.")
        writer.upsert(ConsultationAmendment, amendment["id"], "amendment", path, {
            "question_id": question_id, "text": amendment["text"],
            "reason": amendment["reason"], "author": amendment["author"] or None,
            "amended_at": parse_datetime(amendment["amended_at"], f"{path}.amended_at")},
            created_at=parse_datetime(amendment["created_at"], f"{path}.created_at"))
    for i, signature in enumerate(doc["signatures"]):
        path = f"signatures[{i}]"
        writer.check_png(signature["image_png"], f"{path}.image_png")
        writer.upsert(ConsultationSignature, signature["id"], "signature", path, {
            "party": signature["party"], "name": signature["name"],
            "role": signature["role"] or None,
            "signed_at": parse_datetime(signature["signed_at"], f"{path}.signed_at"),
            "image_png": signature["image_png"]},
            created_at=parse_datetime(signature["created_at"], f"{path}.created_at"))
    consultation = session.get(Consultation, cid)
    assert consultation is not None
    _protocol(doc, consultation, writer)
    return ImportResult(cid, municipality.name, consultation.held_at, created, False,
                        dict(writer.counts), tuple(writer.warnings))


def import_consultation(db: Database, data: bytes, *, dry_run: bool = False) -> ImportResult:
    """Import one exchange file's bytes; ExchangeError (nothing changed) if it is refused.
    ``dry_run``: check everything and tell what would change, but store nothing."""
    document = parse_document(data)
    with db.session() as session:
        writer = RecordWriter(session, document["id"])
        result = _apply(session, document, writer)
        session.flush()
        if dry_run:
            session.rollback()
    return dataclasses.replace(result, dry_run=True) if dry_run else result


def import_file(db: Database, path: Path, *, dry_run: bool = False) -> ImportResult:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExchangeError("", f"Die Datei {path} ist nicht lesbar "
                            f"({exc.strerror or exc}).") from None
    return import_consultation(db, data, dry_run=dry_run)


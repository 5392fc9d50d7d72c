"""Edits of a consultation, each saved at once in its own small transaction (the visit
window calls these while the adviser types; a crash loses nothing that was saved).

A completed consultation is read-only (``ConsultationLocked``); corrections are amendments
with a reason. Only the status of its next steps keeps changing, since later visits follow
them up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advisor_app.checklist.answers import AnswerError, check_answer, decode_answer, encode_answer
from advisor_app.checklist.model import Question
from advisor_app.checklist.rules import missing_required
from advisor_app.domain.enums import ConsultationState, NextStepStatus
from advisor_app.domain.validation import ValidationError, collect
from advisor_app.persistence import ids
from advisor_app.persistence.database import Database
from advisor_app.persistence.models import (
    Consultation,
    ConsultationAmendment,
    ConsultationAnswer,
    ConsultationParticipant,
    ConsultationSectionNote,
    Contact,
    NextStep,
    utcnow,
)
from advisor_app.services.consultations import (
    PLACE_MAX,
    ConsultationNotFound,
    live_consultation,
    template_of,
)
from advisor_app.services.records import is_live

__all__ = [
    "ConsultationLocked", "IncompleteConsultation", "add_participant", "add_step", "amend",
    "complete_consultation", "delete_consultation", "remove_participant", "remove_step",
    "restore_consultation", "set_answer", "set_note", "update_consultation",
    "update_participant", "update_step",
]

NAME_MAX = 200
TEXT_MAX = 100_000


class ConsultationLocked(ValueError):
    def __init__(self) -> None:
        super().__init__("Die Beratung ist abgeschlossen und kann nicht mehr geändert werden. "
                         "Korrekturen bitte als Nachtrag mit Begründung erfassen.")


class IncompleteConsultation(ValueError):
    """Completing was refused: required questions are unanswered (in template order)."""

    def __init__(self, missing: Sequence[Question]) -> None:
        self.missing = list(missing)
        names = "; ".join(q.text.de for q in self.missing[:3])
        more = f" und {len(self.missing) - 3} weitere" if len(self.missing) > 3 else ""
        super().__init__(f"{len(self.missing)} Pflichtfrage(n) ohne Antwort: {names}{more}.")


def changeable_consultation(session: Session, consultation_id: str, *, editable: bool = True
                            ) -> Consultation:
    """The live consultation; with ``editable``, ConsultationLocked when it is completed."""
    consultation = live_consultation(session, consultation_id)
    if editable and consultation.state == ConsultationState.COMPLETED.value:
        raise ConsultationLocked()
    return consultation


def _text(value: str | None, label: str, limit: int) -> str | None:
    if value is not None and len(value) > limit:
        return f"{label} darf höchstens {limit:,} Zeichen haben.".replace(",", ".")
    return None


def set_answer(db: Database, consultation_id: str, question_id: str, value: object) -> object:
    """Store one answer (None or blank: unanswered); returns the stored form.
    AnswerError (German) if it does not fit the question."""
    with db.session() as session:
        consultation = changeable_consultation(session, consultation_id)
        try:
            question = template_of(session, consultation).question(question_id)
        except KeyError:
            raise AnswerError(f"Die Vorlage dieser Beratung hat keine Frage „{question_id}“.") \
                from None
        stored = check_answer(question, value)
        answer_id = ids.consultation_answer_id(consultation_id, question_id)
        row = session.get(ConsultationAnswer, answer_id)
        if row is None:
            session.add(ConsultationAnswer(id=answer_id, consultation_id=consultation_id,
                                           question_id=question_id, value=encode_answer(stored)))
        else:
            row.value = encode_answer(stored)
            if row.is_deleted:
                row.existence += 1
        return stored


def set_note(db: Database, consultation_id: str, section_id: str, text: str) -> None:
    """Store the notes of one checklist section."""
    problem = _text(text, "Die Notiz", TEXT_MAX)
    if problem:
        raise ValidationError({"note": problem})
    with db.session() as session:
        consultation = changeable_consultation(session, consultation_id)
        if section_id not in {s.id for s in template_of(session, consultation).sections}:
            raise ValidationError({"note": f"Die Vorlage hat keinen Abschnitt „{section_id}“."})
        note_id = ids.consultation_note_id(consultation_id, section_id)
        row = session.get(ConsultationSectionNote, note_id)
        if row is None:
            session.add(ConsultationSectionNote(id=note_id, consultation_id=consultation_id,
                                                section_id=section_id, text=text))
        else:
            row.text = text


_FIELD_CHECKS: dict[str, Callable[[Any], str | None]] = {
    "place": lambda v: _text(v, "Der Ort", PLACE_MAX),
    "phase": lambda v: _text(v, "Die Phase", 40),
    "summary": lambda v: _text(v, "Die Zusammenfassung", TEXT_MAX),
    "recommendations": lambda v: _text(v, "Die Empfehlungen", TEXT_MAX),
    "held_at": lambda v: None if isinstance(v, dt.datetime) else
    "Bitte Datum und Uhrzeit der Beratung angeben.",
    "advisers": lambda v: None if isinstance(v, list | tuple) and all(
        isinstance(a, str) and len(a) <= NAME_MAX for a in v) else
    "Die Beraterinnen und Berater bitte als Namensliste angeben.",
    "protocol_lang": lambda v: None if v in ("de", "en") else
    "Die Protokollsprache muss „de“ oder „en“ sein.",
}


def update_consultation(db: Database, consultation_id: str, **changes: Any) -> None:
    """Change the consultation's own fields: place, held_at, advisers (list of names),
    phase, summary, recommendations, protocol_lang."""
    unknown = set(changes) - set(_FIELD_CHECKS)
    if unknown:
        raise TypeError(f"unknown consultation fields: {sorted(unknown)}")
    errors = collect(**{k: _FIELD_CHECKS[k](v) for k, v in changes.items()})
    if errors:
        raise ValidationError(errors)
    with db.session() as session:
        consultation = changeable_consultation(session, consultation_id)
        for key, value in changes.items():
            if key == "advisers":
                value = "; ".join(a.strip() for a in value if a.strip())
            elif key == "held_at":
                value = value.replace(second=0, microsecond=0, tzinfo=None)
            elif isinstance(value, str) and key in ("place", "phase"):
                value = value.strip()
            setattr(consultation, key, value)


# --- participants ------------------------------------------------------------------------

def _participant_errors(contact_id: str | None, name: str, role: str, organisation: str
                        ) -> dict[str, str]:
    missing = None if contact_id or name.strip() else \
        "Bitte einen Namen angeben oder einen Kontakt wählen."
    return collect(name=missing or _text(name, "Der Name", NAME_MAX),
                   role=_text(role, "Die Funktion", NAME_MAX),
                   organisation=_text(organisation, "Die Organisation", NAME_MAX))


def add_participant(db: Database, consultation_id: str, *, contact_id: str | None = None,
                    name: str = "", role: str = "", organisation: str = "") -> str:
    """Add a participant: a contact (its name is taken from the contact) or a name."""
    errors = _participant_errors(contact_id, name, role, organisation)
    if errors:
        raise ValidationError(errors)
    with db.session() as session:
        changeable_consultation(session, consultation_id)
        if contact_id is not None:
            contact = session.get(Contact, contact_id)
            if contact is None or contact.is_deleted:
                raise ValidationError({"contact_id": "Diesen Kontakt gibt es nicht."})
        position = session.scalar(select(func.count()).where(
            ConsultationParticipant.consultation_id == consultation_id)) or 0
        row = ConsultationParticipant(
            consultation_id=consultation_id, contact_id=contact_id,
            name=None if contact_id else name.strip(), role=role.strip() or None,
            organisation=organisation.strip() or None, position=position)
        session.add(row)
        session.flush()
        return row.id


def update_participant(db: Database, participant_id: str, *, name: str | None = None,
                       role: str | None = None, organisation: str | None = None) -> None:
    with db.session() as session:
        row = session.get(ConsultationParticipant, participant_id)
        if row is None or row.is_deleted:
            raise ValidationError({"participant": "Diese Person ist nicht (mehr) eingetragen."})
        changeable_consultation(session, row.consultation_id)
        errors = _participant_errors(
            row.contact_id, row.name or "" if name is None else name,
            row.role or "" if role is None else role,
            row.organisation or "" if organisation is None else organisation)
        if errors:
            raise ValidationError(errors)
        if name is not None and not row.contact_id:
            row.name = name.strip()
        if role is not None:
            row.role = role.strip() or None
        if organisation is not None:
            row.organisation = organisation.strip() or None


def remove_participant(db: Database, participant_id: str) -> None:
    with db.session() as session:
        row = session.get(ConsultationParticipant, participant_id)
        if row is not None and not row.is_deleted:
            changeable_consultation(session, row.consultation_id)
            row.existence += 1


# --- next steps ---------------------------------------------------------------------------

def _step_errors(values: dict[str, Any]) -> dict[str, str]:
    checks: dict[str, str | None] = {}
    if "what" in values:
        what = values["what"]
        checks["what"] = ("Bitte beschreiben, was zu tun ist." if not str(what or "").strip()
                          else _text(what, "Die Maßnahme", 2000))
    for key, label in (("responsible", "Verantwortlich"), ("organisation", "Organisation")):
        if key in values:
            checks[key] = _text(values[key], label, NAME_MAX)
    if "due_date" in values and values["due_date"] is not None \
            and not isinstance(values["due_date"], dt.date):
        checks["due_date"] = "Bitte ein gültiges Fälligkeitsdatum angeben."
    if "status" in values:
        try:
            NextStepStatus(values["status"])
        except ValueError:
            checks["status"] = "Unbekannter Status."
    return collect(**checks)


def add_step(db: Database, consultation_id: str, *, what: str, responsible: str = "",
             organisation: str = "", due_date: dt.date | None = None,
             status: NextStepStatus = NextStepStatus.OPEN) -> str:
    values = {"what": what, "responsible": responsible, "organisation": organisation,
              "due_date": due_date, "status": status}
    errors = _step_errors(values)
    if errors:
        raise ValidationError(errors)
    with db.session() as session:
        consultation = changeable_consultation(session, consultation_id)
        position = session.scalar(select(func.count()).where(
            NextStep.consultation_id == consultation_id)) or 0
        step = NextStep(consultation_id=consultation_id,
                        municipality_id=consultation.municipality_id, what=what.strip(),
                        responsible=responsible.strip() or None,
                        organisation=organisation.strip() or None, due_date=due_date,
                        status=NextStepStatus(status).value, position=position)
        session.add(step)
        session.flush()
        return step.id


def update_step(db: Database, step_id: str, *, in_consultation: str | None = None,
                **changes: Any) -> None:
    """Change a next step (what, responsible, organisation, due_date, status).
    ``in_consultation``: the consultation during which it changes (a carried-over step then
    shows in that consultation's protocol). Steps of a completed consultation only change
    status."""
    allowed = {"what", "responsible", "organisation", "due_date", "status"}
    if set(changes) - allowed:
        raise TypeError(f"unknown step fields: {sorted(set(changes) - allowed)}")
    errors = _step_errors(changes)
    if errors:
        raise ValidationError(errors)
    with db.session() as session:
        step = session.get(NextStep, step_id)
        if step is None or step.is_deleted:
            raise ValidationError({"step": "Diesen nächsten Schritt gibt es nicht (mehr)."})
        origin = changeable_consultation(session, step.consultation_id, editable=False)
        if origin.state == ConsultationState.COMPLETED.value and set(changes) - {"status"}:
            raise ConsultationLocked()
        if in_consultation is not None:
            changeable_consultation(session, in_consultation)
        for key, value in changes.items():
            if key == "status":
                value = NextStepStatus(value).value
                if value != step.status:
                    step.status_changed_at = utcnow()
                    step.status_consultation_id = in_consultation or step.consultation_id
            elif isinstance(value, str):
                value = value.strip() or (None if key != "what" else value)
            setattr(step, key, value)


def remove_step(db: Database, step_id: str) -> None:
    with db.session() as session:
        step = session.get(NextStep, step_id)
        if step is not None and not step.is_deleted:
            changeable_consultation(session, step.consultation_id)
            step.existence += 1


# --- completing, amending, deleting --------------------------------------------------------

def _missing(session: Session, consultation: Consultation) -> list[Question]:
    answers = {a.question_id: decode_answer(a.value) for a in session.scalars(
        select(ConsultationAnswer).where(ConsultationAnswer.consultation_id == consultation.id,
                                         is_live(ConsultationAnswer)))}
    return missing_required(template_of(session, consultation), answers)


def missing_answers(db: Database, consultation_id: str) -> list[Question]:
    """Visible required questions without an answer."""
    with db.read_session() as session:
        return _missing(session, live_consultation(session, consultation_id))


def complete_consultation(db: Database, consultation_id: str, completed_by: str) -> None:
    """Close the consultation (read-only from now on); IncompleteConsultation if required
    answers are missing (checked in the same transaction)."""
    with db.session() as session:
        consultation = changeable_consultation(session, consultation_id)
        missing = _missing(session, consultation)
        if missing:
            raise IncompleteConsultation(missing)
        consultation.state = ConsultationState.COMPLETED.value
        consultation.completed_at = utcnow()
        consultation.completed_by = completed_by.strip() or None


def amend(db: Database, consultation_id: str, *, text: str, reason: str, author: str,
          question_id: str | None = None) -> str:
    """Record a correction of a completed consultation (what, why, who; timestamped)."""
    errors = collect(
        text=None if text.strip() else "Bitte die Korrektur beschreiben.",
        reason=None if reason.strip() else "Bitte einen Grund für den Nachtrag angeben.")
    if errors:
        raise ValidationError(errors)
    with db.session() as session:
        consultation = changeable_consultation(session, consultation_id, editable=False)
        if consultation.state != ConsultationState.COMPLETED.value:
            raise ValidationError({"state": "Nachträge gibt es nur zu abgeschlossenen "
                                            "Beratungen; den Entwurf bitte direkt ändern."})
        if question_id is not None:
            try:
                template_of(session, consultation).question(question_id)
            except KeyError:
                raise ValidationError({"question_id": "Diese Frage gibt es in der Vorlage "
                                                      "nicht."}) from None
        row = ConsultationAmendment(consultation_id=consultation_id, question_id=question_id,
                                    text=text.strip(), reason=reason.strip(),
                                    author=author.strip() or None, amended_at=utcnow())
        session.add(row)
        session.flush()
        return row.id


def delete_consultation(db: Database, consultation_id: str) -> None:
    """Move a draft to the trash (completed consultations are records and stay)."""
    with db.session() as session:
        changeable_consultation(session, consultation_id).existence += 1


def restore_consultation(db: Database, consultation_id: str) -> None:
    with db.session() as session:
        consultation = session.get(Consultation, consultation_id)
        if consultation is None:
            raise ConsultationNotFound(consultation_id)
        if consultation.is_deleted:
            consultation.existence += 1


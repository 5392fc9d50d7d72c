"""Database -> ``ProtocolData``: what the protocol of one consultation shows.

``build_protocol_data(db, consultation_id, lang)`` reads the consultation
(``consultation_detail``), the letterhead settings, the photos and the signatures, and
freezes them in the form ``protocol_data`` prescribes: only the questions that were shown,
answers typed and localized, next steps of this consultation after those carried over from
earlier ones, times in Europe/Berlin.

Deterministic: ``generated_at`` is the newest ``updated_at`` of the consultation, its child
rows, the carried-over steps and the linked contacts (never the clock), so the same data
gives a byte-identical PDF and every change a new generation time.
"""

from __future__ import annotations

import base64
import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from advisor_app.checklist.model import RATING_RANGE, YES_NO_VALUES, Question, QuestionType
from advisor_app.checklist.rules import effective_answers, visible_questions
from advisor_app.domain.enums import phase_label
from advisor_app.domain.formatting import BERLIN, to_berlin
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
    Kreis,
    Municipality,
    NextStep,
)
from advisor_app.reports.protocol_data import (
    AnswerValue,
    Letterhead,
    MunicipalityInfo,
    Participant,
    ProtocolAmendment,
    ProtocolAttachment,
    ProtocolData,
    ProtocolLang,
    ProtocolNextStep,
    ProtocolQuestion,
    ProtocolSection,
    ProtocolSignature,
)
from advisor_app.services.consultation_dto import (
    ConsultationDetail,
    NextStepRow,
    ParticipantRow,
)
from advisor_app.services.consultation_files import attachment_content
from advisor_app.services.consultations import consultation_detail
from advisor_app.services.records import is_live
from advisor_app.services.settings import Settings, load_settings

__all__ = ["BERLIN", "PHOTO_TYPES", "build_protocol_data", "document_id", "to_berlin"]

PHOTO_TYPES = ("image/png", "image/jpeg")
ERASED_NAME = {"de": "Name gelöscht", "en": "name erased"}
_CHILDREN = (ConsultationAnswer, ConsultationSectionNote, ConsultationParticipant, NextStep,
             ConsultationAttachment, ConsultationAmendment, ConsultationSignature)


def document_id(consultation_id: str, held_at: dt.datetime) -> str:
    """Stable per consultation: ``BP-7F3C9A21-20261126``."""
    return f"BP-{consultation_id.replace('-', '')[:8].upper()}-{held_at:%Y%m%d}"


def build_protocol_data(db: Database, consultation_id: str,
                        lang: str | None = None) -> ProtocolData:
    """Everything the protocol of the consultation shows, in ``lang`` (default: the
    consultation's protocol language). ConsultationNotFound for a missing one."""
    detail = consultation_detail(db, consultation_id)
    language: ProtocolLang = "en" if (lang or detail.protocol_lang) == "en" else "de"
    template = detail.template
    municipality, signatures, newest = _from_rows(db, detail)
    return ProtocolData(
        lang=language,
        document_id=document_id(detail.id, detail.held_at),
        generated_at=to_berlin(newest),
        letterhead=letterhead(load_settings(db)),
        municipality=municipality,
        held_at=detail.held_at,
        place=detail.place,
        advisers=detail.advisers,
        participants=tuple(participant(p, language) for p in detail.participants),
        template_title=template.title.get(language),
        template_version=template.version,
        sections=sections(detail, language),
        summary=detail.summary,
        recommendations=detail.recommendations,
        phase=phase_label(detail.phase, language),
        amendments=tuple(
            ProtocolAmendment(to_berlin(a.amended_at), a.author, a.reason, a.text,
                              a.question_id) for a in detail.amendments),
        next_steps=tuple(next_step(s, carried=True) for s in detail.carried_steps)
        + tuple(next_step(s) for s in detail.steps),
        attachments=_attachments(db, detail),
        adviser_signature=signatures.get("adviser"),
        municipality_signature=signatures.get("municipality"),
        draft=not detail.is_completed,
    )


# --- header -------------------------------------------------------------------------------

def letterhead(settings: Settings) -> Letterhead:
    """Office name, address lines and logo (read when the file is there) of the settings."""
    name = settings.office_name.strip() or Settings().office_name
    lines = tuple(line.strip() for line in settings.office_address.splitlines() if line.strip())
    logo = None
    if settings.logo_path.strip():
        try:
            path = Path(settings.logo_path).expanduser()
            logo = path.read_bytes() if path.is_file() else None
        except OSError:
            logo = None  # an unreadable logo leaves the letterhead without it
    return Letterhead(name, lines, logo or None)


def participant(row: ParticipantRow, lang: str) -> Participant:
    """A participant; one whose contact was erased keeps only the role, printed in place
    of the name."""
    if row.name.strip():
        return Participant(row.name, row.role, row.organisation)
    if row.role.strip():
        return Participant(row.role, "", row.organisation)
    return Participant(f"({ERASED_NAME['en' if lang == 'en' else 'de']})", "",
                       row.organisation)


# --- checklist ----------------------------------------------------------------------------

def sections(detail: ConsultationDetail, lang: str) -> tuple[ProtocolSection, ...]:
    """The template's sections with their visible questions and effective answers."""
    template = detail.template
    shown = {q.id for q in visible_questions(template, detail.answers)}
    answers = effective_answers(template, detail.answers)
    return tuple(
        ProtocolSection(
            section.id, section.title.get(lang),
            tuple(protocol_question(q, answers.get(q.id), lang, n)
                  for n, q in enumerate(section.questions, start=1) if q.id in shown),
            detail.notes.get(section.id, ""))
        for section in template.sections)


def protocol_question(question: Question, value: object, lang: str,
                      number: int = 0) -> ProtocolQuestion:
    """``number``: the question's position in its section, as the visit window numbers it
    (a hidden question keeps its number: "1.3" is followed by "1.5")."""
    return ProtocolQuestion(
        question_id=question.id, text=question.text.get(lang), type=question.type,
        value=typed_answer(question, value, lang), required=question.required,
        unit=question.unit.get(lang) if question.unit else "", number=number)


def typed_answer(question: Question, value: object, lang: str) -> AnswerValue | None:
    """A stored answer in the form ``ProtocolQuestion`` wants; None when unanswered or
    when the stored value does not fit the question (it was checked when saved)."""
    if value is None:
        return None
    kind = question.type
    labels = {o.value: o.label.get(lang) for o in question.options}
    if kind is QuestionType.YES_NO:
        return value if value in YES_NO_VALUES else None
    if kind is QuestionType.SINGLE_CHOICE:
        return labels.get(value, value) if isinstance(value, str) else None
    if kind is QuestionType.MULTIPLE_CHOICE:
        if not isinstance(value, list | tuple):
            return None
        chosen = [str(v) for v in value]
        ordered = [o.value for o in question.options if o.value in chosen]
        return tuple(labels[v] for v in ordered) + tuple(v for v in chosen if v not in labels)
    if kind in (QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT):
        return value if isinstance(value, str) else None
    if kind is QuestionType.NUMBER:
        fits = isinstance(value, int | float) and not isinstance(value, bool)
        return value if fits else None  # type: ignore[return-value]
    if kind is QuestionType.DATE:
        return _date(value)
    low, high = RATING_RANGE
    fits = isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
    return value if fits else None  # type: ignore[return-value]


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


# --- steps, files, signatures -------------------------------------------------------------

def next_step(row: NextStepRow, carried: bool = False) -> ProtocolNextStep:
    origin = row.consultation_held_at.date() if carried and row.consultation_held_at else None
    return ProtocolNextStep(row.what, row.responsible, row.organisation, row.due_date,
                            row.status, origin)


def _attachments(db: Database, detail: ConsultationDetail) -> tuple[ProtocolAttachment, ...]:
    """The files of the consultation (not the signed protocol itself); photos with their
    bytes (the renderer makes the thumbnail; a damaged photo is listed without one)."""
    found = []
    for a in detail.attachments:
        if a.kind != "attachment":
            continue
        image = None
        if a.media_type in PHOTO_TYPES:
            try:
                image = attachment_content(db, a.id)
            except ValueError:
                image = None
        found.append(ProtocolAttachment(a.filename, a.media_type, a.size, a.caption, image))
    return tuple(found)


def _from_rows(db: Database, detail: ConsultationDetail
               ) -> tuple[MunicipalityInfo, dict[str, ProtocolSignature], dt.datetime]:
    """What the detail does not hold: the municipality and its Kreis as printed, the
    signatures with their images, and the newest ``updated_at`` (UTC) of everything the
    protocol shows."""
    with db.read_session() as session:
        municipality = session.get(Municipality, detail.municipality_id)
        kreis = session.get(Kreis, municipality.kreis_id) if municipality else None
        info = MunicipalityInfo(
            _municipality_name(municipality) if municipality else detail.municipality_name,
            detail.municipality_ags, _kreis_name(kreis))
        signed = session.scalars(select(ConsultationSignature).where(
            ConsultationSignature.consultation_id == detail.id, is_live(ConsultationSignature)))
        signatures = {r.party: ProtocolSignature(
            r.name, r.role or "", to_berlin(r.signed_at),
            base64.b64decode(r.image_png) if r.image_png else None) for r in signed}
        stamps: list[dt.datetime | None] = [session.scalar(
            select(Consultation.updated_at).where(Consultation.id == detail.id))]
        for model in _CHILDREN:
            stamps.append(session.scalar(select(func.max(model.updated_at)).where(
                model.consultation_id == detail.id)))
        carried = [s.id for s in detail.carried_steps]
        if carried:
            stamps.append(session.scalar(select(func.max(NextStep.updated_at))
                                         .where(NextStep.id.in_(carried))))
        contacts = [p.contact_id for p in detail.participants if p.contact_id]
        if contacts:
            stamps.append(session.scalar(select(func.max(Contact.updated_at))
                                         .where(Contact.id.in_(contacts))))
    return info, signatures, max(s for s in stamps if s is not None)


def _municipality_name(m: Municipality) -> str:
    """As printed: "Stadt Gladbeck", "Hansestadt Attendorn", "Gemeinde Reken"."""
    official = (m.name_amtlich or "").partition(", ")[2].strip()
    kind = official or (m.bezeichnung or "").strip()
    return f"{kind} {m.name}" if kind else m.name


def _kreis_name(kreis: Kreis | None) -> str:
    """As printed: "Kreis Recklinghausen", "Rhein-Kreis Neuss", "Städteregion Aachen";
    "" for a kreisfreie Stadt."""
    if kreis is None or kreis.typ != "Kreis":
        return ""
    if "kreis" in kreis.name.casefold() or kreis.name.startswith("Städteregion"):
        return kreis.name
    return f"Kreis {kreis.name}"

"""Consultations: start one, read one whole, list them, and list next steps.

Edits of a running consultation are in :mod:`consultation_edits`; attachments in
:mod:`consultation_files`. A consultation keeps the exact template source it was started
with (table ``checklist_template``, content-addressed), so changing a template file never
changes an old consultation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from advisor_app.checklist.answers import decode_answer
from advisor_app.checklist.catalogue import TemplateSource, parsed_template
from advisor_app.checklist.model import ChecklistTemplate
from advisor_app.domain.enums import ConsultationState, NextStepStatus
from advisor_app.domain.validation import ValidationError
from advisor_app.persistence import ids
from advisor_app.persistence.database import Database
from advisor_app.persistence.models import (
    ChecklistTemplateVersion,
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
from advisor_app.services.consultation_dto import (
    AmendmentRow,
    AttachmentRow,
    ConsultationDetail,
    ConsultationRow,
    NextStepRow,
    ParticipantRow,
    SignatureRow,
)
from advisor_app.services.records import is_live

__all__ = [
    "ConsultationNotFound", "consultation_detail", "list_consultations", "list_next_steps",
    "pending_steps", "start_consultation", "store_template",
]

PLACE_MAX = 300


class ConsultationNotFound(LookupError):
    def __init__(self, consultation_id: str) -> None:
        super().__init__(f"Beratung {consultation_id} wurde nicht gefunden (oder ist gelöscht).")


def store_template(session: Session, source: TemplateSource) -> str:
    """The id of the stored template version (stored now if this laptop has not yet)."""
    template = source.template
    version_id = ids.checklist_template_id(template.id, template.version, source.sha256)
    if session.get(ChecklistTemplateVersion, version_id) is None:
        session.add(ChecklistTemplateVersion(
            id=version_id, template_id=template.id, version=template.version,
            title=template.title.de, source=source.source, sha256=source.sha256))
        session.flush()
    return version_id


def start_consultation(db: Database, municipality_id: str, source: TemplateSource, *,
                       held_at: dt.datetime, place: str = "", advisers: Sequence[str] = (),
                       protocol_lang: str = "de") -> str:
    """A new draft consultation of a municipality with a template; returns its id."""
    if len(place) > PLACE_MAX:
        raise ValidationError({"place": f"Der Ort darf höchstens {PLACE_MAX} Zeichen haben."})
    with db.session() as session:
        municipality = session.get(Municipality, municipality_id)
        if municipality is None or municipality.is_deleted:
            raise ValidationError({"municipality_id": "Diese Kommune gibt es nicht."})
        consultation = Consultation(
            municipality_id=municipality_id, template_version_id=store_template(session, source),
            held_at=held_at.replace(second=0, microsecond=0, tzinfo=None), place=place.strip(),
            advisers="; ".join(a.strip() for a in advisers if a.strip()),
            state=ConsultationState.DRAFT.value, protocol_lang=protocol_lang)
        session.add(consultation)
        session.flush()
        return consultation.id


_TEMPLATES: dict[str, ChecklistTemplate] = {}  # version id -> template (content-addressed)


def template_of(session: Session, consultation: Consultation) -> ChecklistTemplate:
    """The template version the consultation was started with (parsed once per process:
    a stored version never changes, its id is derived from its content)."""
    version_id = consultation.template_version_id
    template = _TEMPLATES.get(version_id)
    if template is None:
        source = session.scalar(select(ChecklistTemplateVersion.source)
                                .where(ChecklistTemplateVersion.id == version_id))
        template = _TEMPLATES[version_id] = parsed_template(source or "")
    return template


def live_consultation(session: Session, consultation_id: str) -> Consultation:
    """The consultation; ConsultationNotFound when there is none or it is deleted."""
    consultation = session.get(Consultation, consultation_id)
    if consultation is None or consultation.is_deleted:
        raise ConsultationNotFound(consultation_id)
    return consultation


def _children(session: Session, model: type, consultation_id: str) -> list:  # type: ignore[type-arg]
    return list(session.scalars(select(model).where(
        model.consultation_id == consultation_id, is_live(model))))  # type: ignore[attr-defined]


def _step_row(step: NextStep, held_at: dt.datetime | None = None,
              municipality_name: str = "") -> NextStepRow:
    return NextStepRow(
        id=step.id, consultation_id=step.consultation_id, municipality_id=step.municipality_id,
        what=step.what, responsible=step.responsible or "",
        organisation=step.organisation or "", due_date=step.due_date,
        status=NextStepStatus(step.status), position=step.position,
        status_changed_at=step.status_changed_at, consultation_held_at=held_at,
        municipality_name=municipality_name)


def _participant_row(p: ConsultationParticipant, contacts: dict[str, Contact]) -> ParticipantRow:
    contact = contacts.get(p.contact_id) if p.contact_id else None
    name = contact.name if contact is not None else (p.name or "")
    return ParticipantRow(p.id, p.contact_id, name, p.role or "", p.organisation or "",
                          p.position)


def _carried_steps(session: Session, consultation: Consultation) -> tuple[NextStepRow, ...]:
    pending = [s.value for s in NextStepStatus if s.is_pending]
    rows = session.execute(
        select(NextStep, Consultation.held_at)
        .join(Consultation, Consultation.id == NextStep.consultation_id)
        .where(NextStep.municipality_id == consultation.municipality_id,
               NextStep.consultation_id != consultation.id, is_live(NextStep),
               is_live(Consultation), Consultation.held_at <= consultation.held_at,
               or_(NextStep.status.in_(pending),
                   NextStep.status_consultation_id == consultation.id))
        .order_by(Consultation.held_at, NextStep.position)).tuples().all()
    return tuple(_step_row(step, held) for step, held in rows)


def consultation_detail(db: Database, consultation_id: str) -> ConsultationDetail:
    """One consultation with its template, answers, notes, people, steps and files."""
    with db.read_session() as session:
        c = live_consultation(session, consultation_id)
        municipality = c.municipality
        kreis = session.get(Kreis, municipality.kreis_id)
        participants = sorted(_children(session, ConsultationParticipant, c.id),
                              key=lambda p: (p.position, p.created_at))
        contact_ids = [p.contact_id for p in participants if p.contact_id]
        # a contact in the trash still names the person (only an erasure removes it)
        contacts = {k.id: k for k in session.scalars(
            select(Contact).where(Contact.id.in_(contact_ids)))}
        return ConsultationDetail(
            id=c.id, municipality_id=municipality.id, municipality_name=municipality.name,
            municipality_ags=municipality.ags, kreis_name=kreis.name if kreis else "",
            template_version_id=c.template_version_id,
            template=template_of(session, c),
            held_at=c.held_at, place=c.place or "",
            advisers=tuple(a for a in (c.advisers or "").split("; ") if a),
            phase=c.phase or "", summary=c.summary or "",
            recommendations=c.recommendations or "", state=ConsultationState(c.state),
            completed_at=c.completed_at, completed_by=c.completed_by or "",
            protocol_lang=c.protocol_lang, protocol_sha256=c.protocol_sha256,
            answers={a.question_id: decode_answer(a.value)
                     for a in _children(session, ConsultationAnswer, c.id)
                     if a.value is not None},
            notes={n.section_id: n.text for n in _children(session, ConsultationSectionNote, c.id)
                   if n.text},
            participants=tuple(_participant_row(p, contacts) for p in participants),
            steps=tuple(_step_row(s) for s in sorted(
                _children(session, NextStep, c.id), key=lambda s: (s.position, s.created_at))),
            carried_steps=_carried_steps(session, c),
            attachments=tuple(
                AttachmentRow(a.id, a.kind, a.filename, a.media_type, a.size, a.sha256,
                              a.caption or "")
                for a in sorted(_children(session, ConsultationAttachment, c.id),
                                key=lambda a: (a.created_at, a.filename))),
            amendments=tuple(
                AmendmentRow(a.id, a.question_id, a.text, a.reason, a.author or "", a.amended_at)
                for a in sorted(_children(session, ConsultationAmendment, c.id),
                                key=lambda a: a.amended_at)),
            signatures=tuple(
                SignatureRow(s.id, s.party, s.name, s.role or "", s.signed_at)
                for s in sorted(_children(session, ConsultationSignature, c.id),
                                key=lambda s: s.party)),
        )


def list_consultations(db: Database, *, municipality_id: str | None = None,
                       state: ConsultationState | None = None,
                       since: dt.date | None = None,
                       only: Select[tuple[str]] | None = None) -> list[ConsultationRow]:
    """Consultations, newest first (of one municipality, in one state, since a date;
    ``only``: a select of consultation ids to keep)."""
    pending = [s.value for s in NextStepStatus if s.is_pending]
    open_steps = (select(func.count()).select_from(NextStep)
                  .where(NextStep.consultation_id == Consultation.id, is_live(NextStep),
                         NextStep.status.in_(pending)).scalar_subquery())
    query = (select(Consultation, Municipality.name, Municipality.ags,
                    ChecklistTemplateVersion.title, ChecklistTemplateVersion.version, open_steps)
             .join(Municipality, Municipality.id == Consultation.municipality_id)
             .join(ChecklistTemplateVersion,
                   ChecklistTemplateVersion.id == Consultation.template_version_id)
             .where(is_live(Consultation))
             .order_by(Consultation.held_at.desc(), Municipality.name))
    if municipality_id is not None:
        query = query.where(Consultation.municipality_id == municipality_id)
    if state is not None:
        query = query.where(Consultation.state == state.value)
    if since is not None:
        query = query.where(Consultation.held_at >= dt.datetime.combine(since, dt.time()))
    if only is not None:
        query = query.where(Consultation.id.in_(only))
    with db.read_session() as session:
        return [ConsultationRow(c.id, c.municipality_id, name, ags, c.held_at, title, version,
                                ConsultationState(c.state), c.advisers or "", c.place or "",
                                int(n or 0))
                for c, name, ags, title, version, n in session.execute(query).tuples()]


def list_next_steps(db: Database, *, municipality_id: str | None = None,
                    statuses: Sequence[NextStepStatus] | None = None,
                    overdue_on: dt.date | None = None) -> list[NextStepRow]:
    """Next steps of live consultations, by due date (undated last). ``overdue_on``: only
    pending steps due before that day."""
    query = (select(NextStep, Consultation.held_at, Municipality.name)
             .join(Consultation, Consultation.id == NextStep.consultation_id)
             .join(Municipality, Municipality.id == NextStep.municipality_id)
             .where(is_live(NextStep), is_live(Consultation))
             .order_by(NextStep.due_date.is_(None), NextStep.due_date, Municipality.name,
                       NextStep.position))
    if municipality_id is not None:
        query = query.where(NextStep.municipality_id == municipality_id)
    if statuses is not None:
        query = query.where(NextStep.status.in_([s.value for s in statuses]))
    if overdue_on is not None:
        query = query.where(NextStep.status.in_([s.value for s in NextStepStatus if s.is_pending]),
                            NextStep.due_date < overdue_on)
    with db.read_session() as session:
        return [_step_row(step, held, name)
                for step, held, name in session.execute(query).tuples()]


def pending_steps(db: Database, municipality_id: str) -> list[NextStepRow]:
    """The open and in-progress steps of a municipality (shown before a new visit)."""
    return list_next_steps(db, municipality_id=municipality_id,
                           statuses=[s for s in NextStepStatus if s.is_pending])


def signed_protocols_naming(db: Database, contact_id: str) -> list[ConsultationRow]:
    """Consultations with a signed protocol PDF that names this contact (as a participant or
    signatory). Shown before a GDPR erasure: the office decides for each whether its duty to
    keep records overrides the erasure (the signed PDF is never changed by it)."""
    with db.read_session() as session:
        contact = session.get(Contact, contact_id)
    name = contact.name if contact is not None else None
    participant_of = select(ConsultationParticipant.consultation_id).where(
        ConsultationParticipant.contact_id == contact_id, is_live(ConsultationParticipant))
    signed_by = select(ConsultationSignature.consultation_id).where(
        ConsultationSignature.name == name)
    signed = select(Consultation.id).where(
        Consultation.protocol_sha256.is_not(None),
        or_(Consultation.id.in_(participant_of), Consultation.id.in_(signed_by)))
    return list_consultations(db, only=signed)

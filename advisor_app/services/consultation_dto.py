"""Frozen views of consultations for the window, the CLI, the exchange format and reports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from advisor_app.checklist.model import ChecklistTemplate
from advisor_app.domain.enums import ConsultationState, NextStepStatus


@dataclass(frozen=True)
class ParticipantRow:
    id: str
    contact_id: str | None
    name: str  # the contact's name for contacts ("" once the contact was erased)
    role: str
    organisation: str
    position: int


@dataclass(frozen=True)
class NextStepRow:
    id: str
    consultation_id: str
    municipality_id: str
    what: str
    responsible: str
    organisation: str
    due_date: dt.date | None
    status: NextStepStatus
    position: int
    status_changed_at: dt.datetime | None = None
    # for lists and carried-over steps: where the step comes from
    consultation_held_at: dt.datetime | None = None
    municipality_name: str = ""

    def is_overdue(self, today: dt.date) -> bool:
        return self.status.is_pending and self.due_date is not None and self.due_date < today


@dataclass(frozen=True)
class AttachmentRow:
    id: str
    kind: str
    filename: str
    media_type: str
    size: int
    sha256: str
    caption: str


@dataclass(frozen=True)
class AmendmentRow:
    id: str
    question_id: str | None
    text: str
    reason: str
    author: str
    amended_at: dt.datetime


@dataclass(frozen=True)
class SignatureRow:
    id: str
    party: str
    name: str
    role: str
    signed_at: dt.datetime


@dataclass(frozen=True)
class ConsultationDetail:
    """Everything of one consultation except attachment contents and signature images."""

    id: str
    municipality_id: str
    municipality_name: str
    municipality_ags: str
    kreis_name: str
    template_version_id: str
    template: ChecklistTemplate
    held_at: dt.datetime
    place: str
    advisers: tuple[str, ...]
    phase: str
    summary: str
    recommendations: str
    state: ConsultationState
    completed_at: dt.datetime | None
    completed_by: str
    protocol_lang: str
    protocol_sha256: str | None
    answers: dict[str, object] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    participants: tuple[ParticipantRow, ...] = ()
    steps: tuple[NextStepRow, ...] = ()
    # steps of earlier consultations of the municipality that were pending when this one
    # started, or whose status was changed during this one
    carried_steps: tuple[NextStepRow, ...] = ()
    attachments: tuple[AttachmentRow, ...] = ()
    amendments: tuple[AmendmentRow, ...] = ()
    signatures: tuple[SignatureRow, ...] = ()

    @property
    def is_completed(self) -> bool:
        return self.state is ConsultationState.COMPLETED


@dataclass(frozen=True)
class ConsultationRow:
    """One line of a consultation list."""

    id: str
    municipality_id: str
    municipality_name: str
    municipality_ags: str
    held_at: dt.datetime
    template_title: str
    template_version: int
    state: ConsultationState
    advisers: str
    place: str
    open_steps: int

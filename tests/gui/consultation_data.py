"""Consultation data for the GUI tests of the visit pages and lists: real consultations in
the test's database, made through the services (as the program makes them)."""

from __future__ import annotations

import datetime as dt
import sys
import types
from dataclasses import dataclass, field
from typing import Any, ClassVar

import pytest

from advisor_app.checklist.catalogue import TemplateSource, available_templates
from advisor_app.checklist.model import Question, QuestionType
from advisor_app.domain.enums import LegalBasis, NextStepStatus
from advisor_app.persistence.database import Database
from advisor_app.services import consultation_edits as edits
from advisor_app.services import records
from advisor_app.services.consultations import start_consultation
from advisor_app.services.inputs import ContactInput
from advisor_app.services.municipalities import list_municipalities

GLADBECK_AGS = "05562014"
BOTTROP_AGS = "05512000"
FIRST, FOLLOW_UP = "erstberatung-kommunalpartnerschaft", "folgeberatung"


def municipality_id(db: Database, ags: str) -> str:
    return next(m.id for m in list_municipalities(db) if m.ags == ags)


def template(template_id: str) -> TemplateSource:
    return next(t for t in available_templates() if t.template.id == template_id)


def days_ago(days: int) -> dt.datetime:
    return (dt.datetime.now() - dt.timedelta(days=days)).replace(second=0, microsecond=0)


def start(db: Database, ags: str = GLADBECK_AGS, *, days: int = 0, template_id: str = FIRST,
          advisers: tuple[str, ...] = ("Anna Berger",), place: str = "") -> str:
    return start_consultation(db, municipality_id(db, ags), template(template_id),
                              held_at=days_ago(days), place=place, advisers=advisers)


def contact(db: Database, name: str, ags: str = GLADBECK_AGS, role: str = "",
            organisation: str = "") -> str:
    return records.save(db, ContactInput(
        name=name, legal_basis=LegalBasis.PUBLIC_TASK, role=role or None,
        organisation=organisation or None, municipality_id=municipality_id(db, ags)))


def answer_for(question: Question) -> object:
    """Some valid answer of a question (to complete a consultation)."""
    kind = question.type
    if kind is QuestionType.YES_NO:
        return "unknown"
    if kind is QuestionType.SINGLE_CHOICE:
        return question.options[0].value
    if kind is QuestionType.MULTIPLE_CHOICE:
        return [question.options[0].value]
    if kind is QuestionType.NUMBER:
        return question.min if question.min is not None else 1
    if kind is QuestionType.DATE:
        return dt.date.today().isoformat()
    if kind is QuestionType.RATING:
        return 3
    return "siehe Notizen"


def complete(db: Database, consultation_id: str) -> None:
    """Answer what is required (as often as new required questions appear) and complete."""
    for _round in range(20):
        missing = edits.missing_answers(db, consultation_id)
        if not missing:
            break
        for question in missing:
            edits.set_answer(db, consultation_id, question.id, answer_for(question))
    edits.complete_consultation(db, consultation_id, "Anna Berger")


@dataclass
class History:
    """Gladbeck visited 8 months ago by a colleague (two steps still open, one overdue,
    one done), Bottrop 3 weeks ago (one overdue step, completed consultation)."""

    earlier: str
    overdue: str
    upcoming: str
    done: str
    bottrop: str
    bottrop_step: str
    steps: dict[str, str] = field(default_factory=dict)


def history(db: Database) -> History:
    today = dt.date.today()
    earlier = start(db, days=240, advisers=("Jonas Weber",), place="Rathaus Gladbeck")
    overdue = edits.add_step(db, earlier, what="Ratsbeschluss zur Klimapartnerschaft vorbereiten",
                             responsible="Frau Yilmaz", organisation="Stadt Gladbeck",
                             due_date=today - dt.timedelta(days=30))
    upcoming = edits.add_step(db, earlier, what="Kontakt zur Diaspora-Gemeinde aufnehmen",
                              responsible="Herr Owusu", organisation="Integrationsrat",
                              due_date=today + dt.timedelta(days=60))
    done = edits.add_step(db, earlier, what="Klimakonzept schicken",
                          status=NextStepStatus.DONE)
    bottrop = start(db, BOTTROP_AGS, days=21, advisers=("Anna Berger",))
    bottrop_step = edits.add_step(db, bottrop, what="Förderantrag Nakopa stellen",
                                  due_date=today - dt.timedelta(days=2))
    return History(earlier, overdue, upcoming, done, bottrop, bottrop_step)


class VisitWindowStub:
    """Stands in for ``VisitWindow.open`` (the lists only open consultations)."""

    opened: ClassVar[list[str]] = []

    @classmethod
    def open(cls, db: Database, ops: Any, consultation_id: str, *args: Any,
             **kwargs: Any) -> None:
        cls.opened.append(consultation_id)


def stub_visit_window(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Replace the visit window by a recorder; returns the ids it was asked to open."""
    module = types.ModuleType("ui.consultation.visit_window")
    opened: list[str] = []
    stub = type("VisitWindow", (VisitWindowStub,), {"opened": opened})
    module.VisitWindow = stub  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "ui.consultation.visit_window", module)
    return opened

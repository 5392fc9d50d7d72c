"""What the checklist page shows for a set of answers, worked out without Qt: which
questions are visible, the progress of each section, the next steps a section's answers
suggest. Recomputed after every change (a few hundred condition evaluations)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from advisor_app.checklist.expressions import is_answered
from advisor_app.checklist.model import ChecklistTemplate, Question, Section
from advisor_app.checklist.rules import effective_answers, visible_questions

__all__ = ["ChecklistState", "SectionProgress"]


@dataclass(frozen=True)
class SectionProgress:
    required: int  # visible required questions
    done: int  # ... of them answered
    shown: int  # visible questions
    answered: int  # ... of them answered

    @property
    def complete(self) -> bool:
        return self.done == self.required


@dataclass(frozen=True)
class ChecklistState:
    visible: tuple[Question, ...]
    shown: frozenset[str]
    effective: Mapping[str, object]

    @classmethod
    def of(cls, template: ChecklistTemplate, answers: Mapping[str, object]) -> ChecklistState:
        visible = tuple(visible_questions(template, answers))
        return cls(visible, frozenset(q.id for q in visible),
                   effective_answers(template, answers))

    def progress(self, section: Section) -> SectionProgress:
        shown = [q for q in section.questions if q.id in self.shown]
        required = [q for q in shown if q.required]
        return SectionProgress(
            required=len(required),
            done=sum(1 for q in required if is_answered(self.effective.get(q.id))),
            shown=len(shown),
            answered=sum(1 for q in shown if is_answered(self.effective.get(q.id))))

    def suggestions(self, section: Section, lang: str) -> list[str]:
        """The steps the visible answers of ``section`` suggest, without duplicates."""
        steps: list[str] = []
        for question in section.questions:
            if question.id not in self.shown:
                continue
            for suggestion in question.suggests:
                text = suggestion.step.get(lang)
                if text not in steps and suggestion.condition.evaluate(self.effective):
                    steps.append(text)
        return steps

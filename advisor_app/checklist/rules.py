"""What a checklist shows and asks for, given the answers so far.

Answers map question ids to values (yes/no values and option values as text, multiple
choice as a list of texts, numbers, dates as ``datetime.date`` or ISO text). A question
whose ``show_if`` is false is hidden, and its answer (perhaps given before it was hidden)
counts as unanswered for every later condition, so hiding cascades.
"""

from __future__ import annotations

from collections.abc import Mapping

from advisor_app.checklist.expressions import is_answered
from advisor_app.checklist.model import ChecklistTemplate, Question

__all__ = ["effective_answers", "missing_required", "suggested_steps", "visible_questions"]


def _walk_visible(template: ChecklistTemplate, answers: Mapping[str, object]
                  ) -> tuple[list[Question], dict[str, object]]:
    visible: list[Question] = []
    effective: dict[str, object] = {}
    for question in template.questions():
        if question.condition is not None and not question.condition.evaluate(effective):
            continue
        visible.append(question)
        if question.id in answers:
            effective[question.id] = answers[question.id]
    return visible, effective


def visible_questions(template: ChecklistTemplate, answers: Mapping[str, object]
                      ) -> list[Question]:
    """The questions shown for these answers, in template order."""
    return _walk_visible(template, answers)[0]


def effective_answers(template: ChecklistTemplate, answers: Mapping[str, object]
                      ) -> dict[str, object]:
    """The answers of visible questions only (what conditions and reports see)."""
    return _walk_visible(template, answers)[1]


def missing_required(template: ChecklistTemplate, answers: Mapping[str, object]
                     ) -> list[Question]:
    """Visible required questions without an answer, in template order."""
    return [q for q in visible_questions(template, answers)
            if q.required and not is_answered(answers.get(q.id))]


def suggested_steps(template: ChecklistTemplate, answers: Mapping[str, object],
                    lang: str = "de") -> list[str]:
    """The next steps the answers suggest (visible questions only), without duplicates."""
    visible, effective = _walk_visible(template, answers)
    steps: list[str] = []
    for question in visible:
        for suggestion in question.suggests:
            text = suggestion.step.get(lang)
            if suggestion.condition.evaluate(effective) and text not in steps:
                steps.append(text)
    return steps

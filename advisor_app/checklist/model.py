"""Checklist templates as plain frozen dataclasses (built by ``loader.load_template``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from advisor_app.checklist.expressions import Expr

__all__ = [
    "YES_NO_VALUES", "ChecklistTemplate", "LocalText", "Option", "Question", "QuestionType",
    "Section", "Suggestion",
]

YES_NO_VALUES: tuple[str, ...] = ("yes", "no", "partly", "unknown")
RATING_RANGE = (1, 5)


class QuestionType(StrEnum):
    YES_NO = "yes_no"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    NUMBER = "number"
    DATE = "date"
    RATING = "rating"

    @property
    def has_options(self) -> bool:
        return self in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE)


@dataclass(frozen=True)
class LocalText:
    de: str
    en: str

    def get(self, lang: str) -> str:
        """The text in ``lang`` ("de" or "en"); German for anything else."""
        return self.en if lang == "en" else self.de


@dataclass(frozen=True)
class Option:
    value: str
    label: LocalText


@dataclass(frozen=True)
class Suggestion:
    when: str
    step: LocalText
    condition: Expr = field(compare=False, repr=False)


@dataclass(frozen=True)
class Question:
    id: str
    type: QuestionType
    text: LocalText
    guidance: LocalText | None = None
    required: bool = False
    options: tuple[Option, ...] = ()
    unit: LocalText | None = None
    min: float | None = None
    max: float | None = None
    show_if: str | None = None
    condition: Expr | None = field(default=None, compare=False, repr=False)
    suggests: tuple[Suggestion, ...] = ()

    def allowed_values(self) -> tuple[str, ...] | None:
        """The values a choice or yes/no answer may take; None for free answers."""
        if self.type is QuestionType.YES_NO:
            return YES_NO_VALUES
        if self.type.has_options:
            return tuple(o.value for o in self.options)
        return None


@dataclass(frozen=True)
class Section:
    id: str
    title: LocalText
    questions: tuple[Question, ...]
    guidance: LocalText | None = None


@dataclass(frozen=True)
class ChecklistTemplate:
    id: str
    version: int
    title: LocalText
    sections: tuple[Section, ...]
    description: LocalText | None = None

    def questions(self) -> Iterator[Question]:
        """All questions in template order."""
        for section in self.sections:
            yield from section.questions

    def question(self, question_id: str) -> Question:
        """The question with this id; KeyError if there is none."""
        for question in self.questions():
            if question.id == question_id:
                return question
        raise KeyError(question_id)

"""Answer values: checking, storing (JSON text, one row per question) and showing them.

In memory an answer is what the rules expect: yes/no values and option values as text,
multiple choice as a list of option values, numbers as int or float, dates as ISO text
(``YYYY-MM-DD``), ratings as int 1-5, texts as text. ``None`` (or blank text, an empty list)
means unanswered.
"""

from __future__ import annotations

import datetime as dt
import json
import math

from advisor_app.checklist.expressions import is_answered
from advisor_app.checklist.model import RATING_RANGE, Question, QuestionType
from advisor_app.domain.formatting import format_date, format_number

__all__ = [
    "YES_NO_LABELS", "AnswerError", "check_answer", "decode_answer", "encode_answer",
    "format_answer",
]

YES_NO_LABELS: dict[str, tuple[str, str]] = {
    "yes": ("Ja", "Yes"),
    "no": ("Nein", "No"),
    "partly": ("Teilweise", "Partly"),
    "unknown": ("Unbekannt", "Unknown"),
}
SHORT_TEXT_MAX = 500
LONG_TEXT_MAX = 100_000


class AnswerError(ValueError):
    """An answer that does not fit its question (German message)."""


def _number(question: Question, value: object) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise AnswerError("Bitte eine Zahl eingeben.")
    if question.min is not None and value < question.min:
        low = format_number(question.min, "de")
        raise AnswerError(f"Die Zahl darf nicht kleiner als {low} sein.")
    if question.max is not None and value > question.max:
        high = format_number(question.max, "de")
        raise AnswerError(f"Die Zahl darf nicht größer als {high} sein.")
    return int(value) if float(value).is_integer() else float(value)


def _date(value: object) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    raise AnswerError("Bitte ein gültiges Datum angeben.")


def _choice(question: Question, value: object) -> str:
    allowed = question.allowed_values() or ()
    if not isinstance(value, str) or value not in allowed:
        raise AnswerError(f"„{value}“ ist keine der möglichen Antworten.")
    return value


def check_answer(question: Question, value: object) -> object:
    """The answer in its stored form, or None for "unanswered"; AnswerError if it is invalid."""
    if not is_answered(value):
        return None
    kind = question.type
    if kind in (QuestionType.YES_NO, QuestionType.SINGLE_CHOICE):
        return _choice(question, value)
    if kind is QuestionType.MULTIPLE_CHOICE:
        if not isinstance(value, list | tuple | set | frozenset):
            raise AnswerError("Mehrfachauswahl erwartet eine Liste.")
        chosen = {_choice(question, v) for v in value}
        return [o.value for o in question.options if o.value in chosen]  # template order
    if kind in (QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT):
        if not isinstance(value, str):
            raise AnswerError("Bitte einen Text eingeben.")
        limit = SHORT_TEXT_MAX if kind is QuestionType.SHORT_TEXT else LONG_TEXT_MAX
        if len(value) > limit:
            raise AnswerError(f"Der Text ist zu lang (höchstens {limit:,} Zeichen)."
                              .replace(",", "."))
        return value
    if kind is QuestionType.NUMBER:
        return _number(question, value)
    if kind is QuestionType.DATE:
        return _date(value)
    low, high = RATING_RANGE
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise AnswerError(f"Die Bewertung muss zwischen {low} und {high} liegen.")
    return value


def encode_answer(value: object) -> str | None:
    """The stored text of a checked answer (None stays None)."""
    return None if value is None else json.dumps(value, ensure_ascii=False)


def decode_answer(text: str | None) -> object:
    """The answer a stored text holds; unreadable text counts as unanswered."""
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def format_answer(question: Question, value: object, lang: str = "de") -> str:
    """An answer in readable form ("" when unanswered), in ``lang``."""
    if not is_answered(value):
        return ""
    en = lang == "en"
    kind = question.type
    if kind is QuestionType.YES_NO:
        labels = YES_NO_LABELS.get(str(value))
        return labels[1 if en else 0] if labels else str(value)
    if kind.has_options:
        values = value if isinstance(value, list) else [value]
        names = {o.value: o.label.get(lang) for o in question.options}
        return ", ".join(names.get(str(v), str(v)) for v in values)
    if kind is QuestionType.NUMBER and isinstance(value, int | float):
        unit = f" {question.unit.get(lang)}" if question.unit else ""
        return format_number(value, lang) + unit
    if kind is QuestionType.DATE and isinstance(value, str):
        try:
            return format_date(dt.date.fromisoformat(value), lang)
        except ValueError:
            return value
    if kind is QuestionType.RATING:
        return f"{value} / {RATING_RANGE[1]}"
    return str(value)

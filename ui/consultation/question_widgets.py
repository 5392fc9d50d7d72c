"""One answer editor per question type of a checklist template.

Every editor is a :class:`QuestionEditor`: ``value()`` gives the answer in the form
:func:`advisor_app.checklist.answers.check_answer` accepts (None = unanswered),
``set_value()`` shows a stored answer without signalling, ``changed(immediate)`` is emitted
on every user change (``immediate``: a choice, to be saved at once; otherwise typing, to be
saved debounced) and ``error()`` names a value that cannot be saved yet (a number out of
range). The inputs carry the question text as accessible name; radio buttons, check boxes
and rating buttons carry their option as name and the question as description.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from advisor_app.checklist.answers import YES_NO_LABELS
from advisor_app.checklist.model import RATING_RANGE, Question, QuestionType
from ui.consultation.choice_editors import ButtonsEditor, ChecksEditor, ComboEditor
from ui.consultation.question_base import QuestionEditor
from ui.consultation.text_editors import (
    DateEditor,
    LongTextEditor,
    NumberEditor,
    ShortTextEditor,
    format_number,
    parse_number,
)

__all__ = ["QuestionEditor", "format_number", "make_editor", "parse_number"]

RADIO_LIMIT = 7  # more options than this: a combo box instead of radio buttons


def make_editor(question: Question, lang: str, parent: QWidget | None = None
                ) -> QuestionEditor:
    """The editor for ``question`` with its texts in ``lang``."""
    kind = question.type
    if kind is QuestionType.YES_NO:
        labels = [(v, YES_NO_LABELS[v][1 if lang == "en" else 0]) for v in YES_NO_LABELS]
        return ButtonsEditor(question, lang, labels, parent)
    if kind is QuestionType.SINGLE_CHOICE:
        if len(question.options) > RADIO_LIMIT:
            return ComboEditor(question, lang, parent)
        choices = [(o.value, o.label.get(lang)) for o in question.options]
        return ButtonsEditor(question, lang, choices, parent, vertical=True)
    if kind is QuestionType.MULTIPLE_CHOICE:
        return ChecksEditor(question, lang, parent)
    if kind is QuestionType.SHORT_TEXT:
        return ShortTextEditor(question, lang, parent)
    if kind is QuestionType.LONG_TEXT:
        return LongTextEditor(question, lang, parent)
    if kind is QuestionType.NUMBER:
        return NumberEditor(question, lang, parent)
    if kind is QuestionType.DATE:
        return DateEditor(question, lang, parent)
    low, high = RATING_RANGE
    return ButtonsEditor(question, lang, [(str(i), str(i)) for i in range(low, high + 1)],
                          parent, rating=True)

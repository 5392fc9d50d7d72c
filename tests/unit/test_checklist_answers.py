"""Answer values: checking per question type (with the German messages), the stored JSON
form, and the readable form in German and English."""

from __future__ import annotations

import datetime as dt

import pytest

from advisor_app.checklist.answers import (
    AnswerError,
    check_answer,
    decode_answer,
    encode_answer,
    format_answer,
)
from advisor_app.checklist.model import LocalText, Option, Question, QuestionType


def _q(kind: QuestionType, **extra: object) -> Question:
    return Question(id="q", type=kind, text=LocalText("Frage", "Question"), **extra)  # type: ignore[arg-type]


CHOICES = (Option("a", LocalText("Eins", "One")), Option("b", LocalText("Zwei", "Two")),
           Option("c", LocalText("Drei", "Three")))
YES_NO = _q(QuestionType.YES_NO)
SINGLE = _q(QuestionType.SINGLE_CHOICE, options=CHOICES)
MULTI = _q(QuestionType.MULTIPLE_CHOICE, options=CHOICES)
SHORT = _q(QuestionType.SHORT_TEXT)
LONG = _q(QuestionType.LONG_TEXT)
NUMBER = _q(QuestionType.NUMBER, min=0, max=1000.5, unit=LocalText("Personen", "persons"))
DATE = _q(QuestionType.DATE)
RATING = _q(QuestionType.RATING)


@pytest.mark.parametrize(("question", "value", "stored"), [
    (YES_NO, "yes", "yes"),
    (YES_NO, "partly", "partly"),
    (SINGLE, "b", "b"),
    (MULTI, ["c", "a"], ["a", "c"]),  # template order, whatever order was chosen
    (MULTI, ("b", "b"), ["b"]),
    (SHORT, "Leiterin Umweltamt", "Leiterin Umweltamt"),
    (SHORT, "x" * 500, "x" * 500),
    (LONG, "y" * 5000, "y" * 5000),
    (NUMBER, 7, 7),
    (NUMBER, 7.0, 7),  # whole floats are stored as int
    (NUMBER, 12.25, 12.25),
    (NUMBER, 0, 0),
    (NUMBER, 1000.5, 1000.5),
    (DATE, "2026-11-05", "2026-11-05"),
    (DATE, " 2026-11-05 ", "2026-11-05"),
    (DATE, dt.date(2026, 1, 2), "2026-01-02"),
    (DATE, dt.datetime(2026, 1, 2, 15, 30), "2026-01-02"),
    (RATING, 1, 1),
    (RATING, 5, 5),
])
def test_valid_answers_in_stored_form(question: Question, value: object, stored: object) -> None:
    assert check_answer(question, value) == stored
    assert decode_answer(encode_answer(stored)) == stored


@pytest.mark.parametrize("question", [YES_NO, SINGLE, MULTI, SHORT, LONG, NUMBER, DATE, RATING])
@pytest.mark.parametrize("blank", [None, "", "   ", []])
def test_blank_means_unanswered(question: Question, blank: object) -> None:
    assert check_answer(question, blank) is None
    assert encode_answer(None) is None
    assert format_answer(question, blank) == ""


@pytest.mark.parametrize(("question", "value", "message"), [
    (YES_NO, "vielleicht", "„vielleicht“ ist keine der möglichen Antworten."),
    (YES_NO, True, "„True“ ist keine der möglichen Antworten."),
    (SINGLE, "d", "„d“ ist keine der möglichen Antworten."),
    (SINGLE, ["a"], "„['a']“ ist keine der möglichen Antworten."),
    (MULTI, "a", "Mehrfachauswahl erwartet eine Liste."),
    (MULTI, ["a", "x"], "„x“ ist keine der möglichen Antworten."),
    (SHORT, 42, "Bitte einen Text eingeben."),
    (SHORT, "x" * 501, "Der Text ist zu lang (höchstens 500 Zeichen)."),
    (LONG, "y" * 100_001, "Der Text ist zu lang (höchstens 100.000 Zeichen)."),
    (NUMBER, "7", "Bitte eine Zahl eingeben."),
    (NUMBER, True, "Bitte eine Zahl eingeben."),
    (NUMBER, float("nan"), "Bitte eine Zahl eingeben."),
    (NUMBER, float("inf"), "Bitte eine Zahl eingeben."),
    (NUMBER, -1, "Die Zahl darf nicht kleiner als 0 sein."),
    (NUMBER, 1000.75, "Die Zahl darf nicht größer als 1.000,5 sein."),
    (DATE, "2026-02-30", "Bitte ein gültiges Datum angeben."),
    (DATE, "5.11.2026", "Bitte ein gültiges Datum angeben."),
    (DATE, 20261105, "Bitte ein gültiges Datum angeben."),
    (RATING, 0, "Die Bewertung muss zwischen 1 und 5 liegen."),
    (RATING, 6, "Die Bewertung muss zwischen 1 und 5 liegen."),
    (RATING, 2.5, "Die Bewertung muss zwischen 1 und 5 liegen."),
    (RATING, True, "Die Bewertung muss zwischen 1 und 5 liegen."),
])
def test_invalid_answers_are_refused_with_german_message(question: Question, value: object,
                                                         message: str) -> None:
    with pytest.raises(AnswerError) as caught:
        check_answer(question, value)
    assert str(caught.value) == message


def test_decode_of_unreadable_text_is_unanswered() -> None:
    assert decode_answer(None) is None
    assert decode_answer("{kaputt") is None
    assert encode_answer(["ä"]) == '["ä"]'  # readable UTF-8 in the database


@pytest.mark.parametrize(("question", "value", "de", "en"), [
    (YES_NO, "yes", "Ja", "Yes"),
    (YES_NO, "no", "Nein", "No"),
    (YES_NO, "partly", "Teilweise", "Partly"),
    (YES_NO, "unknown", "Unbekannt", "Unknown"),
    (SINGLE, "b", "Zwei", "Two"),
    (MULTI, ["a", "c"], "Eins, Drei", "One, Three"),
    (SHORT, "Text", "Text", "Text"),
    (NUMBER, 1234567, "1.234.567 Personen", "1,234,567 persons"),
    (NUMBER, 12.5, "12,5 Personen", "12.5 persons"),
    (NUMBER, 0.25, "0,25 Personen", "0.25 persons"),
    (DATE, "2026-11-05", "05.11.2026", "5 Nov 2026"),
    (RATING, 4, "4 / 5", "4 / 5"),
])
def test_format_answer_in_german_and_english(question: Question, value: object, de: str,
                                             en: str) -> None:
    assert format_answer(question, value) == de
    assert format_answer(question, value, "de") == de
    assert format_answer(question, value, "en") == en


def test_format_answer_without_unit_and_unknown_values() -> None:
    assert format_answer(_q(QuestionType.NUMBER), 3) == "3"
    assert format_answer(SINGLE, "weg") == "weg"  # an option removed later: shown as stored
    assert format_answer(DATE, "kein Datum") == "kein Datum"

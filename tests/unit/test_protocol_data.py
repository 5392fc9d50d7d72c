"""The protocol's data contract (checks in the frozen classes), its formats and labels."""

from __future__ import annotations

import dataclasses
import datetime as dt
import string

import pytest
from protocol_examples import short_protocol
from reportlab.pdfbase.pdfmetrics import stringWidth

from advisor_app.checklist.model import QuestionType
from advisor_app.domain.formatting import (
    format_date,
    format_datetime,
    format_number,
    format_size,
    pdf_date,
)
from advisor_app.reports import Letterhead, ProtocolQuestion
from advisor_app.reports.fonts import register_fonts
from advisor_app.reports.protocol_body import answer_lines
from advisor_app.reports.protocol_labels import LABELS
from advisor_app.reports.protocol_page import fit_text

CET = dt.timezone(dt.timedelta(hours=1))


@pytest.mark.parametrize(("value", "de", "en"), [
    (1234.5, "1.234,5", "1,234.5"),
    (12500, "12.500", "12,500"),
    (2019, "2019", "2019"),  # four-digit whole numbers (years) stay ungrouped
    (1250.0, "1250", "1250"),
    (0.75, "0,75", "0.75"),
    (-1234567.125, "-1.234.567,125", "-1,234,567.125"),
    (1 / 3, "0,333", "0.333"),
    (0, "0", "0"),
])
def test_numbers(value: float, de: str, en: str) -> None:
    assert format_number(value, "de") == de
    assert format_number(value, "en") == en


def test_dates_times_and_sizes() -> None:
    moment = dt.datetime(2026, 11, 26, 9, 5, tzinfo=CET)
    assert format_date(moment.date(), "de") == "26.11.2026"
    assert format_date(dt.date(2026, 2, 3), "en") == "3 Feb 2026"
    assert format_datetime(moment, "de") == "26.11.2026, 09:05 Uhr"
    assert format_datetime(moment, "en") == "26 Nov 2026, 09:05"
    assert format_size(830, "de") == "830 Bytes"
    assert format_size(245_760, "de") == "240 KB"
    assert format_size(1_843_200, "de") == "1,8 MB"
    assert format_size(1_843_200, "en") == "1.8 MB"
    assert pdf_date(moment) == "D:20261126090500+01'00'"
    assert pdf_date(moment.replace(tzinfo=None)) == "D:20261126090500"
    assert pdf_date(moment.replace(tzinfo=dt.timezone(-dt.timedelta(hours=3, minutes=30)))
                    ) == "D:20261126090500-03'30'"


@pytest.mark.parametrize(("kind", "value"), [
    (QuestionType.YES_NO, "ja"),
    (QuestionType.YES_NO, True),
    (QuestionType.SINGLE_CHOICE, ("a",)),
    (QuestionType.MULTIPLE_CHOICE, "a"),
    (QuestionType.MULTIPLE_CHOICE, ("a", 1)),
    (QuestionType.NUMBER, "12"),
    (QuestionType.NUMBER, True),
    (QuestionType.DATE, "2026-11-26"),
    (QuestionType.DATE, dt.datetime(2026, 11, 26, 10, 0)),
    (QuestionType.RATING, 6),
    (QuestionType.RATING, 2.5),
    (QuestionType.LONG_TEXT, 5),
])
def test_answers_that_do_not_fit_their_question_are_refused(kind: QuestionType,
                                                            value: object) -> None:
    with pytest.raises(ValueError, match="does not fit"):
        ProtocolQuestion("q", "Frage", kind, value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [None, "", "   ", ()])
def test_blank_answers_count_as_unanswered(value: object) -> None:
    question = ProtocolQuestion("q", "Frage", QuestionType.SHORT_TEXT, value)  # type: ignore[arg-type]
    assert not question.is_answered
    assert answer_lines(question, "de") == []


def test_answer_lines_per_type() -> None:
    def lines(kind: QuestionType, value: object, lang: str = "de", unit: str = "") -> list[str]:
        return answer_lines(ProtocolQuestion("q", "F", kind, value, unit=unit), lang)  # type: ignore[arg-type]

    assert lines(QuestionType.YES_NO, "partly") == ["Teilweise"]
    assert lines(QuestionType.YES_NO, "unknown", "en") == ["Unknown"]
    assert lines(QuestionType.MULTIPLE_CHOICE, ("Schulen", "Vereine")) == ["• Schulen",
                                                                          "• Vereine"]
    assert lines(QuestionType.MULTIPLE_CHOICE, ("Schulen",)) == ["Schulen"]
    assert lines(QuestionType.NUMBER, 0.75, unit="VZÄ") == ["0,75 VZÄ"]
    assert lines(QuestionType.DATE, dt.date(2027, 3, 10), "en") == ["10 Mar 2027"]
    assert lines(QuestionType.RATING, 4) == ["4 von 5"]
    assert lines(QuestionType.SHORT_TEXT, "  Zeile 1\nZeile 2 ") == ["Zeile 1", "Zeile 2"]


def test_protocol_data_checks_language_id_and_office() -> None:
    data = short_protocol()
    with pytest.raises(ValueError, match="lang"):
        dataclasses.replace(data, lang="fr")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="document_id"):
        dataclasses.replace(data, document_id=" ")
    with pytest.raises(ValueError, match="office_name"):
        Letterhead("")
    with pytest.raises(dataclasses.FrozenInstanceError):
        data.summary = "x"  # type: ignore[misc]


def test_question_numbers_follow_sections_and_questions() -> None:
    data = short_protocol()
    numbers = data.question_numbers()
    assert numbers[data.sections[0].questions[0].question_id] == "1.1"
    assert numbers[data.sections[1].questions[2].question_id] == "2.3"


def test_every_label_exists_in_both_languages_with_the_same_placeholders() -> None:
    fields = string.Formatter()
    for key, (de, en) in LABELS.items():
        assert de.strip() and en.strip(), key
        assert ({f for _, f, _, _ in fields.parse(de) if f}
                == {f for _, f, _, _ in fields.parse(en) if f}), key


def test_header_and_footer_texts_are_shortened_to_fit() -> None:
    font = register_fonts().regular
    assert fit_text("Stadt Gladbeck", 200, font, 7.5) == "Stadt Gladbeck"
    shortened = fit_text("Koordinierungsstelle " * 40, 200, font, 7.5)
    assert shortened.endswith("…") and shortened.startswith("Koordinierungsstelle")
    assert 190 < stringWidth(shortened, font, 7.5) <= 200  # as much as fits

"""The text parts of the protocol: title and header block, summary, checklist sections with
their questions and answers, recommendations, amendments."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, HRFlowable, Paragraph, Table

from advisor_app.checklist.model import QuestionType
from advisor_app.domain.formatting import format_date, format_datetime, format_number
from advisor_app.reports.protocol_data import (
    Participant,
    ProtocolData,
    ProtocolQuestion,
    ProtocolSection,
)
from advisor_app.reports.protocol_labels import Labels
from advisor_app.reports.protocol_styles import NUMBER_WIDTH, Colours, ProtocolStyles, table_style
from advisor_app.reports.protocol_text import heading, markup, paragraphs, table

__all__ = ["BodyBuilder", "answer_lines"]

LABEL_WIDTH = 36 * mm
QUESTION_ROOM = 25 * mm  # a long-text question and the first lines of its answer


def answer_lines(question: ProtocolQuestion, lang: str) -> list[str]:
    """The answer as printed (plain text lines, not yet escaped); [] when unanswered."""
    if not question.is_answered:
        return []
    value = question.value
    labels = Labels(lang)
    kind = question.type
    if kind is QuestionType.YES_NO:
        return [labels(str(value))]
    if isinstance(value, tuple):
        return [f"• {item}" for item in value] if len(value) > 1 else list(value)
    if kind is QuestionType.NUMBER and isinstance(value, int | float):
        return [f"{format_number(value, lang)} {question.unit}".strip()]
    if kind is QuestionType.DATE and isinstance(value, dt.date):
        return [format_date(value, lang)]
    if kind is QuestionType.RATING:
        return [labels("rating", value=value, max=5)]
    return str(value).strip().splitlines() or [""]


def _participant(person: Participant) -> str:
    """"Name – role, organisation" with the role and organisation in grey."""
    extra = ", ".join(x for x in (person.role.strip(), person.organisation.strip()) if x)
    if not extra:
        return markup(person.name)
    return f'{markup(person.name)} <font color="{Colours.muted_hex}">– {markup(extra)}</font>'


class BodyBuilder:
    """Builds the flowables of the text parts for one ``ProtocolData``."""

    def __init__(self, data: ProtocolData, styles: ProtocolStyles, width: float) -> None:
        self.data = data
        self.styles = styles
        self.width = width
        self.labels = Labels(data.lang)
        self.corrections: dict[str, list[int]] = defaultdict(list)
        for number, amendment in enumerate(data.amendments, start=1):
            if amendment.question_id:
                self.corrections[amendment.question_id].append(number)

    # -- title and header block -------------------------------------------------------
    def title(self) -> list[Flowable]:
        data, s, t = self.data, self.styles, self.labels
        held = format_date(data.held_at.date(), data.lang)
        out: list[Flowable] = [
            Paragraph(markup(t("title")), s.title),
            Paragraph(markup(f"{data.municipality.name} · {held}"), s.subtitle),
        ]
        if data.draft:
            out.append(Paragraph(markup(t("draft_note")), s.answer_missing))
        out.append(self._header_table())
        return out

    def _header_table(self) -> Table:
        data, s, t = self.data, self.styles, self.labels
        m = data.municipality
        kreis = m.kreis or t("kreisfrei")
        rows: list[tuple[str, str]] = [
            (t("municipality"), f"<b>{markup(m.name)}</b>"),
            ("", markup(t("ags_kreis", ags=m.ags, kreis=kreis))),
            (t("date_time"), markup(format_datetime(data.held_at, data.lang))),
        ]
        if data.place.strip():
            rows.append((t("place"), markup(data.place)))
        rows += self._list_rows(t("advisers"), [markup(a) for a in data.advisers])
        rows += self._list_rows(t("participants"), [_participant(p) for p in data.participants])
        rows.append((t("checklist"), markup(t("template_version", title=data.template_title,
                                                version=data.template_version))))
        if data.phase.strip():
            rows.append((t("phase"), markup(data.phase)))
        cells = [[Paragraph(markup(label), s.label), Paragraph(value, s.question)]
                 for label, value in rows]
        block = table(cells, [LABEL_WIDTH, self.width - LABEL_WIDTH], pad_x=12, pad_y=3)
        block.setStyle(table_style(s.fonts, [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, -1), Colours.fill),
            ("LINEABOVE", (0, 0), (-1, 0), 1.2, Colours.accent),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("TOPPADDING", (0, 0), (-1, 0), 6),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
        ]))
        return block

    @staticmethod
    def _list_rows(label: str, items: list[str]) -> list[tuple[str, str]]:
        """One row per item (so a long list can split between pages), label on the first."""
        return [(label if i == 0 else "", item) for i, item in enumerate(items)] or [
            (label, "–")]

    # -- free texts ------------------------------------------------------------------
    def text_part(self, label_key: str, text: str, key: str) -> list[Flowable]:
        if not text.strip():
            return []
        return [*heading(self.labels(label_key), self.styles.heading, key),
                *paragraphs(text, self.styles.body)]

    # -- checklist sections ------------------------------------------------------------
    def section(self, number: int, section: ProtocolSection) -> list[Flowable]:
        s = self.styles
        out = heading(f"{number} {section.title}", s.heading, f"s{number}")
        rows: list[list[Paragraph]] = []
        for index, question in enumerate(section.questions, start=1):
            qno = f"{number}.{question.number or index}"
            if question.type is QuestionType.LONG_TEXT and question.is_answered:
                if rows:
                    out.append(self._qa_table(rows))
                    rows = []
                out += self._long_answer(qno, question)
            else:
                rows.append([Paragraph(qno, s.question_no),
                             Paragraph(self._question_markup(question), s.question),
                             self._short_answer(question)])
        if rows:
            out.append(self._qa_table(rows))
        if not section.questions and not section.note.strip():
            out.append(Paragraph(markup(self.labels("no_questions")), s.muted))
        if section.note.strip():
            label = f'<font name="{s.fonts.bold}" color="{Colours.accent_hex}">' \
                    f'{markup(self.labels("note"))}</font>'
            out.append(Paragraph(f"{label}<br/>{markup(section.note)}", s.note))
        return out

    def _question_markup(self, question: ProtocolQuestion) -> str:
        text = markup(question.text)
        numbers = self.corrections.get(question.question_id)
        if numbers:
            mark = self.labels("corrected", numbers=", ".join(map(str, numbers)))
            text += (f'<br/><font size="7.5" color="{Colours.muted_hex}">'
                     f"<i>{markup(mark)}</i></font>")
        return text

    def _short_answer(self, question: ProtocolQuestion) -> Paragraph:
        lines = answer_lines(question, self.data.lang)
        if lines:
            return Paragraph("<br/>".join(markup(line) for line in lines), self.styles.answer)
        key = "no_answer_required" if question.required else "no_answer"
        style = self.styles.answer_missing if question.required else self.styles.muted
        return Paragraph(markup(self.labels(key)), style)

    def _qa_widths(self) -> list[float]:
        answer = 62 * mm
        return [NUMBER_WIDTH, self.width - NUMBER_WIDTH - answer, answer]

    def _qa_table(self, rows: list[list[Paragraph]]) -> Table:
        answers = table(rows, self._qa_widths(), pad_x=8, pad_y=9)
        answers.setStyle(table_style(self.styles.fonts, [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, Colours.hairline),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (1, -1), 8),
            ("RIGHTPADDING", (2, 0), (2, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        return answers

    def _long_answer(self, qno: str, question: ProtocolQuestion) -> list[Flowable]:
        """A long text answer flows below its question over the full width (a table row
        could not break between pages); the number hangs in the number column. The
        question starts a new page only when there is no room for it and a few lines."""
        s = self.styles
        head = Paragraph(self._question_markup(question), s.question_block, bulletText=qno)
        body = paragraphs(str(question.value), s.long_answer)
        rule = HRFlowable(width="100%", thickness=0.4, color=Colours.hairline, spaceBefore=1,
                          spaceAfter=0)
        return [CondPageBreak(QUESTION_ROOM), head, *body, rule]

    # -- amendments ----------------------------------------------------------------------
    def amendments(self) -> list[Flowable]:
        data, s, t = self.data, self.styles, self.labels
        if not data.amendments:
            return []
        numbers = data.question_numbers()
        texts = {q.question_id: q.text for sec in data.sections for q in sec.questions}
        out = heading(t("amendments"), s.heading, "amendments")
        for number, amendment in enumerate(data.amendments, start=1):
            head = t("amendment_head", number=number, author=amendment.author,
                     when=format_datetime(amendment.amended_at, data.lang))
            out += [CondPageBreak(QUESTION_ROOM), Paragraph(markup(head), s.amendment_head)]
            qid = amendment.question_id
            if qid and qid in numbers:
                out.append(Paragraph(markup(t("amendment_question", number=numbers[qid],
                                                question=texts[qid])), s.muted))
            if amendment.reason.strip():
                out.append(Paragraph(f"<b>{markup(t('reason'))}:</b> "
                                     f"{markup(amendment.reason)}", s.body))
            out += paragraphs(amendment.text, s.body)
        return out

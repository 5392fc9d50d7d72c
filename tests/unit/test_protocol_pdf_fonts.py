"""Protocol PDFs embed their fonts (no base-14 font anywhere) and keep every line inside
the page, also for extreme input; damaged pictures do not stop the protocol."""

from __future__ import annotations

import dataclasses
import functools

import pytest
from protocol_examples import long_protocol, short_protocol
from protocol_pdf import (
    BASE14,
    base_font,
    body_text,
    font_is_embedded,
    images,
    lines,
    page_fonts,
    reader,
    squash,
)
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from advisor_app.checklist.model import QuestionType
from advisor_app.reports import (
    Letterhead,
    Participant,
    ProtocolAttachment,
    ProtocolData,
    ProtocolQuestion,
    ProtocolSection,
    ProtocolSignature,
    render_protocol,
)

UNBROKEN = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen" * 6
URL = "https://example.org/" + "/".join(f"verzeichnis-{i}" for i in range(40)) + ".pdf"
ESSAY = "Ein ganzer Aufsatz in einer Tabellenzelle. " * 700 + "ENDE DES AUFSATZES"
WEIRD = "Müller & Söhne <b>kein Fettdruck</b> \x00\x07Tab\there\r\nneue Zeile „zitiert“"


def extreme() -> ProtocolData:
    """Words and URLs far wider than any column, huge texts (also in table cells, taller
    than a page), 60 participants, markup-like text and control characters, 41 address
    lines, an empty name for a paper signature."""
    questions = (
        ProtocolQuestion("q1", "Frage " + UNBROKEN, QuestionType.SHORT_TEXT, UNBROKEN, True),
        ProtocolQuestion("q2", "Lange Antwort", QuestionType.LONG_TEXT,
                         (URL + " ") * 3 + "Wort " * 3000 + "\n" + "x" * 12_000),
        ProtocolQuestion("q3", WEIRD, QuestionType.SHORT_TEXT, WEIRD),
        ProtocolQuestion("q5", "Aufsatz als kurze Antwort", QuestionType.SHORT_TEXT, ESSAY),
        ProtocolQuestion("q4", "Mehrfach", QuestionType.MULTIPLE_CHOICE, (UNBROKEN, URL)),
    )
    return dataclasses.replace(
        short_protocol(), participants=tuple(
            Participant(f"Person {i} {UNBROKEN[:80]}", "Rolle " * 8, URL) for i in range(60)),
        sections=(ProtocolSection("x", "Abschnitt " + WEIRD, questions, "Notiz " * 3000),),
        summary=URL, next_steps=(
            dataclasses.replace(short_protocol().next_steps[0], what=ESSAY,
                                responsible="Verantwortliche Person"),
            *(dataclasses.replace(s, what=UNBROKEN, organisation=URL)
              for s in short_protocol().next_steps)),
        letterhead=Letterhead("Amt " + UNBROKEN, (URL, *(f"Zeile {i}" for i in range(40))),
                              short_protocol().letterhead.logo),
        adviser_signature=ProtocolSignature(""))


@functools.cache
def documents() -> dict[str, bytes]:
    empty = dataclasses.replace(
        short_protocol(), sections=(), participants=(), advisers=(), summary="",
        recommendations="", next_steps=(), attachments=(), amendments=(), place="",
        adviser_signature=None, municipality_signature=None,
        letterhead=Letterhead("Amt"), draft=True)
    return {"short-de": render_protocol(short_protocol("de")),
            "short-en": render_protocol(short_protocol("en")),
            "long": render_protocol(long_protocol("de")),
            "empty-draft": render_protocol(empty), "extreme": render_protocol(extreme())}


@pytest.mark.parametrize("name", ["short-de", "short-en", "long", "empty-draft", "extreme"])
def test_every_font_on_every_page_is_embedded_and_none_is_base14(name: str) -> None:
    pdf = documents()[name]
    per_page = page_fonts(pdf)
    assert per_page and all(per_page)
    for fonts in per_page:
        for font in fonts:
            assert font_is_embedded(font), base_font(font)
            assert base_font(font) not in BASE14
            assert base_font(font).startswith("DejaVuSansCondensed")
    assert b"/Helvetica" not in pdf and b"/Times" not in pdf and b"/Courier" not in pdf


@pytest.mark.parametrize("name", ["extreme", "long", "short-en"])
def test_no_line_runs_off_the_page(name: str) -> None:
    left, right = 25 * mm, A4[0] - 20 * mm
    shown = [line for line in lines(documents()[name]) if line.x1 > line.x0]
    assert len(shown) > 100
    assert any(line.x1 > right - 5 for line in shown)  # full lines reach the margin
    for line in shown:
        assert left - 0.5 <= line.x0 and line.x1 <= right + 0.5, line


def test_extreme_texts_come_back_complete() -> None:
    pdf = documents()["extreme"]
    body = body_text(pdf)
    assert body.count(squash(UNBROKEN)) >= 3  # question, answer, a multiple choice label
    assert squash(URL) in body and "x" * 12_000 in body
    assert squash("Müller & Söhne <b>kein Fettdruck</b>") in body  # as text, not markup
    assert "Tabhere" in body and "neueZeile„zitiert“" in body
    # table cells taller than a page break between pages, with all cells of their row
    assert body.count("ENDEDESAUFSATZES") == 2 and "VerantwortlichePerson" in body
    assert len(reader(pdf).pages) > 10


def test_damaged_pictures_are_left_out() -> None:
    data = dataclasses.replace(
        short_protocol(), letterhead=Letterhead("Amt", logo=b"\x89PNG\r\n\x1a\nkaputt"),
        attachments=(ProtocolAttachment("kaputt.jpg", "image/jpeg", 12, "", b"\xff\xd8\xffx"),
                     ProtocolAttachment("gut.jpg", "image/jpeg", 12, "",
                                        short_protocol().attachments[0].image)),
        adviser_signature=ProtocolSignature("Dr. Anna Becker", image_png=b"nonsense"))
    pdf = render_protocol(data)
    assert images(pdf) == 1  # only the good photo
    body = body_text(pdf)
    assert "kaputt.jpg" in body and "gut.jpg" in body and "Dr.AnnaBecker" in body

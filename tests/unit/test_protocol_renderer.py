"""The consultation protocol PDF, read back with pypdf: content, page furniture, outline,
metadata, determinism (fonts and layout bounds: test_protocol_pdf_fonts.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools

import pytest
from protocol_examples import LONG_URL, SPECIAL, long_protocol, short_protocol
from protocol_pdf import body_pages, body_text, images, page_texts, reader, squash

from advisor_app.checklist.model import QuestionType
from advisor_app.reports import ProtocolData, render_protocol

YES_NO = {"de": {"yes": "Ja", "no": "Nein", "partly": "Teilweise", "unknown": "Unbekannt"},
          "en": {"yes": "Yes", "no": "No", "partly": "Partly", "unknown": "Unknown"}}
STEP_HEADER = {"de": "Nr.MaßnahmeVerantwortlichOrganisationFälligStatus",
               "en": "No.MeasureResponsibleOrganisationDueStatus"}


@functools.cache
def example(kind: str, lang: str = "de") -> ProtocolData:
    return short_protocol(lang) if kind == "short" else long_protocol(lang)  # type: ignore[arg-type]


@functools.cache
def pdf(kind: str, lang: str = "de") -> bytes:
    return render_protocol(example(kind, lang))


@functools.cache
def text(kind: str, lang: str = "de") -> str:
    return body_text(pdf(kind, lang))


@pytest.mark.parametrize("kind", ["short", "long"])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_question_answer_and_note_is_printed(kind: str, lang: str) -> None:
    data, body = example(kind, lang), text(kind, lang)
    missing_required = 0
    for section in data.sections:
        assert squash(section.title) in body
        if section.note:
            assert squash(section.note) in body
        for q in section.questions:
            assert squash(q.text) in body, q.question_id
            if not q.is_answered:
                missing_required += q.required
            elif q.type is QuestionType.YES_NO:
                assert squash(YES_NO[lang][str(q.value)]) in body
            elif isinstance(q.value, tuple):
                assert all(squash(v) in body for v in q.value), q.question_id
            elif isinstance(q.value, str):
                assert squash(q.value) in body, q.question_id
    marker = "—keineAntwort(Pflichtfrage)" if lang == "de" else "—noanswer(requiredquestion)"
    assert missing_required > 0
    assert body.count(marker) == missing_required


def test_typed_answers_are_formatted_for_the_language() -> None:
    de, en = text("short", "de"), text("short", "en")
    for expected in ("1.234,5tCO2eproJahr", "1250", "19.800EUR", "4von5", "10.03.2027",
                     "Teilweise"):
        assert expected in de
    for expected in ("1,234.5", "19,800", "4of5", "10Mar2027", "Partly"):
        assert expected in en
    assert "26.11.2026,10:00Uhr" in de and "26Nov2026,10:00" in en


def test_header_block_names_municipality_participants_and_template() -> None:
    data, body = example("long"), text("long")
    for expected in ("StadtGladbeck", "AGS05562014·KreisRecklinghausen", "03.02.2026,09:30Uhr",
                     squash(data.place), "ErstberatungKommunalpartnerschaft,Version1"):
        assert expected in body
    for person in data.participants + tuple():
        assert squash(f"{person.name} – {person.role}, {person.organisation}") in body
    for adviser in data.advisers:
        assert squash(adviser) in body


def test_summary_recommendations_and_amendments() -> None:
    data, body = example("short"), text("short")
    assert squash(data.summary) in body and squash(data.recommendations) in body
    amendment = data.amendments[0]
    assert "Nachtrag1·27.11.2026,09:15Uhr·Dr.AnnaBecker" in body
    assert squash(f"Begründung: {amendment.reason}") in body
    assert squash(amendment.text) in body
    assert "korrigiert,sieheNachtrag1" in body  # at the corrected question
    assert "BetrifftFrage2.3:" in body


@pytest.mark.parametrize("lang", ["de", "en"])
def test_next_steps_with_carried_over_ones(lang: str) -> None:
    data, body = example("long", lang), text("long", lang)
    for step in data.next_steps:
        assert squash(step.what) in body
        assert squash(step.responsible) in body and squash(step.organisation) in body
        if step.due_date is not None:
            assert _date(step.due_date, lang) in body
    carried = {s.carried_over_from for s in data.next_steps if s.carried_over_from}
    assert len(carried) == 2
    mark = "ausBeratungvom{}" if lang == "de" else "fromconsultationof{}"
    for day in carried:
        assert day is not None
        assert mark.format(_date(day, lang)) in body
    assert body.count("Erledigt" if lang == "de" else "Done") >= 1


def _date(day: dt.date, lang: str) -> str:
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
              "Dec")
    return f"{day:%d.%m.%Y}" if lang == "de" else f"{day.day}{months[day.month - 1]}{day.year}"


def test_long_next_steps_table_repeats_its_header_on_every_page() -> None:
    data, pages = example("long"), body_pages(pdf("long"))
    first = next(i for i, p in enumerate(pages) if squash(data.next_steps[0].what) in p
                 and STEP_HEADER["de"] in p)
    last = next(i for i, p in enumerate(pages) if "AnlagenNr." in p)
    spanned = pages[first:last]
    assert len(spanned) >= 4
    assert all(STEP_HEADER["de"] in page for page in spanned)
    assert sum(page.count(STEP_HEADER["de"]) for page in pages) == len(spanned)


@pytest.mark.parametrize("kind", ["short", "long"])
def test_every_page_says_page_x_of_y_and_carries_the_document_id(kind: str) -> None:
    texts = [squash(t) for t in page_texts(pdf(kind))]
    assert len(texts) == (4 if kind == "short" else 20)
    for number, page in enumerate(texts, start=1):
        assert f"Seite{number}von{len(texts)}" in page
        assert squash(f"Dokument-ID {example(kind).document_id}") in page
        assert "erstelltam" in page and "Version1" in page


def test_english_labels_and_page_numbers() -> None:
    texts = [squash(t) for t in page_texts(pdf("short", "en"))]
    assert "Consultationprotocol" in texts[0]
    assert all(f"Page{i}of4" in page for i, page in enumerate(texts, start=1))
    body = text("short", "en")
    for label in ("Summary", "Recommendations", "Nextsteps", "Attachments", "Signatures",
                  "Participants", "Fortheadvisoryoffice", "Forthemunicipality"):
        assert label in body
    assert "Beratungsprotokoll" not in texts[0] and "Seite1von4" not in texts[0]
    assert "Zusammenfassung" not in body and "NächsteSchritte" not in body


def test_special_characters_come_back_intact() -> None:
    body = text("long")
    assert squash(SPECIAL) in body
    for name in ("Łukasz Wróbel", "Ayşe Doğan", "Marcq-en-Barœul", "Tomáš Černý",
                 "Begoña Muñoz Peñalver", "Mehmet Yılmaz", "CO₂", "12.500 €"):
        assert squash(name) in body, name
    assert squash(LONG_URL) in body


def test_attachments_with_thumbnails_and_signatures() -> None:
    short, long_ = text("short"), text("long")
    assert "rathaus-gladbeck-besprechung.jpg" in short and "1,8MB" in short
    assert squash("Entwurf_Handlungsprogramm_Marcq-en-Barœul_v3.pdf") in short
    # logo + one photo + one signature; long: logo + 8 photos + 2 signatures
    assert images(pdf("short")) == 3 and images(pdf("long")) == 11
    assert "unterschriebenam26.11.2026,12:41Uhr" in short
    assert "Ort,Datum,Unterschrift" in short and "Name,Funktion" in short  # paper side
    assert "unterschriebenam03.02.2026,12:14Uhr" in long_


@pytest.mark.parametrize("lang", ["de", "en"])
def test_outline_has_an_entry_on_the_right_page_for_every_section(lang: str) -> None:
    data, doc = example("short", lang), reader(pdf("short", lang))
    entries = {item.title: doc.get_destination_page_number(item) for item in doc.outline}
    titles = [f"{n} {s.title}" for n, s in enumerate(data.sections, start=1)]
    assert set(titles) <= set(entries)
    pages = body_pages(pdf("short", lang))
    for title in titles:
        assert squash(title) in pages[entries[title]]
    fixed = (["Zusammenfassung", "Empfehlungen", "Nachträge und Korrekturen",
              "Nächste Schritte", "Anlagen", "Unterschriften"] if lang == "de" else
             ["Summary", "Recommendations", "Amendments and corrections", "Next steps",
              "Attachments", "Signatures"])
    assert set(entries) == set(titles) | set(fixed)
    assert doc.trailer["/Root"]["/PageMode"] == "/UseOutlines"


@pytest.mark.parametrize(("lang", "pdf_lang"), [("de", "de-DE"), ("en", "en-GB")])
def test_metadata(lang: str, pdf_lang: str) -> None:
    doc = reader(pdf("short", lang))
    meta = doc.metadata
    assert meta is not None
    title = ("Beratungsprotokoll Stadt Gladbeck, 26.11.2026" if lang == "de"
             else "Consultation protocol Stadt Gladbeck, 26 Nov 2026")
    assert meta.title == title
    assert meta.author == "Dr. Anna Becker, Mehmet Yılmaz"
    assert meta.subject is not None and "AGS 05562014" in meta.subject
    assert "BP-2026-0147-7f3c9a21" in str(meta.get("/Keywords"))
    assert doc.trailer["/Root"]["/Lang"] == pdf_lang
    assert meta["/CreationDate"] == meta["/ModDate"] == "D:20261126143200+01'00'"


def test_same_data_gives_identical_bytes_different_data_does_not() -> None:
    data = example("short")
    first = render_protocol(data)
    render_protocol(example("long", "en"))  # nothing leaks from one document to the next
    assert render_protocol(dataclasses.replace(data)) == first
    other = render_protocol(dataclasses.replace(data, document_id="BP-2026-0148-00000000"))
    assert other != first
    assert reader(other).trailer["/ID"] != reader(first).trailer["/ID"]


def test_a_draft_is_marked_on_every_page() -> None:
    draft = render_protocol(dataclasses.replace(example("short"), draft=True))
    texts = [squash(t) for t in page_texts(draft)]
    assert all("ENTWURF" in page for page in texts)
    assert "Entwurf:DieBeratungistnochnichtabgeschlossen." in texts[0]
    assert "ENTWURF" not in "".join(squash(t) for t in page_texts(pdf("short")))

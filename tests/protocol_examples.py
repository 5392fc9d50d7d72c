"""Realistic example protocols (Stadt Gladbeck) shared by the protocol tests, the benchmark
and the screenshots in docs/: ``short_protocol()`` (a follow-up consultation, about three
pages) and ``long_protocol()`` (a complete first consultation with 120 next steps, 20+
pages). Built from the real checklist templates in resources/checklists, the way the
protocol builder does it: visible questions only, texts and option labels in ``lang``.

All data is made up; names, places and addresses only look real.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import random
from collections.abc import Mapping

import protocol_texts as texts
from PIL import Image, ImageDraw

from advisor_app.checklist.loader import load_template
from advisor_app.checklist.model import ChecklistTemplate, QuestionType
from advisor_app.checklist.rules import visible_questions
from advisor_app.domain.enums import NextStepStatus
from advisor_app.reports import (
    Letterhead,
    MunicipalityInfo,
    Participant,
    ProtocolAmendment,
    ProtocolAttachment,
    ProtocolData,
    ProtocolLang,
    ProtocolNextStep,
    ProtocolQuestion,
    ProtocolSection,
    ProtocolSignature,
)
from advisor_app.resources import resource_path

BERLIN = dt.timezone(dt.timedelta(hours=1))  # CET, fixed: November and February
SPECIAL = "ä ö ü ß „ “ – € ł ş ğ é ñ č"
LONG_URL = ("https://www.service-eine-welt.de/kommunale-klimapartnerschaften/"
            "foerderprogramme/nakopa-nachhaltige-kommunale-partnerschaftsprojekte-"
            "antragsunterlagen-und-merkblaetter-2026-fassung-vom-15-10-2025.pdf")


@functools.cache
def template(name: str) -> ChecklistTemplate:
    return load_template(resource_path("checklists", f"{name}.yaml"))


def protocol_sections(tpl: ChecklistTemplate, answers: Mapping[str, object],
                      notes: Mapping[str, str], lang: str) -> tuple[ProtocolSection, ...]:
    """The shown questions with typed, localized answers (what the builder does)."""
    shown = {q.id for q in visible_questions(tpl, answers)}
    sections = []
    for section in tpl.sections:
        questions = []
        for q in section.questions:
            if q.id not in shown:
                continue
            value = answers.get(q.id)
            labels = {o.value: o.label.get(lang) for o in q.options}
            if q.type is QuestionType.SINGLE_CHOICE and isinstance(value, str):
                value = labels[value]
            elif q.type is QuestionType.MULTIPLE_CHOICE and isinstance(value, list):
                value = tuple(labels[v] for v in value)
            elif q.type is QuestionType.DATE and isinstance(value, str):
                value = dt.date.fromisoformat(value)
            assert value is None or isinstance(value, str | int | float | dt.date | tuple)
            questions.append(ProtocolQuestion(
                question_id=q.id, text=q.text.get(lang), type=q.type, value=value,
                required=q.required, unit=q.unit.get(lang) if q.unit else ""))
        sections.append(ProtocolSection(section.id, section.title.get(lang), tuple(questions),
                                        notes.get(section.id, "")))
    return tuple(sections)


# -- images (made with Pillow; deterministic for one Pillow version) ------------------------
@functools.cache
def logo_png() -> bytes:
    """An emblem: two linked rings on a blue tile above a green-white-red bar."""
    image = Image.new("RGBA", (400, 400), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, 399, 330), radius=48, fill=(31, 58, 95))
    draw.ellipse((60, 85, 220, 245), outline=(255, 255, 255), width=22)
    draw.ellipse((180, 85, 340, 245), outline=(255, 255, 255), width=22)
    for i, colour in enumerate(((0, 150, 64), (235, 235, 235), (227, 6, 19))):
        draw.rectangle((i * 134, 352, i * 134 + 131, 399), fill=colour)
    return _encode(image, "PNG")


@functools.cache
def photo_jpeg(seed: int, size: tuple[int, int] = (1600, 1200)) -> bytes:
    """A landscape "photo": sky, a town hall-like block, some windows."""
    rng = random.Random(seed)
    w, h = size
    image = Image.new("RGB", size, (135 + seed % 40, 180, 225))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, h * 2 // 3, w, h), fill=(90, 120, 80))
    left = rng.randint(w // 8, w // 3)
    draw.rectangle((left, h // 4, left + w // 2, h * 2 // 3 + 20), fill=(170, 80, 60))
    for row in range(3):
        for col in range(8):
            x = left + 30 + col * (w // 17)
            y = h // 4 + 40 + row * (h // 9)
            draw.rectangle((x, y, x + w // 30, y + h // 14), fill=(240, 230, 190))
    return _encode(image, "JPEG")


@functools.cache
def signature_png(seed: int) -> bytes:
    rng = random.Random(seed)
    image = Image.new("RGBA", (600, 180), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    points = [(20 + i * 28, 110 + rng.randint(-45, 45)) for i in range(20)]
    draw.line(points, fill=(20, 30, 110, 255), width=5, joint="curve")
    draw.line([(60, 150), (520, 140)], fill=(20, 30, 110, 255), width=3)
    return _encode(image, "PNG")


def _encode(image: Image.Image, fmt: str) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **({"quality": 88} if fmt == "JPEG" else {}))
    return out.getvalue()


# -- the common parts ---------------------------------------------------------------------
def letterhead(with_logo: bool = True) -> Letterhead:
    return Letterhead(
        office_name="Koordinierungs- und Beratungsstelle Kommunalpartnerschaften NRW",
        address_lines=("Beispielallee 12 · 40213 Düsseldorf",
                       "Telefon 0211 8765-430 · beratung@partnerschaften-nrw.example",
                       "www.partnerschaften-nrw.example"),
        logo=logo_png() if with_logo else None)


GLADBECK = MunicipalityInfo(name="Stadt Gladbeck", ags="05562014", kreis="Kreis Recklinghausen")
ADVISERS = ("Dr. Anna Becker", "Mehmet Yılmaz")
PARTICIPANTS = (
    Participant("Dr. Katrin Schäfer", "Leiterin Internationales Büro", "Stadt Gladbeck"),
    Participant("Jörg Weißmann", "Klimaschutzmanager", "Stadt Gladbeck"),
    Participant("Ayşe Doğan", "Vorsitzende", "Deutsch-Türkischer Freundeskreis Gladbeck e. V."),
    Participant("Hélène Lefèvre", "Chargée de mission jumelage", "Ville de Marcq-en-Barœul"),
)
MORE_PARTICIPANTS = (
    Participant("Łukasz Wróbel", "Kierownik Biura Współpracy", "Urząd Miasta Wadowice"),
    Participant("Begoña Muñoz Peñalver", "Encargada de Medio Ambiente",
                "Municipalidad de Peñalolén (Chile)"),
    Participant("Tomáš Černý", "Projektový manažer", "Statutární město Ostrava"),
    Participant("Bettina Große-Kleimann", "Erste Beigeordnete", "Stadt Gladbeck"),
    Participant("Friedrich-Wilhelm Hülsmann", "Stadtkämmerer", "Stadt Gladbeck"),
    Participant("Sabine Nowak", "Schulleiterin", "Riesener-Gymnasium Gladbeck"),
    Participant("Ömer Şahin", "Projektkoordinator", "Engagement Global / SKEW"),
    Participant("Dr. Mariana Ibáñez", "Referentin", "Under2 Coalition Secretariat"),
)


def _steps(lang: str, count: int, rng: random.Random) -> tuple[ProtocolNextStep, ...]:
    statuses = list(NextStepStatus)
    earlier = (dt.date(2026, 2, 3), dt.date(2025, 9, 16))
    steps = []
    for i in range(count):
        what, responsible, organisation = texts.STEPS[i % len(texts.STEPS)]
        carried = earlier[i % 2] if i % 5 == 3 else None
        steps.append(ProtocolNextStep(
            what=what if lang == "de" or i % 7 else f"{what} ({SPECIAL})",
            responsible=responsible, organisation=organisation,
            due_date=dt.date(2026, 12, 1) + dt.timedelta(days=7 * (i % 40)) if i % 9 else None,
            status=statuses[0] if carried is None else rng.choice(statuses),
            carried_over_from=carried))
    return tuple(steps)


def short_protocol(lang: ProtocolLang = "de") -> ProtocolData:
    """A follow-up consultation: about three pages, one signature given on the laptop."""
    tpl = template("folgeberatung")
    return ProtocolData(
        lang=lang, document_id="BP-2026-0147-7f3c9a21",
        generated_at=dt.datetime(2026, 11, 26, 14, 32, tzinfo=BERLIN),
        letterhead=letterhead(), municipality=GLADBECK,
        held_at=dt.datetime(2026, 11, 26, 10, 0, tzinfo=BERLIN),
        place="Rathaus Gladbeck, Willy-Brandt-Platz 2, Sitzungsraum 2.14",
        advisers=ADVISERS, participants=PARTICIPANTS,
        template_title=tpl.title.get(lang), template_version=tpl.version,
        summary=texts.SUMMARY, recommendations=texts.RECOMMENDATIONS,
        sections=protocol_sections(tpl, texts.FOLLOW_UP_ANSWERS, texts.FOLLOW_UP_NOTES, lang),
        amendments=(ProtocolAmendment(
            amended_at=dt.datetime(2026, 11, 27, 9, 15, tzinfo=BERLIN), author="Dr. Anna Becker",
            reason="Zahl nach Rückmeldung der Stadt korrigiert",
            text="Es gab seit dem letzten Besuch vier Begegnungen, nicht drei (zusätzlich die "
                 "Videokonferenz am 14.10.2026).", question_id="begegnungen"),),
        next_steps=_steps(lang, 6, random.Random(1)),
        attachments=(
            ProtocolAttachment("rathaus-gladbeck-besprechung.jpg", "image/jpeg", 1_843_200,
                               "Gesprächsrunde im Rathaus, 26.11.2026", photo_jpeg(1)),
            ProtocolAttachment("Entwurf_Handlungsprogramm_Marcq-en-Barœul_v3.pdf",
                               "application/pdf", 245_760, "Entwurf des Handlungsprogramms"),
        ),
        adviser_signature=ProtocolSignature(
            "Dr. Anna Becker", "Beraterin", dt.datetime(2026, 11, 26, 12, 41, tzinfo=BERLIN),
            signature_png(1)),
        municipality_signature=None)


def long_protocol(lang: ProtocolLang = "de") -> ProtocolData:
    """A complete first consultation: every question shown and answered at length, 120
    next steps (some carried over), many attachments and amendments: 20+ pages."""
    tpl = template("erstberatung-kommunalpartnerschaft")
    rng = random.Random(7)
    answers = texts.first_consultation_answers(tpl, rng)
    notes = {s.id: texts.note(s.id, rng) for s in tpl.sections}
    photos = tuple(
        ProtocolAttachment(f"foto-{i:02d}-besuch-peñalolén.jpg", "image/jpeg",
                           1_500_000 + 37_000 * i, f"Foto {i}: Ortstermin, {SPECIAL}",
                           photo_jpeg(i, (1200 + 40 * i, 900)))
        for i in range(1, 9))
    documents = tuple(
        ProtocolAttachment(f"Anlage_{i}_Unterlagen_{LONG_URL[-40:]}", "application/pdf",
                           80_000 * i, "Förderunterlagen " + LONG_URL if i == 1 else "")
        for i in range(1, 5))
    return ProtocolData(
        lang=lang, document_id="BP-2026-0146-c0ffee42",
        generated_at=dt.datetime(2026, 2, 3, 17, 5, tzinfo=BERLIN),
        letterhead=letterhead(), municipality=GLADBECK,
        held_at=dt.datetime(2026, 2, 3, 9, 30, tzinfo=BERLIN),
        place="Rathaus Gladbeck, Willy-Brandt-Platz 2, Ratssaal; anschließend Ortstermin "
              "Zentraler Betriebshof, Wiesmannstraße",
        advisers=ADVISERS, participants=PARTICIPANTS + MORE_PARTICIPANTS,
        template_title=tpl.title.get(lang), template_version=tpl.version,
        phase="In Anbahnung" if lang == "de" else "In initiation",
        summary=texts.SUMMARY + "\n\n" + texts.paragraph_block(rng, 4),
        recommendations=texts.RECOMMENDATIONS + "\n\n" + texts.paragraph_block(rng, 4),
        sections=protocol_sections(tpl, answers, notes, lang),
        amendments=tuple(
            ProtocolAmendment(dt.datetime(2026, 2, 5 + i, 8, 30 + i, tzinfo=BERLIN),
                              ADVISERS[i % 2], f"Korrektur {i + 1} nach Durchsicht ({SPECIAL})",
                              texts.paragraph_block(rng, 1), qid)
            for i, qid in enumerate(("personal_vzae", "themen", None))),
        next_steps=_steps(lang, 120, rng), attachments=photos + documents,
        adviser_signature=ProtocolSignature("Dr. Anna Becker", "Beraterin",
                                            dt.datetime(2026, 2, 3, 12, 10, tzinfo=BERLIN),
                                            signature_png(1)),
        municipality_signature=ProtocolSignature(
            "Bettina Große-Kleimann", "Erste Beigeordnete, Stadt Gladbeck",
            dt.datetime(2026, 2, 3, 12, 14, tzinfo=BERLIN), signature_png(2)))

"""Texts and answers of the example protocols (see protocol_examples.py); made up."""

from __future__ import annotations

import datetime as dt
import random

from advisor_app.checklist.model import ChecklistTemplate, QuestionType

SUMMARY = (
    "Die Stadt Gladbeck möchte ihre langjährige Städtepartnerschaft mit Marcq-en-Barœul um "
    "eine Klimakomponente erweitern und prüft zugleich eine Klimapartnerschaft mit der "
    "Kommune Peñalolén (Chile). Verwaltungsspitze und Rat stehen hinter dem Vorhaben; der "
    "Ratsbeschluss vom 24.06.2025 nennt Energie, Mobilität und Klimaanpassung als Themen.\n\n"
    "Engpass ist das Personal: Für die Partnerschaftsarbeit stehen derzeit 0,75 Stellen zur "
    "Verfügung. Die Beratungsstelle empfiehlt, die Personalförderung über SKEW-KEpol zu "
    "beantragen und das Klimaschutzmanagement fest ins Kernteam einzubinden – der "
    "Eigenanteil von rund 12.500 € ist im Haushalt 2027 eingeplant."
)
RECOMMENDATIONS = (
    "1. Beschlussvorlage zur Klimapartnerschaft bis zur Ratssitzung im März vorbereiten; "
    "Musterformulierungen der Beratungsstelle nutzen.\n"
    "2. Kernteam auf beiden Seiten benennen (Internationales Büro, Klimaschutzmanagement, "
    "Stadtwerke) und eine gemeinsame Steuerungsgruppe einrichten.\n"
    "3. Für die Delegationsreise nach Peñalolén eine Förderung über den "
    "Kleinprojektefonds prüfen; Antragsfrist 31.01.2027 beachten."
)
STEPS: tuple[tuple[str, str, str], ...] = (
    ("Beschlussvorlage „Klimapartnerschaft Peñalolén“ für den Rat vorbereiten",
     "Dr. Katrin Schäfer", "Stadt Gladbeck"),
    ("Musterformulierungen für die Beschlussvorlage zusenden", "Dr. Anna Becker",
     "Beratungsstelle"),
    ("Förderbedingungen SKEW-KEpol (Personalförderung) prüfen und Antrag vorbereiten",
     "Jörg Weißmann", "Stadt Gladbeck"),
    ("Kontakt zur Under2-Ansprechperson der Región Metropolitana herstellen",
     "Mehmet Yılmaz", "Beratungsstelle"),
    ("Termin für eine Videokonferenz mit Marcq-en-Barœul (Hélène Lefèvre) abstimmen",
     "Dr. Katrin Schäfer", "Stadt Gladbeck"),
    ("Good-Practice-Beispiele zu Photovoltaik auf Schuldächern zusammenstellen",
     "Mehmet Yılmaz", "Beratungsstelle"),
    ("Haushaltsansatz für Eigenanteile und Reisen 2027 anmelden",
     "Friedrich-Wilhelm Hülsmann", "Stadt Gladbeck"),
    ("Schulpartnerschaft Riesener-Gymnasium – Colegio de Peñalolén anbahnen",
     "Sabine Nowak", "Riesener-Gymnasium Gladbeck"),
    ("Diaspora-Organisationen zum Auftakttreffen einladen", "Ayşe Doğan",
     "Deutsch-Türkischer Freundeskreis Gladbeck e. V."),
    ("Entwurf des gemeinsamen Handlungsprogramms (Ausgangsanalyse, Handlungsfelder) "
     "vorlegen und mit der Partnerseite abstimmen", "Jörg Weißmann", "Stadt Gladbeck"),
    ("Übersetzung der Absichtserklärung ins Spanische beauftragen", "Dr. Katrin Schäfer",
     "Stadt Gladbeck"),
    ("Folgeberatung terminieren", "Dr. Anna Becker", "Beratungsstelle"),
)
FOLLOW_UP_ANSWERS: dict[str, object] = {
    "entwicklung": (
        "Seit dem Erstgespräch am 03.02.2026 hat der Rat die Klimapartnerschaft beschlossen "
        "(Drucksache 2026/0412). Eine Delegation aus Marcq-en-Barœul war im Mai zu Gast; "
        "dabei wurde ein gemeinsames Projekt zur Begrünung von Schulhöfen verabredet.\n\n"
        "Beim Partner hat die Stadtverwaltung eine feste Ansprechperson benannt (Hélène "
        "Lefèvre, Chargée de mission jumelage)."),
    "schritte_umsetzung": "ueberwiegend",
    "phase": "initiation",
    "ansprechperson_partner": "Hélène Lefèvre, Chargée de mission jumelage, Ville de "
                              "Marcq-en-Barœul",
    "meilensteine": ["delegationsreise", "ratsbeschluss", "kernteams"],
    "begegnungen": 3,
    "ergebnisse_beschreibung": (
        "Schulhofbegrünung: zwei Schulen je Stadt beteiligt, Pflanzaktion im Oktober mit "
        "rund 120 Schülerinnen und Schülern. Energieberatung für Vereinsheime: Konzept liegt "
        "vor, Umsetzung 2027."),
    "co2_einsparung": 1234.5,
    "erreichte_personen": 1250,
    "antraege_gestellt": "yes",
    "antraege_details": "Kleinprojektefonds (SKEW): Schulhofbegrünung, 19.800 €, bewilligt.",
    "foerdermittel_bewilligt": 19800,
    "hindernisse": ["personal", "reisen"],
    "hindernisse_details": (
        "Die Stelle im Internationalen Büro war drei Monate unbesetzt; Reisen nach Chile "
        "sind teuer und müssen lange im Voraus genehmigt werden."),
    "unterstuetzungsbedarf": ["foerderberatung", "good_practice"],
    "zustand": 4,
    "uebertragbar": "partly",
    "uebertragbar_was": (
        "Das Modell der Schulhofbegrünung mit Partnerschulen eignet sich für andere "
        "Kommunen; Voraussetzung sind engagierte Lehrkräfte und ein kleiner Sachkostenetat."),
    "folgetermin": "2027-03-10",
}
FOLLOW_UP_NOTES = {
    "stand": "Die Stadt legt Wert darauf, dass die Partnerschaft mit Marcq-en-Barœul "
             "weiterhin auch Begegnungen der Bürgerinnen und Bürger umfasst (Städtepartner"
             "schaftsverein, Jugendaustausch).",
    "hindernisse_bedarf": "Personalwechsel rechtzeitig an die Beratungsstelle melden; "
                          "Übergabe-Checkliste wurde angeboten.",
}

_SENTENCES = (
    "Die Verwaltung hat die Ziele der Partnerschaft mit dem Klimaschutzkonzept 2019 abgeglichen.",
    "Im Gespräch wurde deutlich, dass der Rat die Partnerschaft fraktionsübergreifend trägt.",
    "Die Stadtwerke Gladbeck könnten Know-how zur Wärmeplanung und zu Photovoltaik beitragen.",
    "Peñalolén arbeitet an einem Plan zur Anpassung an Hitze und Wasserknappheit.",
    "Eine erste Videokonferenz mit der Partnerseite fand am 14.10.2025 statt.",
    "Für Reisen und Eigenanteile sind im Haushalt 2027 rund 12.500 € vorgesehen.",
    "Die Schulen möchten den Austausch mit einem Klimaprojekt verbinden.",
    "Ayşe Doğan bietet an, Kontakte zu Vereinen der türkeistämmigen Community zu vermitteln.",
    "Die Beratungsstelle stellt Beispiele aus Bonn, Köln und Dortmund zur Verfügung.",
    "Offen ist noch, wer auf chilenischer Seite die Steuerungsgruppe leitet.",
    "Die Partnerseite wünscht einen Fachaustausch zu Abfallwirtschaft und Recycling.",
    "Die Übersetzung der Unterlagen (Deutsch, Französisch, Spanisch) kostet Zeit und Geld.",
    "Łukasz Wróbel berichtet von guten Erfahrungen mit einem gemeinsamen Jugendcamp.",
    "Für den Antrag werden Indikatoren benötigt, etwa eingesparte Tonnen CO₂ pro Jahr.",
    "Eine Kooperation mit der Westfälischen Hochschule in Gelsenkirchen wird geprüft.",
)


def paragraph_block(rng: random.Random, paragraphs: int) -> str:
    """``paragraphs`` paragraphs of three to six sentences, blank-line separated."""
    return "\n\n".join(" ".join(rng.sample(_SENTENCES, rng.randint(3, 6)))
                       for _ in range(paragraphs))


def note(section_id: str, rng: random.Random) -> str:
    return f"Hinweis zu „{section_id}“: " + paragraph_block(rng, 2)


_FIRST_CONSULTATION: dict[str, object] = {
    "vorhaben": "klimakomponente", "partner_status": "bekannt", "weltregion": "lateinamerika",
    "anbahnung_stand": "besuche", "handlungsprogramm_stand": "in_erarbeitung",
    "projekte_anzahl": 2, "personal_vzae": 0.75, "budget_jahr": 12500,
    "klimaschutzkonzept_jahr": 2019, "geplantes_volumen": 184_350.5,
    "wunschland": "Peñalolén, Región Metropolitana de Santiago, Chile",
    "sicherheitslage": None,  # a required question left unanswered
    "arbeitssprache": ["deutsch", "spanisch", "englisch"],
}


def first_consultation_answers(tpl: ChecklistTemplate, rng: random.Random
                               ) -> dict[str, object]:
    """An answer for every question (conditions mostly true), at length for long texts."""
    answers: dict[str, object] = {}
    for q in tpl.questions():
        if q.id in _FIRST_CONSULTATION:
            answers[q.id] = _FIRST_CONSULTATION[q.id]
            continue
        values = [o.value for o in q.options if o.value not in ("keine", "offen")]
        if q.type is QuestionType.YES_NO:
            answers[q.id] = rng.choice(("yes", "yes", "partly", "no"))
        elif q.type is QuestionType.SINGLE_CHOICE:
            answers[q.id] = values[0]
        elif q.type is QuestionType.MULTIPLE_CHOICE:
            answers[q.id] = values[: rng.randint(2, 5)]
        elif q.type is QuestionType.LONG_TEXT:
            answers[q.id] = paragraph_block(rng, rng.randint(3, 6))
        elif q.type is QuestionType.SHORT_TEXT:
            answers[q.id] = "Marcq-en-Barœul (Frankreich) und Peñalolén (Chile)"
        elif q.type is QuestionType.NUMBER:
            low = q.min or 0
            answers[q.id] = min(q.max or 10_000, low + rng.randint(1, 4000) / 4)
        elif q.type is QuestionType.DATE:
            answers[q.id] = (dt.date(2026, 3, 1) + dt.timedelta(days=rng.randint(0, 300))
                             ).isoformat()
        else:
            answers[q.id] = rng.randint(3, 5)
    return answers

"""The fixed texts of the protocol in German and English (placeholders in ``{braces}``)."""

from __future__ import annotations

from advisor_app.checklist.answers import YES_NO_LABELS

__all__ = ["LABELS", "Labels"]

LABELS: dict[str, tuple[str, str]] = {
    # title and header block
    "title": ("Beratungsprotokoll", "Consultation protocol"),
    "municipality": ("Kommune", "Municipality"),
    "ags_kreis": ("AGS {ags} · {kreis}", "AGS {ags} · {kreis}"),
    "kreisfrei": ("kreisfreie Stadt", "kreisfreie Stadt (county-level city)"),
    "date_time": ("Datum und Uhrzeit", "Date and time"),
    "place": ("Ort", "Place"),
    "advisers": ("Beratung durch", "Advisers"),
    "participants": ("Teilnehmende", "Participants"),
    "checklist": ("Checkliste", "Checklist"),
    "template_version": ("{title}, Version {version}", "{title}, version {version}"),
    "phase": ("Phase", "Phase"),
    "draft": ("ENTWURF", "DRAFT"),
    "draft_note": ("Entwurf: Die Beratung ist noch nicht abgeschlossen.",
                   "Draft: the consultation has not been completed yet."),
    # body
    "summary": ("Zusammenfassung", "Summary"),
    "note": ("Anmerkungen", "Notes"),
    "no_answer": ("— keine Antwort", "— no answer"),
    "no_answer_required": ("— keine Antwort (Pflichtfrage)", "— no answer (required question)"),
    "no_questions": ("In diesem Abschnitt wurden keine Fragen gestellt.",
                     "No questions were asked in this section."),
    "corrected": ("korrigiert, siehe Nachtrag {numbers}", "corrected, see amendment {numbers}"),
    "rating": ("{value} von {max}", "{value} of {max}"),
    **YES_NO_LABELS,  # yes / no / partly / unknown, as the window shows them
    "recommendations": ("Empfehlungen", "Recommendations"),
    "amendments": ("Nachträge und Korrekturen", "Amendments and corrections"),
    "amendment_head": ("Nachtrag {number} · {when} · {author}",
                       "Amendment {number} · {when} · {author}"),
    "amendment_question": ("Betrifft Frage {number}: {question}",
                           "Concerns question {number}: {question}"),
    "reason": ("Begründung", "Reason"),
    # next steps
    "next_steps": ("Nächste Schritte", "Next steps"),
    "no_next_steps": ("Es wurden keine nächsten Schritte vereinbart.",
                      "No next steps were agreed."),
    "col_no": ("Nr.", "No."),
    "col_what": ("Maßnahme", "Measure"),
    "col_responsible": ("Verantwortlich", "Responsible"),
    "col_organisation": ("Organisation", "Organisation"),
    "col_due": ("Fällig", "Due"),
    "col_status": ("Status", "Status"),
    "carried_over": ("aus Beratung vom {date}", "from consultation of {date}"),
    # attachments
    "attachments": ("Anlagen", "Attachments"),
    "col_preview": ("Vorschau", "Preview"),
    "col_file": ("Datei und Beschreibung", "File and description"),
    "col_size": ("Größe", "Size"),
    # signatures
    "signatures": ("Unterschriften", "Signatures"),
    "sign_adviser": ("Für die Beratungsstelle", "For the advisory office"),
    "sign_municipality": ("Für die Kommune", "For the municipality"),
    "signed_at": ("unterschrieben am {when}", "signed on {when}"),
    "sign_place_date": ("Ort, Datum, Unterschrift", "Place, date, signature"),
    "sign_name": ("Name, Funktion", "Name, position"),
    # page furniture and metadata
    "page": ("Seite {page} von {pages}", "Page {page} of {pages}"),
    "document_id": ("Dokument-ID {id}", "Document ID {id}"),
    "generated": ("erstellt am {when}", "generated {when}"),
    "footer_template": ("Checkliste: {title}, Version {version}",
                        "Checklist: {title}, version {version}"),
    "pdf_title": ("Beratungsprotokoll {municipality}, {date}",
                  "Consultation protocol {municipality}, {date}"),
    "pdf_subject": ("Beratung der Kommune {municipality} (AGS {ags}) am {date}; {template}",
                    "Consultation of the municipality {municipality} (AGS {ags}) on {date}; "
                    "{template}"),
}


class Labels:
    """The label table bound to one language: ``labels("page", page=1, pages=3)``."""

    def __init__(self, lang: str) -> None:
        self._index = 1 if lang == "en" else 0

    def __call__(self, key: str, **values: object) -> str:
        text = LABELS[key][self._index]
        return text.format(**values) if values else text

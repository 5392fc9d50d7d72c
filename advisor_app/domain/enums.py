"""Domain enumerations. Values are stable codes stored in the database and exchange files;
``label_de``/``label_en`` are the texts shown to users."""

from __future__ import annotations

from enum import StrEnum


class _Labelled(StrEnum):
    """A StrEnum whose members carry a German and an English label."""

    @property
    def label_de(self) -> str:
        return type(self)._label_table()[self.value][0]

    @property
    def label_en(self) -> str:
        return type(self)._label_table()[self.value][1]

    def label(self, lang: str = "de") -> str:
        return self.label_en if lang == "en" else self.label_de

    @classmethod
    def _label_table(cls) -> dict[str, tuple[str, str]]:
        raise NotImplementedError

    @classmethod
    def parse(cls, text: str) -> _Labelled:
        """Accept the code, the German or the English label (case-insensitive)."""
        needle = text.strip().casefold()
        for member in cls:
            if needle in (member.value.casefold(), member.label_de.casefold(),
                          member.label_en.casefold()):
                return member
        raise ValueError(text)


class PartnershipKind(_Labelled):
    PARTNERSCHAFT = "partnerschaft"
    FREUNDSCHAFT = "freundschaft"
    KONTAKT = "kontakt"
    PROJEKTPARTNERSCHAFT = "projektpartnerschaft"

    @classmethod
    def _label_table(cls) -> dict[str, tuple[str, str]]:
        return {
            "partnerschaft": ("Partnerschaft", "Partnership"),
            "freundschaft": ("Freundschaft", "Friendship"),
            "kontakt": ("Kontakt", "Contact"),
            "projektpartnerschaft": ("Projektpartnerschaft", "Project partnership"),
        }


class PartnershipStatus(_Labelled):
    IDEA = "idea"
    INITIATION = "initiation"
    ACTIVE = "active"
    DORMANT = "dormant"
    ENDED = "ended"

    @classmethod
    def _label_table(cls) -> dict[str, tuple[str, str]]:
        return {
            "idea": ("Idee", "Idea"),
            "initiation": ("In Anbahnung", "In initiation"),
            "active": ("Aktiv", "Active"),
            "dormant": ("Ruhend", "Dormant"),
            "ended": ("Beendet", "Ended"),
        }


class NrwSideType(_Labelled):
    MUNICIPALITY = "municipality"
    KREIS = "kreis"
    LAND = "land"

    @classmethod
    def _label_table(cls) -> dict[str, tuple[str, str]]:
        return {
            "municipality": ("Gemeinde", "Municipality"),
            "kreis": ("Kreis", "Kreis (district)"),
            "land": ("Land NRW", "State of NRW"),
        }


class AdminLevel(_Labelled):
    MUNICIPALITY = "municipality"
    REGION = "region"
    NATIONAL = "national"
    ASSOCIATION = "association"

    @classmethod
    def _label_table(cls) -> dict[str, tuple[str, str]]:
        return {
            "municipality": ("Kommune / Stadt", "Municipality / city"),
            "region": ("Region / Bundesstaat", "Region / state"),
            "national": ("Staat", "Country"),
            "association": ("Verbund", "Association"),
        }


class ProjectStatus(_Labelled):
    PLANNED = "planned"
    RUNNING = "running"
    COMPLETED = "completed"
    STOPPED = "stopped"

    @classmethod
    def _label_table(cls) -> dict[str, tuple[str, str]]:
        return {
            "planned": ("Geplant", "Planned"),
            "running": ("Laufend", "Running"),
            "completed": ("Abgeschlossen", "Completed"),
            "stopped": ("Abgebrochen", "Stopped"),
        }


class ConsultationState(_Labelled):
    DRAFT = "draft"
    COMPLETED = "completed"

    @classmethod
    def _label_table(cls) -> dict[str, tuple[str, str]]:
        return {"draft": ("Entwurf", "Draft"), "completed": ("Abgeschlossen", "Completed")}


class NextStepStatus(_Labelled):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"

    @classmethod
    def _label_table(cls) -> dict[str, tuple[str, str]]:
        return {
            "open": ("Offen", "Open"),
            "in_progress": ("In Arbeit", "In progress"),
            "done": ("Erledigt", "Done"),
            "dropped": ("Verworfen", "Dropped"),
        }

    @property
    def is_pending(self) -> bool:
        """Still to be done (carried into the next consultation)."""
        return self in (NextStepStatus.OPEN, NextStepStatus.IN_PROGRESS)


class LegalBasis(_Labelled):
    CONSENT = "consent"
    PUBLIC_TASK = "public_task"
    LEGITIMATE_INTEREST = "legitimate_interest"
    CONTRACT = "contract"

    @classmethod
    def _label_table(cls) -> dict[str, tuple[str, str]]:
        return {
            "consent": ("Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)", "Consent (Art. 6(1)(a) GDPR)"),
            "public_task": ("Öffentliche Aufgabe (Art. 6 Abs. 1 lit. e DSGVO)",
                            "Public task (Art. 6(1)(e) GDPR)"),
            "legitimate_interest": ("Berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO)",
                                    "Legitimate interest (Art. 6(1)(f) GDPR)"),
            "contract": ("Vertrag (Art. 6 Abs. 1 lit. b DSGVO)", "Contract (Art. 6(1)(b) GDPR)"),
        }


class Theme(_Labelled):
    ENERGY = "energy"
    MOBILITY = "mobility"
    WATER = "water"
    WASTE = "waste"
    ADAPTATION = "adaptation"
    BIODIVERSITY = "biodiversity"
    EDUCATION = "education"
    CULTURE = "culture"
    ECONOMY = "economy"
    YOUTH = "youth"
    HEALTH = "health"
    GOVERNANCE = "governance"

    @classmethod
    def _label_table(cls) -> dict[str, tuple[str, str]]:
        return {
            "energy": ("Energie", "Energy"),
            "mobility": ("Mobilität", "Mobility"),
            "water": ("Wasser", "Water"),
            "waste": ("Abfall / Kreislaufwirtschaft", "Waste / circular economy"),
            "adaptation": ("Klimaanpassung", "Climate adaptation"),
            "biodiversity": ("Biodiversität", "Biodiversity"),
            "education": ("Bildung", "Education"),
            "culture": ("Kultur / Begegnung", "Culture / exchange"),
            "economy": ("Wirtschaft", "Economy"),
            "youth": ("Jugend / Schulen", "Youth / schools"),
            "health": ("Gesundheit", "Health"),
            "governance": ("Verwaltung / Governance", "Administration / governance"),
        }


def parse_themes(text: str | None) -> tuple[Theme, ...]:
    """Parse a ';' or ','-separated list of theme codes or labels; raises ValueError(item)."""
    if not text:
        return ()
    items = [part.strip() for part in text.replace(",", ";").split(";")]
    result: list[Theme] = []
    for item in items:
        if item:
            theme = Theme.parse(item)
            assert isinstance(theme, Theme)
            if theme not in result:
                result.append(theme)
    return tuple(result)


def format_themes(themes: tuple[Theme, ...] | list[Theme]) -> str:
    """The stored form: codes joined with ';' in a stable order."""
    order = list(Theme)
    return ";".join(t.value for t in sorted(set(themes), key=order.index))


# The phases of a partnership's life cycle (DOMAIN.md) a consultation can be in: German and
# English labels. The visit window offers them; the adviser may also type another phase.
PARTNERSHIP_PHASES: tuple[tuple[str, str], ...] = (
    ("Ausgangslage", "Starting point"),
    ("Partnerwahl", "Choosing a partner"),
    ("Anbahnung", "Initiation"),
    ("Durchführung", "Running the partnership"),
    ("Finanzierung", "Funding"),
    ("Evaluation und Fortführung", "Evaluation and continuation"),
)


def phase_labels(lang: str) -> tuple[str, ...]:
    """The phases in ``lang``."""
    return tuple(labels[1 if lang == "en" else 0] for labels in PARTNERSHIP_PHASES)


def phase_label(phase: str, lang: str) -> str:
    """A phase of the list (stored in either language) in ``lang``; any other text as typed."""
    for labels in PARTNERSHIP_PHASES:
        if phase.strip() in labels:
            return labels[1 if lang == "en" else 0]
    return phase

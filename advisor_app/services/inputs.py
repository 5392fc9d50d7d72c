"""What a user submits to create or change a record, with its validation.

Field names equal the model's column names, so one generic writer stores any input.
``validate()`` returns ``{field: German message}``; empty means valid.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from advisor_app.domain import validation as v
from advisor_app.domain.enums import (
    AdminLevel,
    LegalBasis,
    NrwSideType,
    PartnershipKind,
    PartnershipStatus,
    ProjectStatus,
    Theme,
    format_themes,
)


def _text(value: str | None) -> str | None:
    """Normalise optional text: stripped, empty -> None."""
    if value is None:
        return None
    stripped = value.strip()
    return stripped or None


@dataclass(frozen=True)
class PartnershipInput:
    partner_region_id: str
    kind: PartnershipKind
    status: PartnershipStatus
    nrw_side_type: NrwSideType = NrwSideType.MUNICIPALITY
    municipality_id: str | None = None
    kreis_id: str | None = None
    is_climate_partnership: bool = False
    since_year: int | None = None
    themes: tuple[Theme, ...] = ()
    source: str | None = None
    notes: str | None = None

    def validate(self) -> dict[str, str]:
        side = None
        if self.nrw_side_type is NrwSideType.MUNICIPALITY and not self.municipality_id:
            side = "Bitte die NRW-Gemeinde der Partnerschaft wählen."
        elif self.nrw_side_type is NrwSideType.KREIS and not self.kreis_id:
            side = "Bitte den Kreis der Partnerschaft wählen."
        return v.collect(
            partner_region_id=None if self.partner_region_id else
            "Bitte die Partnerkommune bzw. Partnerregion wählen.",
            nrw_side_type=side,
            since_year=v.check_year(self.since_year, "Partnerschaft seit"),
        )

    def values(self) -> dict[str, object]:
        return {
            "partner_region_id": self.partner_region_id,
            "kind": self.kind.value,
            "status": self.status.value,
            "nrw_side_type": self.nrw_side_type.value,
            "municipality_id": self.municipality_id
            if self.nrw_side_type is NrwSideType.MUNICIPALITY else None,
            "kreis_id": self.kreis_id if self.nrw_side_type is NrwSideType.KREIS else None,
            "is_climate_partnership": self.is_climate_partnership,
            "since_year": self.since_year,
            "themes": format_themes(self.themes),
            "source": _text(self.source),
            "notes": _text(self.notes),
        }


@dataclass(frozen=True)
class PartnerRegionInput:
    name: str
    country_iso2: str
    admin_level: AdminLevel = AdminLevel.MUNICIPALITY
    name_local: str | None = None
    lat: float | None = None
    lon: float | None = None
    under2_member: bool = False
    under2_since: dt.date | None = None
    under2_evidence: str | None = None
    source: str | None = None
    notes: str | None = None

    def validate(self, known_countries: set[str] | None = None) -> dict[str, str]:
        evidence = None
        if self.under2_member and not _text(self.under2_evidence):
            evidence = "Für eine Under2-Mitgliedschaft bitte einen Beleg angeben (Quelle, Datum)."
        location = None
        if (self.lat is None) != (self.lon is None):
            location = "Bitte Breiten- und Längengrad gemeinsam angeben oder beide leer lassen."
        return v.collect(
            name=v.check_required(self.name, "Der Name"),
            country_iso2=v.check_country(self.country_iso2, known_countries),
            lat=v.check_latitude(self.lat) or location,
            lon=v.check_longitude(self.lon),
            under2_evidence=evidence,
        )

    def values(self) -> dict[str, object]:
        return {
            "name": self.name.strip(),
            "country_iso2": self.country_iso2.strip().upper(),
            "admin_level": self.admin_level.value,
            "name_local": _text(self.name_local),
            "lat": self.lat,
            "lon": self.lon,
            "under2_member": self.under2_member,
            "under2_since": self.under2_since,
            "under2_evidence": _text(self.under2_evidence),
            "source": _text(self.source),
            "notes": _text(self.notes),
        }


@dataclass(frozen=True)
class ContactInput:
    name: str
    legal_basis: LegalBasis
    role: str | None = None
    organisation: str | None = None
    email: str | None = None
    phone: str | None = None
    municipality_id: str | None = None
    partner_region_id: str | None = None
    consent_date: dt.date | None = None
    notes: str | None = None

    def validate(self, today: dt.date | None = None) -> dict[str, str]:
        consent = None
        if self.legal_basis is LegalBasis.CONSENT and self.consent_date is None:
            consent = "Bei Einwilligung bitte das Datum der Einwilligung angeben."
        elif self.consent_date and self.consent_date > (today or dt.date.today()):
            consent = "Das Einwilligungsdatum liegt in der Zukunft."
        return v.collect(
            name=v.check_required(self.name, "Der Name"),
            email=v.check_email(self.email),
            phone=v.check_phone(self.phone),
            consent_date=consent,
        )

    def values(self) -> dict[str, object]:
        return {
            "name": self.name.strip(),
            "legal_basis": self.legal_basis.value,
            "role": _text(self.role),
            "organisation": _text(self.organisation),
            "email": _text(self.email),
            "phone": _text(self.phone),
            "municipality_id": self.municipality_id,
            "partner_region_id": self.partner_region_id,
            "consent_date": self.consent_date,
            "notes": _text(self.notes),
        }


@dataclass(frozen=True)
class ClimateProjectInput:
    title: str
    municipality_id: str
    status: ProjectStatus = ProjectStatus.PLANNED
    partnership_id: str | None = None
    problem: str | None = None
    solution: str | None = None
    results: str | None = None
    costs: str | None = None
    funding: str | None = None
    transfer_conditions: str | None = None
    themes: tuple[Theme, ...] = ()
    start_year: int | None = None
    end_year: int | None = None
    contact_id: str | None = None

    def validate(self) -> dict[str, str]:
        return v.collect(
            title=v.check_required(self.title, "Der Titel"),
            municipality_id=None if self.municipality_id else "Bitte die Gemeinde wählen.",
            start_year=v.check_year(self.start_year, "Beginn", allow_future=10),
            end_year=v.check_year(self.end_year, "Ende", allow_future=20)
            or v.check_period(self.start_year, self.end_year),
        )

    def values(self) -> dict[str, object]:
        return {
            "title": self.title.strip(),
            "municipality_id": self.municipality_id,
            "status": self.status.value,
            "partnership_id": self.partnership_id,
            "problem": _text(self.problem),
            "solution": _text(self.solution),
            "results": _text(self.results),
            "costs": _text(self.costs),
            "funding": _text(self.funding),
            "transfer_conditions": _text(self.transfer_conditions),
            "themes": format_themes(self.themes),
            "start_year": self.start_year,
            "end_year": self.end_year,
            "contact_id": self.contact_id,
        }

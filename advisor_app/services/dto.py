"""Plain immutable data handed from services to the UI and the CLI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from advisor_app.domain.enums import (
    AdminLevel,
    LegalBasis,
    NrwSideType,
    PartnershipKind,
    PartnershipStatus,
    ProjectStatus,
    Theme,
)


@dataclass(frozen=True)
class RegierungsbezirkRow:
    id: str
    code: str
    name: str


@dataclass(frozen=True)
class KreisRow:
    id: str
    ags: str
    name: str
    typ: str
    regierungsbezirk_id: str


@dataclass(frozen=True)
class MunicipalityRow:
    id: str
    ags: str
    name: str
    gemeindetyp: str
    kreis_id: str
    kreis_name: str
    regierungsbezirk_id: str
    regierungsbezirk_name: str
    population: int | None
    partnership_count: int
    climate_partnership_count: int


@dataclass(frozen=True)
class PartnershipRow:
    id: str
    municipality_id: str | None
    kreis_id: str | None
    nrw_side_type: NrwSideType
    nrw_name: str
    partner_region_id: str
    partner_name: str
    country_iso2: str
    country_name: str
    kind: PartnershipKind
    status: PartnershipStatus
    is_climate_partnership: bool
    since_year: int | None
    themes: tuple[Theme, ...]
    partner_under2: bool
    source: str | None
    source_note: str | None
    notes: str | None


@dataclass(frozen=True)
class ClimateProjectRow:
    id: str
    title: str
    municipality_id: str
    partnership_id: str | None
    problem: str | None
    solution: str | None
    results: str | None
    costs: str | None
    funding: str | None
    transfer_conditions: str | None
    themes: tuple[Theme, ...]
    start_year: int | None
    end_year: int | None
    status: ProjectStatus
    contact_id: str | None


@dataclass(frozen=True)
class ContactRow:
    id: str
    name: str
    role: str | None
    organisation: str | None
    email: str | None
    phone: str | None
    municipality_id: str | None
    partner_region_id: str | None
    legal_basis: LegalBasis
    consent_date: dt.date | None
    notes: str | None


@dataclass(frozen=True)
class PartnerRegionRow:
    id: str
    name: str
    name_local: str | None
    country_iso2: str
    country_name: str
    admin_level: AdminLevel
    lat: float | None
    lon: float | None
    under2_member: bool
    under2_since: dt.date | None
    under2_evidence: str | None
    source: str | None
    notes: str | None


@dataclass(frozen=True)
class MunicipalityDetail:
    row: MunicipalityRow
    name_amtlich: str | None
    bezeichnung: str | None
    area_km2: float | None
    population_2019: int | None
    plz: str | None
    lat: float | None
    lon: float | None
    notes: str | None
    partnerships: tuple[PartnershipRow, ...] = field(default_factory=tuple)
    projects: tuple[ClimateProjectRow, ...] = field(default_factory=tuple)
    contacts: tuple[ContactRow, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class CountryRow:
    iso2: str
    name_de: str
    name_en: str


@dataclass(frozen=True)
class TrashItem:
    kind: str  # table name
    kind_label: str
    id: str
    title: str
    deleted_at: dt.datetime

"""Convert ORM rows to the plain DTOs (inside an open session)."""

from __future__ import annotations

from advisor_app.domain.enums import (
    AdminLevel,
    LegalBasis,
    NrwSideType,
    PartnershipKind,
    PartnershipStatus,
    ProjectStatus,
    Theme,
)
from advisor_app.persistence.models import ClimateProject, Contact, PartnerRegion, Partnership
from advisor_app.services.dto import (
    ClimateProjectRow,
    ContactRow,
    PartnerRegionRow,
    PartnershipRow,
)


def themes_of(text: str | None) -> tuple[Theme, ...]:
    return tuple(Theme(code) for code in (text or "").split(";") if code)


def partnership_row(p: Partnership, country_names: dict[str, str]) -> PartnershipRow:
    region = p.partner_region
    if p.municipality is not None:
        nrw_name = p.municipality.name
    elif p.kreis is not None:
        nrw_name = p.kreis.name
    else:
        nrw_name = "Land Nordrhein-Westfalen"
    return PartnershipRow(
        id=p.id, municipality_id=p.municipality_id, kreis_id=p.kreis_id,
        nrw_side_type=NrwSideType(p.nrw_side_type), nrw_name=nrw_name,
        partner_region_id=region.id, partner_name=region.name,
        country_iso2=region.country_iso2,
        country_name=country_names.get(region.country_iso2, region.country_iso2),
        kind=PartnershipKind(p.kind), status=PartnershipStatus(p.status),
        is_climate_partnership=p.is_climate_partnership, since_year=p.since_year,
        themes=themes_of(p.themes), partner_under2=region.under2_member,
        source=p.source, source_note=p.source_note, notes=p.notes,
    )


def partner_region_row(r: PartnerRegion, country_names: dict[str, str]) -> PartnerRegionRow:
    return PartnerRegionRow(
        id=r.id, name=r.name, name_local=r.name_local, country_iso2=r.country_iso2,
        country_name=country_names.get(r.country_iso2, r.country_iso2),
        admin_level=AdminLevel(r.admin_level), lat=r.lat, lon=r.lon,
        under2_member=r.under2_member, under2_since=r.under2_since,
        under2_evidence=r.under2_evidence, source=r.source, notes=r.notes,
    )


def contact_row(c: Contact) -> ContactRow:
    return ContactRow(
        id=c.id, name=c.name, role=c.role, organisation=c.organisation, email=c.email,
        phone=c.phone, municipality_id=c.municipality_id,
        partner_region_id=c.partner_region_id, legal_basis=LegalBasis(c.legal_basis),
        consent_date=c.consent_date, notes=c.notes,
    )


def project_row(p: ClimateProject) -> ClimateProjectRow:
    return ClimateProjectRow(
        id=p.id, title=p.title, municipality_id=p.municipality_id,
        partnership_id=p.partnership_id, problem=p.problem, solution=p.solution,
        results=p.results, costs=p.costs, funding=p.funding,
        transfer_conditions=p.transfer_conditions, themes=themes_of(p.themes),
        start_year=p.start_year, end_year=p.end_year, status=ProjectStatus(p.status),
        contact_id=p.contact_id,
    )

"""Finding partner regions and countries (for pickers and the CLI)."""

from __future__ import annotations

from sqlalchemy import or_, select

from advisor_app.persistence.database import Database
from advisor_app.persistence.models import Country, PartnerRegion
from advisor_app.services.dto import CountryRow, PartnerRegionRow
from advisor_app.services.municipalities import country_names
from advisor_app.services.records import RecordNotFound, is_live
from advisor_app.services.rows import partner_region_row


def list_countries(db: Database) -> list[CountryRow]:
    with db.read_session() as session:
        return [CountryRow(c.iso2, c.name_de, c.name_en)
                for c in session.scalars(select(Country).order_by(Country.name_de))]


def search_partner_regions(db: Database, text: str = "", *, country_iso2: str | None = None,
                           limit: int = 200) -> list[PartnerRegionRow]:
    """Live partner regions whose name starts with (or contains) ``text``, best first."""
    needle = text.strip()
    with db.read_session() as session:
        query = select(PartnerRegion).where(is_live(PartnerRegion))
        if needle:
            query = query.where(or_(PartnerRegion.name.icontains(needle, autoescape=True),
                                    PartnerRegion.name_local.icontains(needle, autoescape=True)))
        if country_iso2:
            query = query.where(PartnerRegion.country_iso2 == country_iso2.upper())
        query = query.order_by(PartnerRegion.name).limit(limit)
        names = country_names(session)
        rows = [partner_region_row(r, names) for r in session.scalars(query)]
    folded = needle.casefold()
    return sorted(rows, key=lambda r: (not r.name.casefold().startswith(folded),
                                       r.name.casefold()))


def get_partner_region(db: Database, region_id: str) -> PartnerRegionRow:
    with db.read_session() as session:
        region = session.get(PartnerRegion, region_id)
        if region is None or region.is_deleted:
            raise RecordNotFound("Partnerregion", region_id)
        return partner_region_row(region, country_names(session))

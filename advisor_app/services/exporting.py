"""Exporting municipalities, partnerships, partner regions and climate projects.

CSV (UTF-8 with BOM, ';' separator: German Excel opens it as is), XLSX (bold frozen header
row with autofilter) or JSON (a list of objects with English keys). CSV/XLSX headers are the
import headers where they overlap, so an exported file can be imported again unchanged.
Read-only: works on a database opened with ``writer=False``. May run on any thread.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from advisor_app.domain.enums import NrwSideType
from advisor_app.persistence.database import Database
from advisor_app.persistence.models import (
    ClimateProject,
    Contact,
    Kreis,
    Municipality,
    PartnerRegion,
)
from advisor_app.persistence.models import Partnership as PartnershipModel
from advisor_app.services.export_writers import FORMATS, ExportTable, write_table
from advisor_app.services.municipalities import country_names, list_municipalities
from advisor_app.services.records import is_live
from advisor_app.services.rows import partner_region_row, partnership_row, project_row

__all__ = ["EXPORT_KINDS", "FORMATS", "build_table", "export"]

EXPORT_KINDS = ("municipalities", "partnerships", "partner-regions", "projects")


def _municipalities(db: Database) -> ExportTable:
    with db.read_session() as session:
        area = dict(session.execute(select(Municipality.id, Municipality.area_km2)).tuples().all())
    rows = [(m.ags, m.name, m.kreis_name, m.regierungsbezirk_name, m.population,
             area.get(m.id), m.partnership_count, m.climate_partnership_count)
            for m in sorted(list_municipalities(db), key=lambda m: m.ags)]
    return ExportTable(
        "Gemeinden",
        ("AGS", "Name", "Kreis", "Regierungsbezirk", "Einwohner", "Fläche (km²)",
         "Partnerschaften", "Klimapartnerschaften"),
        ("ags", "name", "kreis", "regierungsbezirk", "population", "area_km2",
         "partnerships", "climate_partnerships"),
        rows)


def _ags_maps(session: Session) -> dict[str, str]:
    found = dict(session.execute(select(Municipality.id, Municipality.ags)).tuples().all())
    found.update(session.execute(select(Kreis.id, Kreis.ags)).tuples().all())
    return found


def _partnerships(db: Database) -> ExportTable:
    with db.read_session() as session:
        names = country_names(session)
        ags = _ags_maps(session)
        objs = session.scalars(
            select(PartnershipModel).where(is_live(PartnershipModel)).options(
                selectinload(PartnershipModel.partner_region),
                selectinload(PartnershipModel.municipality),
                selectinload(PartnershipModel.kreis))).all()
        data = [partnership_row(p, names) for p in objs]
    data.sort(key=lambda r: (ags.get(r.municipality_id or r.kreis_id or "", "~"),
                             r.partner_name.casefold(), r.country_iso2))
    rows = [
        (r.id, r.nrw_side_type,
         ags.get(r.municipality_id or "") if r.nrw_side_type is NrwSideType.MUNICIPALITY
         else None,
         ags.get(r.kreis_id or "") if r.nrw_side_type is NrwSideType.KREIS else None,
         r.nrw_name, r.partner_name, r.partner_region_id, r.country_iso2, r.country_name,
         r.kind, r.status, r.is_climate_partnership, r.since_year, r.themes, r.source,
         r.source_note, r.notes)
        for r in data
    ]
    return ExportTable(
        "Partnerschaften",
        (None, "NRW-Seite", "AGS", "Kreis-AGS", "NRW-Name", "Partner", None, "Land",
         "Landesname", "Art", "Status", "Klimapartnerschaft", "Seit", "Themen", "Quelle",
         "Quellenhinweis", "Notizen"),
        ("id", "nrw_side", "ags", "kreis_ags", "nrw_name", "partner", "partner_region_id",
         "country", "country_name", "kind", "status", "climate_partnership", "since",
         "themes", "source", "source_note", "notes"),
        rows)


def _partner_regions(db: Database) -> ExportTable:
    with db.read_session() as session:
        names = country_names(session)
        data = [partner_region_row(r, names) for r in session.scalars(
            select(PartnerRegion).where(is_live(PartnerRegion))
            .order_by(PartnerRegion.country_iso2, PartnerRegion.name))]
    rows = [(r.id, r.name, r.name_local, r.country_iso2, r.country_name, r.admin_level, r.lat,
             r.lon, r.under2_member, r.under2_since, r.under2_evidence, r.source, r.notes)
            for r in data]
    return ExportTable(
        "Partnerregionen",
        (None, "Name", "Name (lokal)", "Land", "Landesname", "Ebene", "Breitengrad",
         "Längengrad", "Under2", "Under2 seit", "Under2-Beleg", "Quelle", "Notizen"),
        ("id", "name", "name_local", "country", "country_name", "admin_level", "lat", "lon",
         "under2_member", "under2_since", "under2_evidence", "source", "notes"),
        rows)


def _projects(db: Database) -> ExportTable:
    with db.read_session() as session:
        municipalities = {m.id: (m.ags, m.name) for m in session.scalars(select(Municipality))}
        partners = {p.id: f"{p.partner_region.name} ({p.partner_region.country_iso2})"
                    for p in session.scalars(select(PartnershipModel).options(
                        selectinload(PartnershipModel.partner_region)))}
        contacts = dict(session.execute(select(Contact.id, Contact.name)).tuples().all())
        data = [project_row(p) for p in session.scalars(
            select(ClimateProject).where(is_live(ClimateProject))
            .order_by(ClimateProject.title))]
    rows = []
    for r in data:
        ags, name = municipalities.get(r.municipality_id, ("", ""))
        rows.append((r.id, r.title, ags, name, r.partnership_id,
                     partners.get(r.partnership_id or ""), r.status, r.themes, r.start_year,
                     r.end_year, r.problem, r.solution, r.results, r.costs, r.funding,
                     r.transfer_conditions, contacts.get(r.contact_id or "")))
    return ExportTable(
        "Klimaprojekte",
        (None, "Titel", "AGS", "Gemeinde", None, "Partnerschaft", "Status", "Themen",
         "Beginn", "Ende", "Problem", "Lösung", "Ergebnisse", "Kosten", "Finanzierung",
         "Übertragbarkeit", "Kontakt"),
        ("id", "title", "ags", "municipality", "partnership_id", "partnership", "status",
         "themes", "start_year", "end_year", "problem", "solution", "results", "costs",
         "funding", "transfer_conditions", "contact"),
        rows)


_BUILDERS = {
    "municipalities": _municipalities,
    "partnerships": _partnerships,
    "partner-regions": _partner_regions,
    "projects": _projects,
}


def build_table(db: Database, kind: str) -> ExportTable:
    """The rows of one export kind (one of :data:`EXPORT_KINDS`), live records only."""
    return _BUILDERS[kind](db)


def export(db: Database, kind: str, fmt: str, out: Path) -> int:
    """Write ``kind`` as ``fmt`` to ``out`` (atomically); returns the number of rows."""
    table = build_table(db, kind)
    write_table(table, fmt, out)
    return len(table.rows)
